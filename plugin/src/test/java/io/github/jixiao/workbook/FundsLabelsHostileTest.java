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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where no funds were read, the import names the first block labelled with a funds word whose figures nothing took
 * (funds-block-not-read, session 38). Each such label read every row of its block across the whole sheet, so a row of
 * funds labels, each merged down its column, cost width² × rows: 200 labels merged down 9,000 rows, a 6 KB file, took
 * 33 s of CPU (76 s under load) in the import. The figures of a row are now read once, whichever label asks.
 */
class FundsLabelsHostileTest {
    private static final String[] HEAD = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"};

    @TempDir
    Path tmp;

    /**
     * A sheet whose row 4 holds {@code labels} funds labels, each merged down {@code rows} rows in its column, then (when
     * {@code figure}) a figure right of them on the block's second row; the indicator heading and one row under them.
     */
    private Path sheet(int labels, int rows, boolean figure) throws Exception {
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("目标表");
            s.createRow(0).createCell(0).setCellValue("2024年度项目支出绩效目标表");
            Row info = s.createRow(1);
            info.createCell(0).setCellValue("项目名称");
            info.createCell(1).setCellValue("测试项目");
            info.createCell(2).setCellValue("单位：万元");
            Row top = s.createRow(3);
            for (int c = 0; c < labels; c++) {
                top.createCell(c).setCellValue("专项资金（其中：中央补助资金　省级资金）");
                s.addMergedRegionUnsafe(new CellRangeAddress(3, 3 + rows - 1, c, c));
            }
            if (figure) {
                s.createRow(4).createCell(labels).setCellValue(120);
            }
            Row head = s.createRow(3 + rows);
            for (int c = 0; c < HEAD.length; c++) {
                head.createCell(c).setCellValue(HEAD[c]);
            }
            Row first = s.createRow(4 + rows);
            String[] indicator = {"产出指标", "数量指标", "培训人数", "≥100人", "100人"};
            for (int c = 0; c < indicator.length; c++) {
                first.createCell(c).setCellValue(indicator[c]);
            }
            wb.write(out);
        }
        return file;
    }

    /**
     * 2,000 labels merged down 400 rows, read 2,000 columns wide (the import reads 200: the cost per cell was the width,
     * so the test widens the sheet rather than lengthen it past the import's cell limit): 1.6 billion cells read before,
     * about 200 times what the sheet holds; 800,000 now.
     */
    @Test
    void eachRowOfABlockIsReadOnce() throws Exception {
        Path file = sheet(2_000, 400, false);
        WorkbookImport.guard();
        CpuBound.within(Duration.ofSeconds(60), () -> {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                List<Grid> grids = Grid.sheets(pkg, WorkbookImport.MAX_ROWS, 2_000);
                List<FormReader.Form> forms = FormReader.readAll(grids.get(0));
                assertEquals(1, forms.size());
            }
        });
    }

    /** The block said as before: from its first label to the last figure of its rows. */
    @Test
    void theBlockIsSaidFromItsLabelToItsLastFigure() throws Exception {
        sheet(3, 4, true);
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        List<WorkbookImport.Problem> said = r.problems().stream().filter(p -> p.key().equals("funds-block-not-read")).toList();
        assertEquals(1, said.size(), r.problems().toString());
        assertEquals("目标表!A4:D5", said.get(0).cell());
    }
}
