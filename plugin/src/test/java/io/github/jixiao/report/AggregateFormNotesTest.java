package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.review.ScoreDiff;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Session 57 (P10's left-alone): the aggregate's notes and diff.md's total label say what the console line says of the two
 * forms session 56 reworded there. The 20 + 80 form (襄阳 中心医院 2021, t13: {@code "ungraded": "unprinted"}) prints no points
 * on its indicators, "表式不为绩效指标印分值", not "各绩效指标都没有分值" (still said of a 10号 table printed without them: 衡山 2020,
 * t7); a table with nothing scorable (大英 双心 2020, t44: its criteria weigh 0 points) is "不计分", not "所列分数不是综合评分"
 * beside a cell that lists no figure, it loses no points to leave out of the losses, and aggregate.json says
 * {@code "notScorable": true} beside its 0.00.
 */
class AggregateFormNotesTest {

    private static final String T13 = "t13-xiangyang-zhongxin-2021";
    private static final String T7 = "t7-hengshan-2020";
    private static final String T44 = "t44-daying-shuangxin-2020";
    private static final String T10 = "t10-putuo-tiyu-2022";

    private static Aggregate.Result of(String... tables) {
        List<Aggregate.Input> in = new java.util.ArrayList<>();
        for (int k = 0; k < tables.length; k++) {
            in.add(AggregateNamesTest.input(tables[k].equals(T10) ? "putuo" : String.valueOf((char) ('a' + k)), Samples.realTable(tables[k]), null));
        }
        return Aggregate.of(in);
    }

    private static ReportModel.SummaryDocument summary(String table) {
        Path p = Samples.realTable(table);
        return ScoreSummary.jsonTree(new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, null)), ReportMeta.of(""));
    }

    @Test
    void theTwentyEightyFormIsSaidToPrintNoPoints() {
        Aggregate.Result a = of(T13, T10);
        Aggregate.Result both = of(T13, T7, T10);
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            String note = m.label("aggregate.pointlessNote.unprinted", 1, "a");
            assertEquals(note, Aggregate.pointlessNote(a, m));
            assertTrue(Aggregate.markdown(a, m).contains(note), Aggregate.markdown(a, m));
            assertTrue(Aggregate.html(a, m).contains(Escape.html(note)));
            assertTrue(Aggregate.tables(a, m).get(0).rows().stream().anyMatch(r -> note.equals(r.get(0))), "the workbook's note");
            assertFalse(Aggregate.markdown(a, m).contains(m.label("aggregate.pointlessNote", 1, "a")), "not the generic note");
            assertEquals(null, Aggregate.noTotalNote(a, m));
            // beside a 10号 table printed without its 分值 column (t7), each said as it is
            assertEquals(m.label("aggregate.pointlessNote", 1, "b") + (m.english() ? " " : "") + m.label("aggregate.pointlessNote.unprinted", 1, "a"),
                    Aggregate.pointlessNote(both, m));
        }
        assertEquals("1 个部门（a）表式不为绩效指标印分值，所列分数只是预算执行等其余各项的已计得分，不是综合评分：排在有综合评分的部门之后，不与之排序。",
                Aggregate.pointlessNote(a, new Messages(Messages.ZH)));
    }

    @Test
    void aTableWithNothingScorableIsSaidNotScored() {
        Aggregate.Result a = of(T44, T10);
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            String note = m.label("aggregate.noTotalNote.notScorable", 1, "a");
            assertEquals(note, Aggregate.noTotalNote(a, m));
            String md = Aggregate.markdown(a, m);
            assertTrue(md.contains(note), md);
            assertFalse(md.contains(m.label("aggregate.noTotalNote", 1, "a")), md);
            assertTrue(Aggregate.html(a, m).contains(Escape.html(note)));
            assertEquals(null, Aggregate.pointlessNote(a, m));
            assertEquals(null, Aggregate.lossesNote(a, m)); // its criteria weigh 0 points: no loss is left out
        }
        assertEquals("1 个部门（a）不计分：所评的表中没有可计分的评分项（各评分项的分值合计 0 分，原因见等级一栏），不评定，排在有综合评分的部门之后。",
                Aggregate.noTotalNote(a, new Messages(Messages.ZH)));
        String json = Aggregate.json(a);
        assertEquals(1, json.split("\"notScorable\" : true", -1).length - 1, json);
        String t44 = json.substring(json.indexOf("\"module\" : \"a\""), json.indexOf("\"page\"", json.indexOf("\"module\" : \"a\"")));
        assertTrue(t44.contains("\"noTotal\" : \"unpointedNone\"") && t44.contains("\"notScorable\" : true"), t44);
    }

    @Test
    void diffMdsTotalLineSaysTheFormAsTheConsoleDoes() {
        Messages zh = new Messages(Messages.ZH);
        ReportModel.SummaryDocument t13 = summary(T13);
        ReportModel.SummaryDocument t7 = summary(T7);
        ReportModel.SummaryDocument t44 = summary(T44);
        ReportModel.SummaryDocument t10 = summary(T10);
        assertTrue(ScoreDiff.markdown(ScoreDiff.compare(t13, t13, null, null), zh)
                .contains("**已计得分（表式不为绩效指标印分值，不是综合评分）**："));
        assertTrue(ScoreDiff.markdown(ScoreDiff.compare(t7, t7, null, null), zh).contains("**已计得分（各绩效指标都没有分值，不是综合评分）**："));
        assertTrue(ScoreDiff.markdown(ScoreDiff.compare(t13, t10, null, null), zh)
                .contains("**总分（之前的是已计得分：表式不为绩效指标印分值，不是综合评分）**："));
        assertTrue(ScoreDiff.markdown(ScoreDiff.compare(t44, t44, null, null), zh).contains("**得分**：不计分 → 不计分  \n"));
        assertTrue(ScoreDiff.markdown(ScoreDiff.compare(t44, t10, null, null), zh).contains("**总分（之前的不计分：所评的表中没有可计分的评分项）**：不计分 → "));
        Messages en = new Messages(Locale.ENGLISH);
        assertTrue(ScoreDiff.markdown(ScoreDiff.compare(t13, t13, null, null), en)
                .contains("**Scored so far (the form prints no points on its indicators: not a total)**:"));
        assertTrue(ScoreDiff.markdown(ScoreDiff.compare(t10, t44, null, null), en)
                .contains("**Total (the one now is not scored: nothing in its table is scorable)**:"));
    }
}
