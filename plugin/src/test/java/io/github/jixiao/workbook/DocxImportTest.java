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

    /** Imports the form once as .xlsx and once as a Word table ({@link FormWorkbooks#importBoth}); the docx's sidecar. */
    private String sameAsXlsx(String name, Supplier<XSSFWorkbook> form) throws Exception {
        Path d = FormWorkbooks.importBoth(tmp, name, form, "自评报告.docx", (wb, out) -> {
            try (XWPFDocument doc = FormWorkbooks.asDocx(wb)) {
                doc.write(out);
            }
        });
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
    }

    /**
     * Every form workbook of the tests ({@link FormWorkbooks#forms}) as a Word table: merged cells as gridSpan and vMerge,
     * numbers typed as text with full-width digits and thousand separators, 目标表, 监控表, 重庆.
     */
    @Test
    void everyFormInWord() throws Exception {
        for (var form : FormWorkbooks.forms().entrySet()) {
            sameAsXlsx(form.getKey(), form.getValue());
        }
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

    /** word/document.xml of {@code doc}, rewritten by {@code edit}, saved as {@code file}. */
    private static void saveEdited(XWPFDocument doc, Path file, java.util.function.UnaryOperator<String> edit) throws Exception {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        doc.write(b);
        Files.createDirectories(file.getParent());
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(b.toByteArray()));
             var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    data = edit.apply(new String(data, java.nio.charset.StandardCharsets.UTF_8)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
    }

    /** The {@code <w:tr>…</w:tr>} elements of a document.xml's first table, in order, with what lies before and after. */
    private static java.util.List<String> rows(String xml) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int at = 0;
        while (true) {
            int from = xml.indexOf("<w:tr", at);
            if (from < 0) {
                break;
            }
            int to = xml.indexOf("</w:tr>", from) + "</w:tr>".length();
            out.add(xml.substring(from, to));
            at = to;
        }
        return out;
    }

    private static final String TEXT_BOX = "<w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
            + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
            + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData><wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
            + "<wps:txbx><w:txbxContent><w:p><w:r><w:t>（盖章）</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
            + "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>"
            + "<w:txbxContent><w:p><w:r><w:t>（盖章）</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r>";

    /**
     * The form as units write it in Word: 附件2, the title and year as paragraphs, a 填报单位 line and a 单位：万元 line
     * under them (five lines above the table); the header
     * block (项目名称 … 年度总体目标) a table of its own; the indicator table split across two pages as two tables,
     * its heading row repeated at the top of the second; headings broken over lines (三级 / 指标, 年度 ¶ 指标值); in
     * the 项目名称 cell a text box (a 盖章 note, Word's drawing and its VML fallback), a phonetic guide (ruby) over a
     * character and text moved elsewhere with changes tracked (none of them the cell's text); a 得分 computed by a field
     * (= 4+4, its result 8), one by a complex field; 实际完成值 in a content control. The same JSON as the workbook.
     */
    @Test
    void aWordFormAsUnitsWriteIt() throws Exception {
        Path x = tmp.resolve("real-xlsx");
        Path d = tmp.resolve("real-docx");
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), x.resolve("forms/自评表.xlsx"));
        try (XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE); XWPFDocument doc = FormWorkbooks.asDocx(wb)) {
            saveEdited(doc, d.resolve("forms/自评报告.docx"), xml -> {
                java.util.List<String> rows = rows(xml);
                int heading = 9; // the table's row of 绩效指标 | 一级指标 … (sheet row 12)
                assertTrue(rows.get(heading).contains("三级指标"), rows.get(heading));
                String head = rows.get(heading);
                assertTrue(head.contains("<w:t>年度指标值</w:t></w:r></w:p>"), head);
                head = head.replace("三级指标", "三级</w:t></w:r><w:r><w:br/><w:t>指标")
                        .replace("<w:t>年度指标值</w:t></w:r></w:p>", "<w:t>年度</w:t></w:r></w:p><w:p><w:r><w:t>指标值</w:t></w:r></w:p>");
                StringBuilder tables = new StringBuilder("<w:tbl>");
                for (int r = 0; r < heading; r++) {
                    String row = rows.get(r);
                    if (r == 0) { // 项目名称 | 委托业务项目: text moved away (tracked), a phonetic guide over 委, a text box
                        assertTrue(row.contains("<w:r><w:t>委托业务项目</w:t></w:r>"), row);
                        row = row.replace("<w:r><w:t>委托业务项目</w:t></w:r>", "<w:moveFrom w:id=\"1\" w:author=\"a\"><w:r><w:t>旧名称</w:t></w:r></w:moveFrom>"
                                + "<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>wěi</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>委</w:t></w:r></w:rubyBase></w:ruby></w:r>"
                                + "<w:r><w:t>托业务项目</w:t></w:r>" + TEXT_BOX);
                    }
                    tables.append(row);
                }
                tables.append("</w:tbl><w:p/><w:tbl>").append(head);
                for (int r = heading + 1; r < rows.size(); r++) {
                    String row = rows.get(r);
                    if (r == heading + 1) { // the first 得分 (8) as a simple field; 实际完成值 (50) in a content control
                        int at = row.lastIndexOf("<w:r><w:t>8</w:t></w:r>");
                        assertTrue(at > 0, row);
                        row = row.substring(0, at) + "<w:fldSimple w:instr=\" = 4+4 \"><w:r><w:t>8</w:t></w:r></w:fldSimple>"
                                + row.substring(at + "<w:r><w:t>8</w:t></w:r>".length());
                        assertTrue(row.contains("<w:r><w:t>50</w:t></w:r>"), row);
                        row = row.replace("<w:r><w:t>50</w:t></w:r>", "<w:sdt><w:sdtContent><w:r><w:t>50</w:t></w:r></w:sdtContent></w:sdt>");
                    }
                    if (r == heading + 2) { // 得分 8 as a complex field: its instruction is not text, its result is
                        int at = row.lastIndexOf("<w:r><w:t>8</w:t></w:r>");
                        assertTrue(at > 0, row);
                        row = row.substring(0, at) + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> = 4+4 </w:instrText></w:r>"
                                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>8</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                                + row.substring(at + "<w:r><w:t>8</w:t></w:r>".length());
                    }
                    if (r == heading + 6) { // a page break: the table continues in a second one, its heading repeated
                        tables.append("</w:tbl><w:p><w:r><w:br w:type=\"page\"/></w:r></w:p><w:tbl>").append(head);
                    }
                    tables.append(row);
                }
                tables.append("</w:tbl>");
                int start = xml.indexOf("<w:tbl>");
                int end = xml.lastIndexOf("</w:tbl>") + "</w:tbl>".length();
                assertTrue(start > 0 && xml.indexOf("<w:tbl>", start + 1) < 0, "one table");
                String unit = "<w:p><w:r><w:t>填报单位（盖章）：池州市贵池区棠溪镇人民政府</w:t></w:r></w:p>"
                        + "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>单位：万元</w:t></w:r></w:p>";
                String before = xml.substring(0, start);
                assertTrue(before.contains("<w:body>"), before);
                before = before.replace("<w:body>", "<w:body><w:p><w:r><w:t>附件2</w:t></w:r></w:p>");
                return before + unit + tables + xml.substring(end);
            });
        }
        WorkbookImport.Result rx = WorkbookImport.run(x, "forms/自评表.xlsx", x.resolve("submission"), false);
        WorkbookImport.Result rd = WorkbookImport.run(d, "forms/自评报告.docx", d.resolve("submission"), false);
        assertEquals(rx.written(), rd.written());
        assertEquals(rx.problems().stream().map(WorkbookImport.Problem::key).toList(), rd.problems().stream().map(WorkbookImport.Problem::key).toList(), rd.problems().toString());
        for (String f : rx.written()) {
            if (!f.endsWith(WorkbookImport.CELLS)) {
                assertEquals(Files.readString(x.resolve(f)), Files.readString(d.resolve(f)), f);
            }
        }
        String cells = Files.readString(d.resolve("submission/" + WorkbookImport.CELLS));
        assertTrue(cells.contains("\"submission/department.json#/project/name\" : \"表1!C1\""), cells);
        // the second part of the indicator table is table 3, its heading repeated in its first row
        assertTrue(cells.contains("\"submission/indicators.json#/indicators/5/name\" : \"表3!D2\""), cells);
    }
}
