package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.validate.SchemaCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped frameworks validate against framework.schema.json and their weights add up. */
class FrameworkTest {

    @ParameterizedTest
    @ValueSource(strings = {"shenzhen-department-2024", "mof-project-2020"})
    void shippedFrameworksValidateAndAddUpTo100(String id) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FrameworkLoader.RESOURCE_DIR + id + ".json")) {
            assertNotNull(in, id);
            bytes = in.readAllBytes();
        }
        FrameworkLoader.Loaded l = FrameworkLoader.parse(bytes, id + ".json");
        assertEquals(List.of(), l.findings());
        Framework f = l.framework();
        assertEquals(id, f.id());
        assertEquals(0, BigDecimal.valueOf(100).compareTo(f.weight()));
        BigDecimal leaves = f.leaves().stream().map(Framework.Leaf::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, BigDecimal.valueOf(100).compareTo(leaves));
        for (Framework.Group l1 : f.criteria()) {
            assertEquals(0, l1.weight().compareTo(l1.groups().stream().map(Framework.Group::weight).reduce(BigDecimal.ZERO, BigDecimal::add)), l1.name());
            for (Framework.Group l2 : l1.groups()) {
                assertEquals(0, l2.weight().compareTo(l2.leaves().stream().map(Framework.Leaf::weight).reduce(BigDecimal.ZERO, BigDecimal::add)), l2.name());
            }
        }
        Set<String> ids = new HashSet<>();
        for (Framework.Leaf leaf : f.leaves()) {
            assertTrue(ids.add(leaf.id()), leaf.id());
            assertFalse(leaf.standard().isBlank(), leaf.id());
        }
        assertEquals(List.of("优", "良", "中", "差"), f.grades().stream().map(Framework.Grade::grade).toList());
    }

    @Test
    void shenzhenHasTheReportsCriteriaAndBlocks() {
        Framework f = FrameworkLoader.builtIn("shenzhen-department-2024");
        assertEquals(List.copyOf(SampleScoreTest.EXPECTED.keySet()), f.leaves().stream().map(Framework.Leaf::id).toList());
        assertEquals(List.of("部门决策", "部门管理", "部门绩效"), f.criteria().stream().map(Framework.Group::name).toList());
        assertEquals(List.of("20", "20", "60"), f.criteria().stream().map(g -> g.weight().toPlainString()).toList());
        assertTrue(f.leaf("effectiveness").orElseThrow().restsOnIndicators());
        assertEquals(1, f.leaves().stream().filter(Framework.Leaf::restsOnIndicators).count());
        assertFalse(f.indicatorsCarryPoints());
        assertTrue(FrameworkLoader.builtIn("mof-project-2020").indicatorsCarryPoints());
    }

    @Test
    void theSchemaShipsInTheJarWithItsId() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schemas/v1/framework.schema.json")) {
            assertNotNull(in);
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(s.contains("\"$id\": \"https://jixiao.github.io/schemas/v1/framework.schema.json\""));
        }
        assertEquals("https://jixiao.github.io/schemas/v1/framework.schema.json", FrameworkLoader.SCHEMA_ID);
        assertNotNull(SchemaCatalog.get().schemaResource(FrameworkLoader.SCHEMA_ID));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "100.00, 优", "96.15, 优", "90.00, 优", "89.99, 良", "80.00, 良", "79.99, 中", "60.00, 中", "59.99, 差", "0.00, 差"
    })
    void gradeBands(String total, String grade) {
        assertEquals(grade, FrameworkLoader.builtIn("shenzhen-department-2024").grade(new BigDecimal(total)));
        assertEquals(grade, FrameworkLoader.builtIn("mof-project-2020").grade(new BigDecimal(total)));
    }

    // ---- a bad framework is a finding, never a crash ----

    static final String GOOD = "{'$schema': 'https://jixiao.github.io/schemas/v1/framework.schema.json', 'id': 'custom', 'version': '1',"
            + " 'name': '自定义', 'kind': 'department', 'source': 'test',"
            + " 'grades': [{'grade': '合格', 'min': 60, 'max': 100, 'minInclusive': true, 'maxInclusive': true},"
            + "            {'grade': '不合格', 'min': 0, 'max': 60, 'minInclusive': true, 'maxInclusive': false}],"
            + " 'taxonomy': [{'level1': '产出指标', 'level2': [{'name': '数量指标'}]}],"
            + " 'criteria': [{'name': 'A', 'weight': 100, 'children': [{'name': 'B', 'weight': 100, 'children': ["
            + "   {'id': 'key-tasks', 'name': '重点工作', 'weight': 100, 'standard': 's', 'restsOnIndicators': false,"
            + "    'method': {'type': 'deduct-per-item', 'count': {'ref': 'management#/keyTasks/missed'}, 'points': 100, 'perItem': 40}}]}]}]}";

    static FrameworkLoader.Loaded parse(String json) {
        return FrameworkLoader.parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), "custom.json");
    }

    @Test
    void aGoodCustomFramework() {
        FrameworkLoader.Loaded l = parse(GOOD);
        assertEquals(List.of(), l.findings());
        assertEquals("合格", l.framework().grade(new BigDecimal("60.00")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown method      | 'type': 'deduct-per-item'          | 'type': 'guess'",
        "missing parameter   | 'points': 100, 'perItem': 40        | 'points': 100",
        "unknown parameter   | 'perItem': 40                       | 'perItem': 40, 'floor': 1",
        "bad ref             | management#/keyTasks/missed         | ledger#/x",
        "bad id              | 'id': 'key-tasks'                   | 'id': 'Key Tasks'",
        "sub-items nested    | 'method': {'type': 'deduct-per-item', 'count': {'ref': 'management#/keyTasks/missed'}, 'points': 100, 'perItem': 40} | 'method': {'type': 'sub-items', 'items': [{'id': 'a', 'name': 'a', 'points': 100, 'method': {'type': 'sub-items', 'items': []}}]}",
        "expression with two | {'ref': 'management#/keyTasks/missed'} | {'ref': 'management#/keyTasks/missed', 'const': 1}",
        "band without flag   | 'method': {'type': 'deduct-per-item', 'count': {'ref': 'management#/keyTasks/missed'}, 'points': 100, 'perItem': 40} | 'method': {'type': 'band', 'value': {'const': 1}, 'bands': [{'min': 1, 'points': 1}]}"
    })
    void schemaViolationsInsideTheCriterionCostItOnly(String what, String from, String to) {
        String bad = GOOD.replace(from.strip(), to.strip());
        assertTrue(!bad.equals(GOOD), what);
        FrameworkLoader.Loaded l = parse(bad);
        // the only criterion is not scored, the framework (its grades, taxonomy, groups) is still used
        assertNotNull(l.framework(), what);
        assertTrue(l.framework().leaves().get(0).method() instanceof Method.Invalid, what);
        assertFalse(l.findings().isEmpty(), what);
        for (Finding f : l.findings()) {
            assertEquals("framework-invalid", f.ruleId());
            assertEquals("custom.json", f.file());
            assertFalse(f.key().isEmpty(), () -> what + ": each fault in the words of its keyword: " + f);
        }
        assertEquals(1, l.findings().stream().filter(f -> f.key().equals("criterion")).count(), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "group without name  | {'name': 'B', 'weight': 100          | {'weight': 100",
        "criterion no object | {'id': 'key-tasks'                  | 1, {'id': 'key-tasks'",
        "grade without max   | 'max': 100,                          | ''",
        "unknown kind        | 'kind': 'department'                 | 'kind': 'unit'"
    })
    void schemaViolationsOfTheShapeRefuseTheFramework(String what, String from, String to) {
        String bad = GOOD.replace(from.strip(), to.strip());
        assertTrue(!bad.equals(GOOD), what);
        FrameworkLoader.Loaded l = parse(bad);
        assertNull(l.framework(), what);
        assertFalse(l.findings().isEmpty(), what);
        for (Finding f : l.findings()) {
            assertEquals("framework-invalid", f.ruleId());
            assertFalse(f.key().isEmpty(), f.toString());
        }
    }

    @Test
    void anAtLeastAboveTheLevel2ListedIsTheAuthorsErrorAndIsCapped() {
        String two = "'level2': [{'name': '数量指标'}, {'name': '质量指标'}]";
        FrameworkLoader.Loaded over = parse(GOOD.replace("'level2': [{'name': '数量指标'}]", "'atLeast': 3, " + two));
        assertEquals(List.of("at-least"), over.findings().stream().map(Finding::key).toList());
        Finding f = over.findings().get(0);
        assertEquals("/taxonomy/0/atLeast", f.pointer());
        assertEquals(List.of("custom.json", "产出指标", "3", "2"), f.args());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.line() > 0 && f.column() > 0, f.toString());
        assertEquals(2, over.framework().taxonomy().get(0).atLeast(), "capped at the 二级 listed");
        FrameworkLoader.Loaded written = parse(GOOD.replace("'level2': [{'name': '数量指标'}]", "'atLeast': 3.0, " + two));
        assertEquals(List.of("at-least"), written.findings().stream().map(Finding::key).toList(), "3.0 is the schema's integer 3 too");
        FrameworkLoader.Loaded exact = parse(GOOD.replace("'level2': [{'name': '数量指标'}]", "'atLeast': 2, " + two));
        assertEquals(List.of(), exact.findings());
        assertEquals(2, exact.framework().taxonomy().get(0).atLeast());
    }

    @Test
    void weightsThatDoNotAddUpAreFindingsButTheFrameworkStillScores() {
        FrameworkLoader.Loaded l = parse(GOOD.replace("{'name': 'B', 'weight': 100", "{'name': 'B', 'weight': 90"));
        assertNotNull(l.framework());
        assertEquals(List.of("weights", "weights"), l.findings().stream().map(Finding::key).toList());
        FrameworkLoader.Loaded total = parse(GOOD.replace("'weight': 100", "'weight': 90"));
        assertEquals(List.of("total-weight"), total.findings().stream().map(Finding::key).toList());
    }

    @Test
    void duplicateIds() {
        String leaf = "{'id': 'key-tasks', 'name': '重点工作', 'weight': 50, 'standard': 's', 'restsOnIndicators': false,"
                + " 'method': {'type': 'assessed'}}";
        String twice = GOOD.replaceFirst("\\{'id': 'key-tasks'.*?'perItem': 40}}", java.util.regex.Matcher.quoteReplacement(leaf + ", " + leaf));
        assertTrue(twice.contains("'weight': 50"));
        FrameworkLoader.Loaded l = parse(twice);
        assertEquals(List.of("duplicate-id"), l.findings().stream().map(Finding::key).toList());
    }

    /** A sub-item id used twice in one criterion: its own key, naming the sub-item and its criterion. */
    @Test
    void duplicateItemIds() {
        String leaf = "{'id': 'key-tasks', 'name': '重点工作', 'weight': 100, 'standard': 's', 'restsOnIndicators': false,"
                + " 'method': {'type': 'sub-items', 'items': [{'id': 'a', 'name': '甲', 'points': 60, 'method': {'type': 'assessed'}},"
                + " {'id': 'a', 'name': '乙', 'points': 40, 'method': {'type': 'assessed'}}]}}";
        String twice = GOOD.replaceFirst("\\{'id': 'key-tasks'.*?'perItem': 40}}", java.util.regex.Matcher.quoteReplacement(leaf));
        assertTrue(twice.contains("'name': '乙'"));
        FrameworkLoader.Loaded l = parse(twice);
        assertEquals(List.of("duplicate-item-id"), l.findings().stream().map(Finding::key).toList());
        Finding f = l.findings().get(0);
        assertEquals(List.of("custom.json", "a", "重点工作", "key-tasks"), f.args());
        assertEquals("/criteria/0/children/0/children/0/method/items/1/id", f.pointer());
        assertEquals("评分框架 custom.json：指标“重点工作”（key-tasks）的分项 id“a”重复。自评（self-assessment.json）按分项 id（items 中的 item）对应分项，"
                + "后一个分项会用前一个的自评分：请为每个分项另取一个不重复的 id（自评 items 中的 item 随之改正）。",
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "null", "\"x\"", "{}"})
    void garbage(String json) {
        FrameworkLoader.Loaded l = FrameworkLoader.parse(json.getBytes(StandardCharsets.UTF_8), "custom.json");
        assertNull(l.framework());
        assertFalse(l.findings().isEmpty());
        assertTrue(l.findings().stream().allMatch(f -> f.ruleId().equals("framework-invalid")));
    }
}
