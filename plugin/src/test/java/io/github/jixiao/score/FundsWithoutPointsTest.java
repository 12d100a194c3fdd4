package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Submission;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A funds block printed without points (宁夏's 绩效目标自评表: 资金情况 with amounts only, 产出 40 + 效益 40 + 满意度 20)
 * checked under mof-project-2020, whose execution criterion is {@code omittedWhenUnprinted} by the funds block's 分值 and
 * 得分: where the indicators' printed points make up the whole 100, execution weighs 0, the total is out of 100 and graded,
 * and a score-assumption at the funds block says so; where they do not, execution keeps its 10 points.
 */
class FundsWithoutPointsTest {
    private static final String MOF = "mof-project-2020";
    private static final String EXECUTION = "budget-execution-rate";

    private static Path resource(String path) throws Exception {
        return Path.of(FundsWithoutPointsTest.class.getResource(path).toURI());
    }

    private static EngineResult run(Path project, String framework) {
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), EngineOptions.DEFAULT_INCLUDES,
                List.of(), framework));
    }

    private static List<Finding> of(EngineResult r, String ruleId, String key) {
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId) && f.key().equals(key)).toList();
    }

    private static BigDecimal dec(String v) {
        return new BigDecimal(v);
    }

    /**
     * 原州区 2022 (real-tables t23) with its 满意度 block as its heading prints it (20 points; the copy breaks off there) and
     * mof-project-2020 named in department.json: the indicators carry the table's 100 points, so execution weighs 0 and
     * the total is the one the table's own framework (no execution criterion) gives the same rows, now with a grade. The
     * table's own framework gives none: it is marked partial (the copy's 满意度 rows are not transcribed).
     */
    @Test
    void ningxiasTableUnderMofTotalsWhatItsOwnFrameworkGivesAndIsGraded(@TempDir Path dir) throws Exception {
        Samples.copyTree(resource("/funds-without-points/yuanzhou-2022-whole"), dir);
        Files.copy(resource("/real-tables/t23-yuanzhou-mashu-2022/yuanzhou-project-2022.json"), dir.resolve("yuanzhou-project-2022.json"));
        EngineResult mof = run(dir, null);
        EngineResult own = run(dir, "yuanzhou-project-2022.json");

        ScoreSheet sheet = mof.sheet();
        assertEquals(MOF, sheet.frameworkId());
        CriterionScore execution = sheet.criterion(EXECUTION).orElseThrow();
        assertEquals(0, execution.weight().signum(), "execution weighs 0");
        assertEquals("0.00", execution.score().toPlainString());
        assertEquals("表中未印本项的分值和得分，各绩效指标所印分值之和 100 已是满分：本项不计分（框架原定 10 分）", execution.explanation());
        assertEquals(0, sheet.weight().compareTo(dec("100")), "out of 100: " + sheet.weight());
        assertEquals(own.sheet().total(), sheet.total(), "the total of the table's own framework");
        assertEquals("38.40", sheet.total().toPlainString());   // 24 (产出) + 14.40 (效益) + 0 (满意度: no 指标值 in the copy)
        assertEquals("差", sheet.grade());
        assertEquals("", own.sheet().grade(), "the table's own framework is partial: no grade");
        // the indicator blocks are held to the table's points, without 10号's 50/30/10 split of the 90 it does not have
        assertEquals(List.of(), mof.findings().stream().filter(f -> f.ruleId().equals("score-weights")).toList());
        for (String id : List.of("output-indicators", "benefit-indicators", "satisfaction-indicators")) {
            assertEquals(own.sheet().criterion(id).orElseThrow().weight(), sheet.criterion(id).orElseThrow().weight(), id);
            assertEquals(own.sheet().criterion(id).orElseThrow().score(), sheet.criterion(id).orElseThrow().score(), id);
        }

        List<Finding> said = of(mof, "score-assumption", "omitted");
        assertEquals(1, said.size(), mof.findings().toString());
        Finding f = said.get(0);
        assertEquals("submission/budget.json", f.file());
        assertEquals("/funds/total", f.pointer());
        assertEquals(6, f.line());   // "total": { of the funds block
        assertEquals(14, f.column());
        assertEquals(EXECUTION, f.criterion());
        assertEquals(List.of("预算执行率", "10", "100", "budget#/funds/total", "budget#/funds/total/points"), f.args());
        assertEquals("表中 budget#/funds/total 没有印“预算执行率”的分值和得分，而各绩效指标所印分值之和 100 分已是评分框架的满分："
                + "按这种表式，“预算执行率”不计分（框架原定 10 分），总分以 100 分为满分并评定等级。如该表确实给“预算执行率”分值，"
                + "请填写 budget#/funds/total/points。", new Messages(Messages.ZH).message(f));
        assertEquals("The table prints no points or score for \"Budget execution rate\" at budget#/funds/total, and the points of "
                + "its performance indicators add up to 100, the framework's whole base: as that layout does, \"Budget execution "
                + "rate\" is weighed 0 (the framework gives it 10 points), and the total is out of 100 and graded. If the table "
                + "does give \"Budget execution rate\" points, fill in budget#/funds/total/points.",
                new Messages(Locale.ENGLISH).forSheet(sheet).message(f));
        assertEquals(0, of(own, "score-assumption", "omitted").size());
    }

    /**
     * 原州区 2022 as transcribed: the copy breaks off in the 满意度 block, so the indicators carry 80 points, not the whole
     * 100. Execution keeps its 10 (the missing 20 are the copy's gap, not a layout): 10 + 80 = 90, no grade, as before.
     */
    @Test
    void ningxiasTableAsTranscribedKeepsExecutionsTenPoints() throws Exception {
        EngineResult r = run(resource("/real-tables/t23-yuanzhou-mashu-2022"), MOF);
        CriterionScore execution = r.sheet().criterion(EXECUTION).orElseThrow();
        assertEquals(0, execution.weight().compareTo(dec("10")));
        assertEquals("8.65", execution.score().toPlainString());   // 259.45 / 300 = 86.48% × 10
        assertEquals(0, r.sheet().weight().compareTo(dec("90")));
        assertEquals("47.05", r.sheet().total().toPlainString());
        assertEquals("", r.sheet().grade());
        assertEquals(1, of(r, "score-weights", "total-split").size());   // the categories' split listed in it since session 53
        assertEquals(0, of(r, "score-assumption", "omitted").size());
    }

    /** A 自评 table: its funds row (29 budgeted, 27.8 spent) printing {@code points}, and indicators of 50 + 31 + 10, all met. */
    private static io.github.jixiao.model.Submission printedExecutionPoints(String points) {
        return Fixtures.submission("department", "{'kind': 'project', 'stage': '自评'}",
                "budget", "{'funds': {'unit': '万元', 'total': {'fullYear': 29, 'executed': 27.8, 'points': " + points + "}}}",
                "indicators", "{'indicators': ["
                        + IndicatorPointsTest.ind("产出指标", "修缮建筑数量", "≥ 2 处", "2 处", "50", "") + ", "
                        + IndicatorPointsTest.ind("效益指标", "参观人次", "≥ 1000 人次", "1200 人次", "31", "") + ", "
                        + IndicatorPointsTest.ind("满意度指标", "游客满意度", "≥ 90%", "95%", "10", "") + "]}");
    }

    /**
     * 裕安 2022 (t37): the funds row prints 9 for the execution rate, and the table's own 分值 govern as the indicators'
     * do: 27.8 / 29 = 95.86 % × 9 = 8.63, the criterion weighing 9 and the whole 9 + 91 = 100, graded. A figure there
     * that is no part of the whole (鄂州 2021 prints its total, 100) leaves the framework's 10.
     */
    @Test
    void theFundsRowsPrintedPointsWeighTheExecution() {
        Framework mof = FrameworkLoader.builtIn(MOF);
        List<Finding> said = new java.util.ArrayList<>();
        ScoreSheet nine = new Scorer().score(printedExecutionPoints("9"), mof, said);
        // ST-4's 10 in principle: the departure is said where the table prints it
        assertEquals(List.of("split-printed /funds/total/points [预算执行率, 9, 10]"), said.stream()
                .filter(f -> f.ruleId().equals("score-weights") && f.pointer().startsWith("/funds"))
                .map(f -> f.key() + " " + f.pointer() + " " + f.args()).toList());
        CriterionScore execution = nine.criterion(EXECUTION).orElseThrow();
        assertEquals(0, execution.weight().compareTo(dec("9")));
        assertEquals("8.63", execution.score().toPlainString());
        assertEquals(0, nine.weight().compareTo(dec("100")));
        assertEquals("99.63", nine.total().toPlainString());
        assertEquals("优", nine.grade());
        for (String notAPart : List.of("100", "0")) {
            ScoreSheet s = new Scorer().score(printedExecutionPoints(notAPart), mof, new java.util.ArrayList<>());
            assertEquals(0, s.criterion(EXECUTION).orElseThrow().weight().compareTo(dec("10")), notAPart);
            assertEquals("9.59", s.criterion(EXECUTION).orElseThrow().score().toPlainString(), notAPart);
        }
    }

    /** Tables whose funds block prints its 10 points score as before, whatever their indicators carry. */
    @Test
    void aFundsBlockWithPointsScoresAsBefore() throws Exception {
        // 中江 2022: 10 + 产出 70 + 效益 20 + 满意度 10 = 110: the indicators make 100 and the funds block prints 10
        EngineResult zhongjiang = run(resource("/real-tables/t4-zhongjiang-2022"), null);
        assertEquals(0, zhongjiang.sheet().criterion(EXECUTION).orElseThrow().weight().compareTo(dec("10")));
        assertEquals("110.00", zhongjiang.sheet().total().toPlainString());
        assertEquals("", zhongjiang.sheet().grade());
        assertEquals(1, of(zhongjiang, "score-weights", "total-split").size());   // 产出 70 / 50, 效益 20 / 30 in it since session 53
        assertEquals(0, of(zhongjiang, "score-assumption", "omitted").size());
        // 天长 2022 and 青神 2023: 10 + 90
        for (String[] t : List.of(new String[] {"t5-tianchang-2022", "40.00"}, new String[] {"t12-qingshen-fagai-2023", "10.00"})) {
            EngineResult r = run(resource("/real-tables/" + t[0]), null);
            CriterionScore execution = r.sheet().criterion(EXECUTION).orElseThrow();
            assertEquals(0, execution.weight().compareTo(dec("10")), t[0]);
            assertEquals("10.00", execution.score().toPlainString(), t[0]);
            assertEquals(t[1], r.sheet().total().toPlainString(), t[0]);
            assertEquals(0, r.sheet().weight().compareTo(dec("100")), t[0]);
            assertEquals("差", r.sheet().grade(), t[0]);
            assertEquals(0, of(r, "score-assumption", "omitted").size(), t[0]);
        }
    }

    /**
     * 天长 2022 with the 分值 of its funds block taken out: its indicators carry 90 points, not the whole base, so
     * execution still weighs 10 and is scored from the block's amounts, as with the 分值 printed.
     */
    @Test
    void noFundsPointsWithIndicatorsOfNinetyStillWeighsExecution(@TempDir Path dir) throws Exception {
        Samples.copyTree(resource("/real-tables/t5-tianchang-2022"), dir);
        Path budget = dir.resolve("submission/budget.json");
        String text = Files.readString(budget, StandardCharsets.UTF_8);
        String without = text.replaceFirst(",\\s*\"points\": 10", "");
        assertTrue(!without.equals(text) && !without.contains("\"points\""), without);
        Files.writeString(budget, without, StandardCharsets.UTF_8);
        EngineResult r = run(dir, null);
        EngineResult printed = run(resource("/real-tables/t5-tianchang-2022"), null);
        CriterionScore execution = r.sheet().criterion(EXECUTION).orElseThrow();
        assertEquals(0, execution.weight().compareTo(dec("10")));
        assertEquals(printed.sheet().criterion(EXECUTION).orElseThrow().explanation(), execution.explanation());
        assertEquals(printed.sheet().total(), r.sheet().total());
        assertEquals(printed.sheet().grade(), r.sheet().grade());
        assertEquals(0, of(r, "score-assumption", "omitted").size());
    }

    // ---- in memory: the edges of the rule ----

    private static String row(String level1, String level2, String name, int points) {
        return "{'level1': '" + level1 + "', 'level2': '" + level2 + "', 'name': '" + name + "', 'target': '≥ 10 个', "
                + "'actual': '10 个', 'points': " + points + "}";
    }

    /** Indicators of 产出 / 效益 / 满意度 carrying {@code out} + {@code benefit} + {@code satisfaction} points, all met. */
    private static String indicators(int out, int benefit, int satisfaction) {
        return "{'indicators': [" + row("产出指标", "数量指标", "培训场次", out) + ", " + row("效益指标", "社会效益指标", "受训人数", benefit)
                + ", " + row("满意度指标", "服务对象满意度指标", "满意度调查份数", satisfaction) + "]}";
    }

    private static ScoreSheet score(List<Finding> findings, String... roleAndJson) {
        Submission s = submission(roleAndJson);
        return new Scorer().score(s, FrameworkLoader.builtIn(MOF), findings);
    }

    private static long omitted(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals("score-assumption") && f.key().equals("omitted")).count();
    }

    /** The indicators carry the whole 100, the funds row prints amounts only: execution weighs 0, graded out of 100. */
    @Test
    void indicatorsOfAHundredAndAFundsRowWithoutPoints() {
        List<Finding> findings = new ArrayList<>();
        ScoreSheet sheet = score(findings, "budget", "{'funds': {'unit': '万元', 'total': {'label': '年度资金总额', "
                + "'fullYear': 100, 'executed': 50}}}", "indicators", indicators(60, 30, 10));
        assertEquals(0, sheet.criterion(EXECUTION).orElseThrow().weight().signum());
        assertEquals("100.00", sheet.total().toPlainString());
        assertEquals("优", sheet.grade());
        assertEquals(1, omitted(findings), findings.toString());
        assertEquals(List.of(), findings.stream().filter(f -> f.ruleId().equals("score-weights")).toList());
    }

    /**
     * The indicators carry 90 and the funds row prints neither points nor amounts: execution's 10 points are still
     * weighed, and missing (score-input-missing), not left out.
     */
    @Test
    void indicatorsOfNinetyAndAFundsRowWithNothingLackTheExecutionInput() {
        List<Finding> findings = new ArrayList<>();
        ScoreSheet sheet = score(findings, "budget", "{'funds': {'unit': '万元', 'total': {'label': '年度资金总额'}}}",
                "indicators", indicators(50, 30, 10));
        CriterionScore execution = sheet.criterion(EXECUTION).orElseThrow();
        assertEquals(0, execution.weight().compareTo(dec("10")));
        assertEquals("0.00", execution.score().toPlainString());
        assertEquals(0, sheet.weight().compareTo(dec("100")));
        assertEquals("90.00", sheet.total().toPlainString());
        // the two figures missing at one place: one finding naming both (figures, session 48; one per figure before)
        assertEquals(List.of("/funds/total/executed"), findings.stream()
                .filter(f -> f.ruleId().equals("score-input-missing") && EXECUTION.equals(f.criterion())).map(Finding::pointer).toList());
        assertEquals(0, omitted(findings));
    }

    /**
     * An indicator block is never the criterion left out, even in a framework file that marks it so: the indicators are
     * what carries the whole base.
     */
    @Test
    void anIndicatorBlockMarkedOmittableIsNotLeftOut() {
        Framework mof = FrameworkLoader.builtIn(MOF);
        List<Framework.Group> criteria = new ArrayList<>();
        for (Framework.Group l1 : mof.criteria()) {
            List<Framework.Group> groups = new ArrayList<>();
            for (Framework.Group l2 : l1.groups()) {
                groups.add(new Framework.Group(l2.name(), l2.weight(), List.of(), l2.leaves().stream()
                        .map(l -> l.id().equals("output-indicators") ? new Framework.Leaf(l.id(), l.name(), l.level1(), l.level2(),
                                l.weight(), l.standard(), l.description(), l.restsOnIndicators(), l.method(), l.pointer(),
                                List.of("budget#/funds/total/points")) : l).toList()));
            }
            criteria.add(new Framework.Group(l1.name(), l1.weight(), groups, List.of()));
        }
        Framework marked = new Framework(mof.id(), mof.version(), mof.name(), mof.kind(), mof.source(), mof.grades(), mof.taxonomy(),
                criteria, mof.file(), null, mof.english());
        List<Finding> findings = new ArrayList<>();
        ScoreSheet sheet = new Scorer().score(submission("budget", "{'funds': {'unit': '万元', 'total': {'label': '年度资金总额', "
                + "'fullYear': 100, 'executed': 50}}}", "indicators", indicators(60, 30, 10)), marked, findings);
        assertEquals(0, sheet.criterion("output-indicators").orElseThrow().weight().compareTo(dec("60")));
        assertEquals(0, sheet.criterion(EXECUTION).orElseThrow().weight().signum(), "execution is still left out");
        assertEquals(1, omitted(findings), findings.toString());
    }

    /**
     * Left out only where the table shows the row without points: a 得分 printed on it (the table scores execution), or
     * no funds block at all (nothing shows the layout), keeps execution's 10 points, and 10 + 100 is the table's error.
     */
    @Test
    void aScoreOnTheRowOrNoFundsBlockKeepsExecution() {
        List<Finding> scored = new ArrayList<>();
        ScoreSheet withScore = score(scored, "budget", "{'funds': {'unit': '万元', 'total': {'label': '年度资金总额', "
                + "'fullYear': 100, 'executed': 100, 'score': 10}}}", "indicators", indicators(60, 30, 10));
        assertEquals(0, withScore.weight().compareTo(dec("110")));
        assertEquals("", withScore.grade());
        assertEquals(0, omitted(scored));

        List<Finding> none = new ArrayList<>();
        ScoreSheet noFunds = score(none, "indicators", indicators(60, 30, 10));
        assertEquals(0, noFunds.criterion(EXECUTION).orElseThrow().weight().compareTo(dec("10")));
        assertEquals(0, noFunds.weight().compareTo(dec("110")));
        assertEquals(0, omitted(none));
    }
}
