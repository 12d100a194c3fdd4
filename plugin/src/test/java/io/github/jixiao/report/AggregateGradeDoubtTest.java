package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.review.ScoreDiff;
import io.github.jixiao.testing.Samples;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Session 58 (L5; s57 L3's left-alone 1): a grade grade-unsupported doubts, 优（暂定） on the department's own console, md,
 * html and xlsx since session 57, is 暂定 in the aggregate and diff.md too, read from score-summary.json's
 * {@code gradeProvisional}. 四川 普惠金融 (t83): 100.00, 优 at 52.79 % executed; 普陀 2022 (t10): 98.62, 优 at 86.18 %. The
 * aggregate's note says why in its own words ("有问题对所评等级存疑（grade-unsupported）"), not the want of data's "有分值因缺少数据
 * 未能计分", still said of 保山 退役军人 2022 (t84), 暂定 for want of data. A summary written before session 57, without the
 * field, reads as before.
 */
class AggregateGradeDoubtTest {

    private static final String T83 = "t83-sichuan-puhui-jinrong";
    private static final String T10 = "t10-putuo-tiyu-2022";
    private static final String T84 = "t84-baoshan-tuiyijunren-2022";

    private static Aggregate.Input input(String module, String table, Locale l) {
        return AggregateGradesTest.input(module, Samples.realTable(table), l);
    }

    /** {@code in}'s summary as one written before session 57 (no gradeProvisional), read back as jixiao:aggregate reads it. */
    private static Aggregate.Input older(Aggregate.Input in) throws Exception {
        return new Aggregate.Input(in.module(), withoutDoubt(in.summary()), in.findings(), in.page(), in.english());
    }

    static ReportModel.SummaryDocument withoutDoubt(ReportModel.SummaryDocument s) throws Exception {
        JsonNode tree = Json.mapper().readTree(Json.write(s));
        assertTrue(tree.has("gradeProvisional"), "the summary as written now has it");
        ((ObjectNode) tree).remove("gradeProvisional");
        return Json.mapper().treeToValue(tree, ReportModel.SummaryDocument.class);
    }

    @Test
    void aDoubtedGradeIsProvisionalInEveryOutputOfTheAggregate() throws Exception {
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            Aggregate.Result a = Aggregate.of(List.of(input("puhui", T83, l), input("putuo", T10, l), input("tuiyi", T84, l)));
            String provisional = m.label("summary.grade.provisional");
            String top = l == Messages.ZH ? "优" : "Excellent"; // puhui-transfer-sichuan gives no English grade: 优 in both
            String md = Aggregate.markdown(a, m);
            assertTrue(md.contains(" | 100.00 | 优" + provisional + " | "), md);
            assertTrue(md.contains(" | 98.62 | " + top + provisional + " | "), md);
            String note = m.label("aggregate.provisionalNote", 1, "tuiyi") + (m.english() ? " " : "")
                    + m.label("aggregate.provisionalNote.doubted", 2, m.english() ? "puhui, putuo" : "puhui、putuo", "grade-unsupported");
            assertEquals(note, Aggregate.provisionalNote(a, m));
            assertTrue(md.contains(Escape.md(note)), md);
            String html = Aggregate.html(a, m);
            assertTrue(html.contains("<td class=\"n\">" + Escape.html(top + provisional) + "</td>"), html);
            assertTrue(html.contains(Escape.html(note)), html);
            List<List<Object>> rows = Aggregate.tables(a, m).get(0).rows();
            assertTrue(rows.stream().anyMatch(r -> "putuo".equals(r.get(0)) && r.contains(top + provisional)), rows.toString());
            assertTrue(Aggregate.tables(a, m).get(1).rows().stream().anyMatch(r -> note.equals(r.get(0))), "the workbook's grade sheet");
        }
        assertEquals("其中 2 个部门的等级暂定（puhui、putuo）：各部门的检查中有问题对所评等级存疑（grade-unsupported），等级按算得的总分评定，"
                        + "须经复核确认；原因见各部门的评分汇总。",
                Aggregate.provisionalNote(Aggregate.of(List.of(input("puhui", T83, Messages.ZH), input("putuo", T10, Messages.ZH))),
                        new Messages(Messages.ZH)));
        JsonNode json = Json.mapper().readTree(Aggregate.json(Aggregate.of(List.of(input("puhui", T83, Messages.ZH), input("tuiyi", T84, Messages.ZH)))));
        JsonNode puhui = json.path("departments").get(0);
        assertEquals("puhui", puhui.path("module").asString());
        assertEquals("优", puhui.path("grade").asString(), "the grade itself as before");
        assertEquals("grade-unsupported", puhui.path("gradeProvisional").path("rule").asString());
        assertTrue(puhui.path("gradeProvisional").path("reason").asString().startsWith("等级暂定：预算执行率只有 52.79%"), puhui.toString());
        assertFalse(puhui.path("gradeProvisional").path("fingerprint").asString().isEmpty());
        assertFalse(json.path("departments").get(1).has("gradeProvisional"), "t84: 暂定 for want of data, no doubt");
    }

    @Test
    void aSummaryWrittenBeforeReadsAsBefore() throws Exception {
        Messages zh = new Messages(Messages.ZH);
        Aggregate.Result a = Aggregate.of(List.of(older(input("puhui", T83, Messages.ZH))));
        assertTrue(Aggregate.markdown(a, zh).contains(" | 100.00 | 优 | "), Aggregate.markdown(a, zh));
        assertNull(Aggregate.provisionalNote(a, zh));
        assertFalse(Aggregate.json(a).contains("gradeProvisional"));
    }

    @Test
    void diffMdSaysTheDoubtedGradeProvisional() throws Exception {
        Messages zh = new Messages(Messages.ZH);
        ReportModel.SummaryDocument now = input("puhui", T83, Messages.ZH).summary();
        ReportModel.SummaryDocument before = withoutDoubt(now);
        assertTrue(ScoreDiff.markdown(ScoreDiff.compare(before, now, null, null), zh)
                .contains("**等级**：优 → 优（暂定）；等级暂定：有问题对所评等级存疑（grade-unsupported），见评分汇总\n"));
        assertTrue(ScoreDiff.markdown(ScoreDiff.compare(now, before, null, null), zh)
                .contains("**等级**：优（暂定） → 优；之前的等级暂定：有问题对所评等级存疑（grade-unsupported）\n"));
        assertTrue(ScoreDiff.markdown(ScoreDiff.compare(before, before, null, null), zh).contains("**等级**：优 → 优\n"));
        Messages en = new Messages(Locale.ENGLISH);
        assertTrue(ScoreDiff.markdown(ScoreDiff.compare(now, now, null, null), en)
                .contains("**Grade**: 优 (provisional) → 优 (provisional); grade provisional: a finding doubts it"
                        + " (grade-unsupported), see the score summary\n"), ScoreDiff.markdown(ScoreDiff.compare(now, now, null, null), en));
    }
}
