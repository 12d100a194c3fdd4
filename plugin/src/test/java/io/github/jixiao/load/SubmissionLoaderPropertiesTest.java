package io.github.jixiao.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** No input makes the loader throw: it gives a document or findings. */
class SubmissionLoaderPropertiesTest {
    private final SubmissionLoader loader = new SubmissionLoader();

    @Property(tries = 500)
    void arbitraryBytesGiveADocumentOrFindings(@ForAll @Size(max = 400) byte[] bytes) {
        SubmissionLoader.Loaded l = loader.parse(bytes, "p.json");
        assertTrue(l.document() != null || !l.findings().isEmpty());
    }

    @Property(tries = 500)
    void arbitraryTextGivesADocumentOrFindings(@ForAll @Size(max = 300) String text) {
        SubmissionLoader.Loaded l = loader.parse(text.getBytes(StandardCharsets.UTF_8), "p.json");
        assertTrue(l.document() != null || !l.findings().isEmpty());
    }

    @Property(tries = 300)
    void truncatedJsonGivesFindingsWithALine(@ForAll @Size(min = 1, max = 120) String value, @ForAll byte cut) {
        String json = "{\n  \"name\": \"" + value.replace("\\", "").replace("\"", "") + "\",\n  \"n\": [1, 2, 3]\n}";
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        int len = Math.floorMod(cut, b.length - 1) + 1;
        byte[] t = java.util.Arrays.copyOf(b, Math.min(len, b.length - 1));
        SubmissionLoader.Loaded l = loader.parse(t, "t.json");
        assertTrue(l.document() == null && !l.findings().isEmpty());
        assertTrue(l.findings().get(0).line() >= 1);
    }
}
