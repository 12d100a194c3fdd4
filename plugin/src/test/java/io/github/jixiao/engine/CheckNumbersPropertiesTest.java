package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Src;
import io.github.jixiao.load.SubmissionLoader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The number walk reports exactly what the straightforward walk it replaced reported. */
class CheckNumbersPropertiesTest {
    private static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(15);
    private final SubmissionLoader loader = new SubmissionLoader();

    /** The walk as it was: every node, a pointer string built for each. */
    private static void reference(JsonDocument doc, JsonNode n, String pointer, List<Finding> out) {
        if (n.isNumber()) {
            BigDecimal v = n.decimalValue();
            if (v.abs().compareTo(MAX_MAGNITUDE) >= 0) {
                Src s = doc.src(n, pointer);
                out.add(new Finding("json-number", Severity.ERROR, "", List.of(SubmissionLoader.excerpt(n.toString(), 30)),
                        doc.file(), pointer, s.line(), s.column(), null));
            } else if (v.stripTrailingZeros().scale() > 6) {
                Src s = doc.src(n, pointer);
                out.add(new Finding("json-number", Severity.ERROR, "precision",
                        List.of(SubmissionLoader.excerpt(n.toString(), 30), "6"), doc.file(), pointer, s.line(), s.column(), null));
            }
        } else if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                reference(doc, e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                reference(doc, n.get(i), pointer + "/" + i, out);
            }
        }
    }

    private void same(String json) {
        JsonDocument doc = loader.parse(json.getBytes(StandardCharsets.UTF_8), "n.json").document();
        if (doc == null) {
            return;
        }
        List<Finding> expected = new ArrayList<>();
        reference(doc, doc.root(), "", expected);
        List<Finding> actual = new ArrayList<>();
        Engine.checkNumbers(doc, doc.root(), actual);
        assertEquals(expected, actual, json);
    }

    @Property(tries = 2000)
    void anyTree(@ForAll("json") String json) {
        same(json);
    }

    @Provide
    Arbitrary<String> json() {
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(new java.math.BigInteger("-99999999999999999999"),
                        new java.math.BigInteger("99999999999999999999")).map(String::valueOf),
                Arbitraries.of("999999999999999", "1000000000000000", "-1000000000000000", "999999999999999.999999",
                        "999999999999999.5", "1000000000000000.5", "-1234567890123456.25", "0.1234567", "0.123456", "0.1234560", "1.0000000", "0.0000001", "1e15", "1e14",
                        "9.99e14", "1E+20", "0E+20", "0.0", "-0", "0e-30", "1e400", "1e-400", "123456.1234567", "2.5e-7",
                        "100.10", "-888.3", "25007.68"));
        Arbitrary<String> key = Arbitraries.of("a", "value", "a/b", "~x", "~1", "中文", "", "x~0/");
        return Arbitraries.recursive(() -> number, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]"),
                Arbitraries.maps(key, inner).ofMaxSize(4).map(m -> {
                    List<String> parts = new ArrayList<>();
                    m.forEach((k, v) -> parts.add("\"" + k + "\": " + v));
                    return "{" + String.join(",\n", parts) + "}";
                }),
                Arbitraries.of("\"text\"", "true", "null")), 4);
    }

    @Test
    void treesDeeperThanTheLoaderAllows() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            deep.append("{\"k").append(i).append("\": [");
        }
        deep.append("1e16");
        for (int i = 0; i < 150; i++) {
            deep.append("]}");
        }
        // the loader stops at 64 levels; parse as it does, with locations, but with Jackson's default limits
        JsonNode root = io.github.jixiao.load.TreeReader.read(deep.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonDocument doc = new JsonDocument("d.json", null, root);
        List<Finding> expected = new ArrayList<>();
        reference(doc, root, "", expected);
        List<Finding> actual = new ArrayList<>();
        Engine.checkNumbers(doc, root, actual);
        assertEquals(expected, actual);
        assertEquals(1, actual.size());
    }

    /**
     * The loader tells a tree with only plain numbers (the walk is then skipped: {@link #anyTree} holds its answers); a
     * file it reads the careful way (under 4 bytes, or one that fails the plain read) is walked.
     */
    @Test
    void plainNumbersSeenByTheLoader() {
        for (String json : List.of("{\"a\": [1, 2.5, -3, 99999999999, 0.123456, \"x\"]}", "{\"b\": {}}", "[ [] ]", "\"text\"", "1234")) {
            assertEquals(true, loader.parse(json.getBytes(StandardCharsets.UTF_8), "n.json").document().plainNumbers(), json);
        }
        for (String json : List.of("{\"a\": [1, 1e400]}", "[0.1234567]", "99999999999999999999", "{\"a\": 1000000000000000}")) {
            assertEquals(false, loader.parse(json.getBytes(StandardCharsets.UTF_8), "n.json").document().plainNumbers(), json);
        }
    }

    @Test
    void rootNumbersAndDeepTrees() {
        same("1e400");
        same("0.1234567");
        same("12");
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            deep.append("{\"k/").append(i).append("\": [");
        }
        deep.append("1e16");
        for (int i = 0; i < 60; i++) {
            deep.append("]}");
        }
        same(deep.toString());
    }
}
