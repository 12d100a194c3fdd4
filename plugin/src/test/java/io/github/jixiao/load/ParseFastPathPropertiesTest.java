package io.github.jixiao.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * {@link SubmissionLoader#parse} tries a plain parse first and runs the byte-level checks only when it fails:
 * it must give exactly what the checked path gives, for any input. Strings and keys full of arbitrary bytes
 * probe whether Jackson accepts any byte sequence that the JDK's UTF-8 decoder rejects.
 */
class ParseFastPathPropertiesTest {
    private final SubmissionLoader loader = new SubmissionLoader();

    private void same(byte[] b) {
        SubmissionLoader.Loaded fast = loader.parse(b, "f.json");
        SubmissionLoader.Loaded checked = loader.parseChecked(b, "f.json");
        assertEquals(checked.findings(), fast.findings(), () -> Arrays.toString(b));
        assertEquals(checked.document() == null, fast.document() == null, () -> Arrays.toString(b));
        if (checked.document() != null) {
            assertEquals(checked.document().root(), fast.document().root());
            assertEquals(checked.document().schemaId(), fast.document().schemaId());
            assertEquals(checked.document().src("/a"), fast.document().src("/a"));
        }
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Property(tries = 2000)
    void arbitraryBytes(@ForAll @Size(max = 64) byte[] bytes) {
        same(bytes);
    }

    @Property(tries = 3000)
    void arbitraryBytesInAString(@ForAll("nonAsciiHeavy") byte[] bytes) {
        same(concat("{\"$schema\": \"x\", \"a\": \"", bytes, "\"}"));
        same(concat("\uFEFF{\"a\": [\"", bytes, "\", 1.5]}\n"));
    }

    @Property(tries = 2000)
    void arbitraryBytesInAKey(@ForAll("nonAsciiHeavy") byte[] bytes) {
        same(concat("{\"a\": 1, \"", bytes, "\": 2}"));
    }

    @Property(tries = 2000)
    void textCutOrDamaged(@ForAll @Size(max = 40) String value, @ForAll int where, @ForAll byte b, @ForAll @IntRange(max = 2) int how) {
        byte[] t = ("{\n  \"a\": \"" + value + "\",\n  \"n\": [1, 2.50, -3e2]\n}\n").getBytes(StandardCharsets.UTF_8);
        int at = Math.floorMod(where, t.length);
        byte[] d = switch (how) {
            case 0 -> {
                byte[] c = t.clone();
                c[at] = b;
                yield c;
            }
            case 1 -> Arrays.copyOf(t, at);
            default -> {
                byte[] c = new byte[t.length + 1];
                System.arraycopy(t, 0, c, 0, at);
                c[at] = b;
                System.arraycopy(t, at, c, at + 1, t.length - at);
                yield c;
            }
        };
        same(d);
    }

    /**
     * Objects whose keys come from three letters, nested and in arrays, so that duplicate keys are common at every
     * depth and position (first and second property, where Jackson keeps no set, and later ones): the plain read
     * finds a duplicate itself, the checked read's parser reports it, and both must give the same finding.
     */
    @Property(tries = 3000)
    void duplicateKeysAnywhere(@ForAll("smallObjects") String json) {
        same(json.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> smallObjects() {
        Arbitrary<String> key = Arbitraries.of("a", "b", "c", "中");
        Arbitrary<String> leaf = Arbitraries.of("1", "\"x\"", "null", "[]", "{}", "2.50");
        Arbitrary<String> inner = Arbitraries.lazyOf(() -> Arbitraries.oneOf(leaf, leaf,
                object(key, leaf), Arbitraries.of("[1, ", "[").flatMap(open -> object(key, leaf).map(o -> open + o + "]"))));
        return object(key, inner).map(o -> "{\"$schema\": \"x\", \"o\": " + o + "}\n");
    }

    private static Arbitrary<String> object(Arbitrary<String> key, Arbitrary<String> value) {
        return Combinators.combine(key, value).as((k, v) -> "\"" + k + "\": " + v).list().ofMaxSize(5)
                .map(ps -> "{" + String.join(", ", ps) + "}");
    }

    /** Bytes biased to lead and continuation bytes, so that (in)valid multi-byte sequences are common. */
    @Provide
    Arbitrary<byte[]> nonAsciiHeavy() {
        Arbitrary<Byte> one = Arbitraries.oneOf(
                Arbitraries.bytes().between((byte) 0x80, (byte) 0xBF),
                Arbitraries.bytes().between((byte) 0xC0, (byte) 0xFF),
                Arbitraries.of((byte) 0xE0, (byte) 0xED, (byte) 0xF0, (byte) 0xF4, (byte) 0xC0, (byte) 0xC1, (byte) 0xA0,
                        (byte) 0x9F, (byte) 0x90, (byte) 0x8F),
                Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E).filter(c -> c != '"' && c != '\\'));
        return one.array(byte[].class).ofMaxSize(12);
    }

    @Test
    void edgesOfTheUtf8Ranges() {
        int[][] seqs = {
            {0xC1, 0xBF}, {0xC0, 0x80}, {0xC2, 0x80}, {0xDF, 0xBF}, {0xE0, 0x9F, 0x80}, {0xE0, 0xA0, 0x80},
            {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x8F, 0x80, 0x80},
            {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80},
            {0xF8, 0x88, 0x80, 0x80, 0x80}, {0xFF}, {0x80}, {0xE4, 0xB8}, {0xF0, 0x9F, 0x98}, {0xE4, 0x41, 0x80},
            {0xE4, 0xB8, 0x41}, {0xD6, 0xD0}, {0xC4, 0xE3, 0xBA, 0xC3}
        };
        for (int[] s : seqs) {
            byte[] m = new byte[s.length];
            for (int i = 0; i < s.length; i++) {
                m[i] = (byte) s[i];
            }
            same(concat("{\"a\": \"", m, "\"}"));
            same(concat("{\"", m, "\": 1}"));
            same(concat("{\"a\": 1}", m, ""));
            same(concat("{\"a\": \"x\"", m, ""));
        }
    }

    @Test
    void otherEncodingsAndEmptyFiles() {
        same("{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE));
        same("{\"a\": 1}".getBytes(StandardCharsets.UTF_16BE));
        same("{\"a\": 1}".getBytes(StandardCharsets.UTF_16));
        same("{\"a\": 1}".getBytes(java.nio.charset.Charset.forName("UTF-32")));
        same("{\"a\": \"中文\"}".getBytes(java.nio.charset.Charset.forName("GB18030")));
        same(new byte[0]);
        same("  \n".getBytes(StandardCharsets.UTF_8));
        same(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        same("{}".getBytes(StandardCharsets.UTF_8));
        same("1".getBytes(StandardCharsets.UTF_8));
        same("{\"a\": 1}\u0000".getBytes(StandardCharsets.UTF_8));
    }
}
