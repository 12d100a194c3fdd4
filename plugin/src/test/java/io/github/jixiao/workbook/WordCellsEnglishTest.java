package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.report.Snippets;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word document's cells are named by the import (表1!H13: table 1, cell H13; 段落1: the first paragraph) and read in
 * English in an English run (Table 1!H13, Paragraph 1): the import's log, the console, SARIF, the Markdown, the page and
 * the workbook. A sheet's name is the user's data: an .xlsx sheet named 表1 stays 表1 in English.
 */
class WordCellsEnglishTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages ZH = new Messages(Messages.ZH);
    /** A Word document's cell as the import names it in Chinese (表1!A1, 段落1): never in an English text. */
    private static final Pattern CHINESE_CELL = Pattern.compile("表\\d+!|段落\\d");

    @TempDir
    Path tmp;

    /**
     * The 棠溪镇 table without its 主管部门 / 实施单位 row (so the header rows are named, from the title paragraph down) and
     * with 见附件 where the first indicator's 得分 belongs.
     */
    private static XSSFWorkbook form() {
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        Row r = wb.getSheet("自评表").getRow(3);
        for (int c = 0; c < 10; c++) {
            if (r.getCell(c) != null) {
                r.getCell(c).setBlank();
            }
        }
        wb.getSheet("自评表").getRow(12).getCell(7).setCellValue("见附件");
        return wb;
    }

    private Path importDocx() throws Exception {
        Files.createDirectories(tmp.resolve("forms"));
        try (XSSFWorkbook wb = form(); XWPFDocument doc = FormWorkbooks.asDocx(wb);
             OutputStream out = Files.newOutputStream(tmp.resolve("forms/自评报告.docx"))) {
            doc.write(out);
        }
        return tmp;
    }

    private static void noChineseCell(String what, String text) {
        java.util.regex.Matcher m = CHINESE_CELL.matcher(text);
        assertFalse(m.find(), () -> what + " names a cell in Chinese at " + m.start() + ": "
                + text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 80)));
    }

    /** Every cell's text of every sheet of an .xlsx, one after the other. */
    private static String xlsxText(Path file) throws Exception {
        StringBuilder sb = new StringBuilder();
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sh : wb) {
                for (Row row : sh) {
                    for (Cell c : row) {
                        sb.append(fmt.formatCellValue(c)).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    @Test
    void theImportsLogNamesAWordDocumentsCellsInEnglish() throws Exception {
        WorkbookImport.Result r = WorkbookImport.run(importDocx(), "forms/自评报告.docx", tmp.resolve("submission"), false);
        assertEquals(List.of("no-department", "not-a-number"), r.problems().stream().map(WorkbookImport.Problem::key).toList());
        // the title and year are paragraphs 1 and 2; the table begins at the 项目名称 row; 得分 of the first indicator
        assertEquals("段落1:表1!J9", r.problems().get(0).cell());
        assertEquals("表1!H11", r.problems().get(1).cell());
        String noDept = r.problems().get(0).message(EN, "forms/自评报告.docx");
        String text = r.problems().get(1).message(EN, "forms/自评报告.docx");
        assertTrue(noDept.contains("header rows Paragraph 1:Table 1!J9 name no"), noDept);
        assertTrue(text.contains("cell Table 1!H11 should hold a number but holds \"见附件\""), text);
        // in Chinese as the sidecar names them
        assertTrue(r.problems().get(1).message(ZH, "forms/自评报告.docx").contains("单元格 表1!H11 应为数字"));
        String sidecar = Files.readString(tmp.resolve("submission/" + WorkbookImport.CELLS));
        assertTrue(sidecar.contains("\"type\" : \"docx\""), sidecar);
    }

    @Test
    void everyEnglishReportNamesAWordDocumentsCellsInEnglish() throws Exception {
        WorkbookImport.run(importDocx(), "forms/自评报告.docx", tmp.resolve("submission"), false);
        EngineResult r = WorkbookImportTest.check(tmp);
        List<String> rules = r.findings().stream().map(Finding::ruleId).toList();
        assertTrue(rules.contains("workbook-department-missing") && rules.contains("workbook-cell-unreadable"), rules.toString());
        Cells cells = Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission")));
        Path out = tmp.resolve("target/jixiao");
        ReportWriter.write(out, r, Map.of(), EN, ImportedFindingsTest.META, Snippets.of(tmp), cells);

        String console = String.join("\n", ConsoleReport.render(r.findings(), r.sheet(), EN, 4, Map.of(), java.util.Set.of(), cells)
                .stream().map(ConsoleReport.Line::text).toList());
        assertTrue(console.contains("(cell Table 1!H11)") && console.contains("Cell Table 1!H11 should hold a number"), console);
        assertTrue(console.contains("(cell Paragraph 1:Table 1!J9)") && console.contains("header rows Paragraph 1:Table 1!J9"), console);
        noChineseCell("console", console);
        String sarif = Files.readString(out.resolve("findings.sarif"));
        assertTrue(sarif.contains("\"text\" : \"Table 1!H11\""), sarif);
        noChineseCell("findings.sarif", sarif);
        // (the Markdown of a scored run gives the findings that touch the score: none names a cell here; see below)
        noChineseCell("score-summary.md", Files.readString(out.resolve("score-summary.md")));
        String html = Files.readString(out.resolve("score-summary.html"));
        assertTrue(html.contains("(cell Table 1!H11)") && html.contains("(cell Paragraph 1:Table 1!J9)"), html);
        noChineseCell("score-summary.html", html);
        String xlsx = xlsxText(out.resolve("score-summary.xlsx"));
        assertTrue(xlsx.contains("\nTable 1!H11\n") && xlsx.contains("Cell Table 1!H11 should"), xlsx);
        noChineseCell("score-summary.xlsx", xlsx);

        // findings.json: the message in English; cell and args as the import named the cell, in every language
        String fj = Files.readString(out.resolve("findings.json"));
        assertTrue(fj.contains("\"cell\" : \"表1!H11\"") && fj.contains("Cell Table 1!H11 should hold"), fj);

        // the same run in Chinese names them as the sidecar does
        Path zh = tmp.resolve("target/zh");
        ReportWriter.write(zh, r, Map.of(), ZH, ImportedFindingsTest.META, Snippets.of(tmp), cells);
        String page = Files.readString(zh.resolve("score-summary.html"));
        assertTrue(page.contains("（单元格 表1!H11）") && page.contains("单元格 表1!H11 应为数字"), page);
        assertFalse(page.contains("Table 1"), page);
    }

    /** The import's findings on a Word document call it a document, never a workbook, in either language. */
    @Test
    void aWordDocumentIsNotCalledAWorkbook() throws Exception {
        WorkbookImport.run(importDocx(), "forms/自评报告.docx", tmp.resolve("submission"), false);
        List<Finding> imported = WorkbookImportTest.check(tmp).findings().stream().filter(f -> f.ruleId().startsWith("workbook-")).toList();
        assertEquals(List.of("workbook-cell-unreadable", "workbook-department-missing"),
                imported.stream().map(Finding::ruleId).sorted().toList());
        for (Finding f : imported) {
            assertFalse(ZH.message(f).contains("工作簿"), ZH.message(f));
            assertFalse(EN.message(f).toLowerCase(Locale.ROOT).contains("workbook"), EN.message(f));
        }
    }

    /** A 目标表 (not scored: the Markdown gives every finding) without its 主管部门, in Word. */
    @Test
    void theMarkdownOfATargetTable() throws Exception {
        Files.createDirectories(tmp.resolve("forms"));
        try (XSSFWorkbook wb = FormWorkbooks.target()) {
            wb.getSheet("目标表").getRow(2).getCell(0).setBlank();
            wb.getSheet("目标表").getRow(2).getCell(2).setBlank();
            try (XWPFDocument doc = FormWorkbooks.asDocx(wb); OutputStream out = Files.newOutputStream(tmp.resolve("forms/目标表.docx"))) {
                doc.write(out);
            }
        }
        WorkbookImport.run(tmp, "forms/目标表.docx", tmp.resolve("submission"), false);
        EngineResult r = WorkbookImportTest.check(tmp);
        Path out = tmp.resolve("target/jixiao");
        ReportWriter.write(out, r, Map.of(), EN, ImportedFindingsTest.META, Snippets.none(), Cells.of(r));
        String md = Files.readString(out.resolve("score-summary.md"));
        assertTrue(md.contains("header rows Paragraph 1:Table 1\\!D4"), md); // (! escaped in Markdown)
        noChineseCell("score-summary.md", md);
    }

    /** A sidecar an earlier import wrote (no type): a .docx workbook's cells are a Word document's all the same. */
    @Test
    void anOlderSidecarOfAWordDocument() throws Exception {
        WorkbookImport.run(importDocx(), "forms/自评报告.docx", tmp.resolve("submission"), false);
        Path sidecar = tmp.resolve("submission/" + WorkbookImport.CELLS);
        String s = Files.readString(sidecar);
        assertTrue(s.contains("  \"type\" : \"docx\",\n"), s);
        Files.writeString(sidecar, s.replace("  \"type\" : \"docx\",\n", ""));
        EngineResult r = WorkbookImportTest.check(tmp);
        Cells cells = Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission")));
        String console = String.join("\n", ConsoleReport.render(r.findings(), r.sheet(), EN, 4, Map.of(), java.util.Set.of(), cells)
                .stream().map(ConsoleReport.Line::text).toList());
        assertTrue(console.contains("(cell Table 1!H11)"), console);
        noChineseCell("console", console);
    }

    /** An .xlsx whose sheet is named 表1: its name is the user's data, in English as written. */
    @Test
    void aSheetNamedLikeATableStaysAsWritten() throws Exception {
        try (XSSFWorkbook wb = form()) {
            wb.setSheetName(0, "表1");
            FormWorkbooks.save(wb, tmp.resolve("forms/自评表.xlsx"));
        }
        WorkbookImport.Result imported = WorkbookImport.run(tmp, "forms/自评表.xlsx", tmp.resolve("submission"), false);
        assertEquals("表1!H13", imported.problems().get(1).cell());
        assertTrue(imported.problems().get(1).message(EN, "forms/自评表.xlsx").contains("cell 表1!H13 should hold"));
        EngineResult r = WorkbookImportTest.check(tmp);
        Cells cells = Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission")));
        String console = String.join("\n", ConsoleReport.render(r.findings(), r.sheet(), EN, 4, Map.of(), java.util.Set.of(), cells)
                .stream().map(ConsoleReport.Line::text).toList());
        assertTrue(console.contains("(cell 表1!H13)") && console.contains("Cell 表1!H13 should hold"), console);
        assertFalse(console.contains("Table 1"), console);
    }

    @Test
    void englishNames() {
        assertEquals("Table 2!C3", Cells.english("表2!C3"));
        assertEquals("Paragraph 2", Cells.english("段落2"));
        assertEquals("Paragraph 1:Table 1!J9", Cells.english("段落1:表1!J9"));
        assertEquals("Table 1!A1:J9", Cells.english("表1!A1:J9"));
        assertEquals("Table 1!A1:Table 3!J2", Cells.english("表1!A1:表3!J2"));
        assertEquals("表格!A1", Cells.english("表格!A1"), "not a name the import gives a document's cell");
    }
}
