package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The aggregate's 等级分布 (grade distribution) by the 复核总分 (reviewed total) beside the computed one, where every graded
 * department has a graded reviewed total: 广水 2021's layout (the score-reviewed-differs fixture) twice, one reviewed to
 * 96.75 (优, as computed) and one whose benefit row the reviewer cut to 15 (98.75 优 → 81.75 良). Computed: 优 2; after
 * review: 优 1, 良 1 — what a 财政局 publishes once its review stands; and the criteria that lose most points by the 复核分
 * (the reviewer's 15 off 效益指标, invisible among the computed losses). Before, only the computed ones were shown. With one
 * department not fully reviewed, or none reviewed, there is no such column (a mixed count would compare unlike things).
 */
class AggregateReviewedGradesTest {

    @TempDir
    Path tmp;

    /** The fixture with every row reviewed, its benefit row's 复核分 set to {@code benefitReviewed}. */
    private Path reviewed(String name, int benefitReviewed) throws Exception {
        return ReviewedGradeTest.project(tmp, name, benefitReviewed);
    }

    private Aggregate.Result city(Locale l) throws Exception {
        return Aggregate.of(List.of(
                AggregateGradesTest.input("all", ReviewedScoreReportTest.project(tmp, "all-" + l.getLanguage(), true), l),
                AggregateGradesTest.input("cut", reviewed("cut-" + l.getLanguage(), 15), l)));
    }

    @Test
    void theReviewedDistributionBesideTheComputedOne() throws Exception {
        Aggregate.Result r = city(Messages.ZH);
        assertEquals(Map.of("优", 2, "良", 0, "中", 0, "差", 0), r.grades());
        assertEquals(Map.of("优", 1, "良", 1, "中", 0, "差", 0), r.reviewedGrades());
        Messages m = new Messages(Messages.ZH);
        String md = Aggregate.markdown(r, m);
        assertTrue(md.contains("### 等级分布\n\n| 等级 | 部门数 | 复核后部门数 |\n|---|---:|---:|\n| 优 | 2 | 1 |\n| 良 | 0 | 1 |\n| 中 | 0 | 0 |\n"
                + "| 差 | 0 | 0 |\n\n复核后：同一批部门按复核总分的等级计数"), md);
        // the losses by the 复核分: the reviewer's cuts (效益指标 15, 预算执行率 2 × 2) the computed table does not show
        assertTrue(md.contains("### 各部门失分最多的指标\n\n| 指标 | 失分合计 | 失分部门数 |\n|---|---:|---:|\n| 产出指标（数量、质量、时效、成本） | 2.50 | 2 |\n\n"
                + "### 复核后各部门失分最多的指标（按复核分）\n\n| 指标 | 失分合计 | 失分部门数 |\n|---|---:|---:|\n"
                + "| 效益指标（经济、社会、生态效益及可持续影响） | 15.00 | 1 |\n| 预算执行率 | 4.00 | 2 |\n| 产出指标（数量、质量、时效、成本） | 2.50 | 2 |\n"), md);
        String html = Aggregate.html(r, m);
        assertTrue(html.contains("<h3>复核后等级分布</h3>\n<svg role=\"img\" aria-labelledby=\"reviewed-grades-title reviewed-grades-desc\""), html);
        assertTrue(html.contains("<desc id=\"reviewed-grades-desc\">优 1；良 1；中 0；差 0</desc>"), html);
        assertTrue(html.contains("<desc id=\"grades-desc\">优 2；良 0；中 0；差 0</desc>"), html);
        assertTrue(html.contains("<section id=\"reviewed-losses\">\n<h2>复核后各部门失分最多的指标（按复核分）</h2>"), html);
        assertTrue(html.contains("<tr><td>预算执行率</td><td class=\"n\">4.00</td><td class=\"n\">2</td></tr>"), html);
        JsonNode json = Json.mapper().readTree(Aggregate.json(r));
        assertEquals(1, json.path("reviewedGrades").path("良").asInt(), json.toString());
        assertEquals(2, json.path("grades").path("优").asInt());
        assertEquals(0, new java.math.BigDecimal("15").compareTo(json.path("reviewedLosses").get(0).path("pointsLost").decimalValue()), json.toString());
        assertEquals("benefit-indicators", json.path("reviewedLosses").get(0).path("id").asString());
        assertEquals(1, json.path("losses").size());
        io.github.jixiao.xlsx.Table t = Aggregate.tables(r, m).get(1);
        assertEquals(List.of("等级", "部门数", "复核后部门数"), t.header());
        assertEquals(List.of("良", 0, 1), t.rows().get(1));
        io.github.jixiao.xlsx.Table lost = Aggregate.tables(r, m).get(3);
        assertEquals("复核后失分指标", lost.name());
        assertEquals("预算执行率", lost.rows().get(1).get(0));
        String en = Aggregate.markdown(city(Locale.ENGLISH), new Messages(Locale.ENGLISH));
        assertTrue(en.contains("| Grade | Departments | Departments after review |\n|---|---:|---:|\n| Excellent | 2 | 1 |\n| Good | 0 | 1 |"), en);
        assertTrue(en.contains("After review: the same departments counted by the grade of their reviewed total (the reviewer's scores"), en);
    }

    @Test
    void noReviewedDistributionUnlessEveryDepartmentHasAReviewedGrade() throws Exception {
        Aggregate.Result some = Aggregate.of(List.of(AggregateGradesTest.input("cut", reviewed("cut", 15), Messages.ZH),
                AggregateGradesTest.input("some", ReviewedScoreReportTest.project(tmp, "some", false), Messages.ZH)));
        assertNull(some.reviewedGrades());
        Messages m = new Messages(Messages.ZH);
        assertFalse(Aggregate.markdown(some, m).contains("复核后"), Aggregate.markdown(some, m));
        assertFalse(Aggregate.html(some, m).contains("复核后"));
        assertFalse(Aggregate.json(some).contains("reviewedGrades") || Aggregate.json(some).contains("reviewedLosses"));
        assertEquals(4, Aggregate.tables(some, m).size());
        assertEquals(2, Aggregate.tables(some, m).get(1).header().size());
        Aggregate.Result none = Aggregate.of(List.of(AggregateGradesTest.input("sample", ScoreSummaryTest.sample(), Messages.ZH)));
        assertNull(none.reviewedGrades());
        assertTrue(Aggregate.markdown(none, m).contains("| 等级 | 部门数 |\n|---|---:|\n| 优 | 1 |\n"));
    }
}
