package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.testing.CpuBound;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row of 序号 and texts under the indicator table heads a list of its own (吕梁 2021's allocation list, t58) only where
 * the indicator headings print no 序号. Session 37 looked for that 序号 along the heading row at every row under it: a
 * heading row of long cells (a cell holds up to 32,767 characters) before its 序号 cost time rows × its length, 120 s
 * for a 12 MB sheet of 1,000 such rows and 190 cells of 30,000 characters, minutes more for every thousand rows more.
 * The heading row is now read once for the table.
 */
class ListHeadingHostileTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] HEAD = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"};

    @TempDir
    Path tmp;

    /** Varied CJK text (a repeated one packs so small the import takes the file for a zip bomb). */
    private static String text(Random random, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return sb.toString();
    }

    /**
     * The table: its heading row with {@code long_} cells of {@code length} characters, then 序号 when {@code numbered};
     * an indicator row, then {@code rows} rows of 序号 | name | target (no figure).
     */
    private Path table(int long_, int length, boolean numbered, int rows) throws Exception {
        Random random = new Random(38);
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("目标表");
            s.createRow(0).createCell(0).setCellValue("2024年度项目支出绩效目标表");
            Row info = s.createRow(1);
            info.createCell(0).setCellValue("项目名称");
            info.createCell(1).setCellValue("测试项目");
            info.createCell(2).setCellValue("实施单位");
            info.createCell(3).setCellValue("某某中心");
            Row head = s.createRow(3);
            for (int c = 0; c < HEAD.length; c++) {
                head.createCell(c).setCellValue(HEAD[c]);
            }
            for (int c = 0; c < long_; c++) {
                head.createCell(HEAD.length + c).setCellValue(text(random, length));
            }
            if (numbered) {
                head.createCell(HEAD.length + long_).setCellValue("序号");
            }
            Row first = s.createRow(4);
            String[] indicator = {"产出指标", "数量指标", "培训人数", "≥100人", "100人"};
            for (int c = 0; c < indicator.length; c++) {
                first.createCell(c).setCellValue(indicator[c]);
            }
            for (int k = 0; k < rows; k++) {
                Row row = s.createRow(5 + k);
                row.createCell(0).setCellValue("序号");
                row.createCell(2).setCellValue("指标" + text(random, 4));
                row.createCell(3).setCellValue("目标" + text(random, 4));
            }
            wb.write(out);
        }
        return file;
    }

    private int indicators() throws Exception {
        JsonNode root = JSON.readTree(tmp.resolve("submission/indicators.json").toFile());
        return root.get("indicators").size();
    }

    /** 5,000 such rows under 60 cells of 30,000 characters before the 序号: 6 s; before, 198 s (the import alone, scratch). */
    @Test
    void aLongHeadingRowIsReadOnceForTheTable() throws Exception {
        table(60, 30_000, true, 5_000);
        CpuBound.within(Duration.ofSeconds(90),
                () -> WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false));
        assertEquals(5_001, indicators(), "under a heading row that prints 序号, every row is the table's");
    }

    /** The reading as before: without a 序号 in the heading row, the first such row ends the table. */
    @Test
    void aListHeadingEndsTheTableOnlyUnderHeadingsWithoutOne() throws Exception {
        table(1, 10, false, 3);
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        assertEquals(1, indicators(), "the table ends at the list's heading");
        table(1, 10, true, 3);
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission2"), false);
        JsonNode root = JSON.readTree(tmp.resolve("submission2/indicators.json").toFile());
        assertEquals(4, root.get("indicators").size(), "under headings that print 序号, the rows are the table's");
    }
}
