package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header label with no field (是否为专项资金, 河北 t80) is said at its cell. Each such cell scanned the rest of its row for
 * its value, and each gave a problem of its own, so a row of the label in every cell cost width² and one problem a cell
 * (helper S1's left-alone item, session 43: 25 rows × 16,000 columns took a minute and millions of problems). A row says
 * its first such label only (a form prints it once), and at most {@link FormReader#MAX_NO_FIELD} are said in a table.
 */
class NoFieldLabelsHostileTest {
    private static final String[] HEAD = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"};

    @TempDir
    Path tmp;

    private List<WorkbookImport.Problem> noField(int rows, int width) throws Exception {
        Path file = tmp.resolve("自评表" + rows + ".xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("自评表");
            s.createRow(0).createCell(0).setCellValue("2024年度项目支出绩效自评表");
            Row info = s.createRow(1);
            info.createCell(0).setCellValue("项目名称");
            info.createCell(1).setCellValue("测试项目");
            for (int r = 3; r < 3 + rows; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < width; c++) {
                    row.createCell(c).setCellValue("是否为专项资金");
                }
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
        WorkbookImport.guard();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            List<Grid> grids = Grid.sheets(pkg, WorkbookImport.MAX_ROWS, WorkbookImport.MAX_COLS);
            List<FormReader.Form> forms = FormReader.readAll(grids.get(0));
            assertEquals(1, forms.size());
            return forms.get(0).problems().stream().filter(p -> p.key().startsWith(FormReader.HEADER_NO_FIELD)).toList();
        }
    }

    @Test
    void aRowOfTheLabelIsSaidOnce() throws Exception {
        List<WorkbookImport.Problem> said = noField(3, 150);
        assertEquals(List.of("自评表!A4", "自评表!A5", "自评表!A6"), said.stream().map(WorkbookImport.Problem::cell).toList());
    }

    @Test
    void aTableSaysAtMostTheCap() throws Exception {
        assertEquals(FormReader.MAX_NO_FIELD, noField(FormReader.MAX_NO_FIELD + 5, 3).size());
    }
}
