package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Messages;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet whose header names no 主管部门 / 部门名称 (nor 实施单位) gives a department.json without a name: the import
 * says so in its log and records it in the sidecar, and check reports it as {@code workbook-department-missing} at
 * department.json, naming the sheet's header rows, in every report and both languages, until the name is there.
 */
class NoDepartmentTest {

    /** The 棠溪镇 table with its 主管部门 and 实施单位 row (row 4, each label and value over several cells) emptied. */
    static Path withoutDepartment(Path dir) throws Exception {
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        Row r = wb.getSheet("自评表").getRow(3);
        for (int c = 0; c < 10; c++) {
            if (r.getCell(c) != null) {
                r.getCell(c).setBlank();
            }
        }
        return FormWorkbooks.save(wb, dir.resolve("自评表.xlsx"));
    }

    /** The schema's "缺少必填项 name" at department.json's root. */
    static List<Finding> schemaNameRequired(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("schema") && f.key().startsWith("required")
                && f.file().endsWith("department.json") && f.args().contains("name")).toList();
    }

    static List<Finding> missing(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("workbook-department-missing")).toList();
    }

    @Test
    void theImportRecordsItAndCheckReportsItWithTheSheetsHeader(@TempDir Path tmp) throws Exception {
        withoutDepartment(tmp);
        WorkbookImport.Result imported = WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        WorkbookImport.Problem p = imported.problems().stream().filter(x -> x.key().equals("no-department")).findFirst().orElseThrow();
        assertEquals("自评表!A1:J11", p.cell(), "the rows above the indicator table, across the sheet");
        assertEquals("自评表.xlsx: 表头 自评表!A1:J11 中没有 部门名称、填报单位、实施单位 或 主管部门，department.json 中没有单位名称（check 以 workbook-department-missing 报告）",
                p.message(new Messages(Messages.ZH), "自评表.xlsx"));
        String sidecar = Files.readString(tmp.resolve("submission/.jixiao-cells"), StandardCharsets.UTF_8);
        assertTrue(sidecar.contains("\"key\" : \"no-department\"") || sidecar.contains("\"key\":\"no-department\""), sidecar);

        EngineResult r = WorkbookImportTest.check(tmp);
        List<Finding> m = missing(r);
        assertEquals(1, m.size(), r.findings().toString());
        Finding f = m.get(0);
        assertEquals("submission/department.json", f.file());
        assertEquals("/name", f.pointer());
        assertTrue(f.line() > 0);
        assertEquals(List.of("自评表!A1:J11"), f.args());
        assertEquals("", f.key(), "a workbook's header");
        assertEquals(List.of(), schemaNameRequired(r), "one defect, one finding: not also the schema's 缺少必填项 name");

        Messages zh = new Messages(Messages.ZH);
        Messages en = new Messages(java.util.Locale.ENGLISH);
        assertTrue(zh.message(f).startsWith("工作簿表头 自评表!A1:J11 中没有“部门名称”“填报单位”“实施单位”或“主管部门”"), zh.message(f));
        assertTrue(en.message(f).startsWith("The workbook's header rows 自评表!A1:J11 name no 部门名称 (department name), 填报单位 (filing unit), 实施单位 (implementing unit) or 主管部门 (department in charge)"), en.message(f));
        assertFalse(zh.message(f).contains("Word") || en.message(f).contains("Word"));
        // the console names the cell of the finding too, from the sidecar, as for every imported value
        Cells cells = Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission")));
        List<ConsoleReport.Line> lines = ConsoleReport.render(r.findings(), null, zh, 3, Map.of(), java.util.Set.of(), cells);
        assertTrue(lines.stream().anyMatch(l -> l.text().contains("（单元格 自评表!A1:J11）") && l.text().contains("workbook-department-missing")),
                lines.toString());
        assertTrue(r.findings().stream().noneMatch(x -> x.ruleId().equals("workbook-cell-unreadable")), "no cell where a number belongs");
    }

    /** The same table imported from a Word document (.docx): the header named is the document's, in both languages. */
    private static Path wordWithoutDepartment(Path dir) throws Exception {
        try (XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE)) {
            Row r = wb.getSheet("自评表").getRow(3);
            for (int c = 0; c < 10; c++) {
                if (r.getCell(c) != null) {
                    r.getCell(c).setBlank();
                }
            }
            try (XWPFDocument doc = FormWorkbooks.asDocx(wb); OutputStream out = Files.newOutputStream(dir.resolve("自评报告.docx"))) {
                doc.write(out);
            }
        }
        WorkbookImport.run(dir, "自评报告.docx", dir.resolve("submission"), false);
        return dir.resolve("submission/" + WorkbookImport.CELLS);
    }

    private static void saysWordDocument(Finding f) {
        assertEquals("word", f.key());
        assertEquals(List.of("段落1:表1!J9"), f.args());
        String zh = new Messages(Messages.ZH).message(f);
        String en = new Messages(java.util.Locale.ENGLISH).message(f);
        assertTrue(zh.startsWith("Word 文档的表头 段落1:表1!J9 中没有“部门名称”“填报单位”“实施单位”或“主管部门”"), zh);
        assertTrue(zh.contains("请在文档表头填写") && !zh.contains("工作簿"), zh);
        assertTrue(en.startsWith("The Word document's header rows 段落1:表1!J9 name no 部门名称 (department name), 填报单位 (filing unit), 实施单位 (implementing unit) or 主管部门 (department in charge)"), en);
        assertTrue(en.contains("in the document's header") && !en.contains("workbook"), en);
    }

    @Test
    void aWordDocumentsHeaderIsCalledOne(@TempDir Path tmp) throws Exception {
        String sidecar = Files.readString(wordWithoutDepartment(tmp), StandardCharsets.UTF_8);
        assertTrue(sidecar.contains("\"type\" : \"docx\""), sidecar);
        EngineResult r = WorkbookImportTest.check(tmp);
        assertEquals(List.of(), schemaNameRequired(r));
        List<Finding> m = missing(r);
        assertEquals(1, m.size());
        saysWordDocument(m.get(0));
        // the console of an English run names the document's cell in English, as every Word cell is
        Cells cells = Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission")));
        List<ConsoleReport.Line> lines = ConsoleReport.render(m, null, new Messages(java.util.Locale.ENGLISH), 3, Map.of(),
                java.util.Set.of(), cells);
        assertTrue(lines.stream().anyMatch(l -> l.text().contains("The Word document's header rows Paragraph 1:Table 1!J9 name no")),
                lines.toString());
    }

    /** A sidecar written before the import recorded its type: a .docx is told by its file's extension, as its cells are. */
    @Test
    void aWordDocumentsOlderSidecarWithoutItsType(@TempDir Path tmp) throws Exception {
        Path p = wordWithoutDepartment(tmp);
        String sidecar = Files.readString(p, StandardCharsets.UTF_8);
        String older = sidecar.replaceFirst("\\s*\"type\" : \"docx\",", "");
        assertFalse(older.contains("\"type\""), older);
        Files.writeString(p, older, StandardCharsets.UTF_8);
        List<Finding> m = missing(WorkbookImportTest.check(tmp));
        assertEquals(1, m.size());
        saysWordDocument(m.get(0));
    }

    /** A project that turned workbook-department-missing off still hears that department.json lacks its name. */
    @Test
    void turnedOffTheSchemaSaysIt(@TempDir Path tmp) throws Exception {
        withoutDepartment(tmp);
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        EngineResult off = new io.github.jixiao.engine.Engine().run(new io.github.jixiao.engine.EngineOptions(tmp,
                tmp.resolve("submission"), null, null, null, io.github.jixiao.lint.RuleConfig.of(
                        List.of(new io.github.jixiao.lint.RuleConfig.Entry("workbook-department-missing", "OFF", null)))));
        assertEquals(List.of(), missing(off));
        assertEquals(1, schemaNameRequired(off).size(), off.findings().toString());
    }

    @Test
    void aNameAddedByHandEndsIt(@TempDir Path tmp) throws Exception {
        withoutDepartment(tmp);
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        Path dept = tmp.resolve("submission/department.json");
        String json = Files.readString(dept, StandardCharsets.UTF_8);
        Files.writeString(dept, json.replaceFirst("\"kind\"", "\"name\" : \"池州市贵池区棠溪镇人民政府\",\n  \"kind\""), StandardCharsets.UTF_8);
        EngineResult r = WorkbookImportTest.check(tmp);
        assertEquals(List.of(), missing(r));
    }

    @Test
    void aSheetThatNamesItsDepartmentGivesNone(@TempDir Path tmp) throws Exception {
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("自评表.xlsx"));
        WorkbookImport.Result imported = WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        assertTrue(imported.problems().stream().noneMatch(x -> x.key().equals("no-department")));
        assertEquals(List.of(), missing(WorkbookImportTest.check(tmp)));
    }
}
