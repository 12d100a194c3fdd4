package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.workbook.FormWorkbooks;
import io.github.jixiao.workbook.WorkbookImport;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The places the reports' 所用数据 now give each figure (session 43: score-summary.md and .html, score-summary.json's
 * inputs[].file/line/column/cell, the xlsx's 所用数据 sheet), end to end from a form imported (唐溪's 自评表) with its
 * .jixiao-cells sidecar then rewritten by a pull request: the cell a figure was imported from is data, and so is the
 * submission folder's name (jixiao.submission in the pom). Markup, line breaks, mentions, bidi and control characters
 * stay inert in every output, the Markdown has as many lines as for a benign cell, the workbook's cells stay text.
 */
class FigurePlacesHostileTest {
    static final String HOSTILE = "自评表!F13\n## forged <img src=x onerror=alert(1)> @admin [x](javascript:alert(1)) `\u202e\u0007|=cmd|' /C calc'!A0";

    @TempDir
    Path tmp;

    private Path imported(String folder, String cell) throws Exception {
        Path project = Files.createDirectories(tmp.resolve("p" + Math.abs((folder + cell).hashCode())));
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        try (OutputStream out = Files.newOutputStream(project.resolve("自评表.xlsx"))) {
            wb.write(out);
        }
        WorkbookImport.run(project, "自评表.xlsx", project.resolve(folder), false);
        Path side = project.resolve(folder).resolve(".jixiao-cells");
        String json = Files.readString(side, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"自评表!F13\""), json);
        Files.writeString(side, json.replace("\"自评表!F13\"", Json.write(cell).trim()), StandardCharsets.UTF_8);
        return project;
    }

    private static Path reports(Path project, String folder, Locale locale) throws Exception {
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve(folder)).withLocale(locale));
        Path out = project.resolve("out-" + locale.getLanguage());
        ReportWriter.write(out, r, Map.of(), new Messages(locale), ScoreSummaryTest.META, Snippets.of(project), Cells.of(r));
        return out;
    }

    @Test
    void aHostileCellAndFolderStayInertInEveryReportOfTheFigures() throws Exception {
        for (String folder : new String[] {"submission", "sub <b>@admin\u202e"}) {
            Path benign = imported(folder, "自评表!F13");
            Path hostile = imported(folder, HOSTILE);
            for (Locale l : new Locale[] {Messages.ZH, Locale.ENGLISH}) {
                Path ok = reports(benign, folder, l);
                Path bad = reports(hostile, folder, l);
                String md = Files.readString(bad.resolve(ReportWriter.SUMMARY_MD));
                assertTrue(md.contains(l == Messages.ZH ? "## 所用数据" : "## Figures used"), md);
                HostileTextProperties.safeMarkdown(md);
                assertEquals(Files.readString(ok.resolve(ReportWriter.SUMMARY_MD)).lines().count(), md.lines().count(), md);
                String html = Files.readString(bad.resolve(ReportWriter.SUMMARY_HTML));
                HostileTextProperties.safeHtml(html);
                JsonNode summary = Json.mapper().readTree(Files.readString(bad.resolve("score-summary.json")));
                boolean seen = false;
                for (JsonNode c : summary.get("criteria")) {
                    for (JsonNode it : c.path("items").isArray() ? c.get("items") : c.path("none")) {
                        for (JsonNode in : it.path("inputs")) {
                            seen |= in.path("cell").asString("").startsWith("自评表!F13");
                        }
                    }
                    for (JsonNode in : c.path("inputs")) {
                        seen |= in.path("cell").asString("").startsWith("自评表!F13");
                    }
                }
                assertTrue(seen, "the JSON gives the cell (data, for a program to read)");
                try (InputStream in = Files.newInputStream(bad.resolve(ScoreSummaryXlsx.FILE)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    Sheet s = wb.getSheet(l == Messages.ZH ? "所用数据" : "Figures used");
                    assertTrue(s != null, "the 所用数据 sheet");
                    for (Sheet sh : wb) {
                        for (Row row : sh) {
                            for (Cell cell : row) {
                                assertFalse(cell.getCellType() == CellType.FORMULA, cell.getAddress().toString());
                                if (cell.getCellType() == CellType.STRING) {
                                    HostileTextProperties.noRawControls(cell.getStringCellValue(), true);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
