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
 * 福建's 部门整体支出绩效自评表 as 宁德市地震局 printed it for 2020 (real-tables t46): its 一级 and 二级 spelt 产出目标 / 数量目标.
 */
class FujianImportTest {
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

    private static XSSFWorkbook table(String[] heading, String[]... rows) {
        return FormWorkbooks.table("自评表", "部门整体支出绩效自评表（2020年度）",
                new String[] {"部门(单位)名称", "宁德市地震局", "部门预算编码", "409001007"}, heading, rows);
    }

    /**
     * The categories as printed, 一级 产出目标 kept as the 一级 where no 三级 column is printed (鄂州 2022's layout: the 二级
     * column is then the row's name, as for 产出指标); before, 产出目标 was taken for a 二级 and dropped.
     */
    @Test
    void categoriesSpeltWithGoal() throws Exception {
        List<String> said = run(table(new String[] {"一级指标", "二级指标", "绩效标准", "当年预期实现值"},
                new String[] {"产出目标", "数量目标", "", "抽查台站9个"},
                new String[] {"效益目标", "社会效益目标", "", "防震减灾知识普及"}));
        JsonNode r = rows();
        assertEquals("产出目标", r.get(0).path("level1").asString(), r.toString());
        assertEquals("数量目标", r.get(0).path("name").asString(), r.toString());
        assertEquals("效益目标", r.get(1).path("level1").asString(), r.toString());
        assertEquals(List.of(), said.stream().filter(l -> l.contains("产出目标")).toList());
    }

    /**
     * 福建's 二级 printed with their points (数量目标（12分）) under a 一级 spelt 产出目标 / 效益目标 / 满意度目标 / 成本目标 are
     * indicators.json's categories, as 产出指标's are (广水 2021, FourTablesImportTest): a row printing no 分值 takes its
     * category's share. Before (session 29), only the four 指标 spellings were taken: the points were dropped and nothing said.
     * A 二级 printing points under a 一级 that is none of the categories (产出 alone, an unknown block) is said, with its cell.
     */
    @Test
    void level2PointsUnderGoalSpellings() throws Exception {
        List<String> said = run(table(new String[] {"一级指标", "二级指标", "三级指标", "绩效目标值", "实际完成值", "指标分值", "自评得分"},
                new String[] {"产出目标", "数量目标（12分）", "抽查全市地震监测台站运维情况个数", "9个", "9个", "", "6"},
                new String[] {"产出目标", "数量目标（12分）", "开展地震应急演练次数", "2次", "2次", "", "6"},
                new String[] {"效益目标", "社会效益目标（8分）", "防震减灾知识普及", "有效提升", "有效提升", "", "8"},
                new String[] {"满意度目标", "服务对象满意度目标（10分）", "群众满意度", "≥90%", "95%", "", "10"},
                new String[] {"成本目标", "经济成本目标（5分）", "运维成本", "≤30万元", "28万元", "", "5"}));
        JsonNode cats = JSON.readTree(Files.readString(tmp.resolve("submission/indicators.json"))).path("categories");
        assertEquals("[{\"level1\":\"产出目标\",\"level2\":\"数量目标\",\"points\":12},"
                + "{\"level1\":\"效益目标\",\"level2\":\"社会效益目标\",\"points\":8},"
                + "{\"level1\":\"满意度目标\",\"level2\":\"服务对象满意度目标\",\"points\":10},"
                + "{\"level1\":\"成本目标\",\"level2\":\"经济成本目标\",\"points\":5}]", cats.toString());
        assertEquals(List.of(), said.stream().filter(l -> l.contains("数量目标")).toList(), said.toString());

        io.github.jixiao.engine.EngineResult e = new io.github.jixiao.engine.Engine().run(
                io.github.jixiao.engine.EngineOptions.of(tmp, tmp.resolve("submission")));
        assertEquals(List.of(), e.findings().stream().filter(f -> f.ruleId().equals("schema-violation")).toList());
        java.util.Map<String, java.math.BigDecimal> points = new java.util.LinkedHashMap<>();
        e.sheet().criteria().forEach(c -> weights(c, points));
        assertEquals("6", points.get("抽查全市地震监测台站运维情况个数").toPlainString(), points.toString());
        assertEquals("6", points.get("开展地震应急演练次数").toPlainString(), points.toString());
    }

    private static void weights(io.github.jixiao.score.CriterionScore c, java.util.Map<String, java.math.BigDecimal> out) {
        out.put(c.name(), c.weight().stripTrailingZeros());
        c.items().forEach(i -> weights(i, out));
    }

    /** A 二级 printed with its points under a 一级 that is none of the four categories: said, not dropped in silence. */
    @Test
    void level2PointsUnderAnUnknownLevel1AreSaid() throws Exception {
        List<String> said = run(table(new String[] {"一级指标", "二级指标", "三级指标", "绩效目标值", "实际完成值", "指标分值", "自评得分"},
                new String[] {"产出", "数量（12分）", "抽查台站个数", "9个", "9个", "", "6"}));
        assertEquals(1, said.stream().filter(l -> l.contains("B4") && l.contains("数量（12分）")).count(), said.toString());
    }

    /**
     * The 自评表's own columns: 绩效目标值 (the target), 评分标准 (each row's rule, "达9个得6分,少检查一个扣1分,扣完为止") → standard,
     * 指标分值, 自评得分 (the score), 未完成原因; and 指标解释 → definition. Before, 绩效目标值 and 自评得分 were unknown headings
     * (every target and score left out) and the 评分标准 had no field.
     */
    @Test
    void selfEvaluationColumns() throws Exception {
        List<String> said = run(table(new String[] {"一级指标", "二级指标", "三级指标", "指标解释", "绩效目标值", "实际完成值", "评分标准",
                "指标分值", "自评得分", "未完成原因"},
                new String[] {"产出目标", "数量目标", "抽查全市地震监测台站运维情况个数", "全年抽查的台站个数", "9个", "9个",
                        "达9个得6分,少检查一个扣1分,扣完为止。", "6", "6", "已完成"}));
        JsonNode r = rows().get(0);
        assertEquals("9个", r.path("target").asString(), r.toString());
        assertEquals(6, r.path("score").asInt(), r.toString());
        assertEquals("达9个得6分,少检查一个扣1分,扣完为止。", r.path("standard").asString(), r.toString());
        assertEquals("全年抽查的台站个数", r.path("definition").asString(), r.toString());
        assertEquals(List.of(), said.stream().filter(l -> l.contains("表头")).toList());
    }

    /** 评(扣)分标准 and 评分规则 are the same column; 指标说明 is 指标解释's. */
    @Test
    void otherHeadings() throws Exception {
        run(table(new String[] {"一级指标", "二级指标", "三级指标", "指标说明", "指标值", "实际完成值", "评(扣)分标准", "分值", "得分"},
                new String[] {"产出指标", "数量指标", "宣传活动场数", "全年场数", "10场", "11场", "少一场扣1分", "6", "6"}));
        JsonNode r = rows().get(0);
        assertEquals("少一场扣1分", r.path("standard").asString(), r.toString());
        assertEquals("全年场数", r.path("definition").asString(), r.toString());
        assertFalse(r.has("notes"));
    }

    private JsonNode budget() throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission/budget.json"))).path("funds");
    }

    /**
     * 福建 2020's 资金结构 (宁德市地震局, t46): 年初(含历年结余结转)① / 年中调整金额② / 小计③=①+② / 年度拨付金额④ / 支出实现率⑤ /
     * 结余⑥ / 结余率⑦, each heading numbered and with its formula; 财政资金小计 over ① 项目支出 and ② 基本支出 (left out: its rows
     * are the components), 2.单位其它收入, 合 计. Before, no heading was known and the block was not read at all.
     */
    @Test
    void fundsColumns2020() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "自评表", FormWorkbooks.Quirks.NONE);
        s.text(0, 0, "部门整体支出绩效自评表（2020年度）");
        s.row(1, "部门(单位)名称", "宁德市地震局", "部门预算编码", "409001007");
        s.row(2, "资金结构(万元)", "年初部门预算安排金额(含历年结余结转)①", "年中调整金额②", "小计③=①+②", "年度拨付金额④",
                "支出实现率(%)⑤=④/③", "本年度结余金额⑥=③-④", "资金结余率(%)⑦=⑥/③");
        s.row(3, "财政资金小计", "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08");
        s.row(4, "① 项目支出", "30", "0", "30", "30", "100", "0", "0");
        s.row(5, "② 基本支出", "100.54", "58.07", "158.61", "158.45", "99.9", "0.16", "0.1");
        s.row(6, "2.单位其它收入", "0", "0", "0", "0", "0", "0", "0");
        s.row(7, "合 计", "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08");
        s.row(8, "一级指标", "二级指标", "三级指标", "绩效目标值", "实际完成值", "指标分值", "自评得分");
        s.row(9, "产出目标", "数量目标", "抽查台站个数", "9个", "9个", "6", "6");
        assertEquals(List.of(), run(wb));
        JsonNode f = budget();
        assertEquals("万元", f.path("unit").asString());
        assertEquals("{\"label\":\"合 计\",\"initial\":130.54,\"adjustment\":58.07,\"fullYear\":188.61,\"executed\":188.45,"
                + "\"executionRatePercent\":99.92,\"balance\":0.16,\"balanceRatePercent\":0.08}", f.path("total").toString());
        assertEquals(List.of("① 项目支出", "② 基本支出", "2.单位其它收入"),
                f.path("components").valueStream().map(c -> c.path("label").asString()).toList());
    }

    /** 福建 2018 (宁德 方志委, t47): 历年结余结转② apart; the blank rows and the placeholder "①……" under 其他资金小计. */
    @Test
    void fundsColumns2018() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "自评表", FormWorkbooks.Quirks.NONE);
        s.text(0, 0, "部门整体支出绩效自评表（2018年度）");
        s.row(1, "部门(单位)名称", "中共宁德市委党史和地方志研究室", "部门预算编码", "901001033");
        s.row(2, "资金结构(万元)", "年初部门预算安排金额①", "历年结余结转②", "年中调整金额③", "小计④=①+②+③", "年度拨付金额⑤",
                "支出实现率(%)⑥=⑤/④", "本年度结余金额⑦=④-⑤", "资金结余率(%)⑧=⑦/④");
        s.row(3, "财政资金小计", "2537695", "213722.82", "0", "2751417.82", "2546673.98", "93%", "204743.84", "7%");
        s.row(4, "①中央及省级财政资金");
        s.row(5, "②市级财政资金", "2537695", "213722.82", "0", "2751417.82", "2546673.98", "93%", "204743.84", "7%");
        s.row(6, "③县(市、区)财政资金");
        s.row(7, "其他资金小计");
        s.row(8, "①……");
        s.row(9, "合 计", "2537695", "213722.82", "0", "2751417.82", "2546673.98", "93%", "204743.84", "7%");
        s.row(10, "一级指标", "二级指标", "三级指标", "指标解释", "绩效目标值", "实际完成值", "指标分值", "得分");
        s.row(11, "产出指标", "数量指标", "指标1 按月发放员工工资", "", "12个月", "12个月", "6", "6");
        run(wb);
        JsonNode t = budget().path("total");
        assertEquals(213722.82, t.path("carryover").asDouble(), 1e-9, t.toString());
        assertEquals(0, t.path("adjustment").asInt(), t.toString());
        assertEquals(2751417.82, t.path("fullYear").asDouble(), 1e-9, t.toString());
        assertEquals(7, t.path("balanceRatePercent").asInt(), t.toString());
        assertEquals(List.of("①中央及省级财政资金", "②市级财政资金", "③县(市、区)财政资金"),
                budget().path("components").valueStream().map(c -> c.path("label").asString()).toList());
    }
}
