package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.Messages;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A criterion the department scores itself whose score an imported table does not give: score-input-missing spoke of
 * self-assessment.json (“self-assessment.json 中没有它的得分”, "create self-assessment.json in the submission folder"),
 * a file the finance officer never wrote. Each case now says what to do in the table, and which table: a row missing
 * from the 评分表 (寿县 2023) or from the Word 自评表 whose criterion rows the framework named reads (广水 2021), text in a
 * score cell (寿县: one finding, at the cell), no 评分表 imported at all (the reference report's 附件1 alone, 深圳's framework), a sub-items
 * criterion whose row is blank or missing (附件1 with 附件2: said once, at the row, not once for each of its parts and its
 * 一票否决 judgement). The same JSON without its sidecar (typed by hand) keeps the messages it had, byte for byte.
 */
class ImportedClaimsTest {
    private static final String SHOUXIAN = AssessedBlankTest.SHOUXIAN;
    private static final String GUANGSHUI = AssessedBlankTest.GUANGSHUI;

    @TempDir
    Path tmp;

    private static String framework(Path project, String resource) throws Exception {
        return AssessedBlankTest.framework(project, resource);
    }

    /** 寿县 2023's 评分表 imported, its sheet edited by {@code edit}. */
    private Path shouxian(String name, Consumer<XSSFSheet> edit) throws Exception {
        Path project = tmp.resolve(name);
        Path file = FourTables27.shouxian(project.resolve("forms/整体支出自评表.xlsx"));
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        edit.accept(wb.getSheetAt(0));
        FormWorkbooks.save(wb, file);
        WorkbookImport.run(project, "forms/整体支出自评表.xlsx", project.resolve("submission"), true, framework(project, SHOUXIAN));
        return project;
    }

    /** The reference report's 附件1 with its 附件2 (评分表), 附件2 edited by {@code edit}; null: 附件1 alone. */
    private Path futian(String name, Consumer<XSSFSheet> edit) throws Exception {
        Path project = tmp.resolve(name);
        XSSFWorkbook wb = edit == null ? FormWorkbooks.futian(FutianImportTest.SAMPLE) : FormWorkbooks.futianWithScores(FutianImportTest.SAMPLE);
        if (edit != null) {
            edit.accept(wb.getSheet("附件2"));
        }
        FormWorkbooks.save(wb, project.resolve("forms/附件.xlsx"));
        WorkbookImport.run(project, "forms/附件.xlsx", project.resolve("submission"), false);
        return project;
    }

    /** The row of {@code sheet} whose column {@code c} reads {@code text}. */
    private static Row row(XSSFSheet sheet, int c, String text) {
        for (Row r : sheet) {
            if (r.getCell(c) != null && r.getCell(c).toString().equals(text)) {
                return r;
            }
        }
        throw new AssertionError(text);
    }

    private static void clear(Row r) {
        for (int c = 0; c < 10; c++) {
            if (r.getCell(c) != null) {
                r.removeCell(r.getCell(c));
            }
        }
    }

    private static EngineResult check(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
    }

    private static List<Finding> assessed(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-input-missing") && f.key().startsWith("assessed")).toList();
    }

    private static String text(EngineResult r, Finding f, Locale locale) {
        return new Messages(locale).withCells(Cells.of(r)).message(f);
    }

    /** The same JSON, its sidecar deleted (a submission written by hand). */
    private static EngineResult byHand(Path project) throws Exception {
        Files.delete(project.resolve("submission/" + WorkbookImport.CELLS));
        return check(project);
    }

    @Test
    void aCriterionMissingFromTheScoreSheet() throws Exception {
        Path project = shouxian("missing", sh -> clear(sh.getRow(7))); // 年度绩效目标明确性, row 8
        EngineResult r = check(project);
        List<Finding> a = assessed(r);
        assertEquals(1, a.size(), a.toString());
        Finding f = a.get(0);
        assertEquals("assessed-no-row", f.key());
        assertEquals("“年度绩效目标明确性”按部门自评计分，但导入的评分表中没有这一行，此项按 0 分计。请在评分表中加上“年度绩效目标明确性”一行，"
                + "在“自评得分”列（score）中填写得分，然后重新导入（self-assessment.json 中 criterion “target-clarity” 的 score）。",
                text(r, f, Messages.ZH));
        assertEquals("\"年度绩效目标明确性\" takes the department's own score, but the imported 评分表 (scoring table) has no row for it, "
                + "so it scores 0. Add the row \"年度绩效目标明确性\" to the 评分表 with its score in column 自评得分 (score) and import it "
                + "again (self-assessment.json: criterion \"target-clarity\", score).", text(r, f, Locale.ENGLISH));
        // at the table, heading row to last row
        assertEquals("整体支出自评表!B3:I7", Cells.of(r).of(f));
        // by hand: as before
        Finding h = assessed(byHand(project)).get(0);
        assertEquals("assessed", h.key());
        assertEquals("“年度绩效目标明确性”按部门自评计分，但 self-assessment.json 中没有它的得分（criterion “target-clarity” 的 score），此项按 0 分计。",
                new Messages(Messages.ZH).message(h));
    }

    @Test
    void textInAScoreCell() throws Exception {
        Path project = shouxian("text", sh -> sh.getRow(3).getCell(7).setCellValue("满分"));
        EngineResult r = check(project);
        List<Finding> a = assessed(r);
        assertEquals(1, a.size(), a.toString());
        Finding f = a.get(0);
        assertEquals("assessed-unreadable", f.key());
        assertEquals("评分表中“基础信息完整性”一行的“自评得分”列（score）不是数字，未能导入，此项按 0 分计。请在表中把这一得分改为数字后重新导入"
                + "（self-assessment.json 中 criterion “basic-information” 的 score）。", text(r, f, Messages.ZH));
        assertEquals("In the 评分表 (scoring table), the row \"基础信息完整性\" has no number in column 自评得分 (score), so nothing was "
                + "imported and it scores 0. Write the score as a number in the table and import it again (self-assessment.json: "
                + "criterion \"basic-information\", score).", text(r, f, Locale.ENGLISH));
        // one finding, at the score cell (before: at the row's name, 整体支出自评表!D4, beside workbook-cell-unreadable at
        // H4 saying "单元格 整体支出自评表!H4 应为数字，却是“满分”…检查和评分都缺这一项": two errors for one cell)
        assertEquals("整体支出自评表!H4", Cells.of(r).of(f));
        assertEquals(List.of(), r.findings().stream().filter(x -> x.ruleId().equals("workbook-cell-unreadable")).toList());
        // its identity is the one it had: rule, file, key and the arguments it prints (SARIF, baselines), not its place
        assertEquals(List.of("基础信息完整性", "basic-information"), f.args());
        assertEquals("self-assessment.json", f.file().substring(f.file().lastIndexOf('/') + 1));
        // a project that turned score-input-missing off still hears of the cell
        EngineResult off = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null,
                io.github.jixiao.lint.RuleConfig.of(List.of(new io.github.jixiao.lint.RuleConfig.Entry("score-input-missing", "OFF", null))),
                Locale.SIMPLIFIED_CHINESE));
        List<Finding> cell = off.findings().stream().filter(x -> x.ruleId().equals("workbook-cell-unreadable")).toList();
        assertEquals(1, cell.size(), off.findings().toString());
        assertEquals("整体支出自评表!H4", Cells.of(off).of(cell.get(0)));
        assertEquals("assessed", assessed(byHand(project)).get(0).key());
    }

    /** 广水 2021's Word 自评表 imported under its framework, the criterion rows whose 二级 is one of {@code removed} taken out. */
    private Path guangshui(String name, List<String> removed) throws Exception {
        Path project = tmp.resolve(name);
        Path file = FourTables27.guangshui(project.resolve("forms/自评报告.docx"), "自评分", null);
        XWPFDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = new XWPFDocument(in);
        }
        XWPFTable t = doc.getTables().get(0);
        int done = 0;
        for (int i = t.getRows().size() - 1; i >= 0; i--) {
            if (t.getRow(i).getTableCells().size() > 6 && removed.contains(t.getRow(i).getCell(1).getText())) {
                t.removeRow(i);
                done++;
            }
        }
        assertEquals(removed.size(), done);
        try (OutputStream o = Files.newOutputStream(file)) {
            doc.write(o);
        }
        doc.close();
        WorkbookImport.run(project, "forms/自评报告.docx", project.resolve("submission"), true, framework(project, GUANGSHUI));
        return project;
    }

    /**
     * A project's table without any criterion row (under a framework with criteria the department scores): each is a
     * row to add to the 自评表, not a self-assessment.json to create.
     */
    @Test
    void noCriterionRowInTheWordSelfAssessmentTable() throws Exception {
        Path project = guangshui("guangshui-none", List.of("决策依据", "财务制度", "组织机构", "运行监管", "目标申报"));
        assertTrue(!Files.exists(project.resolve("submission/self-assessment.json"))
                || !Files.readString(project.resolve("submission/self-assessment.json")).contains("\"criterion\""));
        EngineResult r = check(project);
        List<Finding> a = assessed(r);
        assertEquals(5, a.size(), a.toString());
        assertEquals(List.of("assessed-no-row-table"), a.stream().map(Finding::key).distinct().toList());
        assertTrue(a.stream().anyMatch(f -> text(r, f, Messages.ZH).startsWith("“决策依据”按部门自评计分，但导入的自评表中没有这一行")), a.toString());
        List<Finding> h = assessed(byHand(project));
        assertEquals(5, h.size());
        assertTrue(h.stream().allMatch(f -> f.key().startsWith("assessed") && !f.key().contains("row")), h.toString());
    }

    @Test
    void aCriterionMissingFromTheWordSelfAssessmentTable() throws Exception {
        Path project = guangshui("guangshui", List.of("组织机构"));
        EngineResult r = check(project);
        List<Finding> a = assessed(r);
        assertEquals(1, a.size(), a.toString());
        Finding f = a.get(0);
        assertEquals("assessed-no-row-table", f.key());
        assertEquals("“组织机构”按部门自评计分，但导入的自评表中没有这一行，此项按 0 分计。请在自评表的绩效指标中加上“组织机构”一行（一级指标写它在"
                + "评分框架中所属的一级，二级或三级指标写“组织机构”），在“自评分”列（score）中填写得分，然后以同一评分框架（-Djixiao.framework）"
                + "重新导入（self-assessment.json 中 criterion “organisation” 的 score）。", text(r, f, Messages.ZH));
        assertEquals("\"组织机构\" takes the department's own score, but the imported 自评表 (self-assessment table) has no row for it, so "
                + "it scores 0. Add the row \"组织机构\" to the table's indicators (its 一级 (level 1) as the framework places it, "
                + "\"组织机构\" as its 二级 (level 2) or 三级 (level 3)) with its score in column 自评分 (score), and import it again with "
                + "the same framework (-Djixiao.framework) (self-assessment.json: criterion \"organisation\", score).",
                text(r, f, Locale.ENGLISH));
        assertEquals("Table 1!A6:H14", Cells.of(r).shown(f, Cells.of(r).of(f), true));
        assertEquals("assessed", assessed(byHand(project)).get(0).key());
    }

    @Test
    void noScoreSheetImported() throws Exception {
        Path project = futian("no-scores", null);
        EngineResult r = check(project);
        List<Finding> a = assessed(r);
        // one for each criterion the department scores (a sub-items criterion once, not once for each part)
        assertEquals(List.of("assessed-no-table"), a.stream().map(Finding::key).distinct().toList(), a.toString());
        Finding f = a.stream().filter(x -> x.args().get(1).equals("financial-compliance")).reduce((x, y) -> {
            throw new AssertionError("twice: " + a);
        }).orElseThrow();
        assertEquals("“财务合规性”按部门自评计分，但从 forms/附件.xlsx 导入的只有绩效指标，没有评分表（各评分指标的自评得分），此项按 0 分计。"
                + "请在 forms/附件.xlsx 中加上评分表（一级指标、二级指标、三级指标、分值和自评得分各一列，“财务合规性”一行填写自评得分），"
                + "然后重新导入（self-assessment.json 中 criterion “financial-compliance” 的 score）。", text(r, f, Messages.ZH));
        assertEquals("\"财务合规性\" takes the department's own score, but what was imported from forms/附件.xlsx has the indicators only and "
                + "no 评分表 (scoring table: each criterion's own score), so it scores 0. Add the 评分表 to forms/附件.xlsx (columns "
                + "一级指标, 二级指标 and 三级指标 (the criterion's levels), 分值 (points) and 自评得分 (own score); the row \"财务合规性\" "
                + "with its score) and import it again (self-assessment.json: criterion \"financial-compliance\", score).",
                text(r, f, Locale.ENGLISH));
        // by hand: create self-assessment.json, said once for all the criteria that wait for it (session 43, E7; until
        // then one finding for each own score, a sub-items criterion's parts and judgement each)
        List<Finding> h = byHand(project).findings().stream().filter(x -> x.ruleId().equals("score-input-missing")
                && (x.key().startsWith("assessed") || x.key().equals("file-missing") && x.args().get(0).equals("self-assessment.json"))).toList();
        assertEquals(List.of("file-missing"), h.stream().map(Finding::key).toList(), h.toString());
        assertEquals(List.of("self-assessment.json", "https://jixiao.github.io/schemas/v1/self-assessment.schema.json",
                String.valueOf(a.size() + 4), String.valueOf(a.size())), h.get(0).args(),
                "financial-compliance 3, management-systems 3, procurement 1 own scores by hand: one each imported");
    }

    @Test
    void aSubItemsCriterionsRowBlankOrMissing() throws Exception {
        Path project = futian("blank", sh -> {
            row(sh, 2, "财务合规性").removeCell(row(sh, 2, "财务合规性").getCell(6));
            clear(row(sh, 2, "管理制度健全性"));
        });
        EngineResult r = check(project);
        // (政府采购执行情况's total, printed, stands for its parts: SubItemsFromTotalTest)
        List<Finding> a = assessed(r).stream().filter(f -> !"procurement".equals(f.criterion())).toList();
        assertEquals(List.of("assessed-blank", "assessed-no-row"), a.stream().map(Finding::key).sorted().toList(), a.toString());
        Finding blank = a.stream().filter(f -> f.key().equals("assessed-blank")).findFirst().orElseThrow();
        assertEquals("评分表中“财务合规性”一行的“*分值”列（score）为空，此项按 0 分计。请在表中填写这一得分后重新导入"
                + "（self-assessment.json 中 criterion “financial-compliance” 的 score）。", text(r, blank, Messages.ZH));
        assertEquals("附件2!C9", Cells.of(r).of(blank));
        Finding missing = a.stream().filter(f -> f.key().equals("assessed-no-row")).findFirst().orElseThrow();
        assertEquals(List.of("管理制度健全性", "management-systems"), missing.args());
        // by hand: each part and the judgement, as before
        List<Finding> h = assessed(byHand(project)).stream().filter(f -> !"procurement".equals(f.criterion())).toList();
        assertEquals(List.of("assessed-flag", "assessed-item", "assessed-item", "assessed-item", "assessed-item", "assessed-item"),
                h.stream().map(Finding::key).sorted().toList(), h.toString());
        assertEquals("“财务合规性”的分项“会计核算规范性”按部门自评计分，但 self-assessment.json 中没有它的得分（criterion “financial-compliance” "
                + "的 items 中 item “accounting” 的 score），此项按 0 分计。", new Messages(Messages.ZH).message(h.stream()
                .filter(f -> f.key().equals("assessed-item") && f.args().get(3).equals("accounting")).findFirst().orElseThrow()));
    }

    /** The table as printed: none of these. */
    @Test
    void theTableAsPrintedHasNone() throws Exception {
        assertEquals(List.of(), assessed(check(shouxian("printed", sh -> { }))));
    }
}
