package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import path of real table t56 (2020年度长江禁捕项目自评表, session 31): the cells as its SOURCE.md prints them, kept as a
 * sheet and imported; what the import writes is held to the hand transcription ({@code real-tables/t56-jinbu-yuye-2020}),
 * field by field, and check says of it what it says of the hand transcription (RealTablesTest.jinbuYuye2020).
 */
class RealTablesImport31Test {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private static Path hand(String table) throws Exception {
        return Path.of(RealTablesImport31Test.class.getResource("/real-tables/" + table).toURI());
    }

    private static JsonNode read(Path p) throws Exception {
        return JSON.readTree(Files.readString(p));
    }

    /** t56 as its SOURCE.md prints it: the 20 + 80 自评表 of t13 and t18, the funds row's 执行率 printed 1 (B/A). */
    static XSSFWorkbook jinbu() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "Sheet1", FormWorkbooks.Quirks.NONE);
        s.text(0, 0, "2020年度长江禁捕项目自评表");
        s.row(1, "单位名称：农业工作科", "", "", "", "", "填报日期：");
        s.row(2, "项目名称", "渔业成品油价格改革补贴");
        s.row(3, "主管部门", "区市场监督管理局", "", "项目实施单位", "农业科");
        s.row(4, "项目类别", "1、部门预算项目 2、市直专项 3、市对下转移支付项目");
        s.row(5, "项目属性", "1、持续性项目 2、新增性项目");
        s.row(6, "项目类型", "1、常年性项目 2、延续性项目 3、一次性项目");
        s.row(7, "预算执行情况(万元)(20分)", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)");
        s.row(8, "", "年度财政资金总额");
        s.num(8, 2, "1.56");
        s.num(8, 3, "1.56");
        s.num(8, 4, "1");
        s.num(8, 5, "20");
        s.row(9, "年度绩效目标(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分");
        s.row(10, "", "产出指标", "数量指标", "补贴渔船数", "6", "6", "20");
        s.row(11, "", "", "质量指标", "渔船补贴发放率", "100%", "100%", "10");
        s.row(12, "", "", "时效指标", "12月底之前完成", "100%", "100%", "10");
        s.row(13, "", "效益指标", "", "", "", "", "");
        s.row(14, "", "满意度指标", "服务对象满意度", "退捕渔民抽样调查满意度", "90%", "≥90%", "40");
        s.row(15, "总分", "", "", "", "", "", "100");
        s.row(16, "偏差大或目标未完成原因分析", "无");
        s.row(17, "改进措施及结果应用方案", "无");
        return wb;
    }

    /** Imports t56's sheet with its framework (-Djixiao.framework), as the hand transcription names it; what the import said. */
    private List<String> importJinbu(Path h) throws Exception {
        FormWorkbooks.save(jinbu(), tmp.resolve("forms/表.xlsx"));
        Files.copy(h.resolve("jinbu-project-2020.json"), tmp.resolve("jinbu-project-2020.json"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false, "jinbu-project-2020.json");
        return r.problems().stream().map(p -> p.message(new io.github.jixiao.report.Messages(java.util.Locale.CHINA), "x")).toList();
    }

    /**
     * t56's rows as printed (一级 / 二级 / 三级 / 年初目标值(A) / 实际完成值(B) / 得分, no 分值; the 效益指标 label with nothing
     * beside it, no row): every row as transcribed by hand, in order, targets and all, and the header. Before session 31 the
     * 年初目标值(A) column was not read: every row lost its target (the log said the heading was not recognised, and check then
     * asked each row for a target the table prints).
     */
    @Test
    void jinbu2020Rows() throws Exception {
        Path h = hand("t56-jinbu-yuye-2020");
        List<String> said = importJinbu(h);
        String[] fields = {"level1", "level2", "name", "target", "actual", "points", "score", "explanation"};
        assertEquals(ImportedTables.rows(read(h.resolve("submission/indicators.json")).path("indicators"), fields),
                ImportedTables.rows(read(tmp.resolve("submission/indicators.json")).path("indicators"), fields));
        JsonNode dept = read(tmp.resolve("submission/department.json"));
        JsonNode handDept = read(h.resolve("submission/department.json"));
        for (String f : new String[] {"kind", "name", "year", "stage", "title", "project", "framework"}) {
            assertEquals(handDept.path(f), dept.path(f), f);
        }
        assertEquals(List.of(), said);
    }

    /**
     * t56's funds row as printed (预算数(A) / 执行数(B) / 执行率(B/A) / 得分(20分*执行率), the 执行率 the ratio 1): its 预算数 is the
     * full-year budget (the form's 备注: 预算数为调整后财政资金总额), as transcribed by hand; and check says of the import what it
     * says of the hand transcription (RealTablesTest.jinbuYuye2020). Before session 31 the funds block was not read at all,
     * without a word (budget.json with no funds): 预算数 was no heading the import knew.
     */
    @Test
    void jinbu2020Funds() throws Exception {
        Path h = hand("t56-jinbu-yuye-2020");
        assertEquals(List.of(), importJinbu(h));
        JsonNode funds = read(tmp.resolve("submission/budget.json")).path("funds");
        JsonNode handFunds = read(h.resolve("submission/budget.json")).path("funds");
        assertEquals(handFunds.path("unit"), funds.path("unit"));
        for (String f : new String[] {"label", "fullYear", "executed", "executionRatePercent", "score"}) {
            assertEquals(handFunds.path("total").path(f), funds.path("total").path(f), f);
        }
        // the hand transcription's funds points (20, from the block's heading 预算执行情况(万元)(20分)) and the footer's 无
        // (problems, improvements) have no cell the import reads: check says the same of both
        assertEquals(ImportedTables.findings(h, true), ImportedTables.findings(tmp, true));
    }
}
