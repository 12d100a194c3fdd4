package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.Messages;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao:import reads a 自评表 kept as a Word table (.docx), as finance staff often keep it in their 自评报告: the
 * same JSON as the same form in a workbook, each value's cell named in its table ({@code 表1!F12}).
 */
class DocxImportTest {

    @TempDir
    Path tmp;

    /** Imports the form once as .xlsx and once as a Word table; asserts the same JSON came out; the docx's sidecar. */
    private String sameAsXlsx(String name, Supplier<XSSFWorkbook> form) throws Exception {
        Path x = tmp.resolve(name + "-xlsx");
        Path d = tmp.resolve(name + "-docx");
        FormWorkbooks.save(form.get(), x.resolve("forms/自评表.xlsx"));
        Files.createDirectories(d.resolve("forms"));
        try (XSSFWorkbook wb = form.get(); XWPFDocument doc = FormWorkbooks.asDocx(wb);
             OutputStream out = Files.newOutputStream(d.resolve("forms/自评报告.docx"))) {
            doc.write(out);
        }
        WorkbookImport.Result rx = WorkbookImport.run(x, "forms/自评表.xlsx", x.resolve("submission"), false);
        WorkbookImport.Result rd = WorkbookImport.run(d, "forms/自评报告.docx", d.resolve("submission"), false);
        assertEquals(rx.written(), rd.written(), name);
        assertTrue(rd.written().stream().anyMatch(f -> f.endsWith("indicators.json")), name + ": " + rd.written());
        for (String f : rx.written()) {
            if (!f.endsWith(WorkbookImport.CELLS)) {
                assertEquals(Files.readString(x.resolve(f)), Files.readString(d.resolve(f)), name + ": " + f);
            }
        }
        return Files.readString(d.resolve("submission/" + WorkbookImport.CELLS));
    }

    @Test
    void theNationalSelfEvaluationTableInWord() throws Exception {
        String cells = sameAsXlsx("tangxi", () -> FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE));
        assertTrue(cells.contains("\"workbook\" : \"forms/自评报告.docx\""), cells);
        assertTrue(cells.contains("\"sheet\" : \"自评报告\""), cells);
        // the title and （2022年度） are paragraphs above the table (the year read from them); each value is named in its
        // table, as Excel would name the cell there: 项目名称 is the table's first row
        assertTrue(cells.contains("\"submission/department.json#/project/name\" : \"表1!C1\""), cells);
        assertTrue(cells.contains("\"submission/indicators.json#/indicators/0/target\" : \"表1!E11\""), cells);
        sameAsXlsx("lijiang", FormWorkbooks::lijiang);
    }

    /** Merged cells (gridSpan, vMerge), numbers typed as text with full-width digits and thousand separators. */
    @Test
    void mergedCellsAndNumbersAsTextInWord() throws Exception {
        sameAsXlsx("tangxi-all", () -> FormWorkbooks.tangxi(FormWorkbooks.Quirks.ALL));
    }

    @Test
    void theTargetMonitoringAndDepartmentTablesInWord() throws Exception {
        sameAsXlsx("target", FormWorkbooks::target);
        sameAsXlsx("huangshi", () -> FormWorkbooks.huangshi(true));
        sameAsXlsx("chongqing", FormWorkbooks::chongqing);
    }

    /**
     * A 自评报告 is mostly prose: its paragraphs are not read, only the short ones just above a table (title, year);
     * a table nested in a cell is left out; a document without a form says so, and writes nothing.
     */
    @Test
    void proseAndDocumentsWithoutATable() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(tmp.resolve("报告.docx"))) {
            doc.createParagraph().createRun().setText("一、项目基本情况。" + "项目名称 三级指标 指标值 实际完成值 得分。".repeat(10));
            var t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).setText("说明");
            var inner = t.getRow(1).getCell(0).getCTTc().addNewTbl(); // a table inside a cell, with the heading FormReader looks for
            for (String h : new String[] {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值"}) {
                (inner.sizeOfTrArray() == 0 ? inner.addNewTr() : inner.getTrArray(0)).addNewTc().addNewP().addNewR().addNewT().setStringValue(h);
            }
            doc.write(out);
        }
        WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(tmp, "报告.docx", tmp.resolve("submission"), false));
        assertTrue(e.message(new Messages(Messages.ZH)).contains("没有找到可识别的表"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("submission")));
    }
}
