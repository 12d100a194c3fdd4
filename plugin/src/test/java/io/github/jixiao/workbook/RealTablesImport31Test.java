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

    /** t56 as its SOURCE.md prints it: the committed workbook (RealTableWorkbooks.jinbu2020). */
    static XSSFWorkbook jinbu() throws Exception {
        return RealTableWorkbooks.committed(RealTableWorkbooks.T56);
    }

    /** t56's committed sheet with {@code edit} applied (a cell changed to another real table's, a footer left blank). */
    static XSSFWorkbook jinbu(java.util.function.Consumer<FormWorkbooks.S> edit) throws Exception {
        return RealTableWorkbooks.edited(RealTableWorkbooks.T56, edit);
    }

    /** What the last import said at the info level (its notes), in Chinese then English. */
    private List<String> notes = List.of();
    private List<String> notesEn = List.of();

    /** Imports t56's sheet with its framework (-Djixiao.framework), as the hand transcription names it; what the import said. */
    private List<String> importJinbu(Path h) throws Exception {
        return importJinbu(h, jinbu(), true);
    }

    /** Imports {@code wb} as t56's sheet, with t56's framework or with none named; the problems the import said. */
    private List<String> importJinbu(Path h, XSSFWorkbook wb, boolean framework) throws Exception {
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        WorkbookImport.Result r;
        if (framework) {
            Files.copy(h.resolve("jinbu-project-2020.json"), tmp.resolve("jinbu-project-2020.json"));
            r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false, "jinbu-project-2020.json");
        } else {
            r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        }
        io.github.jixiao.report.Messages zh = new io.github.jixiao.report.Messages(java.util.Locale.CHINA);
        io.github.jixiao.report.Messages en = new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH);
        notes = r.notes().stream().map(p -> p.message(zh, "x")).toList();
        notesEn = r.notes().stream().map(p -> p.message(en, "x")).toList();
        return r.problems().stream().map(p -> p.message(zh, "x")).toList();
    }

    private JsonNode sidecar() throws Exception {
        return read(tmp.resolve("submission/" + WorkbookImport.CELLS)).path("cells");
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
        for (String f : new String[] {"kind", "name", "year", "stage", "title", "project", "framework", "problems", "improvements"}) {
            assertEquals(handDept.path(f), dept.path(f), f);
        }
        assertEquals(List.of(), said);
    }

    /**
     * t56's footer as printed under its 总分 row: 偏差大或目标未完成原因分析 | 无 and 改进措施及结果应用方案 | 无 are department.json's
     * problems and improvements, each with its cell in the sidecar (the 无 beside its label), as transcribed by hand. Before
     * session 32 neither was read: the form's narrative was lost on import without a word.
     */
    @Test
    void jinbu2020Footer() throws Exception {
        Path h = hand("t56-jinbu-yuye-2020");
        assertEquals(List.of(), importJinbu(h));
        JsonNode dept = read(tmp.resolve("submission/department.json"));
        assertEquals("无", dept.path("problems").asString());
        assertEquals("无", dept.path("improvements").asString());
        assertEquals("Sheet1!B17", sidecar().path("submission/department.json#/problems").asString());
        assertEquals("Sheet1!B18", sidecar().path("submission/department.json#/improvements").asString());
    }

    /**
     * t56's footer with its cells left blank (as t18's and t27's print them, SOURCE.md): nothing written, neither the label
     * of the next line nor the 备注 under it.
     */
    @Test
    void jinbu2020FooterBlank() throws Exception {
        XSSFWorkbook wb = jinbu(s -> {
            s.row(16, "偏差大或目标未完成原因分析", "");
            s.row(17, "改进措施及结果应用方案", "");
            s.row(18, "单位主要负责人签批意见", "");
            s.row(19, "备注:1.预算执行情况口径:预算数为调整后财政资金总额");
        });
        assertEquals(List.of(), importJinbu(hand("t56-jinbu-yuye-2020"), wb, true));
        JsonNode dept = read(tmp.resolve("submission/department.json"));
        assertEquals(false, dept.has("problems"), dept.toString());
        assertEquals(false, dept.has("improvements"), dept.toString());
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
        for (String f : new String[] {"label", "fullYear", "executed", "executionRatePercent", "points", "score"}) {
            assertEquals(handFunds.path("total").path(f), funds.path("total").path(f), f);
        }
        // the points from the block's heading 预算执行情况(万元)(20分), its cell recorded; the 1 under 执行率(B/A) read as the
        // ratio, 100 %, said at its cell (before session 32: stored as 1 %, without a word); the framework named weighs the
        // block 20 and the indicators 80, as the headings print: no note on the points
        assertEquals("Sheet1!A8", sidecar().path("submission/budget.json#/funds/total/points").asString());
        assertEquals(List.of("x: 单元格 Sheet1!E9 的执行率“1”在“执行率(B/A)”下，是执行数与预算数之比（1 即全部执行），已按百分数导入为 100"
                + "（executionRatePercent）。如该格本意是 1%，请在 budget.json 中改写"), notes);
        assertEquals(List.of("x: cell Sheet1!E9 holds the execution rate \"1\" under \"执行率(B/A)\", the ratio of executed to budget (1 is all "
                + "of it): it was imported as 100 (executionRatePercent, a percent). If the cell means 1 %, write that in budget.json"), notesEn);
        assertEquals(ImportedTables.findings(h, true), ImportedTables.findings(tmp, true));
    }

    /**
     * t18's funds row (区商务局 2020, the same 20 + 80 form): 285.84 / 285.84 / 100% / 20 under the same 执行率(B/A), printed as
     * a percent: kept as printed (100), no note.
     */
    @Test
    void ratePrintedAsPercentKept() throws Exception {
        importJinbu(hand("t56-jinbu-yuye-2020"), jinbu(s -> {
            s.num(8, 2, "285.84");
            s.num(8, 3, "285.84");
            s.text(8, 4, "100%");
        }), true);
        assertEquals("100", read(tmp.resolve("submission/budget.json")).path("funds").path("total").path("executionRatePercent").asString());
        assertEquals(List.of(), notes);
    }

    /** t56's row under a 执行率 heading that says it is a percent (执行率(%)): the 1 is kept as printed, 1 %, no note. */
    @Test
    void rateUnderAPercentHeadingKept() throws Exception {
        importJinbu(hand("t56-jinbu-yuye-2020"), jinbu(s -> s.text(7, 4, "执行率(%)")), true);
        assertEquals("1", read(tmp.resolve("submission/budget.json")).path("funds").path("total").path("executionRatePercent").asString());
        assertEquals(List.of(), notes);
    }

    /**
     * t56 imported with no framework named: its headings print 20 (预算执行情况) and 80 (年度绩效目标), 100 in all, which no
     * built-in framework holds (mof-project-2020 weighs them 10 and 90). The import writes a project framework of the points
     * as printed, printed-framework.json beside the submission folder, department.json names it, and one note says so with the cells
     * the points came from. Before session 45 department.json named mof-project-2020 and two notes told the officer to name a
     * framework file with -Djixiao.framework, which she cannot write. The points stay as printed (funds.total.points 20).
     */
    @Test
    void jinbu2020PointsAgainstTheDefaultFramework() throws Exception {
        importJinbu(hand("t56-jinbu-yuye-2020"), jinbu(), false);
        assertEquals("printed-framework.json", read(tmp.resolve("submission/department.json")).path("framework").asString());
        assertEquals("20", read(tmp.resolve("submission/budget.json")).path("funds").path("total").path("points").asString());
        assertEquals(List.of("x: 单元格 Sheet1!E9 的执行率“1”在“执行率(B/A)”下，是执行数与预算数之比（1 即全部执行），已按百分数导入为 100"
                        + "（executionRatePercent）。如该格本意是 1%，请在 budget.json 中改写",
                "x: 表中单元格 Sheet1!A8“预算执行情况(万元)(20分)”印明预算执行 20 分、单元格 Sheet1!A10“年度绩效目标(80分)”印明绩效指标 80 分，"
                        + "正是内置评分框架 project-20-80 的表式，内置评分框架 mof-project-2020 不是这样分配：已写成扩展 project-20-80 的项目评分框架 "
                        + "printed-framework.json（\"extends\": \"project-20-80\"，只写所印分值所在的单元格），department.json 用它"
                        + "（\"framework\": \"printed-framework.json\"），check 按 project-20-80 的 20 + 80 分及其计分办法、指标分类和评分等级计分。"
                        + "这不用改；表中分值改了的，重新导入（-Djixiao.overwrite=true）即按新分值重写该文件"),
                notes);
        assertEquals("x: cell Sheet1!A8 \"预算执行情况(万元)(20分)\" prints 20 points for the budget execution and cell Sheet1!A10 "
                + "\"年度绩效目标(80分)\" 80 points for the performance indicators: the layout of the built-in framework project-20-80, which the "
                + "built-in mof-project-2020 is not. A short project framework extending project-20-80 (\"extends\": \"project-20-80\") was "
                + "written to printed-framework.json, naming the cells the points are printed in, and department.json names it (\"framework\": "
                + "\"printed-framework.json\"), so check scores the table on project-20-80's 20 + 80, its methods, categories and grades. Nothing "
                + "needs changing; if the table's points change, import again (-Djixiao.overwrite=true) and the file is written anew", notesEn.get(1));
        // since session 55 a short file extending project-20-80 (PrintedFrameworkExtendsImportTest)
        JsonNode fw = read(tmp.resolve("printed-framework.json"));
        assertEquals("project-20-80", fw.path("extends").asString());
        assertFalse(fw.has("criteria"));
    }
}
