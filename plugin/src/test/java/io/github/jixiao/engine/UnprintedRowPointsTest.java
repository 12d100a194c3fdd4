package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The 20 + 80 项目自评表 prints a 得分 on each indicator row and no 分值 (project-20-80's {@code "rowPoints": "unprinted"};
 * 黄冈 2020's 40 + 40 file likewise). Until session 55 each such table got score-input-missing
 * {@code indicator-points-none-short…-own} as an error telling the clerk "表中本没有分值栏的，请按评分标准为各指标定出分值后填入"
 * (s55 A10 B2): now the {@code -unprinted} variant, a note (a warning where the rows' 得分 do not make the stated total),
 * which says the form's limit and keeps the sums; the same finding (fingerprint).
 */
class UnprintedRowPointsTest {

    @Test
    void theTwentyEightyFormIsToldItsLimitNotAskedToInventAColumn() {
        for (String t : List.of("t13-xiangyang-zhongxin-2021", "t56-jinbu-yuye-2020", "t111-longyang-huafei-2022",
                "t115-shidian-baozhongchang-2021", "t27-huanggang-shuibao-2020")) {
            Path p = Samples.realTable(t);
            var r = new Engine().run(EngineOptions.of(p, p.resolve("submission")));
            List<Finding> none = r.findings().stream().filter(f -> f.ruleId().equals("score-input-missing")
                    && f.key().startsWith("indicator-points-none")).toList();
            assertEquals(1, none.size(), t + ": " + none);
            Finding f = none.get(0);
            assertTrue(f.key().endsWith("-own-unprinted"), t + ": " + f.key());
            assertEquals(f.key().contains("-stated") && f.key().contains("-rows") ? Severity.WARNING : Severity.INFO, f.severity(), t);
            assertTrue(f.severity() != Severity.ERROR, t);
            String zh = new Messages(Messages.ZH).message(f);
            assertTrue(zh.startsWith("表式不为各绩效指标印分值："), t + ": " + zh);
            assertFalse(zh.contains("定出分值后填入") || zh.contains("请照表补填"), t + ": " + zh);
            String en = new Messages(Locale.ENGLISH).message(f);
            assertTrue(en.startsWith("The form prints no 分值 (points) for its indicators") && en.contains("the form's limit"), t + ": " + en);
            assertFalse(en.contains("set each indicator's points by the scoring standard"), t + ": " + en);
            String was = f.key().substring(0, f.key().length() - "-unprinted".length());
            assertEquals(Fingerprints.of(f.ruleId(), f.file(), was, f.args()), Fingerprints.of(f), t);
        }
    }

    @Test
    void aFormWithPointsPerRowKeepsTheError() {
        // 衡山 2020 (t7): mof-project-2020, no rowPoints: the 10号 自评表 prints 分值, the error stays
        Path p = Samples.realTable("t7-hengshan-2020");
        var r = new Engine().run(EngineOptions.of(p, p.resolve("submission")));
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("score-input-missing") && f.key().startsWith("indicator-points-none")
                && !f.key().endsWith("-unprinted") && f.severity() == Severity.ERROR), r.findings().toString());
    }
}
