package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table adds its rows as it prints them: two rows at 86.25 % of 100 % × 10 = 8.625 each are printed 8.63 (each rounded as
 * the check rounds it, no row finding), and the table's total adds 8.63 + 8.63 where the check adds 8.625 + 8.625 = 17.25:
 * 96.95 stated against 96.94 computed was score-claim-mismatch total, a false alarm on arithmetic every spreadsheet does.
 * The rows' stated scores that stand now carry to the block and the total; a total beyond the rows as printed is held.
 */
class RowsAddedAsPrintedTest {

    private static final String ROWS = "[\n"
            + "    { \"name\": \"开展科普活动次数\", \"target\": \"≥20次\", \"actual\": \"25次\", \"points\": 20, \"score\": 20 },\n"
            + "    { \"name\": \"科技工作者培训人次\", \"target\": \"≥300人次\", \"actual\": \"320人次\", \"points\": 30, \"score\": 30 },\n"
            + "    { \"name\": \"活动按时完成率\", \"target\": \"100%\", \"actual\": \"ACTUAL\", \"points\": 10, \"score\": SCORE },\n"
            + "    { \"name\": \"服务对象满意度\", \"target\": \"≥90%\", \"actual\": \"95%\", \"points\": 20, \"score\": 20 },\n    { \"name\": \"设备完好率\", \"target\": \"100%\", \"actual\": \"ACTUAL\", \"points\": 10, \"score\": SCORE }\n  ]";

    /** t72 (重庆 部门整体, execution 10 + indicators 90) with its rows filled in and its 执行率得分 at the amounts' 9.69. */
    private static Path project(Path tmp, String name, String actual, String score, String total) throws Exception {
        return ZhongxianRows.copy(tmp, name, ROWS.replace("ACTUAL", actual).replace("SCORE", score), total);
    }

    private static EngineResult run(Path p) {
        return ZhongxianRows.run(p, null);
    }

    private static List<String> claims(EngineResult r) {
        return ZhongxianRows.claims(r, 3);
    }

    @Test
    void theTotalOfTheRowsAsPrintedStands(@TempDir Path tmp) throws Exception {
        // 9.69 + 20 + 30 + 8.63 + 20 + 8.63 = 96.95; computed 9.69 + 86.25 (8.625 + 8.625 + 70) = 96.94
        EngineResult r = run(project(tmp, "up", "86.25%", "8.63", "96.95"));
        assertEquals(List.of(), claims(r));
        assertEquals("96.94", r.sheet().total().toPlainString(), "the computed total stands");
        // the computed total itself, and the rows at the other rounding of their half cents (8.62 + 8.62: 96.93)
        assertEquals(List.of(), claims(run(project(tmp, "exact", "86.25%", "8.63", "96.94"))));
        assertEquals(List.of(), claims(run(project(tmp, "down", "86.25%", "8.62", "96.93"))));
    }

    @Test
    void aTotalBeyondTheRowsAsPrintedIsHeld(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("total [96.96, 96.94]"), claims(run(project(tmp, "beyond", "86.25%", "8.63", "96.96"))));
        // rows printed 8.63 for 8.6251 × 2 stand; their sum 96.95 is the table's own figures too
        assertEquals(List.of(), claims(run(project(tmp, "off-half", "86.251%", "8.63", "96.95"))));
        // a row a cent beyond its rounding is said, and the total with it, as before
        assertEquals(List.of("indicator [活动按时完成率, 8.64, 8.63]", "indicator [设备完好率, 8.64, 8.63]", "total-rows [96.97, 96.94, 9.69 + 87.28]"),
                claims(run(project(tmp, "row-off", "86.25%", "8.64", "96.97"))));
    }
}
