package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The aggregate over departments of different frameworks: a criterion's losses are counted per framework (two frameworks
 * may give one id to different criteria), and a total whose criteria do not add up to 100 is shown with its base.
 */
class AggregateFrameworksTest {

    private static Path table(String name) throws Exception {
        return Path.of(AggregateFrameworksTest.class.getResource("/real-tables/" + name).toURI());
    }

    /** The loss a department's score summary gives for {@code id}: weight − score. */
    private static BigDecimal lost(Aggregate.Input in, String id) {
        return in.summary().criteria().stream().filter(c -> id.equals(c.id())).findFirst()
                .map(c -> c.weight().subtract(c.score())).orElseThrow();
    }

    @Test
    void oneIdOfTwoFrameworksIsCountedOncePerFramework() throws Exception {
        // 天长 (mof-project-2020, 预算执行率) and 融媒体中心 (chongqing-department-2021, 执行率): both budget-execution-rate.
        // 天长 as the reviewer trial had it (/tmp/ur29/r2: the real table t5 with 800 of its 880 万元 spent and its targets filled in), so that it loses points on 预算执行率 too
        Path executed800 = Path.of(AggregateFrameworksTest.class.getResource("/ur29-tianchang").toURI());
        Aggregate.Input tianchang = AggregateNamesTest.input("tianchang", executed800, null);
        // 融媒体中心 with its indicators' 90 points whole (graded-copies/t24-rongmeiti-whole: the real t24's 70 are no total,
        // and since session 56 a department with no total adds nothing to the losses)
        Aggregate.Input rongmeiti = AggregateNamesTest.input("rongmeiti",
                Path.of(AggregateFrameworksTest.class.getResource("/graded-copies/t24-rongmeiti-whole").toURI()), null);
        assertEquals("mof-project-2020", tianchang.summary().frameworkId());
        assertEquals("chongqing-department-2021", rongmeiti.summary().frameworkId());
        BigDecimal mof = lost(tianchang, "budget-execution-rate");
        BigDecimal cq = lost(rongmeiti, "budget-execution-rate");
        assertTrue(mof.signum() > 0 && cq.signum() > 0, "both lose points on the shared id: " + mof + ", " + cq);

        Aggregate.Result r = Aggregate.of(List.of(tianchang, rongmeiti));
        Aggregate.Row cqRow = r.rows().stream().filter(x -> x.module().equals("rongmeiti")).findFirst().orElseThrow();
        assertEquals(List.of("差", true, new BigDecimal("53.05")), java.util.Arrays.asList(cqRow.grade(), cqRow.provisional(), cqRow.total()),
                "graded, provisionally (the copy's README): " + cqRow);
        assertEquals(null, cqRow.noTotal());
        List<Aggregate.Loss> shared = r.losses().stream().filter(l -> l.id().equals("budget-execution-rate")).toList();
        assertEquals(2, shared.size(), "one row per framework: " + r.losses());
        for (Aggregate.Loss l : shared) {
            assertEquals(1, l.departments(), l.toString());
            BigDecimal want = (l.framework().equals("mof-project-2020") ? mof : cq).setScale(2, java.math.RoundingMode.HALF_UP);
            assertEquals(want, l.lost(), l.toString());
        }

        String zh = Aggregate.markdown(r, new Messages(Messages.ZH));
        assertTrue(zh.contains("| 执行率 | " + cq.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " | 1 |"), zh);
        assertTrue(zh.contains("| 预算执行率 | " + mof.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " | 1 |"), zh);
        String json = Aggregate.json(r);
        assertTrue(json.contains("\"framework\" : \"chongqing-department-2021\"") || json.contains("\"framework\":\"chongqing-department-2021\""), json);

        // the real t24 (70 of the indicators' 90 points: no total) beside 天长: its 执行率 loss is not counted
        Aggregate.Input t24 = AggregateNamesTest.input("t24", table("t24-cq-rongmeiti-2021"), null);
        Aggregate.Result withT24 = Aggregate.of(List.of(tianchang, t24));
        assertEquals("none", withT24.rows().stream().filter(x -> x.module().equals("t24")).findFirst().orElseThrow().noTotal());
        assertEquals(Aggregate.of(List.of(tianchang)).losses(), withT24.losses());
    }

    @Test
    void aTotalOutOfAnotherBaseIsShownWithItsBase() throws Exception {
        Aggregate.Input rongmeiti = AggregateNamesTest.input("rongmeiti", table("t24-cq-rongmeiti-2021"), null);
        Aggregate.Input sample = AggregateNamesTest.input("sample", ScoreSummaryTest.sample(), null);
        BigDecimal base = rongmeiti.summary().weight();
        assertNotNull(base);
        assertTrue(base.compareTo(BigDecimal.valueOf(100)) != 0, "重庆's department table adds up to " + base);
        Aggregate.Result r = Aggregate.of(List.of(rongmeiti, sample));
        Aggregate.Row cqRow = r.rows().stream().filter(x -> x.module().equals("rongmeiti")).findFirst().orElseThrow();
        Aggregate.Row sampleRow = r.rows().stream().filter(x -> x.module().equals("sample")).findFirst().orElseThrow();
        String baseText = base.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        for (Messages m : List.of(new Messages(Messages.ZH), new Messages(Locale.ENGLISH))) {
            String md = Aggregate.markdown(r, m);
            String html = Aggregate.html(r, m, ReportMeta.of(""));
            for (String page : List.of(md, html)) {
                assertTrue(page.contains(cqRow.total().toPlainString() + " / " + baseText), page);
                assertTrue(page.contains(sampleRow.total().toPlainString()), page);
                assertFalse(page.contains(sampleRow.total().toPlainString() + " / "), "a total of 100 as before: " + page);
            }
        }
        String json = Aggregate.json(r);
        assertTrue(json.matches("(?s).*\"base\" ?: ?" + java.util.regex.Pattern.quote(baseText) + ".*"), json);
        List<io.github.jixiao.xlsx.Table> tables = Aggregate.tables(r, new Messages(Messages.ZH));
        assertTrue(tables.get(0).header().contains("分值合计"), tables.get(0).header().toString());
    }
}
