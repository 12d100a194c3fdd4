package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What a 评分表 (a table of criteria with 指标说明 / 评分标准 and the unit's own score) is, and is not, on the forms
 * around it: the review's cases (an indicator table printing an 指标解释 column, the report's two tables in one Word
 * document, a 评分表 beside a project's table, the lines under the criteria laid out otherwise), a 不适用 row with its
 * points, and a task block with a 序号 column.
 */
class ScoreSheetImportTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private WorkbookImport.Result run(XSSFWorkbook wb) throws Exception {
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        return WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
    }

    /**
     * A 评分表 sheet 附件2 beside the reference report's 附件1 in {@code wb}: its heading row, then 预算编制规范性
     * scored {@code score}; the caller adds the lines under it from row 2.
     */
    private static FormWorkbooks.S withScoreSheet(XSSFWorkbook wb, String score) {
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "附件2", FormWorkbooks.Quirks.NONE);
        s.row(0, "一级指标", "二级指标", "三级指标", "分值", "指标说明", "评分标准", "*分值");
        s.row(1, "部门决策指标", "预算编制指标", "预算编制规范性", "5", "说明", "标准", score);
        return s;
    }

    private JsonNode read(String file) throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission").resolve(file)));
    }

    /** A 目标表 whose indicators carry an 指标解释 (and, with {@code scored}, 实际完成值 and 得分 too). */
    private static XSSFWorkbook explained(boolean scored) {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "表", FormWorkbooks.Quirks.NONE);
        s.text(0, 0, scored ? "项目支出绩效自评表（2023年度）" : "项目支出绩效目标申报表（2023年度）");
        s.row(1, "项目名称", "职业技能培训", "主管部门", "某某局");
        List<String> h = new ArrayList<>(List.of("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "分值"));
        if (scored) {
            h.addAll(List.of("实际完成值", "得分"));
        }
        s.row(2, h.toArray(String[]::new));
        s.row(3, "产出指标", "数量指标", "培训人次", "≥500人次", "年度培训人数", "20", scored ? "520人次" : null, scored ? "20" : null);
        return wb;
    }

    @Test
    void anIndicatorTableWithAnExplanationColumnIsStillIndicators() throws Exception {
        // before: read as a 评分表 (指标解释 is a criterion's description there): nothing imported, import.no-layout
        WorkbookImport.Result r = run(explained(false));
        assertTrue(r.written().contains("submission/indicators.json"), r.written().toString());
        assertEquals("培训人次", read("indicators.json").path("indicators").get(0).path("name").asString());
        assertEquals("目标申报", read("department.json").path("stage").asString());
    }

    @Test
    void aScoredIndicatorTableWithAnExplanationColumnIsStillIndicators() throws Exception {
        // before: every row a criterion no department framework names; import.scores-only
        WorkbookImport.Result r = run(explained(true));
        assertEquals(List.of(), r.problems());
        JsonNode i = read("indicators.json").path("indicators").get(0);
        assertEquals("520人次 20", i.path("actual").asString() + " " + i.path("score").asString());
        assertEquals("自评", read("department.json").path("stage").asString());
    }

    @Test
    void theReportsTwoTablesInOneWordDocumentImportAsFromTheWorkbook() throws Exception {
        // 附件1 and 附件2 as tables of the 自评报告 (one grid): before, 附件2's rows ran on as ~22 more "indicators"
        Path d = FormWorkbooks.importBoth(tmp, "futian-both", () -> {
            try {
                return FormWorkbooks.futianWithScores(FutianImportTest.SAMPLE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "自评报告.docx", (wb, out) -> {
            try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = FormWorkbooks.asDocx(wb)) {
                doc.write(out);
            }
        });
        JsonNode inds = JSON.readTree(Files.readString(d.resolve("submission/indicators.json"))).path("indicators");
        assertEquals(84, inds.size());
        JsonNode sa = JSON.readTree(Files.readString(d.resolve("submission/self-assessment.json")));
        assertEquals(21, sa.path("criteria").size());
        JsonNode cells = JSON.readTree(Files.readString(d.resolve("submission/" + WorkbookImport.CELLS))).path("cells");
        assertEquals("表2!G3", cells.path("submission/self-assessment.json#/criteria/0/score").asString(), "附件2 is the second table");
    }

    @Test
    void aScoreSheetBesideAProjectTableIsNotItsSelfAssessment() throws Exception {
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "评价表", FormWorkbooks.Quirks.NONE);
        s.row(0, "一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "得分");
        s.row(1, "过程", "资金管理", "预算执行率", "10", "执行率", "按比例", "9");
        s.row(2, "决策", "绩效目标", "绩效指标明确性", "5", "明确", "酌情", "5");
        WorkbookImport.Result r = run(wb);
        assertEquals(List.of("scores-unplaced"), r.problems().stream().map(WorkbookImport.Problem::key).toList());
        assertEquals("mof-project-2020", read("department.json").path("framework").asString());
        assertFalse(Files.exists(tmp.resolve("submission/self-assessment.json"))
                && read("self-assessment.json").path("criteria").size() > 0, "no department criteria on a project");
        assertFalse(Files.readString(tmp.resolve("submission/" + WorkbookImport.CELLS)).contains("unreadable"));
    }

    @Test
    void theLinesUnderTheCriteriaLaidOutOtherwise() throws Exception {
        // a 合计 of the 分值 before 综合评分, the grade on the same line, 填表人 beside 联系电话, and 填表人：… in one cell
        XSSFWorkbook wb = FormWorkbooks.futian(FutianImportTest.SAMPLE);
        FormWorkbooks.S s = withScoreSheet(wb, "4");
        s.row(2, "合计", null, null, "100.00", null, null, null);
        s.row(3, "综合评分", "4", null, null, "评分等级", "差", null);
        s.row(4, "填表人", "王五", "联系电话", "0755-83918888");
        WorkbookImport.Result r = run(wb);
        assertEquals(List.of(), r.problems());
        JsonNode sa = read("self-assessment.json");
        assertEquals("4 差", sa.path("stated").path("total").asString() + " " + sa.path("stated").path("grade").asString());
        assertEquals("王五", read("department.json").path("preparer").asString());

        Files.walk(tmp.resolve("submission")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        XSSFWorkbook wb2 = FormWorkbooks.futian(FutianImportTest.SAMPLE);
        FormWorkbooks.S s2 = withScoreSheet(wb2, "5");
        s2.row(2, "填表人：李四");
        run(wb2);
        assertEquals("李四", read("department.json").path("preparer").asString());
    }

    @Test
    void aBlankScoreSheetIsNothingToImport() throws Exception {
        // a 评分表 with its weights only (no column of the unit's scores): before, 21 "indicators" named after the criteria
        XSSFWorkbook wb = FormWorkbooks.futian(FutianImportTest.SAMPLE);
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "附件2", FormWorkbooks.Quirks.NONE);
        s.row(0, "一级指标", "二级指标", "三级指标", "分值", "指标说明", "评分标准");
        s.row(1, "部门决策指标", "预算编制指标", "预算编制规范性", "5", "说明", "标准");
        s.row(2, "部门决策指标", "预算编制指标", "预算编制合理性", "5", "说明", "标准");
        WorkbookImport.Result r = run(wb);
        assertEquals(List.of("submission/department.json", "submission/budget.json", "submission/indicators.json",
                "submission/tasks.json", "submission/" + WorkbookImport.CELLS), r.written());
        assertEquals(84, read("indicators.json").path("indicators").size());
    }

    @Test
    void aBlankScoreSheetAloneIsToldSo() throws Exception {
        // before: "no known layout … indicator table", which the finance officer holding a 评分表 could not act on
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "附件2", FormWorkbooks.Quirks.NONE);
        s.row(0, "一级指标", "二级指标", "三级指标", "分值", "指标说明", "评分标准");
        s.row(1, "部门决策指标", "预算编制指标", "预算编制规范性", "5", "说明", "标准");
        Path file = FormWorkbooks.save(wb, tmp.resolve("评分表.xlsx"));
        WorkbookImport.ImportException e = org.junit.jupiter.api.Assertions.assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(tmp, "评分表.xlsx", tmp.resolve("submission"), false));
        assertEquals("评分表.xlsx: 只找到空白的评分表（“附件2”：只有分值和评分标准，没有自评得分栏），没有绩效指标表（一级指标/三级指标）。"
                + "请导入填好的自评表：含年度绩效指标的表，以及填了各项得分的评分表", e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.message(new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH))
                .startsWith("评分表.xlsx: only a blank score sheet was found (\"附件2\": "), e.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.exists(tmp.resolve("submission")));
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.exists(file));
    }

    @Test
    void aNotApplicableRowKeepsItsPointsAndNothingElse() throws Exception {
        // 不适用 in 指标性质 and 完成档次 too: kept, they broke the schema's lists (comparator, achievement)
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "自评表", FormWorkbooks.Quirks.NONE);
        s.text(0, 0, "项目支出绩效自评表（2023年度）");
        s.row(1, "项目名称", "职业技能培训", "主管部门", "某某局");
        s.row(2, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "实际完成值", "完成档次", "分值", "得分");
        s.row(3, "产出指标", "数量指标", "培训人次", "≥", "500人次", "520人次", "达成");
        s.num(3, 7, "95");
        s.num(3, 8, "95");
        s.row(4, "效益指标", "可持续影响指标", "不适用", "不适用", "不适用", "不适用", "不适用");
        s.num(4, 7, "5");
        s.num(4, 8, "5");
        run(wb);
        JsonNode na = read("indicators.json").path("indicators").get(1);
        List<String> keys = new ArrayList<>();
        na.propertyNames().forEach(keys::add);
        assertEquals(List.of("level1", "level2", "notApplicable", "points", "score"), keys);
    }

    @Test
    void theLinesUnderTheCriteriaWithColons() throws Exception {
        XSSFWorkbook wb = FormWorkbooks.futian(FutianImportTest.SAMPLE);
        FormWorkbooks.S s = withScoreSheet(wb, "5");
        s.row(2, "总分：96.5", "总分：96.5", "总分：96.5");
        s.row(3, "填表人：李淑勤    联系电话：0755-83675188");
        WorkbookImport.Result r = run(wb);
        assertEquals(List.of(), r.problems());
        assertEquals("96.5", read("self-assessment.json").path("stated").path("total").asString());
        assertEquals("李淑勤", read("department.json").path("preparer").asString());
    }

    @Test
    void aNotApplicableRowKeepsItsPoints() throws Exception {
        // 棠溪镇's last row, 效益指标 | 经济效益指标, printed 不适用 | 不适用 | 不适用 with its 10 points, 10 scored (row 22:
        // 一级 in column B, then 二级, 三级, 年度指标值, 实际完成值, 分值, 得分); before, its points and score were dropped
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        org.apache.poi.ss.usermodel.Row row = wb.getSheetAt(0).getRow(21);
        assertEquals("经济效益指标", row.getCell(2).getStringCellValue());
        for (int c = 3; c <= 5; c++) {
            row.createCell(c).setCellValue("不适用");
        }
        row.createCell(6).setCellValue(10);
        row.createCell(7).setCellValue(10);
        run(wb);
        JsonNode inds = read("indicators.json").path("indicators");
        JsonNode na = inds.get(inds.size() - 1);
        assertTrue(na.path("notApplicable").asBoolean(), na.toString());
        assertEquals("10 10", na.path("points").asString() + " " + na.path("score").asString());
        assertFalse(na.has("name"));
    }

    @Test
    void aTaskBlockWithASerialNumberColumn() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "部门整体", FormWorkbooks.Quirks.NONE);
        s.text(0, 0, "部门整体支出绩效自评表（2023年度）");
        s.row(1, "部门名称", "某某局");
        s.row(2, "序号", "任务名称", "主要内容", "完成情况", "预算数（万元）", "执行数（万元）");
        s.row(3, "1", "任务A", "内容A", "完成");
        s.num(3, 4, "10");
        s.num(3, 5, "9");
        s.row(4, "2", "任务B", "内容B", "完成");
        s.num(4, 4, "20");
        s.num(4, 5, "20");
        s.row(5, "整体绩效目标", "预期目标", null, "实际完成情况");
        s.row(6, "整体绩效目标", "目标", null, "完成");
        s.row(7, "一级指标", "二级指标", "三级指标", "预期指标值", "实际完成指标值");
        s.row(8, "产出指标", "数量指标", "办件数量", "≥10件", "12件");
        run(wb);
        JsonNode tasks = read("tasks.json").path("tasks");
        assertEquals(List.of("任务A 10 万元", "任务B 20 万元"), List.of(
                tasks.get(0).path("name").asString() + " " + tasks.get(0).path("budget").path("total").path("value").asString() + " "
                        + tasks.get(0).path("budget").path("total").path("unit").asString(),
                tasks.get(1).path("name").asString() + " " + tasks.get(1).path("budget").path("total").path("value").asString() + " "
                        + tasks.get(1).path("budget").path("total").path("unit").asString()));
        assertEquals(2, tasks.size(), "the 整体绩效目标 rows are no tasks");
    }

    /**
     * 寿县 2023's 部门整体支出绩效评价自评表 (shouxian.gov.cn, found with the search tool), its first rows as printed: a
     * "单位" line above the heading, the heading's cells broken over two lines, 指标分值 and 自评得分, and criteria of 寿县's
     * own framework, which no built-in framework holds; {@code budgetRow} adds its 预算执行率, which 深圳's framework
     * names too.
     */
    private static FormWorkbooks.S shouxian(XSSFWorkbook wb, String sheet, boolean budgetRow) {
        FormWorkbooks.S s = new FormWorkbooks.S(wb, sheet, FormWorkbooks.Quirks.NONE);
        s.text(0, 0, "2023年度部门整体支出绩效评价自评表");
        s.row(1, "单位", "");
        s.row(2, "序号", "一级\n指标", "二级\n指标", "三级\n指标", "指标分值", "指标解释", "指标说明及评分标准", "自评得分");
        s.row(3, "1", "规划\n(15分)", "基础信息\n(3分)", "基础信息\n完整性", "3", "部门及所属二级单位预算基础信息是否符合相关规定",
                "1、基础数据信息是否真实(1分);2、基础数据信息是否完整(1分);3、基础数据信息是否准确(1分)。", "3");
        s.row(4, "2", "规划\n(15分)", "工作计划\n(6分)", "年度工作\n计划完整性", "3", "部门及所属二级单位年度工作计划制定是否完整可行。",
                "年度工作计划是否完整可行(3分)", "3");
        s.row(5, "3", "规划\n(15分)", "工作计划\n(6分)", "年度工作\n计划明确性", "3", "部门及所属二级单位年度工作计划制定是否明确可操作。",
                "年度工作计划是否明确可操作(3分)", "3");
        s.row(6, "4", "规划\n(15分)", "绩效目标\n(6分)", "年度绩效\n目标合理性", "4", "单位是否设置年度绩效目标，绩效目标设定是否符合单位实际，是否合理。",
                "1、设置年度绩效目标(2分) 2、绩效目标设置依据充分(1分) 3、绩效目标合理，符合实际，可操作(1分)", "4");
        s.row(7, "5", "规划\n(15分)", "绩效目标\n(6分)", "年度绩效\n目标明确性", "2", "是否制定明确、细化、量化的绩效目标。",
                "绩效目标明确，且细化、量化(2分);", "2");
        if (budgetRow) {
            s.row(8, "6", "执行\n(35分)", "预算执行\n(18分)", "预算执行率", "5", "预算执行率=(预算执行数/预算数)×100%。", "", "5");
        }
        return s;
    }

    @Test
    void aScoreSheetOfAFrameworkJixiaoDoesNotHaveIsToldSoNotGuessed() throws Exception {
        // before: the "单位" line above was read as the heading (单位 as 度量单位: the 序号 column became each row's unit), the
        // table as three indicators of a 目标申报, and the import wrote them under 深圳's framework; with its 预算执行率
        // (a 深圳 criterion's name) it would have claimed 深圳's framework for one row of six
        for (boolean budgetRow : new boolean[] {false, true}) {
            XSSFWorkbook wb = new XSSFWorkbook();
            shouxian(wb, "Sheet1", budgetRow);
            FormWorkbooks.save(wb, tmp.resolve("forms/寿县.xlsx"));
            WorkbookImport.ImportException e = org.junit.jupiter.api.Assertions.assertThrows(WorkbookImport.ImportException.class,
                    () -> WorkbookImport.run(tmp, "forms/寿县.xlsx", tmp.resolve("submission"), false));
            assertEquals("forms/寿县.xlsx: 只找到评分表（“Sheet1”），其中的评分指标（基础信息完整性、年度工作计划完整性、年度工作计划明确性…）"
                    + "大多不在 jixiao 内置的部门整体评分框架（shenzhen-department-2024、chongqing-department-2021、yueyang-department）中，"
                    + "没有导入任何内容；jixiao 不猜测它属于哪个框架。请按本地区的评分办法编写框架文件（见 README“评分框架”），"
                    + "再用 -Djixiao.framework=<框架文件> 导入，评分表的各项得分即按该框架的指标导入；"
                    + "绩效指标表（一级指标/三级指标）可另行导入", e.getMessage());
            assertTrue(e.message(new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH)).startsWith(
                    "forms/寿县.xlsx: only a score sheet was found (\"Sheet1\"), and most of its criteria (基础信息完整性、"), e.getMessage());
            assertFalse(Files.exists(tmp.resolve("submission")));
        }
    }

    @Test
    void aScoreSheetOfAnotherFrameworkBesideAnIndicatorTableIsReportedNotDropped() throws Exception {
        // before: its rows named no built-in criterion, so the sheet was dropped without a word
        XSSFWorkbook wb = explained(true);
        shouxian(wb, "评分表", true);
        WorkbookImport.Result r = run(wb);
        assertEquals(List.of("scores-unknown"), r.problems().stream().map(WorkbookImport.Problem::key).toList());
        assertEquals("评分表", r.problems().get(0).cell());
        assertTrue(r.problems().get(0).message(new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH), "表.xlsx")
                .startsWith("表.xlsx: 评分表 评分表 中的评分指标（基础信息完整性、年度工作计划完整性、年度工作计划明确性…）大多不在"),
                r.problems().toString());
        assertEquals("培训人次", read("indicators.json").path("indicators").get(0).path("name").asString());
        assertFalse(Files.exists(tmp.resolve("submission/self-assessment.json")));
    }

    @Test
    void aLineAboveTheHeadingIsNoHeadingAnd指标分值IsThePoints() throws Exception {
        // 寿县's "单位" line above an indicator table's heading: before, the heading was taken from that line and the row
        // below it, so 单位 (度量单位) named the 序号 column and each row's unit was its number; 指标分值 was no heading
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "表", FormWorkbooks.Quirks.NONE);
        s.text(0, 0, "项目支出绩效自评表（2023年度）");
        s.row(1, "单位", "某某局");
        s.row(2, "序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标分值", "得分");
        s.row(3, "1", "产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "20", "20");
        run(wb);
        JsonNode i = read("indicators.json").path("indicators").get(0);
        assertEquals("培训人次 ≥500人次 20 20", i.path("name").asString() + " " + i.path("target").asString() + " "
                + i.path("points").asString() + " " + i.path("score").asString());
        assertFalse(i.has("unit"), i.toString());
    }

    /**
     * 寿县's 评分表 with its own framework named for the import (real-tables/t43-shouxian-2023): the sheet is the whole
     * submission (the framework scores no indicators), its five scores claims on that framework's criteria; checked,
     * 15 of 15. Before -Djixiao.framework reached the import, no department table of another region could be imported.
     */
    @Test
    void aScoreSheetImportsAgainstTheFrameworkNamedForTheImport() throws Exception {
        Path fw = tmp.resolve("frameworks/shouxian-department-2023.json");
        Files.createDirectories(fw.getParent());
        Files.copy(Path.of(getClass().getResource("/real-tables/t43-shouxian-2023/shouxian-department-2023.json").toURI()), fw);
        XSSFWorkbook wb = new XSSFWorkbook();
        shouxian(wb, "Sheet1", true);
        FormWorkbooks.save(wb, tmp.resolve("forms/寿县.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/寿县.xlsx", tmp.resolve("submission"), false,
                "frameworks/shouxian-department-2023.json");
        assertEquals(List.of("submission/department.json", "submission/budget.json", "submission/self-assessment.json",
                "submission/" + WorkbookImport.CELLS), r.written());
        // the 单位 line is blank: said, as for any table; 预算执行率 is no criterion of the transcribed part
        assertEquals(List.of("no-criterion", "no-department"), r.problems().stream().map(WorkbookImport.Problem::key).sorted().toList());
        JsonNode dept = read("department.json");
        assertEquals("department 2023 自评 frameworks/shouxian-department-2023.json", dept.path("kind").asString() + " "
                + dept.path("year").asInt() + " " + dept.path("stage").asString() + " " + dept.path("framework").asString());
        JsonNode claims = read("self-assessment.json").path("criteria");
        List<String> got = new ArrayList<>();
        claims.forEach(c -> got.add(c.path("criterion").asString() + "=" + c.path("score").asString()));
        assertEquals(List.of("basic-information=3", "plan-completeness=3", "plan-clarity=3", "target-reasonableness=4",
                "target-clarity=2"), got);
        io.github.jixiao.engine.EngineResult e = new io.github.jixiao.engine.Engine().run(
                io.github.jixiao.engine.EngineOptions.of(tmp, tmp.resolve("submission")));
        assertEquals("15.00", e.sheet().total().setScale(2).toPlainString());
        // the one error is the blank 单位 line's: the header rows the name was sought in (the schema's "name required" is
        // the same defect, said once)
        assertEquals(List.of("workbook-department-missing "), e.findings().stream()
                .filter(f -> f.severity() == io.github.jixiao.finding.Severity.ERROR)
                .map(f -> f.ruleId() + " " + f.key() + (f.ruleId().equals("schema") ? " " + f.args() : "")).sorted().toList());

        // a framework that cannot be loaded stops the import with check's own words
        WorkbookImport.ImportException x = org.junit.jupiter.api.Assertions.assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(tmp, "forms/寿县.xlsx", tmp.resolve("other"), false, "frameworks/none.json"));
        assertTrue(x.getMessage().startsWith("jixiao.framework=frameworks/none.json：这个评分框架不能用于这次导入。找不到评分框架“frameworks/none.json”"),
                x.getMessage());
        assertTrue(x.message(new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH))
                .startsWith("jixiao.framework=frameworks/none.json: this framework cannot be used for this import. Framework \"frameworks/none.json\" not found"),
                x.message(new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH)));
    }

    /** Review V2 (session 24): the named framework's edges. */
    @Test
    void theNamedFrameworksEdges() throws Exception {
        Path fw = tmp.resolve("frameworks/sx.json");
        Files.createDirectories(fw.getParent());
        String sx = new String(getClass().getResourceAsStream("/real-tables/t43-shouxian-2023/shouxian-department-2023.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(fw, sx);
        // 寿县's 单位 line filled in: the department's name (before: "no 主管部门 或 部门名称")
        XSSFWorkbook named = new XSSFWorkbook();
        shouxian(named, "Sheet1", false).row(1, "单位", "寿县财政局");
        FormWorkbooks.save(named, tmp.resolve("forms/a.xlsx"));
        WorkbookImport.Result a = WorkbookImport.run(tmp, "forms/a.xlsx", tmp.resolve("sa"), false, "frameworks/sx.json");
        assertEquals(List.of(), a.problems());
        assertEquals("寿县财政局", JSON.readTree(Files.readString(tmp.resolve("sa/department.json"))).path("name").asString());
        // "单位：万元" above a table names no department
        XSSFWorkbook measure = new XSSFWorkbook();
        shouxian(measure, "Sheet1", false).row(1, "单位", "万元");
        FormWorkbooks.save(measure, tmp.resolve("forms/m.xlsx"));
        WorkbookImport.Result mr = WorkbookImport.run(tmp, "forms/m.xlsx", tmp.resolve("sm"), false, "frameworks/sx.json");
        assertEquals(List.of("no-department"), mr.problems().stream().map(WorkbookImport.Problem::key).toList());
        for (String m : List.of("万元、%", "人民币万元", "万元（保留两位小数）", "元", "万元 %", "万元、人次", "万元/亩")) {
            assertTrue(FormReader.measure(m), m);
        }
        assertFalse(FormReader.measure("寿县财政局") || FormReader.measure("万元局") || FormReader.measure("元宝山区财政局"));
        // a measure line before the name on one line: the name is read (review V3: the first 单位 label won)
        XSSFWorkbook line = new XSSFWorkbook();
        shouxian(line, "Sheet1", false).row(1, "单位：万元", "单位名称：寿县财政局");
        FormWorkbooks.save(line, tmp.resolve("forms/l.xlsx"));
        WorkbookImport.run(tmp, "forms/l.xlsx", tmp.resolve("sl"), false, "frameworks/sx.json");
        assertEquals("寿县财政局", JSON.readTree(Files.readString(tmp.resolve("sl/department.json"))).path("name").asString());

        // beside an indicator table, the table's header names the department: no problem or cell of the 评分表's own
        XSSFWorkbook both = explained(true);
        both.getSheetAt(0).getRow(0).getCell(0).setCellValue("部门整体支出绩效自评表（2023年度）");
        both.getSheetAt(0).getRow(1).getCell(0).setCellValue("部门名称");
        shouxian(both, "评分表", false);
        FormWorkbooks.save(both, tmp.resolve("forms/b.xlsx"));
        WorkbookImport.Result b = WorkbookImport.run(tmp, "forms/b.xlsx", tmp.resolve("sb"), false, "frameworks/sx.json");
        assertEquals(List.of(), b.problems(), "no false no-department");
        assertEquals("表!B2", JSON.readTree(Files.readString(tmp.resolve("sb/.jixiao-cells"))).path("cells")
                .path("sb/department.json#/name").asString());
        assertEquals(5, JSON.readTree(Files.readString(tmp.resolve("sb/self-assessment.json"))).path("criteria").size());

        // a framework check would fail on (a project file passing itself off as a built-in) is refused now
        Files.writeString(fw, sx.replace("\"shouxian-department-2023\"", "\"shenzhen-department-2024\""));
        WorkbookImport.ImportException x = org.junit.jupiter.api.Assertions.assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(tmp, "forms/a.xlsx", tmp.resolve("sx"), false, "frameworks/sx.json"));
        assertTrue(x.getMessage().startsWith("jixiao.framework=frameworks/sx.json：这个评分框架不能用于这次导入。项目中的评分框架文件 frameworks/sx.json 使用了内置框架的 id“shenzhen-department-2024”"),
                x.getMessage());
        Files.writeString(fw, sx);

        // a 评分表 most of whose rows the named framework does not hold: said, nothing imported
        XSSFWorkbook other = new XSSFWorkbook();
        withScoreSheet(other, "5");
        FormWorkbooks.save(other, tmp.resolve("forms/o.xlsx"));
        WorkbookImport.ImportException o = org.junit.jupiter.api.Assertions.assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(tmp, "forms/o.xlsx", tmp.resolve("so"), false, "frameworks/sx.json"));
        assertTrue(o.getMessage().startsWith("forms/o.xlsx: 评分表（“附件2”）中的评分指标（预算编制规范性）大多不在 -Djixiao.framework 所指的评分框架中"),
                o.getMessage());
        // exactly half of the rows the named framework's: imported, the others reported (review V3: refused before)
        XSSFWorkbook half = new XSSFWorkbook();
        FormWorkbooks.S h = shouxian(half, "Sheet1", false);
        h.row(1, "单位", "寿县财政局");
        for (int k = 0; k < 5; k++) {
            h.row(8 + k, Integer.toString(6 + k), "执行", "预算执行", "另一项" + k, "1", "说明", "标准", "1");
        }
        FormWorkbooks.save(half, tmp.resolve("forms/h.xlsx"));
        WorkbookImport.Result hr = WorkbookImport.run(tmp, "forms/h.xlsx", tmp.resolve("sh"), false, "frameworks/sx.json");
        assertEquals(5, JSON.readTree(Files.readString(tmp.resolve("sh/self-assessment.json"))).path("criteria").size());
        assertEquals(5, hr.problems().stream().filter(p -> p.key().equals("no-criterion")).count());
    }
}
