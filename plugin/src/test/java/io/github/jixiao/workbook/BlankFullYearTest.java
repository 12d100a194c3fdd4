package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mof-project-2020 scores 预算执行率 on 全年执行数 ÷ 年初预算数 (score-assumption initial-as-full-year) where no 全年预算数 is
 * given. The JSON cannot tell a table that does not print that column from one that prints it and leaves the cell blank;
 * the import's sidecar can ({@code blank}). A blank 全年预算数 in a printed column is a figure the unit left out:
 * score-input-missing {@code blank} (fill it in), not the assumption (session 26 review). The 丽江 2020 自评表 with its
 * 全年预算数 and 执行率 cells emptied; the same JSON without its sidecar (written by hand), and the table without the
 * column, keep the assumption.
 */
class BlankFullYearTest {
    private static final String EXECUTION = "budget-execution-rate";

    @TempDir
    Path tmp;

    /** 丽江 2020 with 全年预算数 and 执行率 blank in the total and its 其中 row; without the 全年预算数 column at all if asked. */
    private static XSSFWorkbook lijiang(boolean printColumn) {
        XSSFWorkbook wb = FormWorkbooks.lijiang();
        var sh = wb.getSheetAt(0);
        for (int r = 4; r <= 5; r++) {
            Row row = sh.getRow(r);
            row.removeCell(row.getCell(3)); // 全年预算数
            row.removeCell(row.getCell(6)); // 执行率
        }
        if (!printColumn) {
            sh.getRow(3).removeCell(sh.getRow(3).getCell(3));
        }
        return wb;
    }

    private Path imported(String name, XSSFWorkbook wb) throws Exception {
        Path project = tmp.resolve(name);
        FormWorkbooks.save(wb, project.resolve("forms/自评表.xlsx"));
        WorkbookImport.run(project, "forms/自评表.xlsx", project.resolve("submission"), false);
        return project;
    }

    private static EngineResult check(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
    }

    private static List<String> execution(EngineResult r) {
        return r.findings().stream().filter(f -> EXECUTION.equals(f.criterion())
                        && (f.ruleId().equals("score-input-missing") || f.ruleId().equals("score-assumption")))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).toList();
    }

    @Test
    void aPrintedColumnLeftBlankIsAFigureToFillIn() throws Exception {
        Path project = imported("blank", lijiang(true));
        String sidecar = Files.readString(project.resolve("submission/.jixiao-cells"), StandardCharsets.UTF_8);
        assertTrue(sidecar.contains("\"blank\""), sidecar);
        assertTrue(sidecar.contains("budget#/funds/total/fullYear"), sidecar);
        EngineResult r = check(project);
        assertEquals(List.of("score-input-missing blank /funds/total/fullYear"), execution(r), r.findings().toString());
        assertEquals("0.00", r.sheet().criterion(EXECUTION).orElseThrow().score().toPlainString());
        Finding f = r.findings().stream().filter(x -> x.key().equals("blank")).findFirst().orElseThrow();
        assertEquals("“预算执行率”缺少评分所需的“全年预算数”：导入的表印有这一栏，这一格却是空白的，此项按 0 分计（表中没有这一栏时才以其他数字代替，"
                + "如以年初预算数代替全年预算数）。请在表中填写这一数字后重新导入，或把它填在 budget.json 的 \"funds\": {\"total\": {\"fullYear\": …}} 处。",
                new Messages(Messages.ZH).message(f));
        // the finding names the blank cell, as any imported figure's does
        assertEquals("Sheet1!D5", io.github.jixiao.report.Cells.of(io.github.jixiao.engine.Imported.read(project, project.resolve("submission"))).of(f));
    }

    /** The same JSON, the sidecar deleted (a submission written by hand): the assumption, as before. */
    @Test
    void withoutTheSidecarTheAssumptionStands() throws Exception {
        Path project = imported("by-hand", lijiang(true));
        Files.delete(project.resolve("submission/.jixiao-cells"));
        EngineResult r = check(project);
        assertEquals(List.of("score-assumption initial-as-full-year /funds/total/initial"), execution(r), r.findings().toString());
        assertEquals("10.00", r.sheet().criterion(EXECUTION).orElseThrow().score().toPlainString());
    }

    /** A table that prints no 全年预算数 column: the assumption, sidecar or not. */
    @Test
    void aTableWithoutTheColumnKeepsTheAssumption() throws Exception {
        Path project = imported("no-column", lijiang(false));
        assertTrue(!Files.readString(project.resolve("submission/.jixiao-cells"), StandardCharsets.UTF_8)
                .contains("budget#/funds/total/fullYear\""));
        EngineResult r = check(project);
        assertEquals(List.of("score-assumption initial-as-full-year /funds/total/initial"), execution(r), r.findings().toString());
    }
}
