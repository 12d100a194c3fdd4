package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reports' JSON writer gives the bytes Jackson's generator with its default pretty printer gave
 * ({@link JacksonJson}, the writer it replaced, kept as the oracle), for every kind of value the report trees hold:
 * every character below U+0100, surrogate pairs and lone surrogates anywhere in short and long texts, empty and
 * nested maps and lists, records with left-out nulls, numbers as Jackson writes them.
 */
class JsonTest {
    @Test
    void treesAreJacksonsText() throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("text", "≥ 60 个 \"quoted\" \\ \n\t\u0001 😀 / \u007f \u2028 \uFEFF");
        root.put("empty", "");
        root.put("none", null);
        root.put("int", 42);
        root.put("long", 1L << 40);
        root.put("decimals", List.of(new BigDecimal("96.15"), new BigDecimal("1E+3"), new BigDecimal("-0.000001"), BigDecimal.ZERO,
                new BigDecimal("-12.30"), new BigDecimal("123456789012345678901234567890.5")));
        root.put("bools", List.of(true, false));
        root.put("emptyMap", new LinkedHashMap<>());
        root.put("emptyList", new ArrayList<>());
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("list", Arrays.asList(1, null, "二", List.of(List.of()), Map.of("k", "v")));
        root.put("nested", nested);
        root.put("other", java.time.LocalDate.of(2024, 1, 2).toString());
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x100; c++) {
            all.append(c);
        }
        root.put(all.toString(), all.toString());
        root.put("records", List.of(new ReportModel.FindingRef("r", "error", "f"),
                new ReportModel.InputRecord(null, "v", "\uD800"),
                new ReportModel.FindingRecord("r", "warning", "a.json", 1, 2, "/x", "m", "k", List.of("a", "\uDC00b"), null, "fp", null),
                new ReportModel.LevelRecord("决策", new BigDecimal("20.00"), null)));
        root.put(null, "a null key");
        assertSameBytes(root);
    }

    private static final String[] PIECES = {"a", "二", "😀", "\uD800", "\uDC00", "\"", "\\", "/", "\n", "\r", "\t", "\b", "\f",
        "\u0000", "\u001f", "\u007f", "\u0080", "\u07ff", "\u0800", "\uD7FF", "\uE000", "\uFFFF", "\u2028", "x".repeat(100),
        "字".repeat(700), " "};

    private static String text(Random rnd, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int k = rnd.nextInt(pieces); k > 0; k--) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static Object tree(Random rnd, int depth) {
        int k = rnd.nextInt(depth > 4 ? 7 : 10);
        return switch (k) {
            case 0 -> null;
            case 1 -> rnd.nextInt();
            case 2 -> rnd.nextLong();
            case 3 -> BigDecimal.valueOf(rnd.nextLong(), rnd.nextInt(30) - 10);
            case 4 -> rnd.nextBoolean();
            case 5, 6 -> text(rnd, rnd.nextInt(10) == 0 ? 60 : 6);
            case 7 -> {
                List<Object> l = new ArrayList<>();
                for (int i = rnd.nextInt(5); i > 0; i--) {
                    l.add(tree(rnd, depth + 1));
                }
                yield l;
            }
            case 8 -> new ReportModel.UnscoredRecord(text(rnd, 3), rnd.nextBoolean() ? null : text(rnd, 3),
                    rnd.nextBoolean() ? null : BigDecimal.valueOf(rnd.nextInt(), 2), text(rnd, 3));
            default -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = rnd.nextInt(5); i > 0; i--) {
                    m.put(text(rnd, 4), tree(rnd, depth + 1));
                }
                yield m;
            }
        };
    }

    @Test
    void randomTreesAreJacksonsText() throws Exception {
        Random rnd = new Random(1717);
        for (int n = 0; n < 3000; n++) {
            assertSameBytes(tree(rnd, 0));
        }
    }

    @Test
    void longTextsWithPairsAndLoneSurrogatesAtEveryOffsetAreJacksonsText() throws Exception {
        for (int at = 0; at < 9000; at += 7) {
            String s = "x".repeat(at) + "😀" + "y".repeat(at % 13) + "\uD800" + "字".repeat(at % 5000) + "\uDBFF";
            assertSameBytes(Map.of("t", s));
        }
    }

    /**
     * A lone surrogate is U+FFFD, as every output shows it since session 35 (its backslash-u escape, Jackson's, was
     * valid JSON that strict readers refuse and that no reader shows as a character).
     */
    @Test
    void aLoneSurrogateIsAReplacementCharacter() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Json.content(Map.of("t", "a\uD800b\uDC00")).writeTo(out);
        assertEquals("{\n  \"t\" : \"a\uFFFDb\uFFFD\"\n}\n", out.toString(StandardCharsets.UTF_8));
    }

    /** The tree with some of its maps and lists (at every depth) wrapped as {@link Json.Fixed}, keyed by their text. */
    private static Object fixing(Object tree, Random rnd, String key) {
        Object inner = tree;
        if (tree instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(e.getKey(), fixing(e.getValue(), rnd, key + "/" + i++));
            }
            inner = out;
        } else if (tree instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                out.add(fixing(l.get(i), rnd, key + "/" + i));
            }
            inner = out;
        } else {
            return tree;
        }
        Object built = inner;
        return rnd.nextInt(3) == 0 ? new Json.Fixed(key, () -> built) : inner;
    }

    @Test
    void fixedSubtreesAreWrittenAsTheTreesThemselvesAtEveryLevel() throws Exception {
        Random rnd = new Random(617);
        for (int n = 0; n < 2000; n++) {
            Object tree = tree(rnd, 0);
            String want = JacksonJson.write(tree);
            // the same key for the same subtree each time: the second and third writes take the kept bytes
            for (int k = 0; k < 3; k++) {
                Object fixed = fixing(tree, new Random(n * 31L + k), "json-test " + n);
                assertEquals(want, Json.write(fixed));
                // and at another level: the same subtree one deeper keeps its own bytes for that level
                assertEquals(JacksonJson.write(Arrays.asList(tree)), Json.write(Arrays.asList(fixed)));
            }
        }
    }

    @Test
    void aValueNoReportHoldsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of("d", 1.5)));
    }

    private static void assertSameBytes(Object tree) throws Exception {
        ByteArrayOutputStream want = new ByteArrayOutputStream();
        JacksonJson.content(tree).writeTo(want);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        Json.content(tree).writeTo(got);
        assertArrayEquals(want.toByteArray(), got.toByteArray(), want.toString(StandardCharsets.UTF_8));
        assertEquals(JacksonJson.write(tree), Json.write(tree));
    }
}
