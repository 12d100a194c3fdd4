package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Suppressions#first} looks a finding's entry up by rule, file, pointer (or an ancestor) and name instead of
 * scanning every entry: it must give what the scan gave, the first entry in the file's order that
 * {@link Suppressions.Entry#matches} the finding. The scan is kept here as the oracle.
 */
class SuppressionIndexTest {
    @TempDir
    Path tmp;

    private static final String[] RULES = {"indicator-target-missed", "schema"};
    private static final String[] FILES = {"submission/indicators.json", "submission/tasks.json"};
    /**
     * Pointers that are prefixes of one another with and without a '/' after, empty keys, a trailing '/', and keys of
     * the same length and hash ("Aa" and "BB").
     */
    private static final String[] POINTERS = {"", "/", "//", "/a", "/a/", "/a//b", "/a/b", "/a/b/c", "/ab", "/ab/c", "/a/bc",
        "/indicators/1", "/indicators/14", "/indicators/14/name", "/indicators/1/name", "/b", "/Aa", "/BB", "/AaBB", "/BBAa",
        "/Aa/BB", "/BB/Aa"};
    private static final String[] NAMES = {"", "招引人才数量", "另一个指标", "a", "b", "14", "Aa", "BB"};

    /** The search the index replaced: every entry in order, the first that matches. */
    private static Suppressions.Entry scan(Suppressions sup, Finding f) {
        for (Suppressions.Entry e : sup.entries()) {
            if (e.matches(f)) {
                return e;
            }
        }
        return null;
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    @Test
    void theIndexGivesTheEntryTheScanGave() throws Exception {
        Random r = new Random(20);
        int matched = 0;
        int unmatched = 0;
        int notFirstKey = 0;
        for (int round = 0; round < 200; round++) {
            StringBuilder json = new StringBuilder("{\"suppressions\": [");
            int n = 1 + r.nextInt(30);
            for (int i = 0; i < n; i++) {
                json.append(i == 0 ? "" : ", ").append("{\"rule\": ").append(quote(pick(r, RULES)))
                        .append(", \"file\": ").append(quote(pick(r, FILES)));
                if (r.nextInt(4) > 0) {
                    json.append(", \"pointer\": ").append(quote(pick(r, POINTERS)));
                }
                if (r.nextInt(3) == 0) {
                    json.append(", \"name\": ").append(quote(pick(r, NAMES)));
                }
                json.append(", \"reason\": \"第").append(i).append("条\"}");
            }
            json.append("]}");
            Path p = tmp.resolve("jixiao-suppressions.json");
            Files.writeString(p, json, StandardCharsets.UTF_8);
            Suppressions sup = Suppressions.load(tmp, p);
            assertEquals(n, sup.entries().size(), json.toString());
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                List<String> args = new ArrayList<>();
                for (int a = r.nextInt(4); a > 0; a--) {
                    args.add(pick(r, NAMES));
                }
                findings.add(new Finding(pick(r, RULES), Severity.ERROR, "", args, pick(r, FILES), pick(r, POINTERS), 1, 1, null));
            }
            Map<Finding, String> expected = new LinkedHashMap<>();
            for (Finding f : findings) {
                Suppressions.Entry want = scan(sup, f);
                assertSame(want, sup.first(f), () -> f + " against " + json);
                if (want == null) {
                    unmatched++;
                } else {
                    matched++;
                    expected.put(f, want.reason());
                    // an earlier entry of another key was passed over for this one, or a later one also matched
                    if (sup.entries().stream().filter(e -> e.matches(f)).count() > 1) {
                        notFirstKey++;
                    }
                }
            }
            Review review = Review.of(findings, sup, Baseline.none());
            assertEquals(expected.size(), review.suppressed().size());
            expected.forEach((f, reason) -> assertEquals(reason, review.suppressed().get(f)));
            long unused = sup.entries().stream().filter(e -> findings.stream().noneMatch(f -> scan(sup, f) == e)).count();
            assertEquals(unused, review.findings().stream().filter(f -> f.ruleId().equals("suppression-unused")).count());
        }
        // the random files exercise all three outcomes
        assertEquals(true, matched > 1000 && unmatched > 1000 && notFirstKey > 300,
                matched + " matched, " + unmatched + " unmatched, " + notFirstKey + " with several matching entries");
    }

    @Test
    void aLongPointerIsMatchedByItsAncestorsOnly() throws Exception {
        String key = "k".repeat(5_000);
        String deep = "/indicators/3/" + key + "/x";
        Path p = tmp.resolve("jixiao-suppressions.json");
        Files.writeString(p, "{\"suppressions\": [{\"rule\": \"schema\", \"file\": \"submission/indicators.json\", \"pointer\": \"/indicators/3/"
                + key.substring(1) + "\", \"reason\": \"不是祖先\"}, {\"rule\": \"schema\", \"file\": \"submission/indicators.json\","
                + " \"pointer\": \"/indicators/3/" + key + "\", \"reason\": \"祖先\"}]}", StandardCharsets.UTF_8);
        Suppressions sup = Suppressions.load(tmp, p);
        Finding f = new Finding("schema", Severity.ERROR, "", List.of(), "submission/indicators.json", deep, 1, 1, null);
        assertEquals("祖先", sup.first(f).reason());
        assertSame(scan(sup, f), sup.first(f));
    }
}
