package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.score.ScoreSheet;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The 20 + 80 form ({@code "rowPoints": "unprinted"}: project-20-80 and 黄冈 2020's own 40 + 40 file) prints no 分值 on its
 * indicator rows by design. Its score line said "各绩效指标都没有分值，均未计分…", true, but as of a table that left a column
 * blank; since session 56 it says the form prints none (表式不为绩效指标印分值), as score-input-missing's -unprinted note does,
 * in the console and every summary (score-summary.json {@code "ungraded": "unprinted"}). A 10号 自评表 printed without its
 * 分值 column (衡山 2020, t7) is still said to have none.
 */
class UnprintedScoreLineTest {

    // not t82 (黄石 图书馆 2022) since P11 (session 56): its transcription now carries the 一级 points its copy prints (产出 40,
    // 效益 30, 满意度 10), so its rows are scored and its line is the cut copy's (partial), not the unprinted form's
    static final List<String> TABLES = List.of("t13-xiangyang-zhongxin-2021", "t27-huanggang-shuibao-2020", "t56-jinbu-yuye-2020",
            "t69-tianchang-tanghu-2020", "t111-longyang-huafei-2022", "t115-shidian-baozhongchang-2021");

    private static EngineResult run(String table) {
        Path p = Samples.realTable(table);
        return new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null));
    }

    @Test
    void theTwentyEightyFormsScoreLineSaysTheFormPrintsNoPoints() {
        for (String t : TABLES) {
            EngineResult r = run(t);
            assertEquals(ScoreSheet.NoTotal.POINTLESS, r.sheet().noTotal(), t);
            assertTrue(r.sheet().rowPointsUnprinted(), t);
            assertEquals("unprinted", ScoreSummary.ungraded(r.sheet()), t);
            String zh = ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).get(0).text();
            assertTrue(zh.contains("不评定：表式不为绩效指标印分值") && !zh.contains("各绩效指标都没有分值"), t + ": " + zh);
            String en = ConsoleReport.scoreLines(r.sheet(), new Messages(Locale.ENGLISH)).get(0).text();
            assertTrue(en.contains("not graded: the form prints no points on its indicators") && !en.contains("no indicator carries points"),
                    t + ": " + en);
            Messages zhm = new Messages(Messages.ZH);
            assertEquals(zhm.label("summary.grade.unprinted"), ScoreSummary.grade(r.sheet(), FrameworkNames.of(r.sheet(), zhm), zhm), t);
            // still a figure that is no 综合评分, headed 已计得分, and pointless to the aggregate and diff.md
            assertEquals("summary.total.pointless", ScoreSummary.totalLabel(r.sheet()), t);
            ReportModel.SummaryDocument d = ScoreSummary.jsonTree(r, ReportMeta.of(""));
            assertEquals("unprinted", d.ungraded(), t);
            assertTrue(ScoreSummary.pointless(d.ungraded(), d.pointless(), d.grade()), t);
        }
        Aggregate.Result agg = Aggregate.of(List.of(AggregateNamesTest.input("a", Samples.realTable("t13-xiangyang-zhongxin-2021"), null),
                AggregateNamesTest.input("putuo", Samples.realTable("t10-putuo-tiyu-2022"), null)));
        Messages zh = new Messages(Messages.ZH);
        String md = Aggregate.markdown(agg, zh);
        assertTrue(md.contains(zh.label("summary.grade.unprinted")), md);
        // its note says the form prints none since session 57 (pointlessNote.unprinted; AggregateFormNotesTest)
        assertTrue(md.contains(zh.label("aggregate.pointlessNote.unprinted", 1, "a")), md);
        assertFalse(md.contains(zh.label("aggregate.noTotalNote", 1, "a")), "said once, as pointless: " + md);
    }

    /** 衡山 2020 (t7): a 10号 自评表 printed without 分值 and 得分 columns, not a form without them: as before. */
    @Test
    void aTenHaoTableWithoutItsPointsColumnIsStillPointless() {
        EngineResult r = run("t7-hengshan-2020");
        assertFalse(r.sheet().rowPointsUnprinted());
        assertEquals("pointless", ScoreSummary.ungraded(r.sheet()));
        assertTrue(ConsoleReport.scoreLines(r.sheet(), new Messages(Messages.ZH)).get(0).text().contains("各绩效指标都没有分值"));
    }
}
