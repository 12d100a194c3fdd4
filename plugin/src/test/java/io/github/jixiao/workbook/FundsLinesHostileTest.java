package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.testing.CpuBound;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 40 taught funds-block-not-read a heading merged across over its block's column headings (重庆's 资金情况 over
 * 年初预算数 | 全年(调整)预算数 | 全年执行数, t72): the block is the lines below, as long as each holds an amount. Every such
 * heading followed the lines to their end, so a sheet where every row is such a heading (and holds an amount) read the rest
 * of the sheet at every row and every heading: rows² × headings. Each row is now followed down once (helper H5, session 41).
 */
class FundsLinesHostileTest {
    private static final String[] HEAD = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"};

    @TempDir
    Path tmp;

    /**
     * A funds block the import reads (so that a block of unread figures is not said and the next heading is looked at
     * too), then {@code rows} rows each of {@code headings} 资金情况 merged across two columns, 全年预算数 | 全年执行数 and an
     * amount; the indicator heading and one row under them.
     */
    private Path sheet(int rows, int headings) throws Exception {
        Path file = tmp.resolve("目标表.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("目标表");
            int r = 0;
            s.createRow(r++).createCell(0).setCellValue("2024年度项目支出绩效目标表");
            Row info = s.createRow(r++);
            info.createCell(0).setCellValue("项目名称");
            info.createCell(1).setCellValue("测试项目");
            info.createCell(2).setCellValue("单位：万元");
            String[][] funds = {{"资金情况", "年初预算数", "全年预算数", "全年执行数"}, {"年度资金总额", "100", "100", "90"}};
            for (String[] line : funds) {
                Row x = s.createRow(r++);
                for (int c = 0; c < line.length; c++) {
                    if (c > 0 && line[c].matches("[0-9]+")) {
                        x.createCell(c).setCellValue(Integer.parseInt(line[c]));
                    } else {
                        x.createCell(c).setCellValue(line[c]);
                    }
                }
            }
            for (int i = 0; i < rows; i++, r++) {
                Row x = s.createRow(r);
                for (int l = 0; l < headings; l++) {
                    x.createCell(2 * l).setCellValue("资金情况");
                    s.addMergedRegionUnsafe(new CellRangeAddress(r, r, 2 * l, 2 * l + 1));
                }
                x.createCell(2 * headings).setCellValue("全年预算数");
                x.createCell(2 * headings + 1).setCellValue("全年执行数");
                x.createCell(2 * headings + 2).setCellValue(100 + i);
            }
            Row head = s.createRow(r++);
            for (int c = 0; c < HEAD.length; c++) {
                head.createCell(c).setCellValue(HEAD[c]);
            }
            Row first = s.createRow(r);
            String[] indicator = {"产出指标", "数量指标", "培训人数", "≥100人", "100人"};
            for (int c = 0; c < indicator.length; c++) {
                first.createCell(c).setCellValue(indicator[c]);
            }
            wb.write(out);
        }
        return file;
    }

    /**
     * 60,000 rows of one such heading (a 1 MB file within the import's limits): 28 s of CPU in the reading before (each
     * heading read every row below it; 99,000 rows took 70 s), 2 s now.
     */
    @Test
    void eachRowIsFollowedDownOnce() throws Exception {
        Path file = sheet(60_000, 1);
        WorkbookImport.guard();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            List<Grid> grids = Grid.sheets(pkg, WorkbookImport.MAX_ROWS, WorkbookImport.MAX_COLS);
            List<FormReader.Form> forms = CpuBound.within(Duration.ofSeconds(20), () -> FormReader.readAll(grids.get(0)));
            assertEquals(1, forms.size());
            assertEquals(List.of(), forms.get(0).problems().stream().map(WorkbookImport.Problem::key)
                    .filter(k -> k.startsWith("funds-")).toList());
        }
    }

    /** The pattern {@link FormReader#labelledAmount} replaces. */
    private static final Pattern OLD = Pattern.compile("^(.*[^\\d.:\\s])\\s*:\\s*(\\d[\\d,]*(?:\\.\\d+)?)$");

    /** It reads a label and its amount as the pattern did, on the texts of t70 and on random ones. */
    @Test
    void aLabelledAmountIsReadAsThePatternReadIt() {
        for (String t : List.of("按收入性质分:2030.12", "其他资金:585.62", "其他资金:", ":585.62", "其他资金1:5", "a.:5", "a::5", "其他资金:5.",
                "其他资金:,5", "其他资金:5,000.5", "其他:资金:5", "其他资金:5a")) {
            assertEquals(old(t), List.of((Object[]) orNone(FormReader.labelledAmount(t))), t);
        }
        Random rnd = new Random(41);
        String alphabet = "资a1 0,.::\t\n\r\u000B\u0085\u2028\u001C";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = rnd.nextInt(14); n > 0; n--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            assertArrayEquals(old(t).toArray(), orNone(FormReader.labelledAmount(t)), t);
        }
    }

    private static List<Object> old(String t) {
        Matcher m = OLD.matcher(t);
        return m.matches() ? List.of(m.group(1), m.group(2)) : List.of();
    }

    private static Object[] orNone(String[] v) {
        return v == null ? new Object[0] : v;
    }
}
