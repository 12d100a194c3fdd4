package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's page as a browser lays it out (session 45: the sample's page and three real tables' — t15 黄石 申遗经费
 * 2019 at 运行监控, t24 重庆 融媒体 2021 a 部门整体 自评, t53 稷山 公卫 2021 with 42 findings — were rendered in headless
 * Chromium at 1280 px, at 390 px for a phone and printed to A4, and looked at). What was seen, and what the page now does:
 * <ul>
 *   <li>at 390 px the 评分表's 分值 and 得分 cells (6.5 % of the width each, their figures not wrapping) ran into each
 *       other ("2.002.00"), and the funds table's right-aligned headings overlapped: every table now sits in a
 *       {@code div.wide} that scrolls sideways, on a narrow screen a table is laid out by its content with a floor
 *       width, and a heading of a figures column wraps (only the figures stay on one line);</li>
 *   <li>the 运行监控 and 目标申报 tables gave nine columns equal widths, so 1-6月完成值's paragraph ran down a column two
 *       characters wide beside empty ones: they are laid out by their content;</li>
 *   <li>the charts, shrunk to a phone's width, had 5 px labels: each chart scrolls in its own {@code div.wide} at its
 *       size on a narrow screen;</li>
 *   <li>the 评分表 listed an error in the warning colour: each item of its finding lists has its severity's class;</li>
 *   <li>the 评分表's 评分方法 column (41 %) wrapped its formulas while the 一级/二级/三级 columns stood mostly empty: 50 %;</li>
 *   <li>printed, a scrolling box would clip a table: in print it does not scroll.</li>
 * </ul>
 * Every in-page link still lands on an id of the page, and the page loads nothing from anywhere; it says so to the
 * browser too, in a Content-Security-Policy (none before: a page opened from a share would have run a script had one
 * ever slipped through the escaping).
 */
class PageLayoutTest {
    @TempDir
    Path tmp;

    private String page(EngineResult r, String dir) throws Exception {
        Path out = tmp.resolve(dir);
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
        return Files.readString(out.resolve("score-summary.html"));
    }

    private int runs;

    private List<String> pages() throws Exception {
        Path sample = tmp.resolve("s" + ++runs);
        Path sub = Samples.copyTo(sample);
        List<String> pages = new ArrayList<>();
        pages.add(page(new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(sample, sub)), "sample" + runs));
        for (String t : List.of("t15-huangshi-shenyi-2019", "t24-cq-rongmeiti-2021", "t53-jishan-gongwei-2021")) {
            pages.add(page(TargetsTableTest.run(TargetsTableTest.realTable(t), Messages.ZH), t + runs));
        }
        return pages;
    }

    /** The page's stylesheet: between its style tags. */
    private static String css(String page) {
        return page.substring(page.indexOf("<style>"), page.indexOf("</style>"));
    }

    @Test
    void everyTableAndChartScrollsInItsOwnBox() throws Exception {
        for (String page : pages()) {
            String what = page.substring(page.indexOf("<h1"), page.indexOf("</h1>"));
            int tables = count(page, "<table");
            assertTrue(tables > 0, what);
            assertEquals(tables, matches(page, WIDE + "<table"), what + ": a table outside its scrolling box");
            assertEquals(tables, count(page, "</table></div>"), what);
            int charts = count(page, "<svg");
            assertEquals(charts, matches(page, WIDE + "<svg"), what);
            assertEquals(charts, count(page, "</svg>\n</div></figure>"), what);
        }
        String css = css(pages().get(0));
        assertTrue(css.contains(".wide{overflow-x:auto;max-width:100%}"), css);
        assertTrue(css.contains("@media screen and (max-width:700px){body{padding:0 .6em}table{table-layout:auto;min-width:600px}"
                + "figure .wide svg{max-width:none}\n"), css);
        // in print nothing scrolls, and nothing is wider than the paper
        String print = css.substring(css.indexOf("@media print{"));
        assertTrue(print.contains(".wide{overflow:visible}table{min-width:0}"), print);
    }

    /** The aggregate page shares the stylesheet: its three tables scroll in their boxes too. */
    @Test
    void theAggregatesTablesScrollInTheirBoxes() throws Exception {
        List<Aggregate.Input> inputs = new ArrayList<>();
        for (String module : List.of("a", "b")) {
            Path dir = Files.createDirectories(tmp.resolve("agg-" + module));
            Files.writeString(dir.resolve(ReportWriter.FINDINGS_JSON), "{\"tool\": \"jixiao\", \"department\": \"" + module
                    + "局\", \"year\": 2021, \"stage\": \"自评\", \"files\": [], \"findings\": ["
                    + "{\"rule\": \"indicator-target-missed\", \"severity\": \"warning\", \"file\": \"submission/indicators.json\", \"line\": 9, \"column\": 16, \"pointer\": \"/indicators/0/actual\", \"message\": \"…\"}]}");
            inputs.add(AggregateMonitoringTest.input(module, dir));
        }
        String html = Aggregate.html(Aggregate.of(inputs), new Messages(Messages.ZH), ReportMeta.of(""));
        int tables = count(html, "<table");
        assertTrue(tables >= 2, html);
        assertEquals(tables, matches(html, WIDE + "<table"), html);
        assertEquals(tables, count(html, "</table></div>"), html);
        policy(html);
    }

    @Test
    void theFiguresStayOnOneLineTheirHeadingsWrap() throws Exception {
        String css = css(pages().get(1));
        assertTrue(css.contains("td.n{white-space:nowrap}"), css);
        Matcher rule = Pattern.compile("([^{}]*)\\{[^}]*white-space:nowrap[^}]*}").matcher(css);
        while (rule.find()) {
            assertFalse(rule.group(1).contains("th.n"), "a figures column's heading is kept on one line: " + rule.group());
        }
    }

    @Test
    void theIndicatorTablesAreLaidOutByTheirContent() throws Exception {
        List<String> pages = pages();
        String t15 = pages.get(1);
        assertTrue(t15.contains("<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\"运行监控情况：资金（万元）\"><table class=\"monitoring\">"), t15);
        assertTrue(css(t15).contains("table.monitoring,table.targets{table-layout:auto}"), css(t15));
        assertTrue(css(t15).contains("col.l1{width:10%}col.l2{width:11%}col.l3{width:16%}col.w{width:6.5%}col.s{width:6.5%}col.how{width:50%}"));
    }

    @Test
    void theScoreTablesFindingsHaveTheirSeveritysColour() throws Exception {
        int errors = 0;
        for (String page : pages()) {
            if (!page.contains("<section id=\"table\">")) {
                continue;
            }
            String table = page.substring(page.indexOf("<section id=\"table\">"), page.indexOf("<section id=\"charts\">"));
            Matcher li = Pattern.compile("<ul class=\"f\">(.*?)</ul>").matcher(table);
            while (li.find()) {
                Matcher item = Pattern.compile("<li( class=\"(error|warning|info)\")?><a [^>]*>([^<]*)</a>").matcher(li.group(1));
                int n = 0;
                while (item.find()) {
                    n++;
                    assertTrue(item.group(1) != null, "an item without its severity's class: " + item.group());
                    String word = switch (item.group(2)) {
                        case "error" -> "错误";
                        case "warning" -> "警告";
                        default -> "提示";
                    };
                    assertEquals(word, item.group(3), item.group());
                    errors += item.group(2).equals("error") ? 1 : 0;
                }
                assertEquals(count(li.group(1), "<li"), n, li.group());
            }
        }
        assertTrue(errors > 0, "no error is listed in a 评分表: the colour is not exercised");
        String css = css(pages().get(0));
        assertTrue(css.contains("ul.f li{color:var(--warn)}ul.f li.error{color:var(--err)}ul.f li.info{color:var(--muted)}"), css);
    }

    @Test
    void everyLinkOnThePageLandsAndNothingIsLoaded() throws Exception {
        for (String page : pages()) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(page);
            while (id.find()) {
                assertTrue(ids.add(id.group(1)), "id twice: " + id.group(1));
            }
            Matcher href = Pattern.compile("href=\"#([^\"]*)\"").matcher(page);
            int links = 0;
            while (href.find()) {
                links++;
                assertTrue(ids.contains(href.group(1)), "a link to nowhere: " + href.group());
            }
            assertTrue(links > 0);
            for (String remote : List.of(" src=", "<link", "<script", "@import", "url(", "@font-face")) {
                assertFalse(page.contains(remote), remote);
            }
            policy(page);
        }
    }

    /**
     * The page's Content-Security-Policy: in its head, straight after the charset, before the stylesheet it allows;
     * nothing fetched, no script, the inline style only.
     */
    private static void policy(String page) {
        String meta = "<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n";
        assertTrue(page.indexOf(meta) > 0 && page.indexOf(meta) < page.indexOf("<style>"), page.substring(0, Math.min(600, page.length())));
        assertEquals(1, count(page, "Content-Security-Policy"));
    }

    /** A scrolling box as every table and chart sits in (R12), focusable and named since session 46: a pattern. */
    private static final String WIDE = "<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\"[^\"<>]+\">";

    /**
     * On a phone (≤ 700 px) the 评分表 is a column of cards, one a row: the criterion, its 分值 and 得分 (each named by its
     * column, from the cell's data-label, the heading row being hidden there), then how it was scored; by CSS alone, so
     * the policy stays as it was (session 46; R12 left it scrolling sideways, where with rowspans the visible left
     * columns were mostly empty and the 计分方法 off-screen). Looked at in Chromium at 390 px (sample, t24).
     */
    @Test
    void theScoreTableStacksOnAPhone() throws Exception {
        String sample = pages().get(0);
        String table = sample.substring(sample.indexOf("<section id=\"table\">"), sample.indexOf("</section>", sample.indexOf("<section id=\"table\">")));
        assertTrue(table.contains("<table class=\"score\">"), table);
        int rows = count(table, "<tr id=\"");
        assertTrue(rows > 20, table);
        assertEquals(rows, count(table, "<td class=\"c\">"), table);
        assertEquals(rows, count(table, "<td class=\"how\">"), table);
        assertEquals(rows + 1, count(table, "<td class=\"n\" data-label=\"分值\">"), table); // and the total's
        assertEquals(rows + 1, count(table, " data-label=\"得分\">"), table); // the total's (the grade row's own label names it)
        assertEquals(count(table, "rowspan=\""), count(table, "<td class=\"g\" rowspan=\""), table);
        String css = css(sample);
        String phone = css.substring(css.indexOf("@media screen and (max-width:700px){"), css.indexOf("@page"));
        for (String rule : List.of("table.score{min-width:0}", "table.score,table.score tbody,table.score tr,table.score td{display:block}",
                "table.score tr{border:1px solid #bbb;", "table.score td.n{display:inline-block;",
                "table.score td[data-label]::before{content:attr(data-label) \" \";", "table.score td:empty{display:none}")) {
            assertTrue(phone.contains(rule), rule + "\n" + phone);
        }
        assertFalse(css.substring(0, css.indexOf("@media")).contains("table.score"), "the desktop and print tables are as before");
        policy(sample);
        // in English the figures are named in English
        Path s = tmp.resolve("en");
        Path sub = Samples.copyTo(s);
        Path out = tmp.resolve("en-out");
        EngineResult r = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(s, sub));
        ReportWriter.write(out, r, Map.of(), new Messages(java.util.Locale.ENGLISH), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
        String en = Files.readString(out.resolve("score-summary.html"));
        assertTrue(en.contains("<td class=\"n\" data-label=\"Points\">") && en.contains(" data-label=\"Score\">"), en);
        assertTrue(en.contains("aria-label=\"Score table\"><table class=\"score\">"), en);
    }

    /**
     * In print (A4): the 评分表's rows are not cut across pages; the 运行监控 and 目标申报 tables (laid out by their content)
     * give each column at least 4 characters (R12 saw t15's 全年预计完成值 and 完成目标可能性 wrapped one character a line
     * beside the paths, which took their full width), in a smaller type, the paths smaller still. Looked at in
     * Chromium's print to PDF (t15, t87).
     */
    @Test
    void inPrintRowsStayWholeAndNoColumnIsOneCharacterWide() throws Exception {
        String css = css(pages().get(1));
        String print = css.substring(css.indexOf("@media print{"));
        assertTrue(print.contains("tr,table.score tr{break-inside:avoid;page-break-inside:avoid}"), print);
        assertTrue(print.contains("table.monitoring,table.targets{font-size:8.5pt}table.monitoring th,table.targets th{min-width:4em}"), print);
        assertTrue(print.contains("table.monitoring td code,table.targets td code{font-size:.8em}"), print);
    }

    /**
     * Every scrolling box is focusable and named (session 46): a keyboard user tabs to it and scrolls it with the arrow
     * keys, a screen reader says which table it is. The name is escaped (a chart's title quotes data).
     */
    @Test
    void everyScrollingBoxCanBeFocusedAndSaysWhatItHolds() throws Exception {
        List<String> pages = pages();
        for (String page : pages) {
            assertEquals(count(page, "<div class=\"wide\""), matches(page, WIDE), page);
            assertTrue(count(page, "<div class=\"wide\"") > 0, page);
        }
        String sample = pages.get(0);
        assertTrue(sample.contains("<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\"评分表\"><table class=\"score\">"), sample);
        Matcher chart = Pattern.compile("<figcaption id=\"([^\"]+)\">([^<]+)</figcaption>\n<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\"([^\"]+)\">")
                .matcher(sample);
        int charts = 0;
        while (chart.find()) {
            charts++;
            assertEquals(chart.group(2), chart.group(3), chart.group());
        }
        assertEquals(count(sample, "<svg"), charts, sample);
        String t15 = pages.get(1);
        assertTrue(t15.contains("aria-label=\"运行监控情况：指标\"><table class=\"monitoring\">"), t15);
        assertTrue(css(sample).contains(".wide:focus-visible{outline:2px solid #1a57a8;outline-offset:2px}"), css(sample));
    }

    /** How many times {@code regex} matches in {@code s}. */
    private static int matches(String s, String regex) {
        return (int) Pattern.compile(regex).matcher(s).results().count();
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
