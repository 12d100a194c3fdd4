package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2023 区域 form's 资金管理情况 block (session 58, E6): 执行准确性's 存在问题和改进措施 is the form's reason for the execution,
 * and the import writes it to {@code funds.executionExplanation}, as t134 (宣城 动物防疫 2023) was transcribed by hand; before,
 * the import left the block unread and check said a 31.08 % execution had no reason (execution-rate-unexplained), which the
 * printed block contradicts. A 无 in that cell (the other lines of t134) or a blank one (t68 田家庵 2024) writes nothing.
 */
class ManagementReasonImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    /**
     * t134's cells as SOURCE.md prints them (the run-together copy split as it adds up): title, the four owners, 资金投入情况
     * (万元) over its four lines, 资金管理情况 over 情况说明 | 存在问题和改进措施 and its five lines to 执行准确性, whose 存在问题 the
     * copy cuts ("因使用了往年结余资金采"), as the hand transcription has it, then the form's indicator heading (past the
     * copy's cut: an import reads no workbook without one). {@code problem}: that cell.
     */
    static XSSFWorkbook xuancheng2023(String problem) {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = RealTableWorkbooks37.sheet(wb);
        s.text(0, 0, "宣城市转移支付区域(项目)绩效目标自评表\n(2023年度)");
        s.merge(0, 0, 0, 5);
        String[][] owners = {{"转移支付(项目)名称", "中央农业防灾减灾(动物防疫补助)及省级农业高质量发展(“两强一增”行动)"},
                {"中央主管部门", "农业农村部"}, {"地方主管部门", "省农业农村厅"}, {"资金使用单位", "宣城市农业农村局"}};
        for (int k = 0; k < owners.length; k++) {
            s.row(1 + k, owners[k][0], owners[k][1]);
            s.merge(1 + k, 1 + k, 1, 5);
        }
        s.row(5, "资金投入情况\n(万元)", "", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)");
        RealTableWorkbooks37.rows(s, 6, 1, new String[][] {{"年度资金总额:", "148", "46", "31.00%"},
                {"其中:中央财政资金", "102", "0", "0%"}, {"地方资金", "46", "46", "100%"}, {"其他资金"}});
        s.merge(5, 9, 0, 0);
        s.row(10, "资金管理情况", "", "情况说明", "", "存在问题和改进措施");
        String[][] management = {{"分配科学性", "分配科学", "无"}, {"下达及时性", "下达及时", "无"}, {"拨付合规性", "拨付合规", "无"},
                {"使用规范性", "使用规范", "无"}, {"执行准确性", "执行准确", problem}};
        s.merge(10, 10, 2, 3);
        s.merge(10, 10, 4, 5);
        for (int k = 0; k < management.length; k++) {
            s.row(11 + k, "", management[k][0], management[k][1], "", management[k][2]);
            s.merge(11 + k, 11 + k, 2, 3);
            s.merge(11 + k, 11 + k, 4, 5);
        }
        s.merge(10, 15, 0, 0);
        // the form's indicator heading, which the copy's cut leaves out (t68's copy ends at it): the import needs a table to read
        s.row(16, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值");
        return wb;
    }

    private JsonNode imported(XSSFWorkbook wb) throws Exception {
        FormWorkbooks.save(wb, tmp.resolve("forms/t134.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/t134.xlsx", tmp.resolve("submission"), true);
        assertTrue(Files.isRegularFile(tmp.resolve("submission/budget.json")), () -> String.valueOf(FormWorkbooks.said(r, Locale.CHINA)));
        return JSON.readTree(Files.readString(tmp.resolve("submission/budget.json")));
    }

    @Test
    void theExecutionAccuracyProblemIsTheExecutionsReasonAsTranscribedByHand() throws Exception {
        JsonNode funds = imported(xuancheng2023("因使用了往年结余资金采")).path("funds");
        Path hand = Path.of(getClass().getResource("/real-tables/t134-xuancheng-dongwufangyi-2023/submission/budget.json").toURI());
        assertEquals(JSON.readTree(Files.readString(hand)).path("funds"), funds);
        assertEquals("Sheet1!E16", JSON.readTree(Files.readString(tmp.resolve("submission/" + WorkbookImport.CELLS)))
                .path("cells").path("submission/budget.json#/funds/executionExplanation").asString());
        // and check then finds the low execution explained, as on the hand transcription (no execution-rate-unexplained)
        assertEquals(List.of(), ImportedTables.findings(tmp, true).stream().filter(f -> f.startsWith("execution-rate-unexplained")).toList());
    }

    @Test
    void aNoneOrABlankCellWritesNoReason() throws Exception {
        for (String none : new String[] {"无", "无。", "", "/"}) {
            JsonNode funds = imported(xuancheng2023(none)).path("funds");
            assertTrue(funds.path("executionExplanation").isMissingNode(), none + ": " + funds);
            assertEquals(148, funds.path("total").path("fullYear").asInt(), none);
        }
    }
}
