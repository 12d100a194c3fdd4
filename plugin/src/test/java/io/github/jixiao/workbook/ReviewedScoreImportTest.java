package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 复核分 (评价复核得分: the reviewer's score) beside 自评分 / 得分, as 湖北 广水 2021's 自评表 prints it on every row: the
 * column goes to {@code reviewedScore} in the indicator table and in the funds block, under each heading the forms use
 * (复核分, 复核得分, 复核评分, 评价复核得分); a blank cell stays absent. Before, the heading was said to be unknown and its
 * column dropped.
 */
class ReviewedScoreImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private List<String> run(String reviewedHeading) throws Exception {
        return run("得分", reviewedHeading);
    }

    /** The table with its own score under {@code scoreHeading} (得分, or 广水's 自评分) and the reviewer's beside it. */
    private List<String> run(String scoreHeading, String reviewedHeading) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("自评表");
            String[][] rows = {
                {"广水市财政预算支出项目绩效目标自评表"},
                {"项目名称", "乡村道路建设养护项目"},
                {"主管部门", "广水市交通运输局"},
                {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", scoreHeading, reviewedHeading},
                {"项目资金（万元）", "年度资金总额", "309", "309", "309", "10", "100%", "10", "9"},
                {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", scoreHeading, reviewedHeading, "评价标准及依据"},
                {"产出指标", "数量指标", "乡村道路建设养护里程", "≥300公里", "300公里", "15", "15", "15", "按完成比例计分"},
                {"产出指标", "质量指标", "工程验收合格率", "100%", "95%", "15", "15", "13.5", "按完成比例计分"},
                {"效益指标", "社会效益指标", "群众出行条件改善", "明显改善", "明显改善", "30", "30", "", "达成得满分"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        }
        return FormWorkbooks.importSaying(tmp, true);
    }

    @Test
    void eachHeadingGoesToReviewedScore() throws Exception {
        for (String heading : List.of("复核分", "复核得分", "复核评分", "评价复核得分")) {
            List<String> said = run(heading);
            JsonNode ind = JSON.readTree(Files.readString(tmp.resolve("submission/indicators.json"))).path("indicators");
            assertEquals(15, ind.get(0).path("reviewedScore").asInt(), heading);
            assertEquals("13.5", ind.get(1).path("reviewedScore").asString(), heading);
            assertEquals(15, ind.get(1).path("score").asInt(), heading);
            assertFalse(ind.get(2).has("reviewedScore"), heading + ": a blank cell stays absent");
            JsonNode total = JSON.readTree(Files.readString(tmp.resolve("submission/budget.json"))).path("funds").path("total");
            assertEquals(9, total.path("reviewedScore").asInt(), heading);
            assertEquals(10, total.path("score").asInt(), heading);
            assertEquals(List.of(), said.stream().filter(l -> l.contains(heading)).toList(), heading + " is a known heading");
        }
    }

    /**
     * 湖北 广水 2021 heads its columns 分值 | 自评分 | 复核分 (自评得分 elsewhere): the unit's own score under 自评分 is
     * {@code score} as under 得分 (it was an unknown heading, and with it every row's score dropped), beside the reviewer's.
     */
    @Test
    void guangshuisSelfScoreHeading() throws Exception {
        for (String heading : List.of("自评分", "自评得分")) {
            List<String> said = run(heading, "复核分");
            JsonNode ind = JSON.readTree(Files.readString(tmp.resolve("submission/indicators.json"))).path("indicators");
            assertEquals(15, ind.get(1).path("score").asInt(), heading);
            assertEquals("13.5", ind.get(1).path("reviewedScore").asString(), heading);
            JsonNode total = JSON.readTree(Files.readString(tmp.resolve("submission/budget.json"))).path("funds").path("total");
            assertEquals(10, total.path("score").asInt(), heading);
            assertEquals(List.of(), said.stream().filter(l -> l.contains(heading)).toList(), heading + " is a known heading");
        }
    }

    /** A 评分表 (深圳 附件2's layout) with a 复核分 column right of the unit's own *分值: each criterion's reviewedScore. */
    @Test
    void aScoreSheetsReviewedColumn() throws Exception {
        XSSFWorkbook wb = FormWorkbooks.futian(FutianImportTest.SAMPLE);
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "附件2", FormWorkbooks.Quirks.NONE);
        s.row(0, "一级指标", "二级指标", "三级指标", "分值", "指标说明", "评分标准", "*分值", "复核分");
        s.row(1, "部门决策指标", "预算编制指标", "预算编制规范性", "5", "说明", "标准", "5", "4");
        s.row(2, "部门决策指标", "预算编制指标", "预算编制合理性", "5", "说明", "标准", "5", null);
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        assertEquals(List.of(), r.problems());
        JsonNode c = JSON.readTree(Files.readString(tmp.resolve("submission/self-assessment.json"))).path("criteria");
        assertEquals(5, c.get(0).path("score").asInt());
        assertEquals(4, c.get(0).path("reviewedScore").asInt());
        assertFalse(c.get(1).has("reviewedScore"), "a blank cell stays absent");
    }
}
