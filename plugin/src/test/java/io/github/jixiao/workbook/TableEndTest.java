package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.CpuBound;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the indicator table ends (review V, session 26): a footer line (填表人：…, 注：…) or a row merged across the
 * table ends it; an indicator whose name begins with a footer's word (填报人员培训次数) and a category banner merged across
 * the table with indicators below it (产出（50分）) do not — before, each ended the table and lost the rows after it
 * without a word.
 */
class TableEndTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] HEAD = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"};

    @TempDir
    Path tmp;

    private static void row(Sheet s, int r, String... cells) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    /** A 自评表 with {@code body} under its heading (row 3), then {@code tail}, each a row's cells. */
    private List<String> names(String[][] body, List<int[]> merges, String[]... tail) throws Exception {
        imported(HEAD, body, merges, tail);
        List<String> out = new ArrayList<>();
        for (JsonNode i : JSON.readTree(Files.readString(tmp.resolve("submission/indicators.json"))).path("indicators")) {
            out.add(i.path("name").asString(""));
        }
        return out;
    }

    /** The import of a 自评表 with the heading {@code head} (row 3), {@code body} under it, then {@code tail}. */
    private WorkbookImport.Result imported(String[] head, String[][] body, List<int[]> merges, String[]... tail) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("自评表");
            row(s, 0, "项目支出绩效自评表");
            row(s, 1, "项目名称", "某项目");
            row(s, 2, "主管部门", "某局");
            row(s, 3, head);
            int r = 4;
            for (String[] b : body) {
                row(s, r++, b);
            }
            for (String[] t : tail) {
                row(s, r++, t);
            }
            for (int[] m : merges) {
                s.addMergedRegionUnsafe(new CellRangeAddress(m[0], m[1], m[2], m[3]));
            }
            FormWorkbooks.save(wb, tmp.resolve("自评表.xlsx"));
        }
        return WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), true);
    }

    /**
     * Headings real forms print (九亭 2020 and 海淀 2016: 未完成原因, 得分计算方法; 萧县 2023: 未完成原因及拟采取的改进措施):
     * the reason column is the rows' explanation, the method column a column with no field, and neither is said to be
     * unrecognised (review V, session 26: both were "未识别", and the reasons lost).
     */
    @Test
    void theReasonAndMethodColumnsRealFormsPrint() throws Exception {
        for (String reason : List.of("未完成原因", "未完成原因及拟采取的改进措施", "偏差原因及改进措施")) {
            String[] head = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", reason, "得分计算方法"};
            WorkbookImport.Result r = imported(head, new String[][] {
                {"产出指标", "数量指标", "培训人数", "≥100人", "80人", "10", "8", "报名人数不足", "实际/目标×分值"}}, List.of());
            assertEquals(List.of(), r.problems().stream().filter(p -> p.key().equals("unknown-heading")).map(p -> p.cell()).toList(), reason);
            JsonNode row = JSON.readTree(Files.readString(tmp.resolve("submission/indicators.json"))).path("indicators").get(0);
            assertEquals("报名人数不足", row.path("explanation").asString(""), reason);
            Files.walk(tmp.resolve("submission")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A unit's code after its name is cut in one pass: 200,000 spaces before it took minutes (quadratic, review V). */
    @Test
    void aCodeAfterTheNameIsCutInOnePass() {
        CpuBound.within(Duration.ofSeconds(20), () -> {
            assertEquals("湘潭市城市管理和综合执法局", FormReader.stripCode("湘潭市城市管理和综合执法局 308001"));
            assertEquals("池州市贵池区", FormReader.stripCode("219-池州市贵池区"));
            assertEquals("某局 12", FormReader.stripCode("某局 12"));
            String spaces = " ".repeat(200_000);
            assertEquals("某局" + spaces + "x", FormReader.stripCode("某局" + spaces + "x"));
            assertEquals("某局", FormReader.stripCode("某局" + spaces + "308001"));
        });
    }

    /**
     * A column's heading is read in one pass (review v27): "得分（a⟨30 000 blanks⟩b）" is still a 得分 column, and the
     * regex that took the spaces out tried each blank's every start — seconds a column, minutes a hostile workbook.
     */
    @Test
    void aHeadingWithALongRunOfBlanksIsReadInOnePass() throws Exception {
        CpuBound.within(Duration.ofSeconds(20), () -> {
            assertEquals("年度指标值", FormReader.heading("年度\n指标值"));
            assertEquals("得分（分）", FormReader.heading(" 得分 \u3000（分） "));
            assertEquals("Score (points)", FormReader.heading("Score \t\n (points)"));
            assertEquals("分值a b", FormReader.heading("分值  a \r\n b"));
            assertEquals(null, FormReader.heading(" \u3000\n"));
            String blanks = " ".repeat(60_000);
            assertEquals("得分（a b）", FormReader.heading("得分（a" + blanks + "b）"));
            // spaces and tabs at random: a run of spaces alone packs so small the import takes the file for a zip bomb
            java.util.Random random = new java.util.Random(27);
            StringBuilder run = new StringBuilder();
            for (int k = 0; k < 32_000; k++) {
                run.append(random.nextBoolean() ? ' ' : '\t');
            }
            String wide = run.toString();
            String[] head = {"一级指标", "二级指标", "三级指标", "年度指标值（a" + wide + "b）", "实际完成值（a" + wide + "b）",
                "分值（a" + wide + "b）", "得分（a" + wide + "b）"};
            imported(head, new String[][] {{"产出指标", "数量指标", "培训人数", "≥100人", "120人", "10", "10"}}, List.of());
            JsonNode cols = JSON.readTree(Files.readString(tmp.resolve("submission/" + WorkbookImport.CELLS))).path("columns");
            assertTrue(cols.toString().contains("得分（a b）"), cols.toString());
        });
    }

    @Test
    void anIndicatorNamedWithAFootersWordIsRead() throws Exception {
        String[][] body = {
            {"产出指标", "数量指标", "培训人数", "≥100人", "120人", "10", "10"},
            {"产出指标", "数量指标", "填报人员培训次数", "≥2次", "2次", "10", "10"},
            {"产出指标", "质量指标", "合格率", "≥95%", "96%", "10", "10"},
            {"满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", "10", "10"},
        };
        assertEquals(List.of("培训人数", "填报人员培训次数", "合格率", "满意度"),
                names(body, List.of(new int[] {4, 6, 0, 0}, new int[] {4, 5, 1, 1}), new String[] {"填表人：张三"}));
    }

    @Test
    void aSignersLineEndsTheTable() throws Exception {
        String[][] body = {{"产出指标", "数量指标", "培训人数", "≥100人", "120人", "10", "10"}};
        assertEquals(List.of("培训人数"), names(body, List.of(), new String[] {"填表人：张三", null, null, null, null, null, null},
                new String[] {"产出指标", "数量指标", "不是指标", "1", "1", "1", "1"}));
    }

    @Test
    void aCategoryBannerAcrossTheTableDoesNotEndIt() throws Exception {
        String banner1 = "产出（50分）";
        String banner2 = "效益（40分）";
        String[][] body = {
            {banner1, banner1, banner1, banner1, banner1, banner1, banner1},
            {"产出指标", "数量指标", "培训人数", "≥100人", "120人", "50", "50"},
            {banner2, banner2, banner2, banner2, banner2, banner2, banner2},
            {"效益指标", "社会效益指标", "群众知晓率", "≥90%", "92%", "40", "40"},
        };
        List<String> got = names(body, List.of(new int[] {4, 4, 0, 6}, new int[] {6, 6, 0, 6}),
                new String[] {"注：本表由项目单位填报", "注：本表由项目单位填报", "注：本表由项目单位填报", "注：本表由项目单位填报",
                        "注：本表由项目单位填报", "注：本表由项目单位填报", "注：本表由项目单位填报"});
        assertEquals(List.of("培训人数", "群众知晓率"), got, "the banners are no indicators, and the note ends the table");
    }

    /**
     * A signer's or a stamp line prints labelled texts under the value columns (联系电话：…, 填报日期：…, 单位公章： 年 月 日):
     * they are no figures, and the line ends the table (review V2, session 26: it became an indicator).
     */
    @Test
    void aSignersLineWithLabelledCellsEndsTheTable() throws Exception {
        String[][] body = {{"产出指标", "数量指标", "培训人数", "≥100人", "120人", "10", "10"}};
        assertEquals(List.of("培训人数"), names(body, List.of(),
                new String[] {"填表人：张三", null, null, "联系电话：0755-1234", null, "填报日期：2023年3月1日", null}));
        assertEquals(List.of("培训人数"), names(body, List.of(),
                new String[] {"主管部门审核意见", null, null, "单位公章： 年 月 日", null, null, null}));
    }

    /** A note merged across the table, then signers' lines: the note ends the table; nothing after it is an indicator. */
    @Test
    void aNoteThenSignersEndsTheTable() throws Exception {
        String note = "说明：以上数据由财务科提供";
        String[][] body = {{"产出指标", "数量指标", "培训人数", "≥100人", "120人", "10", "10"},
            {note, note, note, note, note, note, note},
            {"单位负责人：李四", null, null, "财务负责人：王五", null, "联系电话：123", null}};
        assertEquals(List.of("培训人数"), names(body, List.of(new int[] {5, 5, 0, 6})));
    }

    @Test
    void aNoteMergedAcrossTheTableStillEndsIt() throws Exception {
        String note = "说明：以上数据由财务科提供";
        String[][] body = {{"产出指标", "数量指标", "培训人数", "≥100人", "120人", "10", "10"},
            {note, note, note, note, note, note, note}};
        assertEquals(List.of("培训人数"), names(body, List.of(new int[] {5, 5, 0, 6})));
    }

    /** Thousands of merged rows with no figures under them: each row's look below is not a scan of the rest. */
    @Test
    void manyMergedRowsAreScannedOnce() throws Exception {
        CpuBound.within(Duration.ofSeconds(60), () -> {
            int n = 20_000;
            String[][] body = new String[n + 1][];
            body[0] = new String[] {"产出指标", "数量指标", "培训人数", "≥100人", "120人", "10", "10"};
            List<int[]> merges = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                String t = "第" + k + "段说明";
                body[k] = new String[] {t, t, t, t, t, t, t};
                merges.add(new int[] {4 + k, 4 + k, 0, 6});
            }
            assertEquals(List.of("培训人数"), names(body, merges));
        });
    }
}
