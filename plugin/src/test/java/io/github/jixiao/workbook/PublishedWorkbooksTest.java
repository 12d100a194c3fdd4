package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published tables built as a finance officer keeps them (test resources {@code published-workbooks/}, made by the X26
 * trial's generator from the published copies): 山西 稷山县医疗保障局 2020 自评表 (.xlsx: percentages as numbers formatted
 * 0%, 执行率 the formula =E7/D7, a two-row heading 年度目标值 / 全年实际值, footers), the same with the heading 实际完成值 and
 * the label column's merge stopping above 总分 ({@code t31b}), 甘肃 嘉峪关城市博物馆 2023 目标表 (.xls: 指标目标值), 湘潭市
 * 环境卫生管理处 2024 绩效目标表 (.xlsx: a blank 填报单位 beside 单位：万元, 项目实施单位, targets 85% / 90% as numbers
 * formatted 0%) and 鄂州 2022 绩效目标表 (.docx: 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值).
 */
class PublishedWorkbooksTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    /** The resource {@code name} copied to forms/ and imported. */
    private WorkbookImport.Result run(String name) throws Exception {
        Path file = tmp.resolve("forms/" + name);
        Files.createDirectories(file.getParent());
        try (InputStream in = PublishedWorkbooksTest.class.getResourceAsStream("/published-workbooks/" + name)) {
            Files.copy(in, file);
        }
        return WorkbookImport.run(tmp, "forms/" + name, tmp.resolve("submission"), false);
    }

    private JsonNode json(String file) throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission/" + file)));
    }

    /** The indicator named {@code name} (after its 指标1: prefix as printed). */
    private JsonNode indicator(String name) throws Exception {
        for (JsonNode i : json("indicators.json").path("indicators")) {
            if (i.path("name").asString("").equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + name + " in " + json("indicators.json"));
    }

    /**
     * 稷山 2020 (t31b): 100% and 95% typed as numbers formatted 0% and the 执行率 =E7/D7 formatted 0% are what the cells
     * show, not the fractions behind them (before: "1", "0.95", executionRatePercent 0.991014316174231, scored 75.02 中
     * with false alarms); the table's own figures then score 99.77 优, as the published copy says.
     */
    @Test
    void percentagesAreImportedAsTheCellsShowThem() throws Exception {
        run("t31b-jishan-2020.xlsx");
        assertEquals("100%", indicator("指标1:资金是否全部纳入医保统筹").path("actual").asString());
        assertEquals("95%", indicator("指标1:是否解决建档立卡人员看病难贵问题").path("target").asString());
        assertEquals("95%", indicator("指标1:是否满意").path("actual").asString());
        assertEquals("8755", indicator("指标1:全县参合人数").path("target").asString());
        assertEquals("99", json("budget.json").path("funds").path("total").path("executionRatePercent").decimalValue().toPlainString());
        EngineResult r = WorkbookImportTest.check(tmp);
        assertEquals("99.77", r.sheet().total().toPlainString());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity().name().equalsIgnoreCase("error"))
                .map(f -> f.ruleId() + " " + f.pointer()).toList());
    }

    /** The same workbook saved as .xls (Excel 97-2003): the same percentages, read record by record. */
    @Test
    void percentagesOfAnXlsWorkbook() throws Exception {
        Path file = tmp.resolve("forms/t31b.xls");
        Files.createDirectories(file.getParent());
        try (InputStream in = PublishedWorkbooksTest.class.getResourceAsStream("/published-workbooks/t31b-jishan-2020.xlsx");
             XSSFWorkbook wb = new XSSFWorkbook(in);
             var xls = FormWorkbooks.asXls(wb);
             OutputStream out = Files.newOutputStream(file)) {
            xls.write(out);
        }
        WorkbookImport.run(tmp, "forms/t31b.xls", tmp.resolve("submission"), false);
        assertEquals("100%", indicator("指标1:资金是否全部纳入医保统筹").path("actual").asString());
        assertEquals("95%", indicator("指标1:是否满意").path("actual").asString());
        assertEquals("99", json("budget.json").path("funds").path("total").path("executionRatePercent").decimalValue().toPlainString());
    }

    /** 湘潭 2024: the targets 85% and 90%, numbers formatted 0% (before: "0.85", "0.9", read by check as ≥ 0.85). */
    @Test
    void percentageTargets() throws Exception {
        run("xiangtan-wupaoche-2024.xlsx");
        assertEquals("85%", indicator("服务周期内，市民对空气质量改善的满意程度").path("target").asString());
        assertEquals("90%", indicator("满意度").path("target").asString());
        assertEquals("10", indicator("雾炮车抑尘降尘服务配备车辆数").path("target").asString());
    }

    /** How a number formatted as a percentage is shown: × 100, the format's decimals, "%"; a quoted % is a literal. */
    @Test
    void percentFormats() {
        List<String> got = new ArrayList<>();
        for (String[] c : new String[][] {{"0.991014316174231", "0%"}, {"0.95", "0%"}, {"0.95", "0.0%"}, {"0.123456", "0.00%"},
                {"0.005", "0%"}, {"1", "0%"}, {"0.5", "0.##%"}, {"0.12345", "0.##%"}, {"0.9", "0%;[Red]-0%"},
                {"12.5", "0.00\"%\""}, {"12.5", "0\\%"}, {"12.5", "\"%\"0.0"}, {"20", "#,##0.00"}, {"0.95", "General"}}) {
            got.add(Grid.shown(c[0], c[1]));
        }
        assertEquals(List.of("99%", "95%", "95.0%", "12.35%", "1%", "100%", "50%", "12.35%", "90%",
                "12.50%", "12.5%", "%12.5", "20.00", "0.95"), got);
    }
}
