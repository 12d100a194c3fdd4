package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A funds figure two criteria read, its column printed and its cell left blank in the imported table, is one finding at
 * that cell (score-input-missing {@code blank-shared}, the fingerprint of {@code blank}), as a figure two criteria read that
 * is missing from the JSON is one ({@code shared}: t94's “三公经费”). The 丽江 2020 自评表 with its 全年预算数 and 执行率 cells
 * emptied (as BlankFullYearTest), checked on a project's own framework whose 预算执行 weighs the 执行率 (mof-project-2020's,
 * which stands 年初预算数 in only for a column not printed: {@code blank}) and an 调整率 on the same 全年预算数 (no alternative:
 * plainly missing). Until session 51 two errors at Sheet1!D5, one a criterion (E2's left-alone 1, session 50).
 */
class BlankSharedTest {
    @TempDir
    Path tmp;

    private Path imported() throws Exception {
        XSSFWorkbook wb = FormWorkbooks.lijiang();
        var sh = wb.getSheetAt(0);
        for (int r = 4; r <= 5; r++) {
            Row row = sh.getRow(r);
            row.removeCell(row.getCell(3)); // 全年预算数
            row.removeCell(row.getCell(6)); // 执行率
        }
        Path project = tmp.resolve("p");
        FormWorkbooks.save(wb, project.resolve("forms/自评表.xlsx"));
        WorkbookImport.run(project, "forms/自评表.xlsx", project.resolve("submission"), false);
        try (InputStream in = BlankSharedTest.class.getResourceAsStream("/blank-shared/two-on-full-year.json")) {
            Files.copy(in, project.resolve("two-on-full-year.json"));
        }
        return project;
    }

    @Test
    void aBlankFigureTwoCriteriaReadIsSaidOnce() throws Exception {
        Path project = imported();
        EngineResult r = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null,
                "two-on-full-year.json").withLocale(Locale.SIMPLIFIED_CHINESE));
        List<Finding> atFullYear = r.findings().stream()
                .filter(f -> f.ruleId().equals("score-input-missing") && f.pointer().equals("/funds/total/fullYear")).toList();
        assertEquals(List.of("blank-shared [预算执行率, 全年预算数, budget#/funds/total/fullYear, 预算调整率]"),
                atFullYear.stream().map(f -> f.key() + " " + f.args()).toList(), r.findings().toString());
        Finding f = atFullYear.get(0);
        assertEquals("“预算执行率”和“预算调整率”都缺少评分所需的“全年预算数”：导入的表印有这一栏，这一格却是空白的，这些评分指标均按 0 分计。"
                + "请在表中填写这一数字后重新导入，或把它填在 budget.json 的 \"funds\": {\"total\": {\"fullYear\": …}} 处。",
                new Messages(Messages.ZH).message(f));
        assertEquals("\"预算执行率\" and \"预算调整率\" need \"全年预算数\": the imported table prints this column but leaves the cell blank, so "
                + "each scores 0. Fill in the figure in the table and import it again, or fill it in as \"funds\": {\"total\": {\"fullYear\": …}} in budget.json.",
                new Messages(Locale.ENGLISH).message(f));
        assertEquals("Sheet1!D5", io.github.jixiao.report.Cells.of(io.github.jixiao.engine.Imported.read(project, project.resolve("submission"))).of(f));
        // both criteria unscored, each named in its own explanation
        assertEquals("0.00", r.sheet().criterion("budget-execution-rate").orElseThrow().score().toPlainString());
        assertEquals("0.00", r.sheet().criterion("budget-adjustment-rate").orElseThrow().score().toPlainString());
    }
}
