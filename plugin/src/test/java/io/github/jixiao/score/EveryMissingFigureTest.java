package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.leaf;
import static io.github.jixiao.score.Fixtures.method;
import static io.github.jixiao.score.Fixtures.submission;
import static io.github.jixiao.score.Fixtures.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A criterion that lacks several figures says so for each of them in one run ({@code score-input-missing} per
 * figure, each at the place it belongs), not only for the first; the finding of a single missing figure is the one
 * it always was (its fingerprint rests on its arguments).
 */
class EveryMissingFigureTest {
    static final String SZ = "shenzhen-department-2024";

    static Fixtures.Scored execution(String budgetJson) {
        return method("procurement-execution", Fixtures.item(SZ, "procurement", "execution"), "1",
                submission("budget", budgetJson));
    }

    static List<List<String>> args(Fixtures.Scored r) {
        return r.findings("score-input-missing").stream().map(Finding::args).toList();
    }

    /**
     * A budget.json holding a figure none of these criteria reads: an empty one (only $schema) is said once as file-empty
     * since session 52 (audit s52 C2), and these tests are about each missing figure said on its own.
     */
    private static final String HOLDS_OTHER = "{'staffing': {'establishment': 10}}";

    @Test
    void bothFiguresOfARatio() {
        Fixtures.Scored r = execution("{'initialBudget': " + wan("1") + "}");
        assertEquals("0.00", r.score());
        assertEquals(List.of(List.of("测试指标", "实际采购金额", "budget#/procurement/actual"),
                List.of("测试指标", "采购计划金额", "budget#/procurement/plan")), args(r));
        assertEquals(List.of("", ""), r.findings("score-input-missing").stream().map(Finding::key).toList());
        assertEquals(List.of("submission/budget.json", "submission/budget.json"),
                r.findings("score-input-missing").stream().map(Finding::file).toList());
        assertEquals("无法计分：缺少“实际采购金额”（budget.json 的 \"procurement\": {\"actual\": {\"value\": …, \"unit\": \"万元\"}}）；缺少“采购计划金额”（budget.json 的 \"procurement\": {\"plan\": {\"value\": …, \"unit\": \"万元\"}}），按 0 分计",
                r.criterion().explanation());
        assertEquals(1, r.sheet().unscored().size(), "one criterion unscored, whatever the number of figures it lacks");
    }

    @Test
    void oneMissingFigureIsTheFindingItAlwaysWas() {
        Fixtures.Scored r = execution("{'procurement': {'actual': " + wan("448.01") + "}}");
        assertEquals(List.of(List.of("测试指标", "采购计划金额", "budget#/procurement/plan")), args(r));
        assertEquals("无法计分：缺少“采购计划金额”（budget.json 的 \"procurement\": {\"plan\": {\"value\": …, \"unit\": \"万元\"}}），按 0 分计", r.criterion().explanation());
    }

    /**
     * A figure that is written but cannot be read (a unit the format does not know, "万圆"; text where a number belongs) is
     * not "missing": the reason says it is there and unreadable, in both languages; the finding is the same.
     */
    @Test
    void aFigureWrittenButUnreadableIsNotCalledMissing() {
        Fixtures.Scored r = execution("{'procurement': {'actual': " + wan("448.01") + ", 'plan': {'value': 500, 'unit': '万圆'}}}");
        assertEquals(List.of(List.of("测试指标", "采购计划金额", "budget#/procurement/plan")), args(r));
        assertEquals("无法计分：“采购计划金额”已填写但无法读取（budget.json 的 \"procurement\": {\"plan\": {\"value\": …, \"unit\": \"万元\"}}），见该处的问题说明，按 0 分计",
                r.criterion().explanation());
        Fixtures.Scored t = execution("{'procurement': {'actual': " + wan("448.01") + ", 'plan': '500 万元'}}");
        assertTrue(t.criterion().explanation().contains("已填写但无法读取"), t.criterion().explanation());
        Fixtures.Scored n = execution("{'procurement': {'actual': " + wan("448.01") + ", 'plan': null}}");
        assertTrue(n.criterion().explanation().contains("缺少“采购计划金额”"), n.criterion().explanation());
    }

    /**
     * A project with no funds block is asked for the block's figures (t45, a 四川 自评表 copied without them); one that
     * writes a department's figure (fullYearBudget) is asked for the one missing beside it, not sent to a block that
     * would then leave the first unread (review V3).
     */
    @Test
    void aProjectWithoutFundsIsAskedForTheBlockUnlessItWritesTheDepartmentsFigures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path t = java.nio.file.Path.of(EveryMissingFigureTest.class.getResource("/real-tables/t45-sichuan-zixuan-fragment").toURI());
        // on the whole built-in framework (t45's own is partial since session 53: the copy starts inside the table, so its
        // funds block is not asked for there)
        List<String> asked = new io.github.jixiao.engine.Engine().run(new io.github.jixiao.engine.EngineOptions(t, t.resolve("submission"),
                        null, null, "mof-project-2020"))
                .findings().stream().filter(f -> f.ruleId().equals("score-input-missing") && f.file().endsWith("budget.json"))
                .map(f -> f.pointer() + " " + f.key() + " " + f.args()).sorted().toList();
        // the block's two figures, both missing at one place: one finding naming both (figures, session 48; two before)
        assertEquals(List.of("/funds/total/executed figures [预算执行率, 全年执行数, budget#/funds/total/executed, 全年预算数, budget#/funds/total/fullYear]"), asked);
        java.nio.file.Path sub = java.nio.file.Files.createDirectories(tmp.resolve("submission"));
        for (String f : List.of("department.json", "indicators.json")) {
            java.nio.file.Files.copy(t.resolve("submission").resolve(f), sub.resolve(f));
        }
        java.nio.file.Files.writeString(sub.resolve("budget.json"), "{\"$schema\": \"https://jixiao.github.io/schemas/v1/budget.schema.json\","
                + " \"schemaVersion\": \"1.0\", \"fullYearBudget\": {\"value\": 100, \"unit\": \"万元\"}}");
        List<String> beside = new io.github.jixiao.engine.Engine().run(new io.github.jixiao.engine.EngineOptions(tmp, sub, null, null,
                        "mof-project-2020"))
                .findings().stream().filter(f -> f.ruleId().equals("score-input-missing") && f.file().endsWith("budget.json"))
                .map(Finding::pointer).toList();
        assertEquals(List.of("/actualExpenditure"), beside);
    }

    @Test
    void inEnglishTheReasonNamesBothToo() {
        Framework.Leaf leaf = new Framework.Leaf("procurement-execution", "测试指标", "一级", "二级", java.math.BigDecimal.ONE,
                "评分标准", null, false, Fixtures.item(SZ, "procurement", "execution"), "/criteria/0/children/0/children/0");
        Framework.Group l2 = new Framework.Group("二级", leaf.weight(), List.of(), List.of(leaf));
        Framework.Group l1 = new Framework.Group("一级", leaf.weight(), List.of(l2), List.of());
        Framework shipped = FrameworkLoader.builtIn(SZ);
        Framework f = new Framework("test", "1", "测试框架", "department", "tests", shipped.grades(), shipped.taxonomy(),
                List.of(l1), "test.json", null, shipped.english());
        ScoreSheet sheet = new Scorer().score(submission("budget", HOLDS_OTHER), f, new java.util.ArrayList<>(), Locale.ENGLISH);
        assertEquals("\"Actual procurement amount\" is missing (\"procurement\": {\"actual\": {\"value\": …, \"unit\": …}} in budget.json); "
                        + "\"Planned procurement amount\" is missing (\"procurement\": {\"plan\": {\"value\": …, \"unit\": …}} in budget.json)",
                sheet.unscored().get(0).reason());
    }

    @Test
    void everyMissingQuarter() {
        Fixtures.Scored r = leaf(SZ, "budget-execution", submission("budget", "{'quarterlyExecution': ["
                + "{'quarter': 1, 'cumulativePercent': 24.48}, {'quarter': 3, 'cumulativePercent': 53.38}]}"));
        assertEquals("0.00", r.score());
        assertEquals(List.of("第 2 季度末累计执行进度", "第 4 季度末累计执行进度"),
                r.findings("score-input-missing").stream().map(f -> f.args().get(1)).toList());
        assertEquals(List.of("/quarterlyExecution", "/quarterlyExecution"),
                r.findings("score-input-missing").stream().map(Finding::pointer).toList());
    }

    @Test
    void everySubItemThatLacksItsInput() {
        // 财务合规性: 资金支出规范性 and 会计核算规范性 unscored, and whether there were violations unsaid
        Fixtures.Scored r = leaf(SZ, "financial-compliance", submission("budget", HOLDS_OTHER, "self-assessment",
                "{'criteria': [{'criterion': 'financial-compliance', 'score': 3, 'items': []}]}"));
        assertEquals("0.00", r.score());
        assertEquals(List.of("assessed-item", "", "", "assessed-item", "assessed-flag"),
                r.findings("score-input-missing").stream().map(Finding::key).toList());
        // in the order the formula reads them: |全年预算数 − 年初预算数| / 年初预算数
        assertEquals(List.of("budget#/fullYearBudget", "budget#/initialBudget"),
                r.findings("score-input-missing").stream().filter(f -> f.key().isEmpty()).map(f -> f.args().get(2)).toList());
    }

    @Test
    void aFigureWhoseWholeFileIsMissingSaysWhichFileToCreateAndWhereTheFigureGoes() {
        // key-tasks needs one figure of management.json, which the submission lacks: that finding says where it goes
        Fixtures.Scored r = leaf(SZ, "key-tasks", submission("budget", HOLDS_OTHER));
        assertEquals("0.00", r.score());
        List<Finding> f = r.findings("score-input-missing");
        assertEquals(List.of("no-file"), f.stream().map(Finding::key).toList());
        assertEquals(List.of(""), f.stream().map(Finding::file).toList(), "no file to point into: it does not exist");
        io.github.jixiao.report.Messages zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH);
        io.github.jixiao.report.Messages en = new io.github.jixiao.report.Messages(Locale.ENGLISH);
        Finding missed = f.get(0);
        assertEquals(List.of("management#/keyTasks/missed", "management.json", "https://jixiao.github.io/schemas/v1/management.schema.json"),
                missed.args().subList(2, 5));
        assertTrue(zh.message(missed).contains("：申报中没有 management.json。请在申报文件夹中新建 management.json"
                + "（写明 \"$schema\": \"https://jixiao.github.io/schemas/v1/management.schema.json\"，格式见该 JSON Schema 和示例申报 sample-submission），"
                + "把这一数字填在 \"keyTasks\": {\"missed\": …} 处；补齐前此项按 0 分计。"), zh.message(missed));
        assertTrue(en.message(missed).contains("the submission has no management.json. Create management.json"),
                en.message(missed));
    }

    /**
     * Two figures of one criterion from a file the submission lacks (a 部门整体 import without management.json: 固定资产利用率's
     * two figures; t66's 在职人员控制率) are one finding asking to create the file, as two criteria's are (session 47: two
     * no-file errors at 申报整体, each asking to create the same file); the criterion's explanation still names each figure.
     */
    @Test
    void twoFiguresOfOneCriterionFromAMissingFileAreOneFinding() {
        Fixtures.Scored r = leaf(SZ, "fixed-asset-utilization", submission("budget", HOLDS_OTHER));
        assertEquals("0.00", r.score());
        List<Finding> f = r.findings("score-input-missing");
        // one criterion: named, not "1 个评分指标…这些评分指标" (file-missing-one, session 48; the same fingerprint)
        assertEquals(List.of("file-missing-one"), f.stream().map(Finding::key).toList());
        assertEquals(List.of("management.json", "https://jixiao.github.io/schemas/v1/management.schema.json", "2", "固定资产利用率"), f.get(0).args());
        String zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f.get(0));
        assertTrue(zh.startsWith("申报中没有 management.json，评分指标“固定资产利用率”所需的 2 项数据或自评得分都要写在其中：该评分指标无法计算"), zh);
        String en = new io.github.jixiao.report.Messages(Locale.ENGLISH).message(f.get(0));
        assertTrue(en.contains("the 2 figures or own scores that criterion \"固定资产利用率\" needs"), en);
        assertEquals(io.github.jixiao.report.Fingerprints.of("score-input-missing", f.get(0).file(), "file-missing", f.get(0).args()),
                io.github.jixiao.report.Fingerprints.of(f.get(0)));
        // the criterion's explanation and the unscored list name the figures and where to write them (trial G, session 30)
        assertTrue(r.criterion().explanation().contains("（management.json 的 \"assets\": {\"inUse\": {\"value\": …, \"unit\": \"万元\"}}）"),
                r.criterion().explanation());
    }

    /**
     * The file there, the figure not (review U, session 24: "缺少…（budget.json 的 \"dailyPublic\": {\"actual\": …}）": a reference finance staff
     * cannot read): the message names the file and the JSON to write, in both languages; the argument stays the reference.
     */
    @Test
    void aFigureMissingFromAFileThereSaysWhereToWriteIt() {
        Fixtures.Scored r = leaf(SZ, "fixed-asset-utilization", submission("budget", HOLDS_OTHER, "management", "{'assets': {'total': {'value': 10, 'unit': '万元'}}}"));
        Finding inUse = r.findings("score-input-missing").stream().filter(x -> x.args().get(2).endsWith("inUse")).findFirst().orElseThrow();
        assertEquals("", inUse.key());
        assertEquals(List.of("固定资产利用率", "实际在用固定资产总额", "management#/assets/inUse"), inUse.args());
        assertEquals("“固定资产利用率”缺少评分所需的“实际在用固定资产总额”，此项按 0 分计。请把这一数字填在 management.json 的 \"assets\": {\"inUse\": {\"value\": …, \"unit\": \"万元\"}} 处。",
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(inUse));
        String en = new io.github.jixiao.report.Messages(Locale.ENGLISH).message(inUse);
        assertTrue(en.endsWith(", which is missing; it scores 0. Fill in this figure as \"assets\": {\"inUse\": {\"value\": …, \"unit\": …}} in management.json "
                + "(the unit 万元 (10,000 yuan) or 元 (yuan))."), en); // an amount, with its unit (session 41)
    }

    /** No self-assessment.json at all (init's skeleton at 自评): each own score asked for says to create it, with its $schema. */
    @Test
    void aDepartmentsOwnScoreWithoutTheFileSaysToCreateIt() {
        // 政府采购 (procurement): its execution rate from budget.json, its 政策功能 (policy) the department's own score
        Fixtures.Scored r = leaf(SZ, "procurement", submission("budget", HOLDS_OTHER));
        assertEquals("0.00", r.score());
        assertEquals(List.of("", "", "assessed-item-no-file"),
                r.findings("score-input-missing").stream().map(Finding::key).toList());
        Finding item = r.findings("score-input-missing").get(2);
        assertEquals("https://jixiao.github.io/schemas/v1/self-assessment.schema.json", item.args().get(4));
        String zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(item);
        assertTrue(zh.contains("但申报中没有 self-assessment.json。请在申报文件夹中新建它") && zh.contains("{\"item\": \"" + item.args().get(3)
                + "\", \"score\": …}"), zh);
        String en = new io.github.jixiao.report.Messages(Locale.ENGLISH).message(item);
        assertTrue(en.contains("the submission has no self-assessment.json"), en);
        // 财务合规性's two own scores and its flag, the file not there: one finding asking to create it (session 47: three)
        Fixtures.Scored three = leaf(SZ, "financial-compliance", submission("budget", HOLDS_OTHER));
        assertEquals(List.of("file-missing-one", "", ""), three.findings("score-input-missing").stream().map(Finding::key).toList());
        assertEquals(List.of("self-assessment.json", "https://jixiao.github.io/schemas/v1/self-assessment.schema.json", "3",
                        three.findings("score-input-missing").get(0).args().get(3)),
                three.findings("score-input-missing").get(0).args());
        // with the file there, the keys are as they were
        Fixtures.Scored there = leaf(SZ, "financial-compliance", submission("budget", HOLDS_OTHER, "self-assessment", "{'criteria': []}"));
        assertEquals(List.of("assessed-item", "", "", "assessed-item", "assessed-flag"),
                there.findings("score-input-missing").stream().map(Finding::key).toList());
    }

    @Test
    void theFigureAsJsonToWrite() {
        assertEquals("\"assets\": {\"inUse\": …}", io.github.jixiao.load.Pointers.asJson("/assets/inUse"));
        assertEquals("\"keyTasks\": {\"missed\": …}", io.github.jixiao.load.Pointers.asJson("/keyTasks/missed"));
        assertEquals("\"a/b\": {\"c\\\"d\": …}", io.github.jixiao.load.Pointers.asJson("/a~1b/c\"d"));
        assertEquals("\"x\": …", io.github.jixiao.load.Pointers.asJson("/x"));
        assertEquals("/quarterlyExecution/0", io.github.jixiao.load.Pointers.asJson("/quarterlyExecution/0"), "through an array: the pointer");
        assertEquals("", io.github.jixiao.load.Pointers.asJson(""));
    }
}
