package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Findings;
import io.github.jixiao.lint.InputRule;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleDescriptor;
import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.lint.RuleRegistry;
import io.github.jixiao.load.JsonDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/rules.md is the generated catalogue: this test fails when it differs from what the metadata and the
 * fixtures give, and rewrites it when run with {@code -Djixiao.updateDocs=true}.
 */
class RuleCatalogTest {
    static final Path DOC = Path.of(System.getProperty("jixiao.repoRoot", ".."), "docs", "rules.md");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int WIDTH = 100;
    private static final int MESSAGES_SHOWN = 3;

    @Test
    void docsRulesMdIsUpToDate() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("jixiao.updateDocs")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
            return;
        }
        String current = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertEquals(generated, current, "docs/rules.md is out of date with the rules' metadata or fixtures. Regenerate it with: "
                + RuleCatalog.REGENERATE);
    }

    @Test
    void everyRuleHasItsAnchorAndEveryLintRuleBothExamples() {
        String md = generate();
        for (RuleDescriptor d : RuleRegistry.descriptors()) {
            assertTrue(md.contains("\n## " + d.id() + "\n"), d.id());
        }
        for (Rule r : RuleRegistry.all()) {
            if (!(r instanceof InputRule)) {
                RuleCatalog.Examples ex = examples(r);
                assertTrue(ex.failing() != null && !ex.failing().messages().isEmpty(), r.descriptor().id());
                assertTrue(ex.passing() != null, r.descriptor().id());
                assertFalse(ex.failing().json().isBlank(), r.descriptor().id());
            }
        }
    }

    @Test
    void everyMessageOfEveryRuleIsListedUnderItsRule() {
        String md = generate();
        int listed = 0;
        for (RuleDescriptor d : RuleRegistry.descriptors()) {
            int from = md.indexOf("\n## " + d.id() + "\n");
            int to = md.indexOf("\n## ", from + 1);
            String section = md.substring(from, to < 0 ? md.length() : to);
            for (Map.Entry<String, String[]> m : d.messages().entrySet()) {
                String key = m.getKey().isEmpty() ? "（默认）· (default)" : "`" + m.getKey() + "`";
                // the text's first words as written (before any character the table escapes)
                // (a field the template names as a column, {@…}, as a submission typed as JSON reads it)
                String zh = Messages.asTyped(m.getValue()[0], Messages.ZH).split("[|*_`<>&\n]")[0];
                String en = Messages.asTyped(m.getValue()[1], java.util.Locale.ENGLISH).split("[|*_`<>&\n]")[0];
                assertTrue(section.contains("| " + key + " | " + zh), d.id() + " " + key);
                assertTrue(section.contains(en), d.id() + " " + key + " (en)");
                listed++;
            }
        }
        assertTrue(listed > 150, "messages listed: " + listed);
    }

    @Test
    void explanationsBelongToRules() throws Exception {
        var url = RuleCatalog.class.getClassLoader().getResource(RuleCatalog.EXPLANATIONS);
        if (url == null) {
            return; // none written
        }
        Path dir = Path.of(url.toURI());
        List<String> ids = RuleRegistry.descriptors().stream().map(RuleDescriptor::id).toList();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                assertTrue(n.endsWith(".md") && ids.contains(n.substring(0, n.length() - 3)), () -> "explanation for no rule: " + n);
            }
        }
    }

    static String generate() {
        Map<String, RuleCatalog.Examples> examples = new LinkedHashMap<>();
        for (Rule r : RuleRegistry.all()) {
            if (!(r instanceof InputRule)) {
                examples.put(r.descriptor().id(), examples(r));
            }
        }
        return RuleCatalog.markdown(RuleRegistry.descriptors(), examples);
    }

    /**
     * The failing example: of the flags fixtures, the one whose snippet (around its first finding at the rule's
     * default severity and default message) is shortest. The passing example: a passes fixture with the same
     * file, at the same stage, where the same place exists with the same shape; of those, the one closest in
     * size to the failing example.
     */
    /** The English of the framework a fixture names, as the engine reads it at every stage; null when it names none. */
    private static Map<String, String> frameworkEnglish(RuleFixtures.Fixture f) {
        String id = f.submission().framework();
        return id == null || id.isBlank() ? null
                : new io.github.jixiao.score.Scorer().framework(f.submission(), null, f.path().getParent()).framework().english();
    }

    static RuleCatalog.Examples examples(Rule rule) {
        RuleDescriptor d = rule.descriptor();
        String id = d.id();
        Messages zh = new Messages(Messages.ZH);
        Messages en = new Messages(Locale.ENGLISH);
        RuleCatalog.Example failing = null;
        RuleFixtures.Fixture failingFixture = null;
        int failingRank = Integer.MAX_VALUE;
        for (Path file : RuleFixtures.files(id, RuleFixtures.FLAGS)) {
            RuleFixtures.Fixture f = RuleFixtures.load(id, RuleFixtures.FLAGS, file);
            List<Finding> found = new ArrayList<>(RuleFixtures.run(rule, f).stream().sorted(Findings.ORDER).toList());
            if (found.isEmpty()) {
                continue;
            }
            Finding main = found.stream().filter(x -> x.severity() == d.severity()).findFirst().orElse(found.get(0));
            found.remove(main);
            found.add(0, main);
            String role = main.file().substring(0, main.file().length() - ".json".length());
            JsonDocument doc = f.submission().document(role).orElseThrow();
            String pointer = snippetPointer(doc.root(), main.pointer());
            String json = render(doc.root().at(JsonPointer.compile(pointer)));
            String defaultKey = d.messages().keySet().iterator().next();
            int rank = (main.severity() == d.severity() ? 0 : 1_000_000) + (main.key().equals(defaultKey) ? 0 : 500_000)
                    + json.length();
            if (rank < failingRank) {
                // in English as a run's reports say it: the framework the fixture names gives its categories' English
                Messages named = en.forResult(new io.github.jixiao.engine.EngineResult(List.of(), f.sheet(), null, null, null, null,
                        List.of(), null, null, List.of(), frameworkEnglish(f), null));
                List<String[]> msgs = new ArrayList<>();
                for (Finding x : found.subList(0, Math.min(MESSAGES_SHOWN, found.size()))) {
                    msgs.add(new String[] {zh.message(x), named.message(x)});
                }
                failing = new RuleCatalog.Example(f.relative(), main.file(), pointer, json, msgs);
                failingFixture = f;
                failingRank = rank;
            }
        }
        if (failing == null) {
            return new RuleCatalog.Examples(null, null);
        }
        String role = failing.file().substring(0, failing.file().length() - ".json".length());
        JsonNode failingNode = failingFixture.submission().document(role).orElseThrow().root().at(JsonPointer.compile(failing.pointer()));
        RuleCatalog.Example passing = null;
        int passingRank = Integer.MAX_VALUE;
        for (Path file : RuleFixtures.files(id, RuleFixtures.PASSES)) {
            RuleFixtures.Fixture p = RuleFixtures.load(id, RuleFixtures.PASSES, file);
            boolean hasRole = p.submission().document(role).isPresent();
            String prole = hasRole ? role
                    : p.submission().documents().keySet().stream().filter(k -> !k.equals("department")).findFirst().orElse("department");
            JsonDocument pdoc = p.submission().document(prole).orElseThrow();
            boolean samePlace = hasRole && !pdoc.root().at(JsonPointer.compile(failing.pointer())).isMissingNode();
            String pp = hasRole ? snippetPointer(pdoc.root(), failing.pointer()) : "";
            String json = render(pdoc.root().at(JsonPointer.compile(pp)));
            boolean sameShape = samePlace && keys(pdoc.root().at(JsonPointer.compile(pp))).equals(keys(failingNode));
            int rank = (hasRole ? 0 : 4_000_000) + (p.submission().stage() == failingFixture.submission().stage() ? 0 : 2_000_000)
                    + (samePlace ? 0 : 1_000_000) + (sameShape ? 0 : 500_000) + Math.abs(json.length() - failing.json().length());
            if (rank < passingRank) {
                passing = new RuleCatalog.Example(p.relative(), prole + ".json", pp, json, List.of());
                passingRank = rank;
            }
        }
        return new RuleCatalog.Examples(failing, passing);
    }

    /** The member names of an object (an array's first element's), to compare shapes. */
    private static java.util.Set<String> keys(JsonNode n) {
        JsonNode o = n.isArray() && !n.isEmpty() ? n.get(0) : n;
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (o.isObject()) {
            o.properties().forEach(e -> out.add(e.getKey()));
        }
        return out;
    }

    /**
     * The smallest object around {@code pointer} that reads on its own: up from a value, from an amount
     * ({value, unit}), from a wrapper with one object inside ({"total": {...}}), and from a "stated" block to
     * what it states.
     */
    static String snippetPointer(JsonNode root, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        while (!p.matches()) {
            JsonNode n = root.at(p);
            boolean climb = n == null || n.isMissingNode() || n.isValueNode() || isMoney(n)
                    || (n.isObject() && n.size() == 1 && n.valueStream().allMatch(JsonNode::isObject))
                    || "stated".equals(p.last().getMatchingProperty());
            if (!climb) {
                break;
            }
            p = p.head();
        }
        return p.toString();
    }

    private static boolean isMoney(JsonNode n) {
        return n.isObject() && n.size() == 2 && n.has("value") && n.has("unit");
    }

    /** JSON laid out for reading: a node on one line when it fits, else one member per line. */
    static String render(JsonNode n) {
        StringBuilder sb = new StringBuilder();
        render(n, 0, sb);
        return sb.toString();
    }

    private static void render(JsonNode n, int indent, StringBuilder sb) {
        String compact = compact(n);
        if (indent + compact.length() <= WIDTH || !n.isContainer() || n.isEmpty()) {
            sb.append(compact);
            return;
        }
        String pad = " ".repeat(indent + 2);
        if (n.isObject()) {
            sb.append("{\n");
            var it = n.properties().iterator();
            while (it.hasNext()) {
                var e = it.next();
                sb.append(pad).append(string(e.getKey())).append(": ");
                render(e.getValue(), indent + 2, sb);
                sb.append(it.hasNext() ? ",\n" : "\n");
            }
            sb.append(" ".repeat(indent)).append('}');
        } else {
            sb.append("[\n");
            for (int i = 0; i < n.size(); i++) {
                sb.append(pad);
                render(n.get(i), indent + 2, sb);
                sb.append(i < n.size() - 1 ? ",\n" : "\n");
            }
            sb.append(" ".repeat(indent)).append(']');
        }
    }

    private static String compact(JsonNode n) {
        if (n.isObject()) {
            List<String> parts = new ArrayList<>();
            n.properties().forEach(e -> parts.add(string(e.getKey()) + ": " + compact(e.getValue())));
            return "{" + String.join(", ", parts) + "}";
        }
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(e -> parts.add(compact(e)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (n.isString()) {
            return string(n.asString());
        }
        return n.isNumber() ? n.decimalValue().toPlainString() : n.toString();
    }

    private static String string(String s) {
        return MAPPER.writeValueAsString(s);
    }
}
