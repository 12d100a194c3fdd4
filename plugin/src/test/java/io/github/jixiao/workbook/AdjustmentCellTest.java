package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding on adjustments.json (typed by hand: no table has a place for it) that quotes the full-year budget it is
 * held to named budget.json's line only, where that figure came from a cell of the imported table (officer trial s31):
 * the officer corrects the table, not the JSON. It now names the cell, as the findings on budget.json itself do.
 */
class AdjustmentCellTest {

    @Test
    void theFullYearBudgetIsNamedByItsCell(@TempDir Path tmp) throws Exception {
        // 棠溪 2022 imported: its 年度资金总额 row prints 全年预算数 0 at 自评表!E6
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("自评表.xlsx"));
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        // an adjustment of the whole budget typed by hand, its after not the table's 全年预算数
        Files.writeString(tmp.resolve("submission/adjustments.json"), """
                {
                  "$schema": "https://jixiao.github.io/schemas/v1/adjustments.schema.json",
                  "schemaVersion": "1.0",
                  "adjustments": [
                    {"date": "2022-09-30", "kind": "调整", "scope": "department", "amount": {"value": -0.026, "unit": "万元"},
                     "before": {"value": 90, "unit": "万元"}, "after": {"value": 89.974, "unit": "万元"}, "reason": "结余收回"}
                  ]
                }
                """, StandardCharsets.UTF_8);
        EngineResult r = WorkbookImportTest.check(tmp);
        List<Finding> found = r.findings().stream().filter(f -> f.ruleId().equals("adjustment-after-mismatch")).toList();
        assertEquals(1, found.size(), r.findings().toString());
        Finding f = found.get(0);
        assertEquals("department", f.key());
        assertEquals("submission/adjustments.json", f.file());
        String zh = new Messages(Messages.ZH).message(f);
        assertEquals("部门预算总额的调整（日期 2022-09-30）后的金额（after）为 89.974 万元，而资金块合计行的全年预算数为 0 万元"
                + "（自评表!E6（submission/budget.json 第 9 行）），相差 89.974 万元。这是最后一次部门预算调整：调整后的金额应即全年预算数。"
                + "请更正全年预算数，或更正这条记录的 after。", zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertEquals(true, en.contains("(自评表!E6 (submission/budget.json line 9))"), en);
    }
}
