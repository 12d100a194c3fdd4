package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.CpuBound;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short paragraphs just above each table of a Word document (its title and header lines, up to six of at most 80
 * characters) are read as rows of the grid, and every reading above the indicator table's heading folds them: they
 * count against the text budget as every cell does. Before session 40 they were not counted, so a document of 12,000
 * one-cell tables, each under six lines of ﷺ and ﷻ (80 characters, 1,440 folded), took 18 s of CPU to import.
 */
class WordLinesBudgetTest {

    @TempDir
    Path tmp;

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String table(String[]... rows) {
        StringBuilder sb = new StringBuilder("<w:tbl>");
        for (String[] r : rows) {
            sb.append("<w:tr>");
            for (String c : r) {
                sb.append("<w:tc>").append(paragraph(c)).append("</w:tc>");
            }
            sb.append("</w:tr>");
        }
        return sb.append("</w:tbl>").toString();
    }

    /** {@code tables} one-cell tables, each under six lines of 80 characters (ﷺ and ﷻ, or CJK), then the indicator table. */
    private void document(int tables, boolean folding) throws Exception {
        Random random = new Random(40);
        StringBuilder body = new StringBuilder(paragraph("2024年度项目支出绩效自评表"));
        for (int t = 0; t < tables; t++) {
            for (int l = 0; l < 6; l++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < 80; i++) {
                    // varied: a repeated one packs like a zip bomb
                    line.append(folding ? random.nextBoolean() ? '\uFDFA' : '\uFDFB' : (char) (0x4E00 + random.nextInt(0x5000)));
                }
                body.append(paragraph(line.toString()));
            }
            body.append(table(new String[] {"表" + t}));
        }
        body.append(paragraph("单位：万元"));
        body.append(table(new String[] {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"},
                new String[] {"产出指标", "数量指标", "培训人数", "≥100人", "100人"}));
        Path file = tmp.resolve("forms/自评报告.docx");
        Files.createDirectories(file.getParent());
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(o)) {
            entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
                    + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
                    + "\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type="
                    + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target="
                    + "\"word/document.xml\"/></Relationships>");
            entry(z, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                    + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>");
        }
    }

    private static void entry(ZipOutputStream z, String name, String text) throws Exception {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** 6,000 tables under six lines of ﷺ and ﷻ: 2.9 million characters in the file, 37 million folded: refused. */
    @Test
    void linesAboveTablesAreCounted() throws Exception {
        document(6_000, true);
        assertTrue(Files.size(tmp.resolve("forms/自评报告.docx")) < 2_000_000, "a small file");
        WorkbookImport.ImportException e = CpuBound.within(Duration.ofSeconds(40), () -> assertThrows(
                WorkbookImport.ImportException.class, () -> WorkbookImport.run(tmp, "forms/自评报告.docx", tmp.resolve("submission"), false)));
        assertEquals("forms/自评报告.docx: 过大，无法读取：各工作表（或文档中的表格）合计超过 1000000 行、2000000 个单元格或 32000000 个字符的文字",
                e.getMessage());
    }

    /** The same document with CJK lines (2.9 million characters, folded as they are) imports. */
    @Test
    void theSameLinesOfCjkImport() throws Exception {
        document(6_000, false);
        WorkbookImport.run(tmp, "forms/自评报告.docx", tmp.resolve("submission"), false);
        assertTrue(Files.readString(tmp.resolve("submission/indicators.json")).contains("培训人数"));
    }
}
