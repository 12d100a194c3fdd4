package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The row columns the reports gained in sessions 29–32 (a row's own 评分标准 and 指标解释, its 指标方向, its 复核分 with the
 * reviewer's reason, quoted whole, and its 偏差原因) written by an attacker, on 宁德市地震局 2020 (t46, whose rows print
 * a 评分标准 the score follows): the page, score-summary.md, score-summary.xlsx and the console keep them text, and the
 * Markdown's tables keep their cells (a pipe or a line break in a reason would open a cell or end the table).
 */
class NewColumnsHostileTest {
    static final String H = "<script>alert(1)</script>|a|b|\n\n## 标题\n- 列表 [链接](javascript:alert(1)) ![i](http://e/x.png) @admin "
            + "`x` \u001b[2J\u202e\u2066\r\n| --- |";

    @TempDir
    Path tmp;

    @Test
    void hostileRowColumnsStayText() throws Exception {
        Path table = Path.of(NewColumnsHostileTest.class.getResource("/real-tables/t46-ningde-dizhen-2020").toURI());
        Path project = tmp.resolve("dept");
        Files.createDirectories(project.resolve("submission"));
        try (var files = Files.list(table.resolve("submission"))) {
            for (Path f : files.toList()) {
                Files.copy(f, project.resolve("submission").resolve(f.getFileName()));
            }
        }
        Path file = project.resolve("submission/indicators.json");
        JsonNode root = Json.mapper().readTree(Files.readString(file));
        for (JsonNode n : root.get("indicators")) {
            ObjectNode row = (ObjectNode) n;
            row.put("standard", row.path("standard").asString("") + H);
            row.put("definition", "解释" + H);
            row.put("explanation", "原因" + H);
            row.put("reviewedScore", 5);
            row.put("reviewedReason", "复核" + H + "x".repeat(3000));
            row.put("direction", "正向");
        }
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
        EngineResult r = ScoreSummaryTest.run(project);
        ReportMeta meta = new ReportMeta("t", "1.0", "");
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            String html = ScoreSummaryHtml.render(r, Map.of(), m, meta);
            assertTrue(html.contains("复核&lt;script&gt;"), "the reviewer's reason is on the page");
            HostileTextProperties.safeHtml(html);
            String md = ScoreSummaryMarkdown.render(r, Map.of(), m, meta);
            assertTrue(md.contains("复核\\<script\\>"), md);
            HostileTextProperties.safeMarkdown(md);
            assertFalse(md.contains("\n## 标题") || md.contains("\n- 列表"), md);
            // each table line has as many cells as its header: the data opened none
            String header = null;
            for (String line : md.split("\n")) {
                if (!line.startsWith("|")) {
                    header = null;
                    continue;
                }
                long cells = line.replace("\\|", "").chars().filter(c -> c == '|').count();
                if (header == null) {
                    header = line;
                } else {
                    long want = header.replace("\\|", "").chars().filter(c -> c == '|').count();
                    assertEquals(want, cells, () -> "a cell opened by data: " + line);
                }
            }
            for (ConsoleReport.Line line : ConsoleReport.render(r.findings(), r.sheet(), m, r.files().size())) {
                HostileTextProperties.noRawControls(line.text(), false);
            }
            Path xlsx = ScoreSummaryXlsx.write(Files.createDirectories(tmp.resolve("x-" + l.getLanguage())), r, m, f -> null);
            boolean seen = false;
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet s : wb) {
                    for (Row row : s) {
                        for (Cell c : row) {
                            if (c.getCellType() == CellType.STRING) {
                                String t = c.getStringCellValue();
                                seen |= t.contains("解释<script>");
                                // a cell keeps its line breaks and tabs (XlsxWriter: \r as a reference), nothing else below U+0020
                                assertFalse(t.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' || io.github.jixiao.text.Strings.hidden((char) ch)),
                                        () -> s.getSheetName() + "!" + c.getAddress() + " " + t.chars().filter(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t'
                                                || io.github.jixiao.text.Strings.hidden((char) ch)).mapToObj(Integer::toHexString).toList());
                            }
                        }
                    }
                }
            }
            assertTrue(seen, "the 指标解释 is in the workbook");
        }
    }
}
