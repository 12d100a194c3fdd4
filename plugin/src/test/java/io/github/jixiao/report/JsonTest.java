package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streaming writer gives the bytes databind's String gave, for every kind of value the report trees hold,
 * with one deliberate difference: a lone surrogate (possible: a submission may write "\ud800") was a "?" after
 * String.getBytes and is now the JSON escape, which keeps what was written.
 */
class JsonTest {
    @Test
    void streamedTreesAreDatabindsText() throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("text", "≥ 60 个 \"quoted\" \\ \n\t\u0001 😀");
        root.put("empty", "");
        root.put("none", null);
        root.put("int", 42);
        root.put("long", 1L << 40);
        root.put("decimals", List.of(new BigDecimal("96.15"), new BigDecimal("1E+3"), new BigDecimal("-0.000001"), BigDecimal.ZERO));
        root.put("bools", List.of(true, false));
        root.put("emptyMap", new LinkedHashMap<>());
        root.put("emptyList", new ArrayList<>());
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("list", Arrays.asList(1, null, "二", List.of(List.of()), Map.of("k", "v")));
        root.put("nested", nested);
        root.put("other", java.time.LocalDate.of(2024, 1, 2).toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Json.content(root).writeTo(out);
        assertArrayEquals(Json.write(root).getBytes(StandardCharsets.UTF_8), out.toByteArray(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLoneSurrogateIsEscapedNotLost() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Json.content(Map.of("t", "a\uD800b")).writeTo(out);
        org.junit.jupiter.api.Assertions.assertEquals("{\n  \"t\" : \"a\\uD800b\"\n}\n", out.toString(StandardCharsets.UTF_8));
    }
}
