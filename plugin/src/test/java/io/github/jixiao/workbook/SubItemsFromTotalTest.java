package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.Messages;
import io.github.jixiao.score.CriterionScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference report's 附件2 (评分表) prints one 自评得分 for each criterion, also for those the 深圳 framework scores by
 * sub-items the department assesses (财务合规性: 资金支出规范性, 会计核算规范性 and the 一票否决 judgement beside the 调剂率
 * part; 政府采购执行情况: 政策功能 beside the 执行率 part). Imported with 附件1 as printed, without the figures neither
 * table carries, score-input-missing asked for self-assessment.json's {@code items} (assessed-item, assessed-flag): nothing
 * the officer could do in the table, and the two criteria scored 0. The table's total now stands for the parts the data
 * does not compute, said once (score-assumption subitems-from-total); a part the data computes is still computed, and a
 * total it does not give is the claim mismatch it is, at the cell. The same JSON typed by hand (no sidecar) keeps its
 * findings (ImportedClaimsTest, SubItemsAndAssessedTest).
 */
class SubItemsFromTotalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** 附件1 with 附件2, 附件2 edited by {@code edit}; with the sample's budget, management and adjustments when {@code data}. */
    private Path futian(String name, Consumer<XSSFSheet> edit, boolean data) throws Exception {
        Path project = tmp.resolve(name);
        XSSFWorkbook wb = FormWorkbooks.futianWithScores(FutianImportTest.SAMPLE);
        edit.accept(wb.getSheet("附件2"));
        FormWorkbooks.save(wb, project.resolve("forms/附件.xlsx"));
        WorkbookImport.run(project, "forms/附件.xlsx", project.resolve("submission"), false);
        if (data) {
            for (String f : List.of("budget.json", "management.json", "adjustments.json")) {
                Files.copy(FutianImportTest.SAMPLE.resolve(f), project.resolve("submission/" + f), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return project;
    }

    /** The score cell (column G) of the row of {@code sheet} for {@code criterion}. */
    private static void score(XSSFSheet sheet, String criterion, double v) {
        row(sheet, criterion).getCell(6).setCellValue(v);
    }

    private static Row row(XSSFSheet sheet, String criterion) {
        for (Row r : sheet) {
            if (r.getCell(2) != null && r.getCell(2).toString().equals(criterion)) {
                return r;
            }
        }
        throw new AssertionError(criterion);
    }

    private static EngineResult check(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
    }

    private static CriterionScore criterion(EngineResult r, String id) {
        return r.sheet().criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Finding> of(EngineResult r, String rule, String criterion) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule) && criterion.equals(f.criterion())).toList();
    }

    private static String text(EngineResult r, Finding f, Locale locale) {
        return new Messages(locale).forResult(r).withCells(Cells.of(r)).message(f);
    }

    @Test
    void theTableAsPrintedScoresTheTwoCriteriaByTheirTotals() throws Exception {
        Path project = futian("printed", sh -> { }, false);
        EngineResult r = check(project);
        // before: 0.00 each, with assessed-item (资金支出规范性, 会计核算规范性, 政策功能) and assessed-flag (一票否决)
        assertEquals("3.00", criterion(r, "financial-compliance").score().toPlainString());
        assertEquals("1.68", criterion(r, "procurement").score().toPlainString());
        assertEquals("3.00", criterion(r, "management-systems").score().toPlainString());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.ruleId().equals("score-input-missing")
                && f.key().startsWith("assessed")).toList());
        // (a part the data would compute, its figures missing: taken with the total, not asked for as "scores 0")
        assertEquals(List.of(), of(r, "score-input-missing", "financial-compliance"));
        assertEquals(List.of(), of(r, "score-input-missing", "procurement"));
        // a criterion all of whose parts the data computes is scored from the data, as before (预决算信息公开: 0 without
        // management.json, and said: once for the file, which more criteria wait for, since session 43, E7)
        assertEquals("0.00", criterion(r, "disclosure").score().toPlainString());
        assertEquals(List.of(), of(r, "score-input-missing", "disclosure"));
        assertEquals(1, r.findings().stream().filter(f -> f.key().startsWith("file-missing") && f.args().get(0).equals("management.json")).count());
        assertTrue(criterion(r, "disclosure").explanation().contains("management.json"), criterion(r, "disclosure").explanation());

        List<Finding> notes = r.findings().stream().filter(f -> f.ruleId().equals("score-assumption")).toList();
        assertEquals(List.of("financial-compliance subitems-from-total-flag", "management-systems subitems-from-total",
                "procurement subitems-from-total"), notes.stream().map(f -> f.criterion() + " " + f.key()).sorted().toList());
        Finding p = notes.stream().filter(f -> f.criterion().equals("procurement")).findFirst().orElseThrow();
        assertEquals("附件2!G10", Cells.of(r).of(p));
        assertEquals("评分表 附件2!G10 只给出“政府采购执行情况”的总分 1.68 分，没有各分项的得分。分项“政府采购执行率”、“政府采购政策功能的执行和落实”"
                + "未能由申报数据算出（由部门自评，或缺少所需数字），按这一总分计：总分 1.68 减去已算出的分项 0，共 1.68 分。"
                // (each part lacking a figure named with the figures and where they go: before, only "缺少所需数字")
                + "这些分项中，“政府采购执行率”缺少“实际采购金额”（填在 budget.json：\"procurement\": {\"actual\": …}）、“采购计划金额”"
                + "（填在 budget.json：\"procurement\": {\"plan\": …}）。补上这些数字后，这些分项按申报数据计算。如需逐项核对，"
                + "请在 self-assessment.json 中 criterion “procurement” 的 items 里逐项填写各分项的得分（score）；重新导入会覆盖该文件，请在导入之后填写。",
                text(r, p, Messages.ZH));
        assertEquals("The 评分表 (score sheet) gives only the total 1.68 for \"Government procurement\" at 附件2!G10, not its parts. "
                + "The parts \"Government procurement execution rate\", \"Implementation of government procurement policy functions\" cannot be computed "
                + "from the data filed (the department assesses them, or a figure they need is missing) and take that total: 1.68 less "
                + "the parts computed, 0, leaves 1.68. Of these parts, \"Government procurement execution rate\" lacks \"Actual procurement amount\" "
                + "(to be written in budget.json: \"procurement\": {\"actual\": …}), \"Planned procurement amount\" (to be written in budget.json: "
                + "\"procurement\": {\"plan\": …}). With these figures filled in, those parts are computed from the data filed. "
                + "To have each part checked, give each one's score in the items of criterion "
                + "\"procurement\" in self-assessment.json; importing again overwrites that file, so do it after the import.",
                text(r, p, Locale.ENGLISH));
        Finding fc = notes.stream().filter(f -> f.criterion().equals("financial-compliance")).findFirst().orElseThrow();
        assertEquals("附件2!G9", Cells.of(r).of(fc));
        // (a part's name with a 、 of its own kept whole by its quotes, in English too)
        assertTrue(text(r, fc, Messages.ZH).contains("分项“资金支出规范性”、“资金调整、调剂规范性”、“会计核算规范性”未能由申报数据算出"),
                text(r, fc, Messages.ZH));
        assertTrue(text(r, fc, Locale.ENGLISH).contains("The parts \"Compliance of spending\", \"Compliance of budget adjustments\", "
                + "\"Compliance of accounting\" cannot be computed"), text(r, fc, Locale.ENGLISH));
        // (the part that lacks figures named with them; the two assessed parts are not)
        assertTrue(text(r, fc, Messages.ZH).contains("（为是则本项为 0 分）。这些分项中，“资金调整、调剂规范性”缺少“全年预算”（填在 budget.json：\"fullYearBudget\": …）、"
                + "“年初预算”（填在 budget.json：\"initialBudget\": …）。补上这些数字后，这些分项按申报数据计算。如需逐项核对"), text(r, fc, Messages.ZH));
        assertTrue(text(r, fc, Locale.ENGLISH).contains("(yes would make the criterion 0). Of these parts, \"Compliance of budget adjustments\" "
                + "lacks \"Full-year budget\" (to be written in budget.json: \"fullYearBudget\": …), \"Initial budget\" (to be written in "
                + "budget.json: \"initialBudget\": …). With these figures filled in, those parts are computed from the data filed. To have"),
                text(r, fc, Locale.ENGLISH));
        assertTrue(text(r, fc, Messages.ZH).contains("总分大于 0，“发生超范围、超标准支出，虚列支出，截留、挤占、挪用资金或其他不符合制度规定的支出”"
                + "按“否”计（为是则本项为 0 分）"), text(r, fc, Messages.ZH));
        // the parts as the summary shows them: the three not computed share the total by their points
        assertEquals(List.of("spending 1.00", "adjustment 1.00", "accounting 1.00"), criterion(r, "financial-compliance").items()
                .stream().map(i -> i.id() + " " + i.score().toPlainString()).toList());
    }

    @Test
    void withTheFiguresThePartTheyComputeIsComputedAndTheRestIsTheTotals() throws Exception {
        EngineResult r = check(futian("data", sh -> { }, true));
        CriterionScore p = criterion(r, "procurement");
        // 448.01 / 657.77 = 68.11% × 1, and 政策功能 the 1.68 − 0.68 the table leaves (not 0.9989)
        assertEquals("1.68", p.score().toPlainString());
        assertEquals(List.of("execution 0.68", "policy 1.00"), p.items().stream().map(i -> i.id() + " " + i.score().toPlainString()).toList());
        assertEquals(List.of(), of(r, "score-claim-mismatch", "procurement"));
        List<Finding> note = of(r, "score-assumption", "procurement");
        assertEquals(1, note.size(), note.toString());
        assertTrue(text(r, note.get(0), Messages.ZH).contains("分项“政府采购政策功能的执行和落实”未能由申报数据算出（由部门自评，或缺少所需数字），"
                + "按这一总分计：总分 1.68 减去已算出的分项 0.68，共 1 分。"), text(r, note.get(0), Messages.ZH));
        assertEquals("96.15", r.sheet().total().toPlainString());
    }

    @Test
    void aTotalAboveThePointsIsReportedAtItsCell() throws Exception {
        EngineResult r = check(futian("above", sh -> score(sh, "财务合规性", 3.5), true));
        assertEquals("3.00", criterion(r, "financial-compliance").score().toPlainString());
        List<Finding> m = of(r, "score-claim-mismatch", "financial-compliance");
        assertEquals(1, m.size(), m.toString());
        assertEquals("above-weight", m.get(0).key());
        assertEquals("附件2!G9", Cells.of(r).of(m.get(0)));
        assertEquals("“财务合规性”自评 3.50 分，超过该指标的分值 3 分，按 3.00 分计。请把自评分改为不超过 3 分的得分。", text(r, m.get(0), Messages.ZH));
    }

    @Test
    void aNegativeTotalIsReportedAtItsCellAndScoresNothingOfTheParts() throws Exception {
        EngineResult r = check(futian("negative", sh -> score(sh, "政府采购执行情况", -1), true));
        List<Finding> schema = r.findings().stream().filter(f -> f.ruleId().equals("schema") && f.pointer().equals("/criteria/5/score")).toList();
        assertEquals(1, schema.size(), r.findings().toString());
        assertEquals("附件2!G10", Cells.of(r).of(schema.get(0)));
        // the 执行率 part is the data's; 政策功能 takes nothing of a total below it
        assertEquals("0.68", criterion(r, "procurement").score().toPlainString());
        assertEquals(List.of("execution 0.68", "policy 0.00"), criterion(r, "procurement").items().stream()
                .map(i -> i.id() + " " + i.score().toPlainString()).toList());
    }

    @Test
    void aTotalTheComputedPartDoesNotGiveIsTheClaimMismatchAtItsCell() throws Exception {
        Path project = futian("mismatch", sh -> { }, true);
        // 全年预算 20,000 against 年初预算 25,895.98: 调剂率 22.77 %, 12.77 points over 10 %: the part 1 − 0.1 × 12.77 = 0
        Path budget = project.resolve("submission/budget.json");
        ObjectNode b = (ObjectNode) JSON.readTree(budget.toFile());
        ((ObjectNode) b.get("fullYearBudget")).put("value", new java.math.BigDecimal("20000"));
        Files.writeString(budget, b.toPrettyString());
        EngineResult r = check(project);
        CriterionScore c = criterion(r, "financial-compliance");
        // the table's 3.00 leaves the assessed parts all their 2 points; the 调剂 part the data gives is 0: 2, not 3
        assertEquals("2.00", c.score().toPlainString());
        assertEquals(List.of("spending 1.00", "adjustment 0.00", "accounting 1.00"), c.items().stream()
                .map(i -> i.id() + " " + i.score().toPlainString()).toList());
        List<Finding> m = of(r, "score-claim-mismatch", "financial-compliance");
        assertEquals(1, m.size(), m.toString());
        assertEquals("", m.get(0).key());
        assertEquals("附件2!G9", Cells.of(r).of(m.get(0)));
        assertTrue(text(r, m.get(0), Messages.ZH).startsWith("“财务合规性”自评 3.00 分，按评分标准计算为 2.00 分（1 + (|20000 − 25895.98| / 25895.98 = 22.77% > 10%"),
                text(r, m.get(0), Messages.ZH));
        assertEquals(1, of(r, "score-assumption", "financial-compliance").size());
    }

    @Test
    void aLowerTotalIsSharedByThePartsPoints() throws Exception {
        EngineResult r = check(futian("lower", sh -> score(sh, "管理制度健全性", 2), true));
        CriterionScore c = criterion(r, "management-systems");
        assertEquals("2.00", c.score().toPlainString());
        // 0.5, 1.5 and 1 points: 2 of 3 each ⅔ of its points (the table says no more), said in each part's explanation
        assertEquals(List.of("systems 0.33", "execution 1.00", "performance-management 0.67"), c.items().stream()
                .map(i -> i.id() + " " + i.score().toPlainString()).toList());
        assertEquals(List.of(), of(r, "score-claim-mismatch", "management-systems"));
        assertEquals("按评分表总分 2.00 推算：未算出的分项共 2，按分值比例计 1", c.items().get(1).explanation());
    }

    @Test
    void byHandTheSameJsonStillAsksForTheParts() throws Exception {
        Path project = futian("hand", sh -> { }, false);
        Files.delete(project.resolve("submission/" + WorkbookImport.CELLS));
        EngineResult r = check(project);
        assertEquals(List.of("assessed-flag", "assessed-item", "assessed-item"), of(r, "score-input-missing", "financial-compliance")
                .stream().map(Finding::key).filter(k -> k.startsWith("assessed")).sorted().toList());
        assertEquals("0.00", criterion(r, "financial-compliance").score().toPlainString());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.key().startsWith("subitems-from-total")).toList());
    }
}
