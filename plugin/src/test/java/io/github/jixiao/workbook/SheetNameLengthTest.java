package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sheet's name is in every cell's address the import writes (the sidecar's cells, each message). Excel and WPS allow 31
 * characters; a crafted workbook.xml may name a sheet in any length, and a 30,000-character name made every address as
 * long: a 100 KB file with a 2,000-row table ran a 2 GB heap out of memory. A longer name is cut to 30 characters and "…".
 */
class SheetNameLengthTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    /** A 目标表 of {@code rows} indicators on a sheet named {@code name} (written into workbook.xml, as no writer allows it). */
    private void workbook(String name, int rows) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("SHEETNAME");
            s.createRow(0).createCell(0).setCellValue("2024年度项目支出绩效目标表");
            Row head = s.createRow(2);
            String[] h = {"一级指标", "二级指标", "三级指标", "年度指标值"};
            for (int c = 0; c < h.length; c++) {
                head.createCell(c).setCellValue(h[c]);
            }
            for (int r = 0; r < rows; r++) {
                Row row = s.createRow(3 + r);
                String[] v = {"产出指标", "数量指标", "培训人数" + r, "≥100人"};
                for (int c = 0; c < v.length; c++) {
                    row.createCell(c).setCellValue(v[c]);
                }
            }
            wb.write(b);
        }
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(b.toByteArray()));
             ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/workbook.xml")) {
                    data = new String(data, StandardCharsets.UTF_8).replace("SHEETNAME", name).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
    }

    private JsonNode sidecar() throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission/" + WorkbookImport.CELLS)));
    }

    @Test
    void aNameLongerThanExcelAllowsIsCut() throws Exception {
        Random random = new Random(40);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            name.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        workbook(name.toString(), 200);
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        JsonNode side = sidecar();
        String sheet = side.path("sheet").asString();
        assertEquals(name.substring(0, 30) + "…", sheet);
        int[] longest = {0};
        side.path("cells").properties().forEach(e -> longest[0] = Math.max(longest[0], e.getValue().asString().length()));
        assertTrue(longest[0] > 0 && longest[0] <= 50, "longest address: " + longest[0]);
        assertEquals("'" + sheet + "'!C4", side.path("cells").path("submission/indicators.json#/indicators/0/name").asString());
    }

    /** Excel's longest name, 31 characters (and a pair of surrogates counted as one), is kept whole. */
    @Test
    void excelsLongestNameIsKept() throws Exception {
        String name = "项目支出绩效目标表项目支出绩效目标表项目支出绩效目标表项目支\uD840\uDC00";
        assertEquals(31, name.codePointCount(0, name.length()));
        workbook(name, 3);
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        assertEquals(name, sidecar().path("sheet").asString());
    }
}
