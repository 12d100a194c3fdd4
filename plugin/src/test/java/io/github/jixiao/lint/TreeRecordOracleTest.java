package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.rules.DateInvalid;
import io.github.jixiao.lint.rules.FigureOutOfRange;
import io.github.jixiao.lint.rules.PlaceholderLeft;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.RuleNodes;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The tree rules are visited only on the nodes the loader recorded ({@link RuleNodes}), where they were visited on
 * every string and object of a walk of every tree: the walk is kept here ({@link OldWalk}) as the oracle. On every JSON
 * file of the repository, read by the loader and put under each role a rule tells apart, and on random documents of the
 * shapes the rules look for, the three tree rules give the same findings, in the same order, by the recorded nodes, by
 * the record a walk makes of a tree built otherwise, and by the oracle; and the loader's record is the walk's.
 */
class TreeRecordOracleTest {
    private static final List<String> ROLES = List.of("indicators", "budget", "adjustments", "department");
    private static final SubmissionLoader LOADER = new SubmissionLoader();

    /** The findings of the three tree rules, one list per rule, by the oracle's walk or by {@link TreeWalk}. */
    private static List<List<Finding>> findings(Submission s, boolean oracle) {
        List<TreeRule> rules = List.of(new PlaceholderLeft(), new DateInvalid(), new FigureOutOfRange());
        List<RuleContext> contexts = new ArrayList<>();
        Map<Object, Object> shared = new java.util.HashMap<>();
        for (TreeRule r : rules) {
            RuleContext ctx = new RuleContext(r.descriptor(), null);
            ctx.share(shared);
            ctx.walked();
            contexts.add(ctx);
        }
        Throwable[] failures = new Throwable[rules.size()];
        if (oracle) {
            OldWalk w = new OldWalk(rules, contexts);
            w.walk(s);
            System.arraycopy(w.failures, 0, failures, 0, failures.length);
        } else {
            TreeWalk w = new TreeWalk(rules, contexts);
            w.walk(s);
            for (int k = 0; k < failures.length; k++) {
                failures[k] = w.failure(k);
            }
        }
        List<List<Finding>> out = new ArrayList<>();
        for (int k = 0; k < rules.size(); k++) {
            if (failures[k] != null) {
                out.add(List.of(new Finding("failure", io.github.jixiao.finding.Severity.ERROR, failures[k].getClass().getName(), List.of(), "", "", 0, 0,
                        null)));
                continue;
            }
            rules.get(k).check(s, contexts.get(k));
            out.add(contexts.get(k).findings());
        }
        return out;
    }

    /** Compares the three paths on {@code doc} under each role; the number of findings of the oracle. */
    private static int compare(JsonDocument doc, String where) {
        RuleNodes walked = RuleNodes.of(doc.root());
        assertNotNull(doc.recorded(), where + ": the loader recorded nothing");
        sameRecord(walked, doc.recorded(), where);
        JsonDocument unrecorded = new JsonDocument(doc.file(), doc.schemaId(), doc.root(), doc.columns(),
                doc.plainNumbers());
        int found = 0;
        for (String role : ROLES) {
            Submission recorded;
            Submission other;
            try {
                recorded = new Submission(Map.of(role, doc));
                other = new Submission(Map.of(role, unrecorded));
            } catch (RuntimeException e) {
                continue; // a document the binding of this role refuses: the engine never checks it so
            }
            List<List<Finding>> want = findings(recorded, true);
            assertEquals(want, findings(recorded, false), where + " as " + role);
            assertEquals(want, findings(other, false), where + " as " + role + ", not recorded");
            for (List<Finding> l : want) {
                found += l.size();
            }
        }
        return found;
    }

    private static void sameRecord(RuleNodes want, RuleNodes got, String where) {
        assertEquals(want.size(), got.size(), where);
        for (int i = 0; i < want.size(); i++) {
            assertSame(want.node(i), got.node(i), where + " node " + i);
            assertEquals(want.depth(i), got.depth(i), where + " node " + i);
            for (int j = 0; j < want.depth(i); j++) {
                assertEquals(want.keys()[want.pathStart(i) + j], got.keys()[got.pathStart(i) + j], where + " node " + i);
                if (want.keys()[want.pathStart(i) + j] == null) {
                    assertEquals(want.indexes()[want.pathStart(i) + j], got.indexes()[got.pathStart(i) + j],
                            where + " node " + i);
                }
            }
        }
    }

    @Test
    void everyJsonFixtureOfTheRepository() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("sample-submission", "plugin/src/test/resources", "src/it")) {
            try (Stream<Path> s = Files.walk(root.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        }
        int loaded = 0;
        int found = 0;
        for (Path f : files) {
            String rel = root.relativize(f).toString();
            JsonDocument doc = LOADER.parse(Files.readAllBytes(f), rel).document();
            if (doc != null) {
                found += compare(doc, rel);
                loaded++;
            }
        }
        assertTrue(loaded > 300, "files compared: " + loaded);
        assertTrue(found > 50, "findings of the tree rules: " + found);
    }

    @Property(tries = 1500)
    void randomDocuments(@ForAll("documents") String json) {
        JsonDocument doc = LOADER.parse(json.getBytes(StandardCharsets.UTF_8), "r.json").document();
        assertNotNull(doc, json);
        compare(doc, json);
    }

    /** A document read as the loader reads a file that is not clean (a byte order mark, then a truncated character). */
    @Test
    void theCheckedReadRecordsAsWell() {
        byte[] text = "{\"name\": \"88\", \"a\": [{\"value\": -1, \"unit\": \"万元\"}], \"date\": \"2024-02-30\"}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[text.length + 4];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(text, 0, b, 3, text.length);
        b[b.length - 1] = (byte) 0xE4; // the first byte of a character the file was cut in
        SubmissionLoader.Loaded l = LOADER.parse(b, "cut.json");
        assertNotNull(l.document(), l.findings().toString());
        assertEquals(3, l.document().recorded().size());
        assertTrue(compare(l.document(), "cut.json") >= 2);
    }

    @Provide
    Arbitrary<String> documents() {
        return value(4, Arbitraries.of("k", "name", "date", "value", "unit", "targetRevisedOn", "indicators", "amount",
                "adjustments", "stated", "adjustmentAmount", "名称"));
    }

    private static Arbitrary<String> value(int depth, Arbitrary<String> keys) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("请填写", "（请填写任务名称）", "（100字以内）", "对照年度目标，说明完成情况（100字以内）", "≥**个", "**%",
                        "**加粗**", "88", "68.5", "１００％", " 7 ", "5G基站建设数量", "2024-02-30", "2024-02-28", "2024-2-300",
                        "abcd-efghi", "万元", "元", "", "项目", "1234567890123").map(TreeRecordOracleTest::quote),
                Arbitraries.strings().withChars("请字*-1 名").ofMaxLength(11).map(TreeRecordOracleTest::quote),
                Arbitraries.of("-5", "0", "1e13", "200000000", "-0.5", "true", "null", "12.30"));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> inner = value(depth - 1, keys);
        Arbitrary<String> array = inner.list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]");
        Arbitrary<String> object = Arbitraries.entries(keys, inner).list().ofMaxSize(4).map(l -> {
            Map<String, String> m = new LinkedHashMap<>();
            l.forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(sb.length() == 1 ? "" : ", ").append(quote(k)).append(": ").append(v));
            return sb.append("}").toString();
        });
        Arbitrary<String> money = Arbitraries.of("-5", "3", "100000000", "150000000.00", "-0.0", "\"7\"")
                .flatMap(v -> Arbitraries.of("万元", "元", "个").map(u -> "{\"value\": " + v + ", \"unit\": " + quote(u) + "}"));
        return Arbitraries.oneOf(scalar, array, object, object, money);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The walk of every node the tree rules were given before the loader recorded them (the oracle). */
    private static final class OldWalk {
        private final TreeRule[] strings;
        private final RuleContext[] stringCtx;
        private final int[] stringIdx;
        private final TreeRule[] objects;
        private final RuleContext[] objectCtx;
        private final int[] objectIdx;
        final Throwable[] failures;
        private final TreeWalk.Cursor at = new TreeWalk.Cursor();
        private Submission submission;
        private String role;
        private JsonDocument document;
        private String[] keys = new String[8];
        private int[] indexes = new int[8];
        private int depth;

        OldWalk(List<TreeRule> rules, List<RuleContext> contexts) {
            List<Integer> s = new ArrayList<>();
            List<Integer> o = new ArrayList<>();
            for (int k = 0; k < rules.size(); k++) {
                if ((rules.get(k).interests() & TreeRule.STRINGS) != 0) {
                    s.add(k);
                }
                if ((rules.get(k).interests() & TreeRule.OBJECTS) != 0) {
                    o.add(k);
                }
            }
            strings = s.stream().map(rules::get).toArray(TreeRule[]::new);
            stringCtx = s.stream().map(contexts::get).toArray(RuleContext[]::new);
            stringIdx = s.stream().mapToInt(Integer::intValue).toArray();
            objects = o.stream().map(rules::get).toArray(TreeRule[]::new);
            objectCtx = o.stream().map(contexts::get).toArray(RuleContext[]::new);
            objectIdx = o.stream().mapToInt(Integer::intValue).toArray();
            failures = new Throwable[rules.size()];
        }

        void walk(Submission s) {
            submission = s;
            for (Map.Entry<String, JsonDocument> e : s.documents().entrySet()) {
                if (e.getValue() != null) {
                    role = e.getKey();
                    document = e.getValue();
                    depth = 0;
                    node(document.root());
                }
            }
        }

        private void push(String key, int index) {
            if (depth == keys.length) {
                keys = java.util.Arrays.copyOf(keys, 2 * depth);
                indexes = java.util.Arrays.copyOf(indexes, 2 * depth);
            }
            keys[depth] = key;
            indexes[depth] = index;
            depth++;
        }

        private void node(JsonNode n) {
            at.at(submission, role, document, n, keys, indexes, 0, depth);
            if (n instanceof ObjectNode o) {
                for (int k = 0; k < objects.length; k++) {
                    if (failures[objectIdx[k]] == null) {
                        try {
                            objects[k].visitObject(at, o, objectCtx[k]);
                        } catch (RuntimeException | StackOverflowError e) {
                            failures[objectIdx[k]] = e;
                        }
                    }
                }
                for (Map.Entry<String, JsonNode> e : o.properties()) {
                    JsonNode v = e.getValue();
                    if (v instanceof ContainerNode || v instanceof StringNode && strings.length > 0) {
                        push(e.getKey(), -1);
                        node(v);
                        depth--;
                    }
                }
            } else if (n instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    JsonNode v = a.get(i);
                    if (v instanceof ContainerNode || v instanceof StringNode && strings.length > 0) {
                        push(null, i);
                        node(v);
                        depth--;
                    }
                }
            } else if (n instanceof StringNode) {
                String value = n.asString();
                for (int k = 0; k < strings.length; k++) {
                    if (failures[stringIdx[k]] == null) {
                        try {
                            strings[k].visitString(at, value, stringCtx[k]);
                        } catch (RuntimeException | StackOverflowError e) {
                            failures[stringIdx[k]] = e;
                        }
                    }
                }
            }
        }
    }
}
