package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.rules.ScoreIgnoresMissedTarget;
import io.github.jixiao.report.Messages;
import io.github.jixiao.score.CriterionScore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 吕梁 2021's 护工培训 table (real table t58) prints no 分值 or 得分; filed with them, as a finance officer would under
 * mof-project-2020 (10 points a row, every row at full marks: fixture score-ignores-missed-target/flags/stated-miss-full-points-
 * lvliang-2021, t58's rows 1, 4, 6, 8, 10, 11 and R2's 补贴未按时发放), its row 考核任务完成及时 "1-6期培训结束后及时考核" →
 * "1-2期未能及时培训" states the miss in words. indicator-target-missed said so since session 35 (stated); the scorer's
 * reading (Grade.read) gave no grade, so the row kept its 10 points and score-ignores-missed-target was silent. Both now
 * read it alike (target.StatedMiss): a miss of periods 1-2 of 1-6 is 部分达成 (SC-2: 50–80 %), counted 8 of 10 and
 * reported at full marks; 补贴未按时发放, the whole, is 未达成 (0–50 %), counted 5, an error.
 */
class StatedMissScoredTest {

    private static RuleFixtures.Fixture fixture() {
        String id = "score-ignores-missed-target";
        Path file = RuleFixtures.files(id, RuleFixtures.FLAGS).stream()
                .filter(p -> p.getFileName().toString().equals("stated-miss-full-points-lvliang-2021.json")).findFirst().orElseThrow();
        return RuleFixtures.load(id, RuleFixtures.FLAGS, file);
    }

    @Test
    void theScoreCountsTheStatedMiss() {
        RuleFixtures.Fixture f = fixture();
        // 产出指标: 10 + 10 + 8 + 5 (the stated misses), where the rows' own 得分 say 40
        assertEquals(new BigDecimal("33.00"), criterion(f, "output-indicators").score());
        assertEquals(List.of("indicator-0=10.00", "indicator-1=10.00", "indicator-2=8.00", "indicator-3=5.00"),
                criterion(f, "output-indicators").items().stream().map(i -> i.id() + "=" + i.score()).toList());
        assertEquals(new BigDecimal("30.00"), criterion(f, "benefit-indicators").score()); // 有效减轻 → 有效减轻, 基本提高 → 基本提高: met
        // the grade read from the actual is said (score-assumption), as for any row without a 完成档次 column
        assertEquals(List.of("/indicators/2/actual 部分达成", "/indicators/3/actual 未达成"), f.scoringFindings().stream()
                .filter(x -> x.ruleId().equals("score-assumption")).filter(x -> x.pointer().matches("/indicators/[23]/actual"))
                .map(x -> x.pointer() + " " + x.args().get(x.args().size() - 1)).sorted().toList());
    }

    private static CriterionScore criterion(RuleFixtures.Fixture f, String id) {
        return f.sheet().criterion(id).orElseThrow();
    }

    @Test
    void fullMarksOnTheStatedMissIsReported() {
        List<Finding> found = RuleFixtures.run(new ScoreIgnoresMissedTarget(), fixture()).stream().sorted().toList();
        assertEquals(List.of("/indicators/2/score lower-grade-band warning", "/indicators/3/score not-achieved-band error"),
                found.stream().map(x -> x.pointer() + " " + x.key() + " " + x.severity().id()).sorted().toList());
        Finding f = found.stream().filter(x -> x.pointer().equals("/indicators/2/score")).findFirst().orElseThrow();
        // the worded actual and target in quotation marks, and no "低一档" (a grade lower): a miss stated in words is no grade
        assertEquals("指标“考核任务完成及时”的实际完成值“1-2期未能及时培训”表明指标值“1-6期培训结束后及时考核”只是部分达成，"
                + "却得满分 10 分。评分框架中部分达成计 5–8 分，此项按 8.00 分计；请扣分，或说明不扣分的理由。", new Messages(Messages.ZH).message(f));
        assertEquals("Indicator \"考核任务完成及时\" has the actual \"1-2期未能及时培训\": its target \"1-6期培训结束后及时考核\" was only partly "
                + "achieved, yet it scores the full 10 points. The framework scores partly achieved at 5–8 points, so it "
                + "counts as 8.00; deduct, or explain why no points are lost.", new Messages(Locale.ENGLISH).message(f));
    }
}
