package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.Messages;
import org.junit.jupiter.api.Test;

/**
 * A note of several arguments ({@link WorkbookImport.Problem#args}) keeps them apart even where a cell's text holds the
 * character that separates them: the heading is the workbook's, and a pull request may put any character in it.
 */
class ProblemArgsTest {

    @Test
    void aSeparatorInACellsTextDoesNotShiftTheArguments() {
        WorkbookImport.Problem p = new WorkbookImport.Problem(FormReader.RATIO_NOTE, "budget#/funds/total/executionRatePercent",
                "自评表!E8", WorkbookImport.Problem.args("1", "执行率\u001F(B/A)", "100"), false);
        String line = p.message(new Messages(Messages.ZH), "表.xlsx");
        assertTrue(line.contains("执行率“1”在“执行率 (B/A)”下") && line.contains("已按百分数导入为 100（executionRatePercent）"), line);
    }
}
