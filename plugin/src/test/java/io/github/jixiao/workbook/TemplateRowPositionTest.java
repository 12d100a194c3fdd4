package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * indicator-template-row said "第 10 行" of 棠溪 2022's empty 经济效益指标 row, meaning the tenth indicator, while the
 * finding pointed at the sheet's row 22 (自评表!B22): two row numbers for one row (officer trial s31). It now says the
 * indicator's place in the list, 第 10 个指标, beside the cell the reports name.
 */
class TemplateRowPositionTest {

    @Test
    void theTemplateRowIsNamedByItsPlaceInTheListNotAsARow(@TempDir Path tmp) throws Exception {
        FormWorkbooks.save(FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE), tmp.resolve("自评表.xlsx"));
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        EngineResult r = WorkbookImportTest.check(tmp);
        List<Finding> rows = r.findings().stream().filter(f -> f.ruleId().equals("indicator-template-row")).toList();
        assertEquals(1, rows.size(), r.findings().toString());
        Finding f = rows.get(0);
        assertEquals("/indicators/9", f.pointer());
        assertEquals("自评表!B22", Cells.of(r.imported()).of(f), "the sheet's row 22");
        String zh = new Messages(Messages.ZH).message(f);
        assertEquals("第 10 个指标“效益指标/经济效益指标”只有类别或名称，没有指标值、实际完成值、分值和得分，是留下的模板行，未参与计分。"
                + "请删去该行，或在该类确不适用时在该行的三级指标写“不适用”（JSON 中为 notApplicable: true）。", zh);
        String en = new Messages(Locale.ENGLISH).forSheet(r.sheet()).message(f);
        assertEquals("Indicator no. 10 in the list, ", en.substring(0, en.indexOf('"')));
    }
}
