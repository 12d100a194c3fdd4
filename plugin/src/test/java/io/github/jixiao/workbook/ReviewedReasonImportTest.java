package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.Messages;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 复核理由 (the reviewer's reason) beside a 复核分 (reviewer's score), as a reviewer's copy of 湖北 广水 2021's 自评表 adds it:
 * the column goes to {@code reviewedReason} on the indicator rows, the funds block's row and a 评分表's criteria, its cell in
 * the sidecar, under each heading reviewers write (复核理由, 复核意见, 复核说明, 扣分原因（复核）). Before, the column was an
 * unknown heading and the reason lost. The unit's own 偏差原因 stays its {@code explanation}; a reason column with no 复核分
 * beside it is not read as the reviewer's; a table without the column imports as before, byte for byte.
 */
class ReviewedReasonImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    /** 广水's table with a 复核分 column ({@code reviewed}, null: none) and a reason column headed {@code reason} (null: none). */
    private List<String> run(Path project, String reviewed, String reason) throws Exception {
        return run(project, reviewed, reason, null);
    }

    /** … imported under the framework {@code framework} (a project path, null: none named), 项目决策 · 决策依据 its first row. */
    private List<String> run(Path project, String reviewed, String reason, String framework) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("自评表");
            String[][] rows = {
                {"广水市财政预算支出项目绩效目标自评表"},
                {"项目名称", "乡村道路建设养护项目"},
                {"主管部门", "广水市交通运输局"},
                {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", reviewed, reason},
                {"项目资金（万元）", "年度资金总额", "309", "309", "309", "10", "100%", "10", "9", "支付凭证缺 2 笔"},
                {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", reviewed, reason, "偏差原因分析及改进措施"},
                framework == null ? new String[0]
                        : new String[] {"项目决策", "决策依据", "", "", "", "2", "2", "1", "无上级文件或审批报告", "有年度工作计划"},
                {"产出指标", "数量指标", "乡村道路建设养护里程", "≥300公里", "300公里", "15", "15", "15", "", ""},
                {"产出指标", "质量指标", "工程验收合格率", "100%", "95%", "15", "15", "13.5", "验收报告 5% 路段不合格，按完成比例扣分", "雨季施工，已返工"},
                {"效益指标", "社会效益指标", "群众出行条件改善", "明显改善", "明显改善", "30", "30", "", "", ""},
            };
            rows = java.util.Arrays.stream(rows).filter(x -> x.length > 0).toArray(String[][]::new);
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null && !rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            FormWorkbooks.save(wb, project.resolve("forms/表.xlsx"));
        }
        if (framework == null) {
            return FormWorkbooks.importSaying(project, true);
        }
        WorkbookImport.Result r = WorkbookImport.run(project, "forms/表.xlsx", project.resolve("submission"), true, framework);
        return r.problems().stream().map(p -> p.message(new Messages(Locale.CHINA), "x")).toList();
    }

    private static JsonNode read(Path project, String file) throws Exception {
        return JSON.readTree(Files.readString(project.resolve("submission/" + file)));
    }

    @Test
    void eachHeadingGoesToReviewedReasonWithItsCell() throws Exception {
        for (String heading : List.of("复核理由", "复核意见", "复核说明", "扣分原因（复核）", "扣分原因(复核)")) {
            Path project = tmp.resolve("p" + heading.hashCode());
            List<String> said = run(project, "复核分", heading);
            assertEquals(List.of(), said.stream().filter(l -> l.contains("复核") || l.contains("扣分原因")).toList(), heading);
            JsonNode ind = read(project, "indicators.json").path("indicators");
            assertFalse(ind.get(0).has("reviewedReason"), heading + ": a blank cell stays absent");
            assertEquals("验收报告 5% 路段不合格，按完成比例扣分", ind.get(1).path("reviewedReason").asString(), heading);
            assertEquals("雨季施工，已返工", ind.get(1).path("explanation").asString(), heading + ": the unit's own reason kept apart");
            assertEquals("13.5", ind.get(1).path("reviewedScore").asString(), heading);
            JsonNode total = read(project, "budget.json").path("funds").path("total");
            assertEquals("支付凭证缺 2 笔", total.path("reviewedReason").asString(), heading);
            assertEquals(9, total.path("reviewedScore").asInt(), heading);
            String sidecar = Files.readString(project.resolve("submission/" + WorkbookImport.CELLS));
            assertTrue(sidecar.contains("\"submission/indicators.json#/indicators/1/reviewedReason\" : \"自评表!I8\""), sidecar);
            assertTrue(sidecar.contains("\"submission/budget.json#/funds/total/reviewedReason\" : \"自评表!J5\""), sidecar);
        }
    }

    /**
     * 广水 2021's criterion rows in the indicator table (项目决策 | 决策依据 | … | 2 | 2 | 1), read as claims on the assessed
     * criteria of the framework named for the import: the reviewer's reason goes with the claim's 复核分.
     */
    @Test
    void anAssessedRowsReason() throws Exception {
        Path project = tmp.resolve("guangshui");
        String fw = AssessedBlankTest.framework(project, AssessedBlankTest.GUANGSHUI);
        List<String> said = run(project, "复核分", "复核理由", fw);
        assertEquals(List.of(), said.stream().filter(l -> l.contains("复核")).toList());
        JsonNode c = read(project, "self-assessment.json").path("criteria").get(0);
        assertEquals("决策依据", c.path("name").asString(), c.toString());
        assertEquals(1, c.path("reviewedScore").asInt());
        assertEquals("无上级文件或审批报告", c.path("reviewedReason").asString());
        // the unit's 偏差原因 is the unit's reason for its own score (since session 42 the claim's reason, under its heading), not
        // the reviewer's
        assertFalse(c.has("explanation") || c.path("reviewedReason").asString().contains("有年度工作计划"), "the unit's 偏差原因 is not the reviewer's: " + c);
        assertEquals("偏差原因分析及改进措施：有年度工作计划", c.path("reason").asString(), c.toString());
        String sidecar = Files.readString(project.resolve("submission/" + WorkbookImport.CELLS));
        assertTrue(sidecar.contains("\"submission/self-assessment.json#/criteria/0/reviewedReason\" : \"自评表!I7\""), sidecar);
    }

    /** A finding on the reviewer's row points at the reason's row in the workbook and quotes the reason. */
    @Test
    void theFindingQuotesTheImportedReason() throws Exception {
        Path project = tmp.resolve("check");
        run(project, "复核分", "复核理由");
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
        List<Finding> reviewed = r.findings().stream().filter(f -> f.ruleId().equals("score-reviewed-differs")).toList();
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE).withCells(Cells.of(io.github.jixiao.engine.Imported.read(project,
                project.resolve("submission"))));
        List<String> texts = reviewed.stream().map(zh::message).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("验收报告 5% 路段不合格，按完成比例扣分")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("支付凭证缺 2 笔")), texts.toString());
    }

    /** 扣分原因 without （复核） is not the reviewer's; nor is a 复核理由 column in a table without a 复核分. */
    @Test
    void notTheReviewersWithoutHisScoreOrHisWord() throws Exception {
        Path plain = tmp.resolve("plain");
        List<String> said = run(plain, "复核分", "扣分原因");
        assertFalse(read(plain, "indicators.json").path("indicators").get(1).has("reviewedReason"));
        assertTrue(said.stream().anyMatch(l -> l.contains("扣分原因")), said.toString());
        Path none = tmp.resolve("none");
        said = run(none, null, "复核理由");
        assertFalse(read(none, "indicators.json").path("indicators").get(1).has("reviewedReason"));
        assertFalse(read(none, "budget.json").path("funds").path("total").has("reviewedReason"));
        assertTrue(said.stream().anyMatch(l -> l.contains("复核理由")), "said unknown, as before: " + said);
    }

    /** A 评分表 (深圳 附件2's layout) with 复核分 and 复核意见 right of the unit's *分值: each criterion's reviewedReason. */
    @Test
    void aScoreSheetsReasonColumn() throws Exception {
        XSSFWorkbook wb = FormWorkbooks.futian(FutianImportTest.SAMPLE);
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "附件2", FormWorkbooks.Quirks.NONE);
        s.row(0, "一级指标", "二级指标", "三级指标", "分值", "指标说明", "评分标准", "*分值", "复核分", "复核意见");
        s.row(1, "部门决策指标", "预算编制指标", "预算编制规范性", "5", "说明", "标准", "5", "4", "未附编制说明");
        s.row(2, "部门决策指标", "预算编制指标", "预算编制合理性", "5", "说明", "标准", "5", null, null);
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        assertEquals(List.of(), r.problems());
        JsonNode c = read(tmp, "self-assessment.json").path("criteria");
        assertEquals("未附编制说明", c.get(0).path("reviewedReason").asString());
        assertFalse(c.get(1).has("reviewedReason"), "a blank cell stays absent");
        String sidecar = Files.readString(tmp.resolve("submission/" + WorkbookImport.CELLS));
        assertTrue(sidecar.contains("\"submission/self-assessment.json#/criteria/0/reviewedReason\" : \"附件2!I2\""), sidecar);
    }
}
