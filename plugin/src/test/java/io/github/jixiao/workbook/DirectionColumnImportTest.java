package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The 指标方向 column as three provinces print it (real tables t32 乌海 2021, t33 井研 2023, t35 秀屿 2025): 正向 / 反向
 * (正向指标 / 反向指标) → {@code direction}, under 指标方向, 指标方向性 or, as 乌海 prints them, 指标性质; a comparator under
 * 指标方向 (福建: ≥ ≤) → {@code comparator}; 是/否 (福建's yes-or-no row) → neither. The heading is no longer said to be
 * unknown (since 3125fa4 it was, and its column dropped).
 */
class DirectionColumnImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private List<String> run(XSSFWorkbook wb) throws Exception {
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        return FormWorkbooks.importSaying(tmp, false);
    }

    private JsonNode rows() throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission/indicators.json"))).path("indicators");
    }

    private static XSSFWorkbook table(String title, String[] heading, String[]... rows) {
        return FormWorkbooks.table("目标表", title,
                new String[] {"项目名称", "再生资源回收市场管理经费", "主管部门", "乌海市供销合作社联合社"}, heading, rows);
    }

    /** 乌海 2021: 指标性质 holds 正向 / 反向, 指标方向 the "=". */
    @Test
    void innerMongolia() throws Exception {
        List<String> said = run(table("项目绩效目标表（2021年）",
                new String[] {"一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值"},
                new String[] {"产出指标", "数量指标", "出差人次", "正向", "=", "24", "人/次", "4"},
                new String[] {"产出指标", "成本指标", "出差总成本", "反向", "=", "1", "万元", "4"}));
        JsonNode r = rows();
        assertEquals("正向", r.get(0).path("direction").asString());
        assertEquals("=", r.get(0).path("comparator").asString());
        assertEquals("反向", r.get(1).path("direction").asString());
        assertEquals("=", r.get(1).path("comparator").asString());
        assertFalse(r.get(0).has("nature"));
        assertEquals(List.of(), said.stream().filter(l -> l.contains("表头")).toList());
    }

    /** 井研 2023: 指标性质 holds the comparator, 指标方向性 正向指标. */
    @Test
    void sichuan() throws Exception {
        List<String> said = run(table("部门预算项目绩效目标申报表(2023年度)",
                new String[] {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"},
                new String[] {"产出指标", "数量指标", "村组干部230人", "≥", "230", "个", "10", "正向指标"},
                new String[] {"产出指标", "成本指标", "报酬发放成本", "", "330", "万元", "10", "反向指标"}));
        JsonNode r = rows();
        assertEquals("正向指标", r.get(0).path("direction").asString());
        assertEquals("≥", r.get(0).path("comparator").asString());
        assertEquals("反向指标", r.get(1).path("direction").asString());
        assertFalse(r.get(1).has("comparator"));
        assertEquals(List.of(), said.stream().filter(l -> l.contains("表头")).toList());
    }

    /** 秀屿 2025: 指标方向 holds ≥ / ≤ (→ comparator) or 是/否 (neither: the row's target is 否 as printed). */
    @Test
    void fujian() throws Exception {
        List<String> said = run(table("秀屿区2025年省级第七批水利专项资金绩效目标表",
                new String[] {"一级指标", "二级指标", "三级指标", "指标解释", "指标方向", "指标值"},
                new String[] {"成本指标", "经济成本指标", "省级财政专项资金投入成本控制率(%)", "反映成本控制情况", "≤", "100%"},
                new String[] {"产出指标", "数量指标", "开展修复工程(个)", "反映修复项目开展情况", "≥", "1"},
                new String[] {"产出指标", "质量指标", "已建工程是否存在质量问题", "是否发现质量问题", "是/否", "否"}));
        JsonNode r = rows();
        assertEquals("≤", r.get(0).path("comparator").asString());
        assertEquals("≥", r.get(1).path("comparator").asString());
        assertFalse(r.get(0).has("direction"));
        assertFalse(r.get(2).has("comparator"));
        assertFalse(r.get(2).has("direction"));
        assertEquals("否", r.get(2).path("target").asString());
        assertEquals(List.of(), said.stream().filter(l -> l.contains("表头")).toList());
    }

    /**
     * The direction said in words (越大越好, 正向（越大越好）) is the direction; a dash is nothing; any other text is said in
     * the import's log, naming the cell, not written as a comparator the schema would refuse (review V2, session 26).
     */
    @Test
    void otherSpellingsUnderTheDirectionColumn() throws Exception {
        List<String> said = run(table("项目绩效目标表",
                new String[] {"一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位", "分值"},
                new String[] {"产出指标", "数量指标", "出差人次", "越大越好", "24", "人次", "4"},
                new String[] {"产出指标", "数量指标", "培训人次", "正向（越大越好）", "30", "人次", "4"},
                new String[] {"产出指标", "成本指标", "出差总成本", "越小越好", "1", "万元", "4"},
                new String[] {"产出指标", "质量指标", "合格率", "—", "95%", "", "4"},
                new String[] {"产出指标", "时效指标", "完成时间", "按期", "2021年12月", "", "4"}));
        JsonNode r = rows();
        assertEquals("正向", r.get(0).path("direction").asString());
        assertEquals("正向", r.get(1).path("direction").asString());
        assertEquals("反向", r.get(2).path("direction").asString());
        for (int k = 0; k < 5; k++) {
            assertFalse(r.get(k).has("comparator"), r.get(k).toString());
        }
        assertFalse(r.get(3).has("direction"));
        assertFalse(r.get(4).has("direction"));
        // the sheet prints no year (its title 项目绩效目标表 alone): said, and where to type it
        assertEquals(List.of("x: 表头 目标表!A1:G2（年度一栏、标题、表上方的短行）中没有年度，department.json 中没有 year（check 以 schema 的 required 报告）。"
                        + "请在 department.json 中填写本表的年度（\"year\": YYYY，YYYY 换成本表的四位年份，不加引号），或在表上方加一行“年度：YYYY”（写上年份）后再导入",
                "x: 指标方向一栏的单元格 目标表!D8“按期”既不是正向、反向，也不是比较符（≥、≤ 等），该值未导入"), said);
    }
}
