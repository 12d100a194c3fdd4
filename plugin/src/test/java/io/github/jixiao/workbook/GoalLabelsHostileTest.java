package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.testing.CpuBound;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A goal printed right of its label (年度目标 | text, labelledGoal; 预期目标 | text, goal): each label scanned the rest of its
 * row, so a row of the label in every cell was read in time width² (helper H2's left-alone item, session 38). A scan that
 * finds nothing means every cell right of the label is blank or the label: the row's later labels are not scanned again.
 */
class GoalLabelsHostileTest {
    private static final String[] HEAD = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"};

    @TempDir
    Path tmp;

    /**
     * 25 rows of 年度目标 in 16,000 columns, read 16,000 columns wide (the import reads 200: the cost per cell was the
     * width, so the test widens the sheet rather than lengthen it past the import's cell limit): over 300 s on main
     * (scratch), about 3 s of CPU now.
     */
    @Test
    void aRowOfGoalLabelsIsScannedOnce() throws Exception {
        Path file = tmp.resolve("目标表.xlsx");
        int width = 16_000;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("目标表");
            s.createRow(0).createCell(0).setCellValue("2024年度项目支出绩效目标表");
            Row info = s.createRow(1);
            info.createCell(0).setCellValue("项目名称");
            info.createCell(1).setCellValue("测试项目");
            for (int r = 3; r < 28; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < width; c++) {
                    row.createCell(c).setCellValue("年度目标");
                }
            }
            Row head = s.createRow(28);
            for (int c = 0; c < HEAD.length; c++) {
                head.createCell(c).setCellValue(HEAD[c]);
            }
            Row first = s.createRow(29);
            String[] indicator = {"产出指标", "数量指标", "培训人数", "≥100人", "100人"};
            for (int c = 0; c < indicator.length; c++) {
                first.createCell(c).setCellValue(indicator[c]);
            }
            wb.write(out);
        }
        WorkbookImport.guard();
        CpuBound.within(Duration.ofSeconds(60), () -> {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                List<Grid> grids = Grid.sheets(pkg, WorkbookImport.MAX_ROWS, width);
                List<FormReader.Form> forms = FormReader.readAll(grids.get(0));
                assertEquals(1, forms.size());
                assertEquals(null, forms.get(0).documents().get("department").get("overallGoals"), "no goal beside the labels");
            }
        });
    }
}
