package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.testing.CpuBound;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One long text that folding changes (full-width punctuation), shown by many cells above the heading: within the text
 * budget, but each of some thirty readings folded it at every cell (texts over 100 characters were not kept), 13 s of CPU
 * for 900 cells of 32,000 characters (H4's left-alone, session 40). A long text is now kept by identity, the shared
 * string the cells show, within a bound (helper H5, session 41): it is folded once a reading.
 */
class SharedTextFoldTest {
    @TempDir
    Path tmp;

    @Test
    void aLongSharedTextIsFoldedOnceAReading() throws Exception {
        Random random = new Random(41);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 32_000; i++) {
            // varied CJK with full-width commas, which fold to ASCII: not a text that is already folded
            sb.append(random.nextInt(5) == 0 ? '\uFF0C' : (char) (0x4E00 + random.nextInt(0x5000)));
        }
        String shared = sb.toString();
        Path file = tmp.resolve("目标表.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("目标表");
            s.createRow(0).createCell(0).setCellValue("2024年度项目支出绩效目标表");
            for (int r = 0; r < 5; r++) {
                Row row = s.createRow(1 + r);
                for (int c = 0; c < 180; c++) {
                    row.createCell(c).setCellValue(shared);
                }
            }
            Row head = s.createRow(7);
            String[] h = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"};
            for (int c = 0; c < h.length; c++) {
                head.createCell(c).setCellValue(h[c]);
            }
            Row first = s.createRow(8);
            String[] v = {"产出指标", "数量指标", "培训人数", "≥100人", "100人"};
            for (int c = 0; c < v.length; c++) {
                first.createCell(c).setCellValue(v[c]);
            }
            wb.write(out);
        }
        WorkbookImport.guard();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            List<Grid> grids = Grid.sheets(pkg, WorkbookImport.MAX_ROWS, WorkbookImport.MAX_COLS);
            List<FormReader.Form> forms = CpuBound.within(Duration.ofSeconds(8), () -> FormReader.readAll(grids.get(0)));
            assertEquals(1, forms.size());
            assertEquals("培训人数", ((List<?>) forms.get(0).documents().get("indicators").get("indicators")).stream()
                    .map(i -> ((java.util.Map<?, ?>) i).get("name")).findFirst().orElse(null));
        }
    }
}
