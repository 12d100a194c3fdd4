package io.github.jixiao.report;

import static io.github.jixiao.testing.RealTableRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.review.ScoreDiff;
import io.github.jixiao.testing.Samples;
import io.github.jixiao.workbook.FormWorkbooks;
import io.github.jixiao.workbook.WorkbookImport;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import tools.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * score-summary.json and score-summary.xlsx say where each figure of the score sits, as the page's and the Markdown's
 * 所用数据 have since session 42 (session 43, R8): a reviewer's script or a CI annotation reads {@code file}, {@code line},
 * {@code column} and {@code cell} beside each input, and a reviewer in Excel reads them on the 所用数据 sheet. Before,
 * neither carried any location: only the reference ({@code budget#/procurement/actual}).
 */
class FigurePlacesDataTest {
    private static String text(JsonNode n, String field) {
        return n.has(field) ? n.get(field).asString() : null;
    }

    @TempDir
    Path tmp;

    private static void write(EngineResult r, Path out, Locale locale) throws Exception {
        ReportWriter.write(out, r, Map.of(), new Messages(locale), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
    }

    /** The {@code k}th input of the criterion named {@code name} (top level) of score-summary.json, as a program reads it. */
    private static JsonNode input(Path summary, String name, int k) throws Exception {
        for (JsonNode c : Json.mapper().readTree(summary.toFile()).get("criteria")) {
            if (c.get("name").asString().equals(name)) {
                return c.get("inputs").get(k);
            }
        }
        throw new AssertionError(name);
    }

    /** Every input of score-summary.json (of the criteria and their items) whose label is {@code label}. */
    private static JsonNode inputLabelled(Path summary, String label) throws Exception {
        java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>();
        Json.mapper().readTree(summary.toFile()).get("criteria").forEach(todo::add);
        while (!todo.isEmpty()) {
            JsonNode c = todo.poll();
            for (JsonNode i : c.get("inputs")) {
                if (i.get("label").asString().equals(label)) {
                    return i;
                }
            }
            if (c.has("items")) {
                c.get("items").forEach(todo::add);
            }
        }
        throw new AssertionError(label);
    }

    @Test
    void theSummaryJsonGivesEachFiguresFileLineAndColumn() throws Exception {
        Samples.copyTo(tmp.resolve("sample"));
        EngineResult r = run(tmp.resolve("sample"), Messages.ZH);
        write(r, tmp.resolve("zh"), Messages.ZH);
        String html = Files.readString(tmp.resolve("zh/score-summary.html"));
        Path summary = tmp.resolve("zh/score-summary.json");
        // 预算编制规范性's own score: the place the page shows is the place the JSON gives
        JsonNode score = input(summary, "预算编制规范性", 0);
        assertEquals("submission/self-assessment.json", text(score, "file"));
        assertTrue(score.path("line").isInt() && score.path("column").isInt(), score.toString());
        assertTrue(html.contains("<code>" + text(score, "file") + ":" + score.get("line").asInt() + ":" + score.get("column").asInt()
                + "</code>"), html);
        assertNull(score.get("cell"), "typed by hand: no workbook cell");
        assertEquals("self-assessment#/criteria/0/score", text(score, "ref"), "the reference is kept");
        // every figure the page places has its place in the JSON
        int placed = 0;
        for (JsonNode c : Json.mapper().readTree(summary.toFile()).get("criteria")) {
            for (JsonNode i : c.get("inputs")) {
                placed += i.has("line") ? 1 : 0;
            }
        }
        int shown = html.split("</code></li>", -1).length - 1;
        assertTrue(placed > 20 && placed >= shown - 5, "placed " + placed + ", shown " + shown);
        // the workbook's 所用数据: one row a figure as the page lists them (a sub-item's figure, listed by its criterion
        // too, once), each with the place the JSON gives
        int top = 0;
        for (JsonNode c : Json.mapper().readTree(summary.toFile()).get("criteria")) {
            top += c.get("inputs").size();
        }
        try (InputStream in = Files.newInputStream(tmp.resolve("zh/score-summary.xlsx")); XSSFWorkbook x = new XSSFWorkbook(in)) {
            XSSFSheet sheet = x.getSheet("所用数据");
            assertEquals(top, sheet.getLastRowNum() - 1, "one row a figure");
            Row first = sheet.getRow(2);
            assertEquals("预算编制规范性", first.getCell(0).getStringCellValue());
            assertEquals(text(score, "file"), first.getCell(3).getStringCellValue());
            assertEquals(score.get("line").asDouble(), first.getCell(4).getNumericCellValue());
            assertEquals(text(score, "ref"), first.getCell(7).getStringCellValue());
        }
        String json = Files.readString(tmp.resolve("zh/score-summary.json"));
        assertTrue(json.contains("\"ref\" : \"self-assessment#/criteria/0/score\",\n"
                + "          \"file\" : \"submission/self-assessment.json\",\n          \"line\" : " + score.get("line").asInt() + ",\n"
                + "          \"column\" : " + score.get("column").asInt() + "\n"), json);
    }

    @Test
    void anImportedFigureNamesItsCellInTheJsonAndTheWorkbook() throws Exception {
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        try (OutputStream out = Files.newOutputStream(tmp.resolve("自评表.xlsx"))) {
            wb.write(out);
        }
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        EngineResult r = run(tmp, Messages.ZH);
        write(r, tmp.resolve("zh"), Messages.ZH);
        JsonNode actual = inputLabelled(tmp.resolve("zh/score-summary.json"), "基建工程委托业务项目数量 实际完成值");
        assertEquals("submission/indicators.json", text(actual, "file"));
        assertEquals("自评表!F13", text(actual, "cell"));
        // the workbook: a 所用数据 sheet, the line and column as numbers, the cell beside them
        try (InputStream in = Files.newInputStream(tmp.resolve("zh/score-summary.xlsx")); XSSFWorkbook x = new XSSFWorkbook(in)) {
            XSSFSheet sheet = x.getSheet("所用数据");
            assertNotNull(sheet, "no 所用数据 sheet");
            Row head = sheet.getRow(1);
            assertEquals("文件", head.getCell(3).getStringCellValue());
            assertEquals("单元格", head.getCell(6).getStringCellValue());
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 1 && row.getCell(1) != null
                        && row.getCell(1).getStringCellValue().equals("基建工程委托业务项目数量 实际完成值")) {
                    assertEquals("50", row.getCell(2).getStringCellValue());
                    assertEquals("submission/indicators.json", row.getCell(3).getStringCellValue());
                    assertEquals(CellType.NUMERIC, row.getCell(4).getCellType());
                    assertEquals(actual.get("line").asDouble(), row.getCell(4).getNumericCellValue());
                    assertEquals(actual.get("column").asDouble(), row.getCell(5).getNumericCellValue());
                    assertEquals("自评表!F13", row.getCell(6).getStringCellValue());
                    found = true;
                }
            }
            assertTrue(found, "the figure's row");
        }
        // in English the sheet is named so and a sheet's cell name stays as written
        write(r, tmp.resolve("en"), Locale.ENGLISH);
        try (InputStream in = Files.newInputStream(tmp.resolve("en/score-summary.xlsx")); XSSFWorkbook x = new XSSFWorkbook(in)) {
            assertNotNull(x.getSheet("Figures used"));
        }
    }

    /**
     * A summary written before session 43 has no place in its inputs: diff and aggregate read it as before, and a figure's
     * place is no change of the figure (a row inserted above moves every line, not the score).
     */
    @Test
    void anOlderSummaryWithoutPlacesIsReadAndComparedByItsFigures() throws Exception {
        Samples.copyTo(tmp.resolve("sample"));
        EngineResult r = run(tmp.resolve("sample"), Messages.ZH);
        write(r, tmp.resolve("now"), Messages.ZH);
        String now = Files.readString(tmp.resolve("now/score-summary.json"));
        // the older file: every place key taken out
        String old = now.replaceAll(",\n *\"file\" : \"[^\"]*\"", "").replaceAll(",\n *\"line\" : [0-9]+", "")
                .replaceAll(",\n *\"column\" : [0-9]+", "").replaceAll(",\n *\"cell\" : \"[^\"]*\"", "");
        assertTrue(!old.contains("\"file\" :") && now.contains("\"file\" :"));
        Files.createDirectories(tmp.resolve("old"));
        Files.writeString(tmp.resolve("old/score-summary.json"), old);
        ReportModel.SummaryDocument before = ReportModel.read(tmp.resolve("old/score-summary.json"), ReportModel.SummaryDocument.class);
        ReportModel.SummaryDocument after = ReportModel.read(tmp.resolve("now/score-summary.json"), ReportModel.SummaryDocument.class);
        ScoreDiff.Result d = ScoreDiff.compare(before, after, null, null);
        assertTrue(d.moved().isEmpty(), "nothing moved: " + d.moved());
        Aggregate.Result agg = Aggregate.of(java.util.List.of(new Aggregate.Input("old", before, null, null)));
        assertEquals(1, agg.rows().size());
    }
}
