package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Src;
import io.github.jixiao.load.SubmissionLoader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A framework file that {@code extends} a built-in framework: it gives only what differs (its id, version, name,
 * source, partial, partialCut, unpointed), the rest is the built-in's as the plugin ships it, so a change to the
 * built-in reaches it. Its base can only be a built-in, named by id (never a path or a URL), and it cannot change what
 * a score rests on (kind, grades, taxonomy, criteria, resultsMinimum): each of those is a {@code framework-invalid}
 * finding at its place in the file, in zh and en, never an exception. The fixtures are under {@code framework-extends/}.
 */
class FrameworkExtendsTest {

    static final Path DIR = Path.of("src/test/resources/framework-extends");

    @TempDir
    Path project;

    FrameworkLoader.Loaded load(String fixture) throws IOException {
        Files.createDirectories(project.resolve("frameworks"));
        Files.copy(DIR.resolve(fixture + ".json"), project.resolve("frameworks/" + fixture + ".json"));
        return FrameworkLoader.load("frameworks/" + fixture + ".json", project, Src.NONE);
    }

    @Test
    void anExtendingFileIsTheBuiltInWithWhatItGives() throws IOException {
        FrameworkLoader.Loaded l = load("passes");
        assertEquals(List.of(), l.findings());
        Framework f = l.framework();
        Framework base = FrameworkLoader.builtIn(FrameworkLoader.MOF_PROJECT);
        // its own: what it is called, its version, where it was read, what its copy lacks
        assertEquals("cut-copy", f.id());
        assertEquals("1-partial", f.version());
        assertEquals("frameworks/passes.json", f.file());
        assertEquals("存档副本在满意度指标之前截断。", f.partial());
        assertEquals("The stored copy breaks off before the satisfaction indicators.", f.english(f.partial()));
        // the base's: everything a score rests on
        assertEquals(base.kind(), f.kind());
        assertEquals(base.grades(), f.grades());
        assertEquals(base.taxonomy(), f.taxonomy());
        assertEquals(shape(base), shape(f));
        assertEquals(base.criteria().size(), f.criteria().size());
        assertEquals("Budget execution", f.english("预算执行")); // the base's English for its names
        assertEquals("Excellent", f.english("优"));
        assertNull(base.base());
        assertEquals(new Framework.Base(FrameworkLoader.MOF_PROJECT, base.version()), f.base());
        // and no finding that a partial framework's weights fall short or its results share is not checked
        assertTrue(f.isPartial());
    }

    /**
     * The point of {@code extends}: a change to the built-in reaches every file that extends it (a whole copy kept the
     * old criteria until someone copied again). The same file merged over the packaged mof-project-2020 and over that
     * framework with its execution criterion's 评分标准 and its satisfaction block's weights changed, as a later
     * release might: the extending framework follows each base, and keeps its own id, version and partial.
     */
    @Test
    void aChangeToTheBaseReachesTheFrameworkThatExtendsIt() throws IOException {
        JsonDocument file = new SubmissionLoader().parse(Files.readAllBytes(DIR.resolve("passes.json")), "frameworks/passes.json")
                .document();
        JsonNode packaged = packagedTree(FrameworkLoader.MOF_PROJECT);
        ObjectNode changed = (ObjectNode) packaged.deepCopy();
        changed.put("version", "2099.1");
        ObjectNode execution = (ObjectNode) changed.at("/criteria/0/children/0/children/0");
        execution.put("standard", "预算执行率 × 分值（新版）");
        // satisfaction 10 → 5, benefits 30 → 35: the 一级 still weighs 90
        ((ObjectNode) changed.at("/criteria/1/children/2")).put("weight", 5);
        ((ObjectNode) changed.at("/criteria/1/children/2/children/0")).put("weight", 5);
        ((ObjectNode) changed.at("/criteria/1/children/1")).put("weight", 35);
        ((ObjectNode) changed.at("/criteria/1/children/1/children/0")).put("weight", 35);

        FrameworkLoader.Loaded before = FrameworkLoader.extend(file, packaged, null);
        FrameworkLoader.Loaded after = FrameworkLoader.extend(file, changed, null);
        assertEquals(List.of(), before.findings());
        assertEquals(List.of(), after.findings());
        Framework.Leaf was = before.framework().leaf("budget-execution-rate").orElseThrow();
        Framework.Leaf is = after.framework().leaf("budget-execution-rate").orElseThrow();
        assertNotEquals(was.standard(), is.standard());
        assertEquals("预算执行率 × 分值（新版）", is.standard());
        assertEquals(new BigDecimal("10"), before.framework().leaf("satisfaction-indicators").orElseThrow().weight());
        assertEquals(new BigDecimal("5"), after.framework().leaf("satisfaction-indicators").orElseThrow().weight());
        assertEquals(new BigDecimal("35"), after.framework().leaf("benefit-indicators").orElseThrow().weight());
        // the summary's pin follows the base too; the file's own stay
        assertEquals(new Framework.Base(FrameworkLoader.MOF_PROJECT, "2099.1"), after.framework().base());
        assertEquals("cut-copy", after.framework().id());
        assertEquals("1-partial", after.framework().version());
        assertEquals(before.framework().partial(), after.framework().partial());
    }

    /** A version pinned after @ that is the built-in's: nothing said. */
    @Test
    void aPinnedVersionThatIsTheBuiltInsSaysNothing() throws IOException {
        assertEquals("2020.8", FrameworkLoader.builtIn(FrameworkLoader.MOF_PROJECT).version(), "the fixture pins this version");
        FrameworkLoader.Loaded l = load("pinned");
        assertEquals(List.of(), l.findings());
        assertNotNull(l.framework());
    }

    /** A version pinned after @ that is not the built-in's: a warning at extends, and the framework scored on the base there is. */
    @Test
    void aPinnedVersionThatIsNotTheBuiltInsIsAWarning() throws IOException {
        FrameworkLoader.Loaded l = load("pinned-old");
        assertNotNull(l.framework(), "scored on the built-in there is");
        assertEquals(1, l.findings().size(), l.findings().toString());
        Finding f = l.findings().get(0);
        assertEquals("extends-version", f.key());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("/extends", f.pointer());
        assertEquals(3, f.line());
        assertEquals(14, f.column());
        assertEquals(List.of("frameworks/pinned-old.json", "mof-project-2020", "2019.1", "2020.8"), f.args());
        FrameworkSchemaFaultsTest.speaksBothLanguages(f);
    }

    /**
     * What the file may not be: each one finding at its place (line and column of the value in the file), in zh and en,
     * and no framework. {@code args} after the file, ' & ' between them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // fixture          | key                  | pointer   | line | col | args
        "unknown            | extends-unknown      | /extends  | 3    | 14  | sichuan-project-2022 & " + BUILT_IN,
        "unknown-near       | extends-unknown-near | /extends  | 3    | 14  | mof-projcet-2020 & " + BUILT_IN + " & mof-project-2020",
        // a path, a URL or a file name is never read: extends names a built-in framework, by id
        "path               | extends-path         | /extends  | 3    | 14  | ../frameworks/mof-project-2020.json & " + BUILT_IN,
        "url                | extends-path         | /extends  | 3    | 14  | https://example.org/mof-project-2020.json & " + BUILT_IN,
        "file-name          | extends-path         | /extends  | 3    | 14  | mof-project-2020.json & " + BUILT_IN,
        // what the score rests on is the base's (the schema's then-branch refuses it too)
        "override-kind      | extends-override     | /kind     | 11   | 11  | kind & mof-project-2020 & " + OVERRIDABLE,
        "override-criteria  | extends-override     | /criteria | 11   | 15  | criteria & mof-project-2020 & " + OVERRIDABLE,
        // among what may be given, the schema's own words
        "type-partial       | type                 | /partial  | 9    | 14  | integer & string",
        "required-version   | required             | ''        | 1    | 1   | version",
        "unknown-key        | additionalProperties | ''        | 11   | 14  | weights",
    })
    void whatTheFileMayNotBeIsAFindingAtItsPlace(String fixture, String key, String pointer, int line, int column, String args)
            throws IOException {
        FrameworkLoader.Loaded l = load(fixture);
        assertNull(l.framework(), () -> "not used: " + l.findings());
        Finding f = l.findings().stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(l.findings()));
        assertEquals(1, l.findings().size(), l.findings().toString());
        String file = "frameworks/" + fixture + ".json";
        assertEquals("framework-invalid", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(file, f.file());
        assertEquals(pointer, f.pointer());
        assertEquals(line, f.line(), "line");
        assertEquals(column, f.column(), "column");
        List<String> expected = new ArrayList<>(List.of(file));
        if (!key.startsWith("extends-")) {
            expected.add(pointer.isEmpty() ? "/" : pointer);
        }
        expected.addAll(List.of(args.split(" & ")));
        assertEquals(expected, f.args());
        FrameworkSchemaFaultsTest.speaksBothLanguages(f);
    }

    static final String BUILT_IN = "shenzhen-department-2024、mof-project-2020、chongqing-department-2021、yueyang-department、mof-transfer-region";
    static final String OVERRIDABLE = "id、version、name、nameEn、source、partial、partialEn、partialCut、unpointed、unpointedEn";

    /** An extending file cannot pass itself off as a built-in either (the summary would name the built-in). */
    @Test
    void anExtendingFileWithABuiltInsIdIsRefusedAsAWholeFileIs() throws IOException {
        FrameworkLoader.Loaded l = load("builtin-id");
        assertEquals(List.of("builtin-id"), l.findings().stream().map(Finding::key).toList());
    }

    /** The built-ins extend nothing: a base is never itself an extending file, so no chain and no cycle can form. */
    @Test
    void noBuiltInExtendsAnother() throws IOException {
        for (String id : FrameworkLoader.BUILT_IN) {
            assertTrue(!packagedTree(id).has("extends"), id);
            assertNull(FrameworkLoader.builtIn(id).base(), id);
        }
    }

    /**
     * Every leaf of {@code f} as text, its indicator-points bands (arrays, which a record compares by identity) written
     * out: two frameworks with the same shape have the same criteria.
     */
    static List<String> shape(Framework f) {
        List<String> out = new ArrayList<>();
        for (Framework.Leaf leaf : f.leaves()) {
            String s = leaf.toString().replaceAll("\\[Ljava\\.math\\.BigDecimal;@\\p{XDigit}+", "[]");
            if (leaf.method() instanceof Method.IndicatorPoints ip) {
                StringBuilder b = new StringBuilder(s);
                ip.bands().forEach((k, v) -> b.append(' ').append(k).append(java.util.Arrays.toString(v)));
                s = b.toString();
            }
            out.add(s);
        }
        for (Framework.Group l1 : f.criteria()) {
            out.add(l1.name() + " " + l1.weight());
            l1.groups().forEach(l2 -> out.add(l2.name() + " " + l2.weight()));
        }
        return out;
    }

    static JsonNode packagedTree(String id) throws IOException {
        try (InputStream in = FrameworkLoader.class.getClassLoader().getResourceAsStream(FrameworkLoader.RESOURCE_DIR + id + ".json")) {
            return new SubmissionLoader().parse(in.readAllBytes(), id + ".json").document().root();
        }
    }
}
