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
 * Each finding on the page has an anchor of its own ({@code id="f-N"}, its place in the list as shown), and a row of the
 * 目标申报 and 运行监控 tables links each of its findings to that finding, not to the list's top (session 44; R9's table
 * linked every row to {@code #findings}). Checked on every real table at 目标申报 and 运行监控: the ids are f-1 … f-N,
 * once each, in the list's order; every link of a row names a finding whose entry carries the rule the link says, on an
 * indicator row (its pointer /indicators/k); a row with two findings links two entries. The same bytes twice.
 */
class FindingAnchorsTest {
    @TempDir
    Path tmp;

    private static final Pattern ID = Pattern.compile("<li class=\"(?:error|warning|info)\" id=\"f-(\\d+)\">");
    private static final Pattern LINK = Pattern.compile("<a href=\"#(f-\\d+)\">([^<]*)</a>");

    private String page(EngineResult r, String dir) throws Exception {
        Path out = tmp.resolve(dir);
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
        return Files.readString(out.resolve("score-summary.html"));
    }

    /** The list entry with {@code id}: from its li to the next li or the list's end. */
    private static String entry(String page, String id) {
        int at = page.indexOf(" id=\"" + id + "\">");
        assertTrue(at >= 0, id);
        int end = page.indexOf("</li>", at);
        return page.substring(at, end);
    }

    @Test
    void everyRowLinksEachOfItsFindingsOnEveryTableAtTargetsAndMonitoring() throws Exception {
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
        int links = 0;
        int rowsWithTwo = 0;
        for (Path t : tables) {
            EngineResult r = TargetsTableTest.run(t, Messages.ZH);
            String page = page(r, t.getFileName().toString());
            // the ids: f-1 … f-N, once each, in the list's order
            Matcher ids = ID.matcher(page);
            int n = 0;
            while (ids.find()) {
                assertEquals(++n, Integer.parseInt(ids.group(1)), t.toString());
            }
            assertEquals(r.findings().size(), n, t.toString());
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
    }

    /** At 自评 the list's entries have their ids too (the sample: its findings as expected.md gives them, each once). */
    @Test
    void theSamplesFindingsHaveTheirIds() throws Exception {
        Path sub = Samples.copyTo(tmp.resolve("s"));
        EngineResult r = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(tmp.resolve("s"), sub));
        String page = page(r, "sample");
        Matcher ids = ID.matcher(page);
        int n = 0;
        while (ids.find()) {
            assertEquals(++n, Integer.parseInt(ids.group(1)));
        }
        assertEquals(r.findings().size(), n);
        assertTrue(n > 0);
    }
}
