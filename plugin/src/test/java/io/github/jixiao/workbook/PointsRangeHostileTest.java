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

/**
 * A 一级 printing the range of its points (成本指标(0-20)分, t63) is read without it (session 37). The range's regular
 * expression began with white space, tried from every blank of a run: a 一级 cell of a 分 and 30,000 blanks (a cell holds
 * up to 32,767 characters) took 9 s, each row of such cells as long, 84 s for 10 rows (time quadratic in the run). A
 * match now starts where a run starts.
 */
class PointsRangeHostileTest {
    @TempDir
    Path tmp;

    /** Spaces and tabs at random (a run of spaces alone packs so small the import takes the file for a zip bomb). */
    private static String blanks(Random random, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            sb.append(random.nextBoolean() ? ' ' : '\t');
        }
        return sb.toString();
    }

    /** 30 rows whose 一级 is 产出指标分, 30,000 blanks and a letter: 4 s; before, over 4 minutes (9 s a row). */
    @Test
    void aLevel1OfALongRunOfBlanksIsReadInOnePass() throws Exception {
        Random random = new Random(38);
        Path file = tmp.resolve("forms/自评表.xlsx");
        Files.createDirectories(file.getParent());
        String[] head = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("自评表");
            s.createRow(0).createCell(0).setCellValue("2024年度项目支出绩效自评表");
            Row info = s.createRow(1);
            info.createCell(0).setCellValue("项目名称");
            info.createCell(1).setCellValue("测试项目");
            info.createCell(2).setCellValue("实施单位");
            info.createCell(3).setCellValue("某某中心");
            Row h = s.createRow(3);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int k = 0; k < 30; k++) {
                Row row = s.createRow(4 + k);
                row.createCell(0).setCellValue("产出指标分" + blanks(random, 30_000) + "x");
                row.createCell(1).setCellValue("数量指标");
                row.createCell(2).setCellValue("培训人数" + k);
                row.createCell(3).setCellValue("≥100人");
                row.createCell(4).setCellValue("100人");
            }
            wb.write(out);
        }
        WorkbookImport.Result r = CpuBound.within(Duration.ofSeconds(40),
                () -> WorkbookImport.run(tmp, "forms/自评表.xlsx", tmp.resolve("submission"), false));
        assertEquals(true, r.written().contains("submission/indicators.json"), r.written().toString());
    }

    /** The ranges and points left out as before, white space before them with them; a run of blanks alone kept. */
    @Test
    void rangesReadAsBefore() {
        assertEquals("成本指标", FormReader.level1("成本指标(0-20)分"));
        assertEquals("产出指标", FormReader.level1("产出指标 (40-50)分"));
        assertEquals("产出指标", FormReader.level1("产出指标（40－50分）"));
        assertEquals("效益指标", FormReader.level1("效益指标  \t(10 ~ 20) 分"));
        assertEquals("产出指标", FormReader.level1("产出指标（50分）"));
        assertEquals("产出指标 a", FormReader.level1("产出指标 a (0-20)分"));
        assertEquals("a b", FormReader.level1("a (1-2)分 b (3-4)分"));
        assertEquals("产出指标(0-20)", FormReader.level1("产出指标(0-20)"));
        String run = " \t".repeat(50_000);
        assertEquals("产出指标分" + run + "x", FormReader.level1("产出指标分" + run + "x"));
        assertEquals("产出指标", FormReader.level1("产出指标" + run + "(0-20)分"));
    }
}
