package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each workbook jixiao cannot read is a clear error naming the file; nothing is written, nothing thrown beyond it. */
class BadWorkbookTest {

    static String fails(Path project, String name) {
        WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(project, name, project.resolve("submission"), false));
        assertTrue(e.getMessage().startsWith(name + ":"), e.getMessage());
        assertFalse(e.getMessage().contains("\tat ") || e.getMessage().contains("Exception:"), e.getMessage());
        assertFalse(Files.exists(project.resolve("submission")), "nothing written");
        return e.getMessage();
    }

    static byte[] tangxi() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE)) {
            wb.write(out);
        }
        return out.toByteArray();
    }

    @Test
    void notAWorkbook(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.xlsx"), "项目名称,委托业务项目\n");
        assertTrue(fails(tmp, "a.xlsx").contains("不是 Excel 工作簿或 Word 文档"));
    }

    /** An .xls is read (XlsImportTest); one without a table says so, as an .xlsx does. */
    @Test
    void xlsWithoutATable(@TempDir Path tmp) throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(tmp.resolve("old.xls"))) {
            wb.createSheet("自评表").createRow(0).createCell(0).setCellValue("一级指标");
            wb.write(out);
        }
        assertTrue(fails(tmp, "old.xls").contains("没有找到可识别的表"));
    }

    @Test
    void passwordProtected(@TempDir Path tmp) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(tangxi());
            }
            try (OutputStream out = Files.newOutputStream(tmp.resolve("locked.xlsx"))) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(fails(tmp, "locked.xlsx").contains("加密"));
    }

    @Test
    void corrupt(@TempDir Path tmp) throws Exception {
        byte[] b = tangxi();
        Files.write(tmp.resolve("cut.xlsx"), Arrays.copyOf(b, b.length / 2));
        assertTrue(fails(tmp, "cut.xlsx").contains("损坏"));
    }

    @Test
    void zipBomb(@TempDir Path tmp) throws Exception {
        // the sheet padded with 80 MB of blanks: a few hundred kilobytes on disk, an inflate ratio far below 1 %
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(tangxi())); ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String x = new String(data, StandardCharsets.UTF_8);
                    int at = x.indexOf("<sheetData>");
                    z.write(x.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 80; i++) {
                        z.write(blanks);
                    }
                    z.write(x.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    z.write(data);
                }
                z.closeEntry();
            }
        }
        Files.write(tmp.resolve("bomb.xlsx"), out.toByteArray());
        assertTrue(out.size() < 2_000_000);
        fails(tmp, "bomb.xlsx");
    }

    @Test
    void huge(@TempDir Path tmp) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(tmp.resolve("big.xlsx").toFile(), "rw")) {
            f.write(new byte[] {'P', 'K', 3, 4});
            f.setLength(200L * 1024 * 1024); // sparse: no disk used
        }
        assertTrue(fails(tmp, "big.xlsx").contains("过大"));
        // 50.5 MiB: its size with one decimal (not "50 MB, the limit 50 MB"), and what to do about it
        try (RandomAccessFile f = new RandomAccessFile(tmp.resolve("big.xlsx").toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 512 * 1024);
        }
        String m = fails(tmp, "big.xlsx");
        assertTrue(m.contains("文件过大（50.5 MB，上限 50 MB）") && m.contains("删去表格用不到的工作表和图片，另存为 .xlsx"), m);
        try (RandomAccessFile f = new RandomAccessFile(tmp.resolve("big.xlsx").toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 1); // just over: never shown as the limit itself
        }
        assertTrue(fails(tmp, "big.xlsx").contains("（50.1 MB，上限 50 MB）"));
    }

    @Test
    void outsideTheProject(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("p"));
        Files.write(tmp.resolve("x.xlsx"), tangxi());
        String m = fails(tmp.resolve("p"), "../x.xlsx");
        // what is wrong and what to do: the table copied into the project, named by its path there
        assertTrue(m.contains("在项目文件夹之外") && m.contains("请把表格复制到项目文件夹 " + tmp.resolve("p").toRealPath()), m);
    }

    @Test
    void notFoundIsNotOutside(@TempDir Path tmp) throws Exception {
        Files.write(tmp.resolve("自评表.xlsx"), tangxi());
        String m = fails(tmp, "自评表.xls");
        assertTrue(m.contains("找不到这个文件（路径相对于项目文件夹 " + tmp.toRealPath() + "）") && !m.contains("之外"), m);
        WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(tmp, "forms/自评表.xlsx", tmp.resolve("submission"), false));
        assertTrue(e.message(new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH))
                .startsWith("forms/自评表.xlsx: no such file (the path is read from the project folder "), e.getMessage());
    }

    @Test
    void unknownLayout(@TempDir Path tmp) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("随便什么");
            FormWorkbooks.save(wb, tmp.resolve("other.xlsx"));
        }
        assertTrue(fails(tmp, "other.xlsx").contains("没有找到可识别的表"));
    }

    /** Every import message in both languages: the same placeholders, English without Chinese but the form's own headings. */
    @Test
    void messagesInBothLanguages(@TempDir Path tmp) throws Exception {
        io.github.jixiao.report.Messages en = new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH);
        io.github.jixiao.report.Messages zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH);
        Files.writeString(tmp.resolve("a.xlsx"), "项目名称,委托业务项目\n");
        WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(tmp, "a.xlsx", tmp.resolve("submission"), false));
        assertTrue(e.message(en).equals("a.xlsx: not an Excel workbook or a Word document (.xlsx, .xls or .docx), which jixiao "
                + "cannot read; open it in Excel, WPS or Word, save it as an Excel workbook (.xlsx) or a Word document (.docx), and "
                + "import the file saved"), e.message(en));
        assertTrue(e.message(zh).equals(e.getMessage()) && e.getMessage().contains("不是 Excel 工作簿"), e.getMessage());
        java.util.ResourceBundle rootBundle = java.util.ResourceBundle.getBundle("io.github.jixiao.report.messages", java.util.Locale.ROOT,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        int keys = 0;
        for (String k : java.util.Collections.list(rootBundle.getKeys())) {
            if (!k.startsWith("import.")) {
                continue;
            }
            keys++;
            Object[] args = {"w.xlsx", "自评表!F12", "见附件"};
            String t = en.label(k, args);
            String z = zh.label(k, args);
            assertFalse(t.equals(k) || z.equals(k) || t.equals(z), k);
            for (int i = 0; i < 3; i++) {
                String ph = "{" + i + "}";
                assertTrue(rootBundle.getString(k).contains(ph) == zhTemplate(k).contains(ph), k + " " + ph);
            }
            String rest = t.replace("自评表!F12", "").replace("见附件", "").replaceAll("一级指标|三级指标|指标名称|项目名称|主管部门|部门名称|填报单位|实施单位", "");
            assertFalse(rest.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), k + ": " + t);
        }
        assertTrue(keys >= 15, "import.* keys: " + keys);
    }

    private static String zhTemplate(String key) {
        return java.util.ResourceBundle.getBundle("io.github.jixiao.report.messages", io.github.jixiao.report.Messages.ZH,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
