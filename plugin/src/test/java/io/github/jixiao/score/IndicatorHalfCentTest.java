package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indicator row whose proportional score lands exactly on a half cent: 96.85 % of a 100 % target × 10 = 9.685. The
 * check rounds it up (9.69); the table's system, computing in binary floating point, prints 9.68 as readily (忠县科协
 * 2024's execution score, the same product, was printed 9.68). The row stated 9.68 was score-claim-mismatch indicator,
 * and the total made with it (9.69 + 9.68 + 80 = 99.37 against the computed 99.38) score-claim-mismatch total: one
 * half cent, two false alarms. Either rounding now stands at the row, said beside its formula, and carries to the
 * block and the total; a figure a cent beyond either, or a product off the half cent, is held as before.
 */
class IndicatorHalfCentTest {

    private static final String ROWS = "[\n"
            + "    { \"name\": \"开展科普活动次数\", \"target\": \"≥20次\", \"actual\": \"25次\", \"points\": 30, \"score\": 30 },\n"
            + "    { \"name\": \"科技工作者培训人次\", \"target\": \"≥300人次\", \"actual\": \"320人次\", \"points\": 30, \"score\": 30 },\n"
            + "    { \"name\": \"活动按时完成率\", \"target\": \"100%\", \"actual\": \"ACTUAL\", \"points\": 10, \"score\": SCORE },\n"
            + "    { \"name\": \"服务对象满意度\", \"target\": \"≥90%\", \"actual\": \"95%\", \"points\": 20, \"score\": 20 }\n  ]";

    /** t72 (重庆 部门整体, execution 10 + indicators 90) with its rows filled in and its 执行率得分 at the amounts' 9.69. */
    private static Path project(Path tmp, String name, String actual, String score, String total) throws Exception {
        return ZhongxianRows.copy(tmp, name, ROWS.replace("ACTUAL", actual).replace("SCORE", score), total);
    }

    private static EngineResult run(Path p, Locale locale) {
        return ZhongxianRows.run(p, locale);
    }

    private static List<String> claims(EngineResult r) {
        return ZhongxianRows.claims(r, 3);
    }

    private static CriterionScore row(EngineResult r) {
        return r.sheet().criteria().stream().flatMap(c -> c.items().stream()).filter(i -> i.name().equals("活动按时完成率"))
                .findFirst().orElseThrow();
    }

    @Test
    void theRowStatedAtTheOtherRoundingStandsAndSoDoesTheTotal(@TempDir Path tmp) throws Exception {
        EngineResult r = run(project(tmp, "down", "96.85%", "9.68", "99.37"), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(), claims(r));
        assertEquals("99.38", r.sheet().total().toPlainString(), "the computed total stands");
        assertEquals("9.69", row(r).score().toPlainString());
        assertTrue(row(r).explanation().endsWith("；恰在半分（9.685）：舍为 9.68、入为 9.69，写作哪一个都视为相符"), row(r).explanation());
        EngineResult en = run(project(tmp, "down-en", "96.85%", "9.68", "99.37"), Locale.ENGLISH);
        assertEquals(List.of(), claims(en));
        assertTrue(row(en).explanation().endsWith("; exactly half a cent (9.685): rounded down 9.68, up 9.69, either taken as agreeing"),
                row(en).explanation());
        // rounded up, as the check does: nothing to say, and the total with it
        EngineResult up = run(project(tmp, "up", "96.85%", "9.69", "99.38"), null);
        assertEquals(List.of(), claims(up));
        assertTrue(!row(up).explanation().contains("恰在半分"), row(up).explanation());
    }

    @Test
    void aCentBeyondEitherRoundingIsStillHeld(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("indicator-missed-below [活动按时完成率, 9.67, 9.69]", "total-rows [99.36, 99.38, 9.69 + 89.67]"),
                claims(run(project(tmp, "below", "96.85%", "9.67", "99.36"), null)));
        // the row's half cent gives the total no licence beyond it: 99.36 against 99.37 / 99.38
        assertEquals(List.of("total [99.36, 99.38]"), claims(run(project(tmp, "total-off", "96.85%", "9.68", "99.36"), null)));
    }

    @Test
    void aProductOffTheHalfCentIsHeldAsBefore(@TempDir Path tmp) throws Exception {
        // 96.851 % × 10 = 9.6851: 9.69, and 9.68 is no rounding of it
        assertEquals(List.of("indicator-missed-below [活动按时完成率, 9.68, 9.69]", "total-rows [99.37, 99.38, 9.69 + 89.68]"),
                claims(run(project(tmp, "off", "96.851%", "9.68", "99.37"), null)));
    }

    @Test
    void aOneDecimalTableTakesEitherRoundingOfAHalfTenth(@TempDir Path tmp) throws Exception {
        // scores to one decimal (9.6 the only fraction): 96.5 % × 10 = 9.65 is 9.6 or 9.7; the total 9.69 + 89.6 = 99.29
        assertEquals(List.of(), claims(run(project(tmp, "tenth-down", "96.5%", "9.6", "99.29"), null)));
        assertEquals(List.of(), claims(run(project(tmp, "tenth-up", "96.5%", "9.7", "99.39"), null)));
        // 9.5 is neither
        assertEquals(List.of("indicator-missed-below [活动按时完成率, 9.5, 9.65]", "total-rows [99.19, 99.34, 9.69 + 89.5]"),
                claims(run(project(tmp, "tenth-off", "96.5%", "9.5", "99.19"), null)));
    }

    @Test
    void halfCentTieIsTheRoundingDownOfAnExactHalfCent() {
        assertTrue(IndicatorScoring.halfCentTie(new java.math.BigDecimal("9.685"), new java.math.BigDecimal("9.68")));
        assertTrue(IndicatorScoring.halfCentTie(new java.math.BigDecimal("9.68500"), new java.math.BigDecimal("9.680")));
        assertTrue(!IndicatorScoring.halfCentTie(new java.math.BigDecimal("9.685"), new java.math.BigDecimal("9.69")));
        assertTrue(!IndicatorScoring.halfCentTie(new java.math.BigDecimal("9.6851"), new java.math.BigDecimal("9.68")));
        assertTrue(!IndicatorScoring.halfCentTie(new java.math.BigDecimal("9.68"), new java.math.BigDecimal("9.68")));
        assertTrue(!IndicatorScoring.halfCentTie(new java.math.BigDecimal("9.685"), new java.math.BigDecimal("9.681")));
    }
}
