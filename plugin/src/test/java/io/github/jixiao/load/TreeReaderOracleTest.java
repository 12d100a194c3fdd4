package io.github.jixiao.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link TreeReader} replaced {@code ObjectMapper.readTree} (with {@code USE_BIG_DECIMAL_FOR_FLOATS},
 * {@code FAIL_ON_TRAILING_TOKENS} and networknt's location-aware node factory): the mapper path is kept here as
 * the oracle. Every JSON file of the repository, and random documents, must give the same tree: node kinds, values
 * (a BigDecimal's scale too), property order, and each node's line, column and byte offset.
 */
class TreeReaderOracleTest {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The oracle: the loader's parse before TreeReader. */
    private static JsonNode oracle(byte[] b) {
        try (JsonParser p = MAPPER.createParser(b)) {
            return MAPPER.reader(LocationJsonNodeFactoryFactory.getInstance().getJsonNodeFactory(p)).readTree(p);
        }
    }

    private static JsonNode reader(byte[] b) {
        try (JsonParser p = FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), b)) {
            return TreeReader.read(p);
        }
    }

    /** The loader's own read: the rule nodes recorded, strings located on that path. */
    private static JsonNode recorded(byte[] b) {
        try (JsonParser p = FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), b)) {
            return TreeReader.readRecorded(p).root();
        }
    }

    private static void same(JsonNode want, JsonNode got, String where) {
        assertEquals(want.getNodeType(), got.getNodeType(), where);
        assertEquals(want.numberType(), got.numberType(), where);
        TokenStreamLocation loc = JsonNodes.tokenStreamLocationOf(want);
        assertNotNull(loc, where);
        Located l = (Located) got;
        assertEquals(loc.getLineNr(), l.line(), where + " line");
        assertEquals(loc.getColumnNr(), l.byteColumn(), where + " column");
        assertEquals(loc.getByteOffset(), l.byteOffset(), where + " offset");
        if (want.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> a = want.properties().iterator();
            Iterator<Map.Entry<String, JsonNode>> b = got.properties().iterator();
            while (a.hasNext()) {
                assertTrue(b.hasNext(), where);
                Map.Entry<String, JsonNode> x = a.next();
                Map.Entry<String, JsonNode> y = b.next();
                assertEquals(x.getKey(), y.getKey(), where);
                same(x.getValue(), y.getValue(), where + "/" + x.getKey());
            }
            assertTrue(!b.hasNext(), where);
        } else if (want.isArray()) {
            assertEquals(want.size(), got.size(), where);
            for (int i = 0; i < want.size(); i++) {
                same(want.get(i), got.get(i), where + "/" + i);
            }
        } else if (want.isBigDecimal()) {
            assertEquals(want.decimalValue(), got.decimalValue(), where); // equals: value and scale
        } else {
            assertEquals(want, got, where);
        }
    }

    private static void check(byte[] b, String name) {
        JsonNode want;
        try {
            want = oracle(b);
        } catch (RuntimeException e) {
            // the oracle refuses it: so must the reader (the loader then reports it from the parser's exception)
            boolean refused;
            try {
                reader(b);
                refused = false;
            } catch (RuntimeException e2) {
                refused = true;
            }
            assertTrue(refused, name + ": the mapper refused it (" + e.getMessage() + "), TreeReader did not");
            return;
        }
        JsonNode got = reader(b);
        if (want == null || want.isMissingNode()) {
            assertEquals(null, got, name);
            return;
        }
        same(want, got, name + "#");
        same(want, recorded(b), name + " (recorded)#");
    }

    @Test
    void everyJsonFileOfTheRepository() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("sample-submission", "schemas", "plugin/src", "src/it", "docs")) {
            Path d = root.resolve(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.walk(d)) {
                    s.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).forEach(files::add);
                }
            }
        }
        assertTrue(files.size() > 200, "found " + files.size());
        for (Path f : files) {
            check(Files.readAllBytes(f), root.relativize(f).toString());
        }
    }

    @Test
    void numbersAndEdges() {
        for (String s : List.of("0", "-0", "1.0", "1.50", "1e3", "1E-3", "-0.0", "2147483647", "2147483648",
                "-2147483649", "9223372036854775807", "9223372036854775808", "1e400", "0.1234567890123456789012",
                "123456789012345678901234567890", "true", "false", "null", "\"\"", "[]", "{}", "[[[]]]",
                "{\"a\":{\"b\":[1,2.5,{\"c\":null}]}}", "  {\"a\": 1}\n\n", "{\"a\":1} {", "[1,]", "{\"a\":1,\"a\":2}",
                "", "   ", "{\"名称\": \"项目\", \"金额\": 12.30}", "[\"\\u00e9\", \"𠀀\"]")) {
            check(s.getBytes(StandardCharsets.UTF_8), s);
        }
    }

    @Property(tries = 1500)
    void randomDocuments(@ForAll("documents") String json) {
        check(json.getBytes(StandardCharsets.UTF_8), json);
    }

    @Provide
    Arbitrary<String> documents() {
        return value(3);
    }

    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab名称 \"\\\n\t").ofMaxLength(6).map(TreeReaderOracleTest::quote),
                Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e20"), new java.math.BigDecimal("1e20"))
                        .ofScale(4).map(java.math.BigDecimal::toPlainString),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("true", "false", "null", "1e5", "-3.000", "0.0"));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> inner = value(depth - 1);
        Arbitrary<String> array = inner.list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]");
        Arbitrary<String> object = inner.list().ofMaxSize(4).map(l -> {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "\n  " : ",\n  ").append("\"k").append(i).append("\": ").append(l.get(i));
            }
            return sb.append("}").toString();
        });
        return Arbitraries.oneOf(scalar, array, object, object);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
