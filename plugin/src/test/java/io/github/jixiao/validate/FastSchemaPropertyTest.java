package io.github.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.score.FrameworkLoader;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Soundness of {@link FastSchema}: real documents (the sample submission, the rule fixtures, the packaged
 * frameworks), each changed by a few random mutations aimed at the schemas' edges (missing and unknown
 * properties, wrong types, strings at and around their length limits in code points, numbers at and around
 * their bounds written as integers, decimals and exponents, other enum values, empty arrays, swapped subtrees).
 * Whenever the pre-check says VALID networknt reports nothing, whenever it says INVALID networknt reports
 * something, and the validator's findings are exactly networknt's.
 */
class FastSchemaPropertyTest {
    private static final JsonMapper PLAIN = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final SubmissionLoader LOADER = new SubmissionLoader();
    /** An unsupported pre-check: the validator then gives networknt's findings alone. */
    private static final FastSchema NONE = FastSchema.compile(F.stringNode("none"), "urn:none");
    private static final SchemaValidator WITH_FAST = new SchemaValidator();
    private static final SchemaValidator NETWORKNT_ONLY = new SchemaValidator(role -> NONE);

    /** A seed document and the schema it is checked against (a role, or null for a framework). */
    record Seed(String name, String role, JsonNode tree) {
    }

    private static final List<Seed> SUBMISSION_DOCS = submissionSeeds();
    private static final List<Seed> FRAMEWORKS = frameworkSeeds();

    @Property(tries = 1500)
    void submissionDocuments(@ForAll @IntRange(min = 0, max = 1_000_000) int pick, @ForAll long seed) {
        Seed s = SUBMISSION_DOCS.get(pick % SUBMISSION_DOCS.size());
        JsonDocument doc = mutated(s, seed);
        if (doc == null) {
            return;
        }
        FastSchema.Verdict v = FastSchema.forRole(s.role()).verdict(doc.root());
        agree(v, () -> SchemaCatalog.get().schema(s.role()).validate(doc.root()), s, doc);
        assertEquals(outcome(() -> NETWORKNT_ONLY.validate(doc)), outcome(() -> WITH_FAST.validate(doc)),
                () -> s.name() + ": " + shown(doc));
        Statistics.label("verdict").collect(v);
        Statistics.label("verdict").coverage(c -> {
            c.check(FastSchema.Verdict.VALID).count(n -> n >= 50);
            c.check(FastSchema.Verdict.INVALID).count(n -> n >= 50);
        });
    }

    @Property(tries = 1000)
    void frameworks(@ForAll @IntRange(min = 0, max = 1_000_000) int pick, @ForAll long seed) {
        Seed s = FRAMEWORKS.get(pick % FRAMEWORKS.size());
        JsonDocument doc = mutated(s, seed);
        if (doc == null) {
            return;
        }
        FastSchema.Verdict v = FastSchema.forId(FrameworkLoader.SCHEMA_ID).verdict(doc.root());
        agree(v, () -> SchemaCatalog.get().schemaResource(FrameworkLoader.SCHEMA_ID).validate(doc.root()), s, doc);
        Statistics.label("verdict").collect(v);
        Statistics.label("verdict").coverage(c -> {
            c.check(FastSchema.Verdict.VALID).count(n -> n >= 20);
            c.check(FastSchema.Verdict.INVALID).count(n -> n >= 50);
        });
    }

    /**
     * VALID: networknt reports nothing; INVALID: it reports something. networknt 3.0.9 throws on a few inputs
     * (an integral decimal beyond the range of a long where an integer with integer bounds is expected, e.g.
     * "year": 1E+400); the pre-check must then not say VALID, so that it still throws exactly as before.
     */
    private static void agree(FastSchema.Verdict v, Supplier<List<Error>> networknt, Seed s, JsonDocument doc) {
        List<Error> errors;
        try {
            errors = networknt.get();
        } catch (RuntimeException e) {
            assertTrue(v != FastSchema.Verdict.VALID, () -> s.name() + ": VALID but networknt throws " + e + " on " + shown(doc));
            Statistics.label("networknt throws").collect(v);
            return;
        }
        if (v == FastSchema.Verdict.VALID) {
            assertTrue(errors.isEmpty(), () -> s.name() + ": VALID but networknt says " + errors + " for " + shown(doc));
        } else if (v == FastSchema.Verdict.INVALID) {
            assertFalse(errors.isEmpty(), () -> s.name() + ": INVALID but networknt finds nothing in " + shown(doc));
        }
    }

    private static String shown(JsonDocument doc) {
        String t = doc.root().toString();
        return t.length() > 3000 ? t.substring(0, 3000) + "…" : t;
    }

    /** The findings, or the exception thrown instead (its class and message). */
    private static Object outcome(Supplier<Object> run) {
        try {
            return run.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** The seed after 1 to 4 mutations, written out and read back as the loader reads files; null if unreadable. */
    private static JsonDocument mutated(Seed s, long seed) {
        Random r = new Random(seed);
        JsonNode tree = s.tree().deepCopy();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            mutate(tree, r);
        }
        byte[] bytes = PLAIN.writeValueAsBytes(tree);
        return LOADER.parse(bytes, "m.json").document();
    }

    // ---- mutations ----

    /** A place in the tree: a property of an object or an element of an array. */
    private record Slot(JsonNode parent, String key, int index) {
        JsonNode value() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode v) {
            if (key != null) {
                ((ObjectNode) parent).set(key, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }

        void remove() {
            if (key != null) {
                ((ObjectNode) parent).remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode n, List<Slot> slots, List<JsonNode> containers) {
        if (n.isObject()) {
            containers.add(n);
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                slots.add(new Slot(n, e.getKey(), -1));
                collect(e.getValue(), slots, containers);
            }
        } else if (n.isArray()) {
            containers.add(n);
            for (int i = 0; i < n.size(); i++) {
                slots.add(new Slot(n, null, i));
                collect(n.get(i), slots, containers);
            }
        }
    }

    private static <T> T pick(List<T> l, Random r) {
        return l.get(r.nextInt(l.size()));
    }

    private static void mutate(JsonNode tree, Random r) {
        List<Slot> slots = new ArrayList<>();
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, slots, containers);
        if (slots.isEmpty()) {
            return;
        }
        List<Slot> strings = slots.stream().filter(x -> x.value().isString()).toList();
        List<Slot> numbers = slots.stream().filter(x -> x.value().isNumber()).toList();
        List<Slot> booleans = slots.stream().filter(x -> x.value().isBoolean()).toList();
        List<JsonNode> objects = containers.stream().filter(JsonNode::isObject).toList();
        List<JsonNode> arrays = containers.stream().filter(JsonNode::isArray).toList();
        switch (r.nextInt(12)) {
            case 0 -> pick(slots, r).remove();
            case 1 -> ((ObjectNode) pick(objects, r)).set(r.nextInt(3) == 0 ? "zz" + r.nextInt(3) : pick(NAMES, r), value(r));
            case 2 -> pick(slots, r).set(value(r));
            case 3 -> {
                if (!strings.isEmpty()) {
                    Slot x = pick(strings, r);
                    x.set(F.stringNode(variant(x.value().stringValue(), r)));
                }
            }
            case 4 -> {
                if (!numbers.isEmpty()) {
                    pick(numbers, r).set(number(r));
                }
            }
            case 5 -> {
                if (!booleans.isEmpty()) {
                    Slot x = pick(booleans, r);
                    x.set(F.booleanNode(!x.value().booleanValue()));
                }
            }
            case 6 -> {
                if (!strings.isEmpty()) {
                    pick(strings, r).set(F.stringNode(pick(ENUM_STRINGS, r)));
                }
            }
            case 7 -> {
                if (!arrays.isEmpty()) {
                    ArrayNode a = (ArrayNode) pick(arrays, r);
                    int how = r.nextInt(4);
                    if (how == 0 || a.isEmpty()) {
                        a.removeAll();
                    } else if (how == 1) {
                        a.remove(r.nextInt(a.size()));
                    } else if (how == 2) {
                        a.add(a.get(r.nextInt(a.size())).deepCopy());
                    } else {
                        a.add(value(r));
                    }
                }
            }
            case 8 -> {
                // an indicator without a name, (not) marked not applicable
                JsonNode list = tree.get("indicators");
                if (list != null && list.isArray() && !list.isEmpty()) {
                    JsonNode ind = list.get(r.nextInt(list.size()));
                    if (ind.isObject()) {
                        ObjectNode o = (ObjectNode) ind;
                        o.remove("name");
                        switch (r.nextInt(4)) {
                            case 0 -> o.put("notApplicable", true);
                            case 1 -> o.put("notApplicable", false);
                            case 2 -> o.remove("notApplicable");
                            default -> o.set("notApplicable", value(r));
                        }
                    }
                }
            }
            case 9 -> {
                // a scoring method of another type, with the parameters of the old one
                List<JsonNode> methods = objects.stream().filter(o -> o.path("type").isString()).toList();
                if (!methods.isEmpty()) {
                    ((ObjectNode) pick(methods, r)).put("type", pick(METHOD_TYPES, r));
                }
            }
            case 10 -> {
                // a subtree moved elsewhere (an expression where a reference was, a band where a case was, ...)
                Slot to = pick(slots, r);
                JsonNode from = pick(slots, r).value().deepCopy();
                to.set(from);
            }
            default -> {
                // a property of one object copied into another
                JsonNode from = pick(objects, r);
                if (!from.isEmpty()) {
                    List<String> names = new ArrayList<>(from.propertyNames());
                    String k = pick(names, r);
                    ((ObjectNode) pick(objects, r)).set(k, from.get(k).deepCopy());
                }
            }
        }
    }

    private static final List<String> NAMES = List.of("name", "notApplicable", "points", "score", "achievement",
            "target", "actual", "targetRevisedOn", "level1", "level2", "value", "unit", "ref", "const", "sum",
            "difference", "ratio", "percent", "abs", "min", "max", "minInclusive", "maxInclusive", "type", "cap",
            "zeroWhenAbove", "bands", "cases", "equals", "otherwise", "items", "zeroWhen", "quarter",
            "cumulativePercent", "stated", "total", "grade", "status", "year", "kind", "stage", "framework", "id",
            "weight", "children", "standard", "method", "restsOnIndicators", "schedule", "capMean", "$schema",
            "schemaVersion", "date", "amount", "reason", "budget", "execution", "criterion", "label", "results", "atLeast",
            "optional", "partial");

    private static final List<String> ENUM_STRINGS = List.of("department", "project", "task", "目标申报", "运行监控", "自评",
            "调整", "调剂", "元", "万元", "美元", "产出指标", "效益指标", "满意度指标", "成本指标", "其他指标", "达成", "部分达成",
            "未达成", "on-time", "late", "none", "exempt", "优", "良", "中", "差", "assessed", "ratio", "band",
            "linear-deduction", "deduct-per-item", "lookup", "quarterly-progress", "sub-items", "indicator-points",
            "1.0", "1.00", " 1.0", "2024-01-01", "2024-01-01\n", "2024-1-01", "２０２４-01-01", "x2024-01-01",
            "budget#/a", "budget#/a~2b", "budget#", "tasks#/x/~01", "x#/a", "department#/a\n", "indicators#/indicators",
            "a-b", "a--b", "A-b", "a-b\n", "-a", "shenzhen-department-2024",
            "https://jixiao.github.io/schemas/v1/budget.schema.json",
            "https://jixiao.github.io/schemas/v1/indicators.schema.json");

    private static final List<String> METHOD_TYPES = List.of("assessed", "ratio", "band", "linear-deduction",
            "deduct-per-item", "lookup", "quarterly-progress", "sub-items", "indicator-points", "other");

    private static final List<String> NUMBERS = List.of("0", "-0", "0.0", "-0.0", "1", "-1", "2", "3.0", "4", "5",
            "1.5", "0.5", "12", "13", "20", "50", "100", "100.0", "100.00", "100.0000001", "99.9999999", "1E+2", "1e2",
            "1.00E+2", "-1E+2", "1E-7", "100000", "100000.0", "100000.0000001", "100001", "2000", "2100", "1999",
            "2101", "2024.0", "2024.5", "12345678901234567890", "1E+400", "-1E+400", "0.000000000000000000001");

    private static JsonNode number(Random r) {
        return PLAIN.readTree(pick(NUMBERS, r));
    }

    private static JsonNode value(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(r.nextBoolean());
            case 2, 3 -> number(r);
            case 4 -> F.stringNode(variant("名称", r));
            case 5 -> F.stringNode(pick(ENUM_STRINGS, r));
            case 6 -> F.objectNode();
            case 7 -> F.arrayNode();
            case 8 -> {
                ObjectNode o = F.objectNode();
                o.set("value", number(r));
                o.put("unit", r.nextBoolean() ? "万元" : "元");
                yield o;
            }
            default -> {
                ArrayNode a = F.arrayNode();
                a.add(r.nextBoolean() ? number(r) : F.stringNode("a"));
                yield a;
            }
        };
    }

    /** Limits used by the schemas, in code points. */
    private static final int[] LENGTHS = {1, 20, 50, 100, 200, 300, 500, 1000, 5000, 20000};
    private static final String[] UNITS = {"a", "中", "\uD840\uDC00", "\uD83D\uDE00", "中\uD840\uDC00"};

    private static String variant(String s, Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> "";
            case 1 -> s + " ";
            case 2 -> s.isEmpty() ? "x" : s.substring(0, s.offsetByCodePoints(0, s.codePointCount(0, s.length()) - 1));
            case 3 -> s + "\n";
            default -> {
                // a string of code points at, just below or just above a limit, made of BMP or astral characters
                int n = LENGTHS[r.nextInt(LENGTHS.length)] + r.nextInt(3) - 1;
                int[] unit = UNITS[r.nextInt(UNITS.length)].codePoints().toArray();
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    sb.appendCodePoint(unit[i % unit.length]);
                }
                yield sb.toString();
            }
        };
    }

    // ---- seeds ----

    private static JsonNode plain(byte[] json) {
        return PLAIN.readTree(json);
    }

    private static List<Seed> submissionSeeds() {
        List<Seed> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Samples.project().resolve("submission"))) {
            for (Path p : s.sorted().toList()) {
                JsonNode t = plain(Files.readAllBytes(p));
                out.add(new Seed(p.getFileName().toString(), SchemaCatalog.roleOf(t.path("$schema").asString()), t));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path rules;
        try {
            rules = Path.of(FastSchemaPropertyTest.class.getResource("/rules").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> s = Files.walk(rules)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".json") && !x.toString().endsWith(".expected.json"))
                    .sorted().toList()) {
                JsonNode bundle = plain(Files.readAllBytes(p));
                for (Map.Entry<String, JsonNode> e : bundle.properties()) {
                    if (SchemaCatalog.ROLES.contains(e.getKey())) {
                        out.add(new Seed(rules.relativize(p) + ":" + e.getKey(), e.getKey(), e.getValue()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(out.stream().allMatch(x -> x.role() != null));
        assertTrue(out.size() > 100, "seeds: " + out.size());
        return out;
    }

    private static List<Seed> frameworkSeeds() {
        List<Seed> out = new ArrayList<>();
        for (String id : FrameworkLoader.BUILT_IN) {
            String res = FrameworkLoader.RESOURCE_DIR + id + ".json";
            try (InputStream in = FastSchemaPropertyTest.class.getClassLoader().getResourceAsStream(res)) {
                out.add(new Seed(res, null, plain(in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
