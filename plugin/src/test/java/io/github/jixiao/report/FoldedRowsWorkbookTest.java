package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding folded from several rows (one defect, one finding, at the first row) is set on each row it names in
 * score-summary.xlsx's 绩效指标 sheet too, at 自评: 新州 2020 (t62) keeps two template rows of the 效益 category it has no
 * indicator in, /5 and /6, said once at /5 by indicator-template-row's required-rows; before session 52 the sheet's 问题
 * cell of /6 was blank, and the row read as clean (the page's table at 目标申报: TargetsTableTest, t86).
 */
class FoldedRowsWorkbookTest {
    @TempDir
    Path tmp;

    @Test
    void t62TheSecondTemplateRowCarriesTheFindingThatNamesIt() throws Exception {
        EngineResult r = TargetsTableTest.run(TargetsTableTest.realTable("t62-xinzhou-chujutuan-2020"), Messages.ZH);
        ReportWriter.write(tmp, r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
        List<String> marked = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve(ScoreSummaryXlsx.FILE)))) {
            DataFormatter fmt = new DataFormatter();
            int k = 0;
            for (Row row : wb.getSheet("绩效指标")) {
                Cell last = row.getCell(row.getLastCellNum() - 1);
                String text = last == null ? "" : fmt.formatCellValue(last);
                if (text.contains("] indicator-template-row: 第 6、7 个指标")) {
                    marked.add(k + " " + fmt.formatCellValue(row.getCell(1)));
                }
                k++;
            }
        }
        assertEquals(2, marked.size(), marked.toString());
        assertTrue(marked.get(0).endsWith("经济效益指标") && marked.get(1).endsWith("社会效益指标"), marked.toString());
    }
}
