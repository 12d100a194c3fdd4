package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Published tables beyond the four form ITs (research notes T1, T4–T7: 银川 2021, 中江 2022, 天长 2022, 丽江 2020,
 * 衡山 2020), run through the whole engine: the issue-12 rules find what a reviewer finds there, and nothing else.
 * Each assertion lists every finding of those rules, so a false alarm fails as surely as a miss.
 */
class RealTablesTest {

    /** The rules of issue 12 (new, and the three extended ones plus execution-rate-unexplained). */
    static final Set<String> RULES = Set.of(
            "actual-equals-target-pattern", "indicator-score-unexplained", "indicator-miss-unexplained", "overall-goal-not-a-goal",
            "satisfaction-without-survey", "indicator-input-as-output", "indicator-time-cost-unspecified", "indicator-category-unknown",
            "execution-rate-unexplained", "grade-unsupported", "prose-total-mismatch", "column-format-mixed");

    static List<String> findings(String table) {
        Path project;
        try {
            project = Path.of(RealTablesTest.class.getResource("/real-tables/" + table).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Finding> all = new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings();
        return all.stream().filter(f -> RULES.contains(f.ruleId()))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer() + " " + f.severity().id())
                .sorted().toList();
    }

    /** 银川 2021: met rows (same words as the target) scored below their points with no reason. */
    @Test
    void yinchuan2021() {
        assertEquals(List.of(
                "indicator-score-unexplained  /indicators/2/score warning",   // 公用经费完成时间 4 of 5
                "indicator-score-unexplained  /indicators/6/score warning",   // 社会效益 13 of 15
                "indicator-score-unexplained  /indicators/7/score warning"),  // 可持续影响 8 of 10
                findings("t1-yinchuan-2021"));
    }

    /** 中江 2022: actuals written as ranges, the budget restated as cost, the goal copied, satisfaction copied. */
    @Test
    void zhongjiang2022() {
        assertEquals(List.of(
                "actual-equals-target-pattern copied /indicators/0/actual warning",   // ≥266米
                "actual-equals-target-pattern copied /indicators/1/actual warning",   // ≥50厘米
                "actual-equals-target-pattern copied /indicators/3/actual warning",   // ≥90%
                "actual-equals-target-pattern copied /indicators/4/actual warning",   // ≥90%
                "actual-equals-target-pattern copied /indicators/7/actual warning",   // ≥1000人
                "actual-equals-target-pattern copied /indicators/9/actual warning",   // ≥95%
                "indicator-input-as-output budget-restated /indicators/5/target warning",   // 项目计划总投资 20万元
                "overall-goal-not-a-goal achieved-copies /overallGoals/achieved/0 warning",
                "satisfaction-without-survey equal /indicators/9 warning"),
                findings("t4-zhongjiang-2022"));
    }

    /** 天长 2022: six rows with neither target nor actual at full points; "完成年度目标。"; 满意度 100% without a survey. */
    @Test
    void tianchang2022() {
        assertEquals(List.of(
                "indicator-input-as-output name /indicators/3 info",   // 年度资金支付完成率100% as 时效
                "indicator-score-unexplained empty-actual /indicators/2 warning",
                "indicator-score-unexplained empty-actual /indicators/3 warning",
                "indicator-score-unexplained empty-actual /indicators/4 warning",
                "indicator-score-unexplained empty-actual /indicators/5 warning",
                "indicator-score-unexplained empty-actual /indicators/6 warning",
                "indicator-score-unexplained empty-actual /indicators/8 warning",
                "overall-goal-not-a-goal achieved-vague /overallGoals/achieved/0 info",
                "satisfaction-without-survey  /indicators/9 info"),
                findings("t5-tianchang-2022"));
    }

    /** 丽江 2020: met targets at 90–95 % of the points, the goal is the project's name, 10.00 beside 20, ﹦ 100% timeliness. */
    @Test
    void lijiang2020() {
        assertEquals(List.of(
                "column-format-mixed decimals /indicators/0/points info",
                "column-format-mixed decimals /indicators/0/score info",
                "indicator-input-as-output  /indicators/0/target warning",   // 卫片执法补助经费 ﹦ 72890 元
                "indicator-score-unexplained  /indicators/0/score warning",
                "indicator-score-unexplained  /indicators/1/score warning",
                "indicator-score-unexplained  /indicators/2/score warning",
                "indicator-score-unexplained  /indicators/3/score warning",
                "indicator-time-cost-unspecified time-rate /indicators/2/target info",
                "overall-goal-not-a-goal name /overallGoals/achieved/0 warning",
                "overall-goal-not-a-goal name /overallGoals/expected/0 warning",
                "satisfaction-without-survey equal /indicators/4 warning"),
                findings("t6-lijiang-2020"));
    }

    /** 衡山 2020: 14 of 16 actuals equal their targets, a safety count filed as satisfaction, 100% timeliness rates. */
    @Test
    void hengshan2020() {
        assertEquals(List.of(
                "actual-equals-target-pattern share /indicators warning",
                "indicator-category-unknown misfiled /indicators/14 warning",   // 粮食安全事件发生数 as 满意度
                "indicator-time-cost-unspecified cost-rate /indicators/7/target info",
                "indicator-time-cost-unspecified cost-rate /indicators/8/target info",
                "indicator-time-cost-unspecified time-rate /indicators/5/target info",
                "indicator-time-cost-unspecified time-rate /indicators/6/target info",
                "satisfaction-without-survey  /indicators/14 info"),
                findings("t7-hengshan-2020"));
    }
}
