package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.Messages;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The header lines real forms print with a stamp note, in a line above the table (a Word paragraph, a merged row) or in
 * the header table: 填报单位（盖章）：XX is the unit the submission is (department.json {@code name}, unless 部门名称 names it),
 * 实施单位（盖章） the implementing unit, 主管部门（盖章） the department in charge; the printed blank (nothing after the colon,
 * or underscores) fills nothing. Units and combinations from the real tables: 宁乡市坝塘镇人民政府 (t21: 填报单位, 主管部门
 * 坝塘镇), 青神县发展和改革局 (t12: 主管部门 …本级, 实施单位), 张庄寨镇人民政府 (t22: 主管部门 县农业农村局, 实施单位).
 */
class HeaderLinesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    /** The 棠溪镇 table with another 主管部门 and 实施单位 (row 4 of the sheet), or without them ({@code null}). */
    private static XSSFWorkbook form(String owner, String implementer) {
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        Row r = wb.getSheet("自评表").getRow(3);
        if (owner == null) {
            for (int c = 0; c < 10; c++) {
                if (r.getCell(c) != null) {
                    r.getCell(c).setBlank();
                }
            }
        } else {
            r.getCell(2).setCellValue(owner);
            r.getCell(6).setCellValue(implementer);
        }
        return wb;
    }

    /** {@code wb} as a Word document with {@code line} a paragraph just above its table (under the title and year). */
    private Path docx(XSSFWorkbook wb, String line) throws Exception {
        Path file = tmp.resolve("forms/自评报告.docx");
        Files.createDirectories(file.getParent());
        try (XWPFDocument doc = FormWorkbooks.asDocx(wb); OutputStream out = Files.newOutputStream(file)) {
            var cursor = doc.getTables().get(0).getCTTbl().newCursor();
            doc.insertNewParagraph(cursor).createRun().setText(line);
            cursor.close();
            doc.write(out);
        }
        return file;
    }

    /** {@code wb} as an .xlsx with {@code line} in a row merged across the table, between the year and 项目名称. */
    private Path xlsxWithLine(XSSFWorkbook wb, String line) throws Exception {
        XSSFSheet sh = wb.getSheet("自评表");
        sh.shiftRows(2, sh.getLastRowNum(), 1);
        sh.createRow(2).createCell(0).setCellValue(line);
        sh.addMergedRegion(new CellRangeAddress(2, 2, 0, 9));
        return FormWorkbooks.save(wb, tmp.resolve("forms/自评表.xlsx"));
    }

    private WorkbookImport.Result run(Path file) throws Exception {
        return WorkbookImport.run(tmp, tmp.relativize(file).toString(), tmp.resolve("submission"), false);
    }

    private JsonNode department() throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission/department.json")));
    }

    private String sidecar() throws Exception {
        return Files.readString(tmp.resolve("submission/" + WorkbookImport.CELLS));
    }

    /** t21: 填报单位 宁乡市坝塘镇人民政府 above the table, 主管部门 and 实施单位 坝塘镇 in it: the unit is the one that fills it in. */
    @Test
    void theFilingUnitInAParagraphAboveAWordTable() throws Exception {
        try (XSSFWorkbook wb = form("坝塘镇", "坝塘镇")) {
            run(docx(wb, "填报单位（盖章）：宁乡市坝塘镇人民政府"));
        }
        JsonNode d = department();
        assertEquals("宁乡市坝塘镇人民政府", d.path("name").asString());
        assertEquals("坝塘镇", d.path("project").path("owner").asString());
        assertEquals("坝塘镇", d.path("project").path("implementer").asString());
        // named by its paragraph: the title is 段落1, the year 段落2
        assertTrue(sidecar().contains("\"submission/department.json#/name\" : \"段落3\""), sidecar());
    }

    /** The same line as a row merged across the sheet; the only unit named: no workbook-department-missing. */
    @Test
    void theFilingUnitInAMergedRowIsTheOnlyUnit() throws Exception {
        WorkbookImport.Result r;
        try (XSSFWorkbook wb = form(null, null)) {
            r = run(xlsxWithLine(wb, "填报单位（盖章）：宁乡市坝塘镇人民政府"));
        }
        assertEquals(List.of(), r.problems());
        assertEquals("宁乡市坝塘镇人民政府", department().path("name").asString());
        assertTrue(sidecar().contains("\"submission/department.json#/name\" : \"自评表!A3\""), sidecar());
    }

    /**
     * A Word form's line with two labels (填报单位 and 填报日期, spaced apart), the unit with its code and its stamp note
     * after it: each read up to the next label.
     */
    @Test
    void twoLabelsOnOneLine() throws Exception {
        try (XSSFWorkbook wb = form("县农业农村局", "张庄寨镇人民政府")) {
            run(docx(wb, "填报单位：219001-张庄寨镇人民政府（盖章）        填报日期：2023年3月15日"));
        }
        JsonNode d = department();
        assertEquals("张庄寨镇人民政府", d.path("name").asString());
        assertEquals("2023-03-15", d.path("reportDate").asString());
        assertEquals("县农业农村局", d.path("project").path("owner").asString());
    }

    /** The printed blank fills nothing: the unit then comes from 主管部门, as before, and the date's blank is no date. */
    @Test
    void thePrintedBlankFillsNothing() throws Exception {
        for (String line : List.of("填报单位（盖章）：", "填报单位：____________", "填报单位（盖章）：＿＿＿＿＿＿（盖章）",
                "填报单位（盖章）：                填报日期：    年   月   日")) {
            try (XSSFWorkbook wb = form("219-池州市贵池区棠溪镇人民政府", "219001-池州市贵池区棠溪镇人民政府")) {
                run(docx(wb, line));
            }
            JsonNode d = department();
            assertEquals("池州市贵池区棠溪镇人民政府", d.path("name").asString(), line);
            assertTrue(d.path("reportDate").isMissingNode(), line + ": " + d);
            // the name's cell is the 实施单位's it came from (since session 37; before, none), not the blank line's
            tools.jackson.databind.JsonNode cells = tools.jackson.databind.json.JsonMapper.builder().build().readTree(sidecar()).path("cells");
            assertEquals(cells.path("submission/department.json#/project/implementer").asString(),
                    cells.path("submission/department.json#/name").asString(), line + ": the name is not the blank line's");
            assertFalse(cells.path("submission/department.json#/name").asString().startsWith("段落"), line + ": " + cells);
            Files.walk(tmp.resolve("submission")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * A sheet's header row with the 填报单位 left blank in its cell and 填报日期 in a cell further right (填报单位（盖章）：
     * in A3, 填报日期：2023年3月15日 in F3): the next label's cell is not the unit's name, filled in or blank.
     */
    @Test
    void theNextLabelsCellIsNoUnit() throws Exception {
        for (String date : List.of("填报日期：2023年3月15日", "填报日期：    年   月   日", "填报日期")) {
            try (XSSFWorkbook wb = form("219-池州市贵池区棠溪镇人民政府", "219001-池州市贵池区棠溪镇人民政府")) {
                XSSFSheet sh = wb.getSheet("自评表");
                sh.shiftRows(2, sh.getLastRowNum(), 1);
                Row row = sh.createRow(2);
                row.createCell(0).setCellValue("填报单位（盖章）：");
                row.createCell(5).setCellValue(date);
                run(FormWorkbooks.save(wb, tmp.resolve("forms/自评表.xlsx")));
            }
            JsonNode d = department();
            assertEquals("池州市贵池区棠溪镇人民政府", d.path("name").asString(), date);
            assertFalse(sidecar().contains("department.json#/name\" : \"自评表!F3"), date + ": " + sidecar());
            Files.walk(tmp.resolve("submission")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Nothing but the blank: no unit at all, as the import says (and check reports). */
    @Test
    void onlyTheBlankIsNoUnit() throws Exception {
        WorkbookImport.Result r;
        try (XSSFWorkbook wb = form(null, null)) {
            r = run(docx(wb, "填报单位（盖章）：__________"));
        }
        assertEquals(List.of("no-department"), r.problems().stream().map(WorkbookImport.Problem::key).toList());
        assertTrue(department().path("name").isMissingNode());
        assertTrue(r.problems().get(0).message(new Messages(java.util.Locale.ENGLISH), "x.docx").contains("Paragraph 1:Table 1!"));
    }

    /**
     * t12 青神: 主管部门 and 实施单位 with the stamp note in the header table, the value right of the label or after its colon
     * in the label's cell; 部门名称 (none here) would still name the unit before 填报单位, and 填报单位 before 实施单位.
     */
    @Test
    void theImplementingUnitWithItsStampNote() throws Exception {
        try (XSSFWorkbook wb = form("x", "x")) {
            Row r = wb.getSheet("自评表").getRow(3);
            r.getCell(0).setCellValue("主管部门（盖章）：青神县发展和改革局本级");
            r.getCell(2).setBlank();
            r.getCell(5).setCellValue("实施单位（盖章）");
            r.getCell(6).setCellValue("青神县发展和改革局");
            run(FormWorkbooks.save(wb, tmp.resolve("forms/自评表.xlsx")));
        }
        JsonNode d = department();
        assertEquals("青神县发展和改革局本级", d.path("project").path("owner").asString());
        assertEquals("青神县发展和改革局", d.path("project").path("implementer").asString());
        // no 填报单位: the 实施单位 is the unit, as t12 is transcribed by hand (before: the 主管部门, 青神县发展和改革局本级)
        assertEquals("青神县发展和改革局", d.path("name").asString(), "no 填报单位: the implementing unit");
        assertTrue(sidecar().contains("\"submission/department.json#/project/implementer\" : \"自评表!G4\""), sidecar());
    }

    /**
     * Two projects one after the other on one sheet, each with its 填报单位 line between its title and its 项目名称: each
     * line belongs to the project below it.
     */
    @Test
    void eachProjectsFilingUnit() throws Exception {
        try (XSSFWorkbook wb = form("坝塘镇", "坝塘镇")) {
            XSSFSheet sh = wb.getSheet("自评表");
            sh.shiftRows(2, sh.getLastRowNum(), 1);
            sh.createRow(2).createCell(0).setCellValue("填报单位（盖章）：宁乡市坝塘镇人民政府");
            sh.addMergedRegion(new CellRangeAddress(2, 2, 0, 9));
            int last = sh.getLastRowNum();
            int offset = last + 3;
            sh.copyRows(0, last, offset, new org.apache.poi.ss.usermodel.CellCopyPolicy());
            assertTrue(sh.getRow(offset + 2).getCell(0).getStringCellValue().startsWith("填报单位"));
            sh.getRow(offset + 2).getCell(0).setCellValue("填报单位（盖章）：宁乡市大成桥镇人民政府");
            run(FormWorkbooks.save(wb, tmp.resolve("forms/自评表.xlsx")));
        }
        for (String[] p : new String[][] {{"自评表-1", "宁乡市坝塘镇人民政府"}, {"自评表-2", "宁乡市大成桥镇人民政府"}}) {
            JsonNode d = JSON.readTree(Files.readString(tmp.resolve("submission/" + p[0] + "/department.json")));
            assertEquals(p[1], d.path("name").asString(), p[0]);
            assertEquals("项目支出绩效自评表", d.path("title").asString(), p[0] + ": the title above the line is the project's");
        }
    }

    @Test
    void datesAsFormsPrintThem() {
        assertEquals("2023-03-15", FormReader.isoDate("2023年3月15日"));
        assertEquals("2023-03-15", FormReader.isoDate("2023.3.15"));
        assertEquals("2023-12-01", FormReader.isoDate("2023 年 12 月 1 日"));
        assertEquals("2023年2月30日", FormReader.isoDate("2023年2月30日"), "no such day: as written (the schema says so)");
        assertEquals("年 月 日", FormReader.isoDate("年 月 日"));
        // a date typed as text with dashes and no leading zeros: the schema's YYYY-MM-DD only after the import pads it
        assertEquals("2023-03-01", FormReader.isoDate("2023-3-1"));
        assertEquals("2023-03-01", FormReader.isoDate("2023-03-01"));
        assertEquals("2023-03-01", FormReader.isoDate("2023－3－1"), "full-width dashes, as a Chinese input method types them");
        assertEquals("2023-3", FormReader.isoDate("2023-3"), "no day: as written");
    }
}
