package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        Path p = tmp.resolve(name);
        Samples.copyTree(Samples.realTable("t72-zhongxian-kexie-2024"), p);
        replace(p.resolve("submission/indicators.json"), "[]", ROWS.replace("ACTUAL", actual).replace("SCORE", score));
        replace(p.resolve("submission/budget.json"), "\"score\": 9.68", "\"score\": 9.69");
        replace(p.resolve("submission/self-assessment.json"), "99.68", total);
        return p;
    }

    private static void replace(Path f, String from, String to) throws Exception {
        String s = Files.readString(f, StandardCharsets.UTF_8);
        String t = s.replace(from, to);
        assertTrue(!t.equals(s), from + " in " + f);
        Files.writeString(f, t, StandardCharsets.UTF_8);
    }

    private static EngineResult run(Path p) {
        return new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null, null, null));
    }

    private static List<String> claims(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-claim-mismatch"))
                .map(f -> f.key() + " " + f.args().subList(0, Math.min(3, f.args().size()))).toList();
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
        assertEquals(List.of("indicator [活动按时完成率, 8.64, 8.63]", "indicator [设备完好率, 8.64, 8.63]", "total [96.97, 96.94]"),
                claims(run(project(tmp, "row-off", "86.25%", "8.64", "96.97"))));
    }
}
