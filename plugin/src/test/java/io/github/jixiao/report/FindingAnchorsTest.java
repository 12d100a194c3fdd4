package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each finding on the page has an anchor of its own, and a row of the 目标申报 and 运行监控 tables links each of its
 * findings to that finding, not to the list's top (session 44; R9's table linked every row to {@code #findings}). The
 * anchor is the finding's fingerprint, cut to 12 hex digits ({@code f-3fa9c2d1e0b4}), with {@code -2}, {@code -3} … for
 * the second and later findings that share one: R10's were the list's positions (f-1 … f-N), which moved when an earlier
 * finding came or went, so a link a reviewer saved pointed at another finding after the next push. Checked on every real
 * table at 目标申报 and 运行监控: one id per finding, unique, ASCII, the same in zh and en; every link of a row names a
 * finding whose entry carries the rule the link says, on an indicator row (its pointer /indicators/k); a row with two
 * findings links two entries. The same bytes twice. And on t87 with one defect added before the others: every finding
 * keeps its id.
 */
class FindingAnchorsTest {
    @TempDir
    Path tmp;

    /** An entry's id: f-, 12 hex digits of its fingerprint, an ordinal among equals from the second on. */
    private static final Pattern ID = Pattern.compile("<li class=\"(?:error|warning|info)\" id=\"(f-([0-9a-f]{12})(?:-(\\d+))?)\">");
    static final Pattern LINK = Pattern.compile("<a href=\"#(f-[0-9a-f]{12}(?:-\\d+)?)\">([^<]*)</a>");

    private String page(EngineResult r, String dir) throws Exception {
        return page(r, dir, Messages.ZH);
    }

    private String page(EngineResult r, String dir, java.util.Locale locale) throws Exception {
        Path out = tmp.resolve(dir);
        ReportWriter.write(out, r, Map.of(), new Messages(locale), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
        return Files.readString(out.resolve("score-summary.html"));
    }

    /**
     * The page's ids in the list's order, each checked: unique; its 12 digits the fingerprint of a finding of the run
     * (as many entries under one fingerprint as findings with it); an ordinal only from the second of those on, in order.
     */
    static List<String> ids(String page, EngineResult r, String what) {
        Map<String, Long> byPrint = new java.util.HashMap<>();
        for (io.github.jixiao.finding.Finding f : r.findings()) {
            byPrint.merge(Fingerprints.of(f).substring(0, 12), 1L, Long::sum);
        }
        Matcher m = ID.matcher(page);
        List<String> ids = new ArrayList<>();
        Map<String, Long> seen = new java.util.HashMap<>();
        while (m.find()) {
            long k = seen.merge(m.group(2), 1L, Long::sum);
            assertEquals(k == 1 ? null : Long.toString(k), m.group(3), what + " " + m.group(1));
            assertTrue(byPrint.containsKey(m.group(2)), what + " " + m.group(1) + " is no finding's fingerprint");
            ids.add(m.group(1));
        }
        assertEquals(byPrint, seen, what);
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), what + " ids not unique: " + ids);
        assertEquals(r.findings().size(), ids.size(), what);
        return ids;
    }

    /** The anchor of the one finding of {@code r} with {@code rule} at a pointer starting {@code pointer}: its fingerprint's 12 digits. */
    static String idOf(EngineResult r, String rule, String pointer) {
        List<io.github.jixiao.finding.Finding> fs = r.findings().stream()
                .filter(f -> f.ruleId().equals(rule) && f.pointer().startsWith(pointer)).toList();
        assertEquals(1, fs.size(), rule + " " + pointer + ": " + r.findings());
        return "f-" + Fingerprints.of(fs.get(0)).substring(0, 12);
    }

    /** The Markdown's anchor and a link to it, as they appear in score-summary.md (without a score). */
    static final Pattern MD_ANCHOR = Pattern.compile("<a name=\"(f-[0-9a-f]{12}(?:-\\d+)?)\"></a>");
    static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(#(f-[0-9a-f]{12}(?:-\\d+)?)\\)");

    /** {@code md} without its findings' anchors, each link its words: what the Markdown said before session 45. */
    static String unlinked(String md) {
        return MD_LINK.matcher(MD_ANCHOR.matcher(md).replaceAll("")).replaceAll("$1");
    }

    /** The list entry with {@code id}: from its li to the next li or the list's end. */
    private static String entry(String page, String id) {
        int at = page.indexOf(" id=\"" + id + "\">");
        assertTrue(at >= 0, id);
        int end = page.indexOf("</li>", at);
        return page.substring(at, end);
    }

    @Test
    void everyRowLinksEachOfItsFindingsOnEveryTableAtTargetsAndMonitoring(@TempDir Path tmp) throws Exception {
        Path root = TargetsTableTest.realTable("t87-jinan-wangqiu-2025").getParent();
        List<Path> tables = new ArrayList<>();
        try (Stream<Path> all = Files.list(root)) {
            for (Path t : all.sorted().toList()) {
                Path d = t.resolve("submission/department.json");
                if (Files.exists(d) && Files.readString(d).matches("(?s).*\"stage\"\\s*:\\s*\"(目标申报|运行监控)\".*")) {
                    tables.add(t);
                }
            }
        }
        assertTrue(tables.size() >= 30, tables.toString());
        // 宁乡 坝塘 2021 (t21) with one row named in words: its rows named "88" (five of them) keep a finding each, of one
        // fingerprint, which the ordinal tells apart (as filed, since session 58, they are one finding at the table)
        Path named = tmp.resolve("t21-ningxiang-batang-2021-named");
        Samples.copyTreeEditingIndicators(root.resolve("t21-ningxiang-batang-2021"), named,
                r -> ((tools.jackson.databind.node.ObjectNode) r.get("indicators").get(7)).put("name", "生态保护面积"));
        tables.add(named);
        int links = 0;
        int rowsWithTwo = 0;
        long suffixed = 0;
        for (Path t : tables) {
            EngineResult r = TargetsTableTest.run(t, Messages.ZH);
            String page = page(r, t.getFileName().toString());
            // the ids: one per finding, from its fingerprint, unique; the same in English
            List<String> ids = ids(page, r, t.toString());
            suffixed += ids.stream().filter(i -> i.length() > 14).count();
            EngineResult en = TargetsTableTest.run(t, java.util.Locale.ENGLISH);
            assertEquals(ids, ids(page(en, t.getFileName() + "-en", java.util.Locale.ENGLISH), en, t + " en"), t.toString());
            // the rows' links
            int from = Math.max(page.indexOf("<section id=\"targets\">"), page.indexOf("<section id=\"monitoring\">"));
            assertTrue(from >= 0, t.toString());
            String tablePart = page.substring(from, page.indexOf("<section id=\"findings\">"));
            for (String row : tablePart.split("</tr>\n")) {
                Matcher l = LINK.matcher(row);
                int inRow = 0;
                while (l.find()) {
                    inRow++;
                    links++;
                    String rule = l.group(2).substring(l.group(2).indexOf(' ') + 1);
                    String e = entry(page, l.group(1));
                    assertTrue(e.contains("<code>" + rule + "</code>"), t + " " + l.group() + " → " + e);
                    assertTrue(e.contains("<code>/indicators/"), t + " " + l.group() + " → " + e);
                }
                rowsWithTwo += inRow >= 2 ? 1 : 0;
            }
            assertEquals(page, page(TargetsTableTest.run(t, Messages.ZH), t.getFileName() + "-again"), t.toString());
        }
        assertTrue(links > 50, "links: " + links);
        assertTrue(rowsWithTwo > 0, "no row with two findings");
        assertTrue(suffixed > 0, "no two findings of a real table share a fingerprint: the ordinal is not exercised");
    }

    /**
     * score-summary.md without a score does as the page: each finding listed has its anchor, the page's id, as
     * {@code <a name="f-…"></a>} (the one piece of HTML in the Markdown: GitHub keeps an a element's name, prefixed
     * user-content-, and follows #f-… to it; GitLab strips id from links, not name), and each row's 本行问题 links each of
     * its findings, [警告 rule](#f-…), to the line of that rule (R11 left: the Markdown's rows linked nothing). On every
     * real table at 目标申报 and 运行监控; and (session 46) the scored report's 评分表, whose 本行问题 column links each criterion's
     * findings as the page's 评分表 does (sample, t24, t53).
     */
    @Test
    void theMarkdownsRowsLinkTheirFindingsToo() throws Exception {
        Path root = TargetsTableTest.realTable("t87-jinan-wangqiu-2025").getParent();
        int links = 0;
        try (Stream<Path> all = Files.list(root)) {
            for (Path t : all.sorted().toList()) {
                Path d = t.resolve("submission/department.json");
                if (!Files.exists(d) || !Files.readString(d).matches("(?s).*\"stage\"\\s*:\\s*\"(目标申报|运行监控)\".*")) {
                    continue;
                }
                EngineResult r = TargetsTableTest.run(t, Messages.ZH);
                Path out = tmp.resolve("md-" + t.getFileName());
                ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
                String md = Files.readString(out.resolve("score-summary.md"));
                List<String> pageIds = ids(Files.readString(out.resolve("score-summary.html")), r, t.toString());
                List<String> anchors = new ArrayList<>();
                Matcher a = MD_ANCHOR.matcher(md);
                while (a.find()) {
                    anchors.add(a.group(1));
                }
                assertEquals(new java.util.TreeSet<>(pageIds), new java.util.TreeSet<>(anchors), t.toString());
                assertEquals(pageIds.size(), anchors.size(), t.toString());
                Matcher l = MD_LINK.matcher(md);
                while (l.find()) {
                    links++;
                    String anchor = "<a name=\"" + l.group(2) + "\"></a>";
                    List<String> lines = md.lines().filter(x -> x.contains(anchor)).toList();
                    assertEquals(1, lines.size(), t + " " + l.group());
                    String rule = l.group(1).substring(l.group(1).indexOf(' ') + 1);
                    assertTrue(lines.get(0).startsWith("- " + anchor) && lines.get(0).contains(" [" + rule + "] "), t + " " + l.group() + " → " + lines.get(0));
                }
                HostileTextProperties.safeMarkdown(md);
            }
        }
        assertTrue(links > 50, "links: " + links);
        Path sample = tmp.resolve("md-sample");
        Path sub = Samples.copyTo(sample);
        EngineResult s = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(sample, sub));
        ReportWriter.write(tmp.resolve("md-sample-out"), s, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META, Snippets.none(), Cells.of(s));
        String md = Files.readString(tmp.resolve("md-sample-out/score-summary.md"));
        String page = Files.readString(tmp.resolve("md-sample-out/score-summary.html"));
        // the scored report (session 46): its 评分表's 本行问题 links each criterion's findings to their entries under
        // 与得分有关的问题, the page's ids, as the page's 评分表 links them
        int scored = 0;
        for (Path out : List.of(tmp.resolve("md-sample-out"), scored(tmp, "t24-cq-rongmeiti-2021"), scored(tmp, "t53-jishan-gongwei-2021"))) {
            String smd = Files.readString(out.resolve("score-summary.md"));
            String spage = Files.readString(out.resolve("score-summary.html"));
            String table = smd.substring(smd.indexOf("| 一级指标 |"), smd.indexOf("\n\n", smd.indexOf("| 一级指标 |")));
            assertTrue(table.startsWith("| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 | 评分标准 | 计分方法/说明 | 本行问题 |\n"), table);
            Matcher l = MD_LINK.matcher(table);
            while (l.find()) {
                scored++;
                String anchor = "<a name=\"" + l.group(2) + "\"></a>";
                List<String> lines = smd.lines().filter(x -> x.contains(anchor)).toList();
                assertEquals(1, lines.size(), out + " " + l.group());
                String rule = l.group(1).substring(l.group(1).indexOf(' ') + 1);
                assertTrue(lines.get(0).startsWith("- " + anchor) && lines.get(0).contains(" [" + rule + "] "), l.group() + " → " + lines.get(0));
                // the page's 评分表 links the same finding from the same criterion
                assertTrue(spage.contains("<a href=\"#" + l.group(2) + "\" title=\"" + Escape.html(l.group(1).replace("\\", "")) + "\""), l.group());
            }
            Matcher a = MD_ANCHOR.matcher(smd);
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (a.find()) {
                assertTrue(seen.add(a.group(1)), a.group());
                assertTrue(spage.contains(" id=\"" + a.group(1) + "\""), a.group()); // the page's id
            }
            HostileTextProperties.safeMarkdown(smd);
        }
        assertTrue(scored >= 3, "the scored 评分表s' links: " + scored);
        assertTrue(page.contains("<table class=\"score\">"), "the sample is scored");
    }

    /** Real table {@code t}'s reports, written in zh: the folder. */
    private static Path scored(Path tmp, String t) throws Exception {
        EngineResult r = TargetsTableTest.run(TargetsTableTest.realTable(t), Messages.ZH);
        Path out = tmp.resolve("md-" + t);
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
        return out;
    }

    /**
     * A link saved from one page lands on the same finding after the next push: t87 (济南 网球 2025) as published, then
     * with its 完成时间 row's target (2025年年底前, no finding of its own) left blank, which adds an error listed before every
     * warning and info of indicators.json.
     * Every finding of the first page has the same id on the second, on an entry with the same message and place; the
     * added one has an id of its own. Positional ids (f-1 …) moved every finding after the added one.
     */
    @Test
    void aFindingKeepsItsIdWhenAnotherIsAddedBeforeIt() throws Exception {
        Path before = tmp.resolve("before");
        Path after = tmp.resolve("after");
        Samples.copyTree(TargetsTableTest.realTable("t87-jinan-wangqiu-2025"), before);
        Samples.copyTree(before, after);
        Path json = after.resolve("submission/indicators.json");
        String text = Files.readString(json);
        String row = "\"name\": \"完成时间\", \"target\": \"2025年年底前\"";
        assertTrue(text.contains(row));
        Files.writeString(json, text.replace(row, "\"name\": \"完成时间\", \"target\": \"\""));
        EngineResult r1 = TargetsTableTest.run(before, Messages.ZH);
        EngineResult r2 = TargetsTableTest.run(after, Messages.ZH);
        String p1 = page(r1, "p1");
        String p2 = page(r2, "p2");
        List<String> ids1 = ids(p1, r1, "before");
        List<String> ids2 = ids(p2, r2, "after");
        assertTrue(ids2.size() > ids1.size(), ids1 + " " + ids2);
        // the added finding is listed before at least one that was there: positions moved
        List<String> added = ids2.stream().filter(i -> !ids1.contains(i)).toList();
        assertTrue(!added.isEmpty() && ids2.indexOf(added.get(0)) < ids2.indexOf(ids1.get(ids1.size() - 1)), ids1 + " " + ids2);
        for (String id : ids1) {
            assertTrue(ids2.contains(id), id + " is gone after an earlier finding was added: " + ids2);
            assertEquals(entry(p1, id), entry(p2, id), id);
        }
        // the rows link the kept ids on both pages alike (the 完成时间 row's link is new)
        Matcher l = LINK.matcher(p1);
        int links = 0;
        while (l.find()) {
            assertTrue(p2.contains(l.group()), l.group());
            links++;
        }
        assertTrue(links > 0);
    }

    /** At 自评 the list's entries have their ids too (the sample: its findings as expected.md gives them, each once). */
    @Test
    void theSamplesFindingsHaveTheirIds() throws Exception {
        Path sub = Samples.copyTo(tmp.resolve("s"));
        EngineResult r = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(tmp.resolve("s"), sub));
        String page = page(r, "sample");
        assertTrue(!ids(page, r, "sample").isEmpty());
    }

    /**
     * At 自评 the 评分表 lists each criterion's findings under its row; each is linked to its own entry in the list below
     * (its severity the link's text), as a row of the 目标申报 table links: on the sample (its findings and score as
     * expected.md gives them, unchanged) and on t84 (保山 退役军人 2022, a real 自评 table), in zh and en. Every finding
     * the 评分表 lists is linked, to an entry with the same message; every finding with a criterion the table has is listed.
     */
    @Test
    void theScoreTablesFindingsLinkToTheirEntries() throws Exception {
        Path sample = tmp.resolve("s");
        Path sub = Samples.copyTo(sample);
        EngineResult s = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(sample, sub));
        int sampleLinks = scoreTableLinks(s, "sample", Messages.ZH);
        assertEquals(sampleLinks, scoreTableLinks(s, "sample-en", java.util.Locale.ENGLISH));
        assertTrue(sampleLinks > 0, "sample: " + sampleLinks);
        Path t84 = TargetsTableTest.realTable("t84-baoshan-tuiyijunren-2022");
        EngineResult r = TargetsTableTest.run(t84, Messages.ZH);
        assertTrue(scoreTableLinks(r, "t84", Messages.ZH) > 0, "t84");
    }

    /** The 评分表's finding links on {@code r}'s page, each checked as above; their number. */
    private int scoreTableLinks(EngineResult r, String dir, java.util.Locale locale) throws Exception {
        assertTrue(r.sheet() != null, dir);
        String page = page(r, dir, locale);
        ids(page, r, dir);
        String table = page.substring(page.indexOf("<section id=\"table\">"), page.indexOf("</section>", page.indexOf("<section id=\"table\">")));
        Pattern li = Pattern.compile("<li class=\"(?:error|warning|info)\"><a href=\"#(f-[0-9a-f]{12}(?:-\\d+)?)\" title=\"([^\"<]+)\" aria-label=\"\\2\">([^<]+)</a>[：:] ?(.*?)</li>");
        Matcher l = li.matcher(table);
        int n = 0;
        while (l.find()) {
            String e = entry(page, l.group(1));
            // the entry's message is the li's (the li's tag, as the entry's, after it)
            String msg = e.substring(e.indexOf("<p class=\"msg\">") + "<p class=\"msg\">".length(), e.indexOf("</p>"));
            assertEquals(msg, l.group(4), dir + " " + l.group(1));
            // its title and accessible name: the severity the link shows and the rule of the entry it lands on
            String rule = l.group(2).substring(l.group(2).lastIndexOf(' ') + 1);
            assertEquals(l.group(3) + " " + rule, l.group(2), dir + " " + l.group());
            assertTrue(rule.matches("[a-z0-9-]+") && e.contains("<code>" + rule + "</code>"), dir + " " + l.group() + " → " + e);
            n++;
        }
        // every item of the table's finding lists is linked
        assertEquals(n, listed(table), dir);
        java.util.Set<String> criteria = new java.util.HashSet<>();
        r.sheet().criteria().forEach(c -> criteria.add(c.id()));
        assertEquals(r.findings().stream().filter(f -> f.criterion() != null && criteria.contains(f.criterion())).count(), n, dir);
        return n;
    }

    /** The number of items in the 评分表's finding lists. */
    private static int listed(String table) {
        int n = 0;
        for (int at = table.indexOf("<ul class=\"f\">"); at >= 0; at = table.indexOf("<ul class=\"f\">", at + 1)) {
            n += HostileTextProperties.count(table.substring(at, table.indexOf("</ul>", at)), "<li");
        }
        return n;
    }
}
