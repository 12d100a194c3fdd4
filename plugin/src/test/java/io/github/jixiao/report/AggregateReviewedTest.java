package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The aggregate shows each department's 复核总分 (reviewed total) in a column after its total only when a department
 * has a 复核分 (reviewer's score): 广水 2021's layout (the score-reviewed-differs fixture) with every row reviewed
 * (96.75), the same with its benefit row not reviewed (no reviewed total: "not all reviewed"), and the sample (none,
 * an empty cell). An aggregate of departments without any 复核分 is as it was.
 */
class AggregateReviewedTest {

    @TempDir
    Path tmp;

    private Aggregate.Result city(Locale l) throws Exception {
        return Aggregate.of(List.of(AggregateGradesTest.input("all", ReviewedScoreReportTest.project(tmp, "all-" + l.getLanguage(), true), l),
                AggregateGradesTest.input("some", ReviewedScoreReportTest.project(tmp, "some-" + l.getLanguage(), false), l), AggregateGradesTest.input("sample", ScoreSummaryTest.sample(), l)));
    }

    @Test
    void aReviewedTotalColumnWhereADepartmentHasAReviewedScore() throws Exception {
        Aggregate.Result r = city(Messages.ZH);
        Messages m = new Messages(Messages.ZH);
        String md = Aggregate.markdown(r, m);
        assertTrue(md.contains("| 总分 | 复核总分 | 等级 | 错误 |"), md);
        assertTrue(md.contains("|---|---|---:|---|---:|---:|---|---:|---:|---:|\n"), md);
        assertTrue(md.contains(" | 98.75 | 96.75（优） | 优 | "), "every row reviewed, with the reviewed total's grade: " + md);
        assertTrue(md.contains(" | 98.75 | 未全部复核 | 优 | "), "the benefit row not reviewed: " + md);
        assertTrue(md.contains(" | 96.15 | — | 优 | "), "the sample has none: a dash, not a blank read as a gap (trial G): " + md);
        String html = Aggregate.html(r, m);
        assertTrue(html.contains("<th scope=\"col\" class=\"n\">复核总分</th>"), html);
        assertTrue(html.contains("<td class=\"n\">98.75</td><td class=\"n\">96.75（优）</td>"), html);
        assertTrue(html.contains("<td class=\"n\">96.15</td><td class=\"n\">—</td>"), html);
        JsonNode json = Json.mapper().readTree(Aggregate.json(r));
        int with = 0;
        for (JsonNode d : json.path("departments")) {
            if (d.has("reviewedTotal")) {
                with++;
                assertEquals(0, new java.math.BigDecimal("96.75").compareTo(d.path("reviewedTotal").decimalValue()));
                assertEquals("优", d.path("reviewedGrade").asString());
            }
        }
        assertEquals(1, with, json.toString());
        List<io.github.jixiao.xlsx.Table> tables = Aggregate.tables(r, m);
        assertEquals("复核总分", tables.get(0).header().get(5), tables.get(0).header().toString());
        String en = Aggregate.markdown(city(Locale.ENGLISH), new Messages(Locale.ENGLISH));
        assertTrue(en.contains("| Total | Reviewed total | Grade |"), en);
        assertTrue(en.contains(" | 98.75 | not all reviewed | "), en);
        assertTrue(en.contains(" | 98.75 | 96.75 (Excellent) | "), en);
    }

    @Test
    void noColumnWithoutAReviewedScore() throws Exception {
        Aggregate.Result r = Aggregate.of(List.of(AggregateGradesTest.input("sample", ScoreSummaryTest.sample(), Messages.ZH)));
        Messages m = new Messages(Messages.ZH);
        assertFalse(Aggregate.markdown(r, m).contains("复核"));
        assertTrue(Aggregate.markdown(r, m).contains("|---|---|---:|---|---:|---|---:|---:|---:|\n"));
        assertFalse(Aggregate.html(r, m).contains("复核"));
        assertFalse(Aggregate.json(r).contains("reviewed"));
        assertFalse(Aggregate.tables(r, m).get(0).header().contains("复核总分"));
    }
}
