package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.Samples;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The aggregate ranked a figure that is no 综合评分 among the real totals unless its rows carried no points (pointless,
 * session 50): 鄂州 2021 (t14, a cut copy on a partial framework, 75.05 of its 80) above 天长 2022 (t5, 40.00, 差 provisional),
 * 耒阳四中 2022 (t108, no indicator row: 3.64 of the execution's 10) among them too. Since session 54 every department the
 * scorer's one decision (ScoreSheet.noTotal, stored as score-summary.json's ungraded) says has no total is listed apart,
 * after the departments with a total, not ranked by its figure, its grade cell saying why, in every output: aggregate.json
 * ({@code noTotal} with the reason), aggregate.md, the page and aggregate.xlsx (a note under the departments).
 */
class AggregateNoTotalTest {

    private static Aggregate.Result district(Locale l) {
        return Aggregate.of(List.of(AggregateGradesTest.input("t14", Samples.realTable("t14-ezhou-shenpi-2021"), l),
                AggregateGradesTest.input("t108", Samples.realTable("t108-leiyang-sizhong-2022"), l),
                AggregateGradesTest.input("t5", Samples.realTable("t5-tianchang-2022"), l)));
    }

    @Test
    void aFigureThatIsNoTotalIsListedApartNotRanked() {
        Aggregate.Result a = district(Messages.ZH);
        // t5 graded (差（暂定）) first, though its 40.00 is below t14's 75.05: the other two are not graded, listed after it
        assertEquals("t5", a.rows().get(0).module(), a.rows().toString());
        assertEquals(java.util.Set.of("t14", "t108"), java.util.Set.of(a.rows().get(1).module(), a.rows().get(2).module()));
        assertEquals(null, a.rows().get(0).noTotal());
        java.util.Map<String, String> why = new java.util.TreeMap<>();
        a.rows().stream().skip(1).forEach(r -> why.put(r.module(), r.noTotal()));
        assertEquals(java.util.Map.of("t14", "partial", "t108", "noIndicators"), why);
        // the grade counts: 差 once, 不评定 twice (no average of any figure is taken)
        assertEquals(Integer.valueOf(1), a.grades().get("差"));
        assertEquals(Integer.valueOf(2), a.grades().get(""));

        Messages zh = new Messages(Messages.ZH);
        String md = Aggregate.markdown(a, zh);
        String note = "2 个部门（" + a.rows().get(1).module() + "、" + a.rows().get(2).module()
                + "）所列分数不是综合评分（原因见等级一栏），不评定：排在有综合评分的部门之后，不与之排序。";
        assertTrue(md.contains(note), md);
        assertTrue(md.indexOf("| t5 |") < md.indexOf("| t14 |") && md.indexOf("| t5 |") < md.indexOf("| t108 |"), md);
        // each with its reason in the grade cell, as its own reports say it
        // the figure said to be no 综合评分 beside it too, as each department's page heads it 已计得分 (since session 54)
        assertTrue(md.contains(" | 3.64 / 10.00（已计得分，不是综合评分） | " + zh.label("summary.grade.noIndicators") + " | "), md);
        assertTrue(md.contains(" | 75.05 / 80.00（已计得分，不是综合评分） | " + zh.label("summary.grade.partial") + " | "), md);
        String html = Aggregate.html(a, zh);
        assertTrue(html.contains("<p class=\"note\">" + Escape.html(note) + "</p>"), html);
        List<List<Object>> rows = Aggregate.tables(a, zh).get(0).rows();
        assertEquals("t5", rows.get(0).get(0), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> note.equals(row.get(0))), rows.toString());
        String json = Aggregate.json(a);
        assertTrue(json.indexOf("\"module\" : \"t5\"") < json.indexOf("\"module\" : \"t14\""), json);
        assertTrue(json.contains("\"noTotal\" : \"noIndicators\""), json);
        assertTrue(json.contains("\"noTotal\" : \"partial\""), json);
        assertEquals(1, json.split("\"noTotal\" : \"partial\"", -1).length - 1, json);

        String en = Aggregate.markdown(district(Locale.ENGLISH), new Messages(Locale.ENGLISH));
        assertTrue(en.contains("2 department(s) (" + a.rows().get(1).module() + ", " + a.rows().get(2).module() + "): the figure shown "
                + "is not a total (the grade column says why), so they are not graded; they are listed after the departments with a "
                + "total, not ranked among them."), en);
    }

    /**
     * The losses (the criteria where the departments lose most points) are the graded departments' alone: 鄂州 2021's
     * (t14, 1.65 on its cut copy's 预算执行率, 3.30 on 产出) and 耒阳四中 2022's (t108, 6.36 of the execution's 10) were summed
     * with 天长 2022's until session 56, though neither figure is a 综合评分. Every output reads the one list, each saying under
     * it whose losses are left out.
     */
    @Test
    void theLossesAreTheGradedDepartmentsAlone() {
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            Aggregate.Result a = district(l);
            Aggregate.Result t5 = Aggregate.of(List.of(AggregateGradesTest.input("t5", Samples.realTable("t5-tianchang-2022"), l)));
            assertEquals(t5.losses(), a.losses());
            assertTrue(a.losses().stream().noneMatch(x -> x.id().equals("budget-execution-rate")), a.losses().toString());
            String note = Aggregate.lossesNote(a, m);
            assertEquals(m.label("aggregate.lossesNote", 2, String.join(m.english() ? ", " : "、", a.rows().get(1).module(),
                    a.rows().get(2).module())), note);
            assertEquals(null, Aggregate.lossesNote(t5, m));
            String losses = "\n### " + m.label("aggregate.losses") + "\n";
            String md = Aggregate.markdown(a, m);
            String mdLosses = md.substring(md.indexOf(losses), md.indexOf("\n### ", md.indexOf(losses) + 1));
            String t5md = Aggregate.markdown(t5, m);
            assertEquals(t5md.substring(t5md.indexOf(losses), t5md.indexOf("\n### ", t5md.indexOf(losses) + 1)) + "\n" + note + "\n", mdLosses);
            String html = Aggregate.html(a, m);
            String htmlLosses = html.substring(html.indexOf("<section id=\"losses\">"), html.indexOf("</section>", html.indexOf("<section id=\"losses\">")));
            String t5html = Aggregate.html(t5, m);
            assertEquals(t5html.substring(t5html.indexOf("<section id=\"losses\">"), t5html.indexOf("</section>", t5html.indexOf("<section id=\"losses\">")))
                    + "<p class=\"note\">" + Escape.html(note) + "</p>\n", htmlLosses);
            List<List<Object>> sheet = Aggregate.tables(a, m).get(2).rows();
            List<List<Object>> t5sheet = Aggregate.tables(t5, m).get(2).rows();
            assertEquals(t5sheet, sheet.subList(0, t5sheet.size()));
            assertEquals(note, sheet.get(sheet.size() - 1).get(0));
            String json = Aggregate.json(a);
            String t5json = Aggregate.json(t5);
            // (then, since session 57, lossesLeftOut names t14 and t108: AggregateLossesLeftOutTest)
            assertEquals(t5json.substring(t5json.indexOf("\"losses\""), t5json.indexOf("\"commonMinDepartments\"")),
                    json.substring(json.indexOf("\"losses\""), json.indexOf("\"lossesLeftOut\"")));
        }
    }

    /** A graded department alone: aggregate.json and the notes as before (no noTotal, no note). */
    @Test
    void aGradedDepartmentAloneIsAsBefore() {
        Aggregate.Result a = Aggregate.of(List.of(AggregateGradesTest.input("t5", Samples.realTable("t5-tianchang-2022"), Messages.ZH)));
        assertTrue(!Aggregate.json(a).contains("noTotal"));
        assertEquals(null, Aggregate.noTotalNote(a, new Messages(Messages.ZH)));
    }
}
