package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import io.github.jixiao.workbook.FormWorkbooks;
import io.github.jixiao.workbook.WorkbookImport;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The score summary's 所用数据 says where a person finds each figure (review R7, session 42): a reviewer (财政局, a
 * third-party evaluator) could not open {@code self-assessment#/criteria/0/score}; the page and the Markdown now give the
 * file, line and column of the value ({@code submission/self-assessment.json:L:C}) and, for a submission imported from a
 * workbook, the cell it came from, as a finding does; the reference is kept only where no location is known.
 */
class FigurePlacesTest {
    @TempDir
    Path tmp;

    private static String[] reports(Path project, Path out, Locale locale) throws Exception {
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(locale));
        Cells cells = Cells.of(r);
        ReportWriter.write(out, r, Map.of(), new Messages(locale), ScoreSummaryTest.META, Snippets.none(), cells);
        return new String[] {Files.readString(out.resolve("score-summary.html")), Files.readString(out.resolve("score-summary.md"))};
    }

    /**
     * Line:column of the value of the {@code n}th (0-based) member named {@code key} in {@code file}: counted here from the
     * file's text (the value's first character after the key's colon), not by jixiao.
     */
    private static String at(Path file, String key, int n) throws Exception {
        String[] lines = Files.readString(file).split("\n", -1);
        int seen = 0;
        String quoted = "\"" + key + "\"";
        for (int i = 0; i < lines.length; i++) {
            int col = lines[i].indexOf(quoted);
            if (col >= 0 && seen++ == n) {
                int v = lines[i].indexOf(':', col + quoted.length()) + 1;
                while (lines[i].charAt(v) == ' ') {
                    v++;
                }
                return (i + 1) + ":" + (lines[i].codePointCount(0, v) + 1);
            }
        }
        throw new AssertionError(key + " not in " + file);
    }

    @Test
    void theSamplesFiguresAreNamedByFileLineAndColumn() throws Exception {
        Path sub = Samples.copyTo(tmp.resolve("sample"));
        String[] zh = reports(tmp.resolve("sample"), tmp.resolve("zh"), Messages.ZH);
        // 预算编制规范性: the department's own score, the first criterion's "score" value
        String score = "submission/self-assessment.json:" + at(sub.resolve("self-assessment.json"), "score", 0);
        assertTrue(zh[0].contains("<li>自评得分：5 <code>" + score + "</code></li>"), zh[0]);
        assertFalse(zh[0].contains("self-assessment#/criteria/0/score"), "the reference is not shown where the place is known");
        // 政府采购执行情况: an amount inside budget.json's procurement block, its value's place
        assertTrue(zh[0].contains("<li>实际采购金额：448.01 万元 <code>submission/budget.json:"), zh[0]);
        assertFalse(zh[0].contains("budget#/procurement/actual"), zh[0]);
        // the Markdown lists them too, under the criterion, after " · " (no code span: HostileTextProperties)
        assertTrue(zh[1].contains("\n## 所用数据\n\n- 预算编制规范性\n  - 自评得分：5 · " + score + "\n"), zh[1]);
        String[] en = reports(tmp.resolve("sample"), tmp.resolve("en"), Locale.ENGLISH);
        assertTrue(en[1].contains("\n## Figures used\n\n"), en[1]);
        assertTrue(en[0].contains("<code>" + score + "</code></li>"), en[0]);
    }

    @Test
    void anImportedFigureNamesItsCell() throws Exception {
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        try (OutputStream out = Files.newOutputStream(tmp.resolve("自评表.xlsx"))) {
            wb.write(out);
        }
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        String[] zh = reports(tmp, tmp.resolve("zh"), Messages.ZH);
        // 基建工程委托业务项目数量's actual, 50, typed in the 自评表's row 13, column F (实际完成值)
        String actual = "submission/indicators.json:" + at(tmp.resolve("submission/indicators.json"), "actual", 0);
        assertTrue(zh[0].contains("<li>基建工程委托业务项目数量 实际完成值：50 <code>" + actual + "</code>（单元格 自评表!F13）</li>"), zh[0]);
        assertTrue(zh[1].contains("  - 基建工程委托业务项目数量 实际完成值：50 · " + actual + "（单元格 自评表\\!F13）\n"), zh[1]);
        String[] en = reports(tmp, tmp.resolve("en"), Locale.ENGLISH);
        assertTrue(en[0].contains("<code>" + actual + "</code> (cell 自评表!F13)</li>"), en[0]);
    }
}
