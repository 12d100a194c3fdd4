package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * score-input-missing's {@code indicator-points-none…-short…} said "财预〔2020〕10号 自评表每项指标都有分值" on every framework.
 * 塘湖镇 2020 (t69) is a township's 部门整体 form on its own framework (黄石图书馆 2022, t82, a city's 20 + 80 form, was the other
 * example until session 56, when its points per 一级 were transcribed as printed and it has no such finding: MergedScoreCellTest):
 * it is not the 10号 project form, and the citation told the unit it had filed the wrong one (audit s52 B2).
 * There the {@code -own} variant says the framework scores indicators by their points; 大英民政 2020 (t98), on mof-project-2020,
 * still cites 10号. The finding is the one it was.
 */
class OwnFrameworkPointsWordingTest {

    private static Finding points(String table) throws Exception {
        List<Finding> found = RealTableRuns.asFiled(table).findings().stream()
                .filter(f -> "score-input-missing".equals(f.ruleId()) && f.key().startsWith("indicator-points-none")).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void aFormOnItsOwnFrameworkIsNotToldOfTheProjectForm() throws Exception {
        // 塘湖镇 2020 (t69) extends project-20-80 with its kind since session 55 (K1), and so takes the form's -own-unprinted
        // note (the form prints no 分值 by design, said so without asking for a column; UnprintedRowPointsTest): no 10号 in
        // either language, the finding the one it was
        for (String table : List.of("t69-tianchang-tanghu-2020")) {
            Finding f = points(table);
            // -unprinted-rate since session 58: its 20 scored rest on the 100 % written, 执行数 blank (UnprintedStatedRateTest)
            assertTrue(f.key().endsWith("-own-unprinted-rate"), table + ": " + f.key());
            String zh = new Messages(Messages.ZH).message(f);
            assertFalse(zh.contains("10号"), zh);
            assertTrue(zh.contains("分值"), zh);
            String en = new Messages(Locale.ENGLISH).message(f);
            assertFalse(en.contains("No. 10"), en);
            String base = f.key().substring(0, f.key().length() - "-own-unprinted-rate".length());
            assertEquals(Fingerprints.of("score-input-missing", f.file(), base, f.args()), Fingerprints.of(f), table);
        }
    }

    @Test
    void theProjectFormStillCitesIt() throws Exception {
        // 衡山 2020 (t7), a 自评表 printing no 分值 on the bare mof-project-2020; t98 until session 54, when its framework said
        // its 决算 completion table unpointed (no finding asks it for points now: CutFundsScoreTest)
        Finding f = points("t7-hengshan-2020");
        assertFalse(f.key().endsWith("-own"), f.key());
        assertTrue(new Messages(Messages.ZH).message(f).contains("财预〔2020〕10号 自评表每项指标都有分值"));
    }
}
