package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.workbook.WorkbookImport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Helper M's trial (session 31, d4): 湘潭市环境卫生管理处's 2024 目标表 (test resource
 * {@code published-workbooks/xiangtan-wupaoche-2024.xlsx}) imported, the stage moved on to 运行监控 by hand, a likelihood
 * typed into indicators.json. monitoring-deviation-unexplained named the 目标表's cell of the row's name and asked for a
 * column to be added to the 目标表 (“偏差原因分析及改进措施”列（表中尚无此列，请加上；explanation）). The cells are an
 * earlier stage's table's: a field that table has no column for is named as the JSON's, with no cell of it; a field
 * it has keeps its cell; and the check says once that the cells are that table's.
 */
class EarlierTableCellsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private EngineResult importedThenMonitored(String stage) throws Exception {
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (InputStream in = EarlierTableCellsTest.class.getResourceAsStream("/published-workbooks/xiangtan-wupaoche-2024.xlsx")) {
            Files.copy(in, file);
        }
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        Path dept = tmp.resolve("submission/department.json");
        ObjectNode d = (ObjectNode) JSON.readTree(Files.readString(dept));
        d.put("stage", stage);
        Files.writeString(dept, JSON.writeValueAsString(d), StandardCharsets.UTF_8);
        Path ind = tmp.resolve("submission/indicators.json");
        ObjectNode i = (ObjectNode) JSON.readTree(Files.readString(ind));
        ((ObjectNode) i.get("indicators").get(0)).put("actual", "6辆").put("likelihood", "有可能");
        ((ObjectNode) i.get("indicators").get(2)).remove("target"); // a field the 目标表 prints, its cell now empty
        Files.writeString(ind, JSON.writeValueAsString(i), StandardCharsets.UTF_8);
        return new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission")));
    }

    private static Finding one(EngineResult r, String rule, String pointer) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule) && f.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " " + pointer + " in " + r.findings()));
    }

    @Test
    void aTargetTablesCellsAtMonitoringNameTheMonitoringFieldsAsTheJsons() throws Exception {
        EngineResult r = importedThenMonitored("运行监控");
        Cells cells = Cells.of(r);
        Messages zh = new Messages(Messages.ZH).withCells(cells);
        Messages en = new Messages(Locale.ENGLISH).withCells(cells);
        // the likelihood typed in JSON: the JSON's field, no column to add to the 目标表, no cell of it
        Finding dev = one(r, "monitoring-deviation-unexplained", "/indicators/0/likelihood");
        assertEquals(new Messages(Messages.ZH).message(dev), zh.message(dev));
        assertTrue(zh.message(dev).contains("偏差或不能完成目标原因分析（explanation）"), zh.message(dev));
        assertEquals(new Messages(Locale.ENGLISH).message(dev), en.message(dev));
        assertNull(cells.of(dev));
        Finding none = one(r, "indicator-incomplete", "/indicators/1");
        // the value to date, not 实际完成值, the year-end column (until session 42: 截至目前的完成值（实际完成值（actual））)
        assertTrue(zh.message(none).contains("截至目前的完成值（actual）"), zh.message(none));
        assertFalse(zh.message(none).contains("实际完成值"), zh.message(none));
        // what the 目标表 printed keeps its cell: the target, the row
        assertEquals("'2024年项目绩效目标表'!E17", cells.of(one(r, "indicator-target-no-comparator", "/indicators/0/target")));
        assertEquals("'2024年项目绩效目标表'!D18", cells.of(none));
        // said once, at department.json's stage
        List<Finding> said = r.findings().stream().filter(f -> f.key().equals("earlier-table")).toList();
        assertEquals(1, said.size(), r.findings().toString());
        Finding f = said.get(0);
        assertEquals("submission-structure info submission/department.json /stage", f.ruleId() + " " + f.severity().name().toLowerCase(Locale.ROOT)
                + " " + f.file() + " " + f.pointer());
        assertEquals("申报的阶段是“运行监控”，而 jixiao:import 记下的单元格（.jixiao-cells）来自“目标申报”阶段的表 forms/目标表.xlsx："
                + "报告只为该表印有的栏目标出单元格，该表没有的栏目（如截至目前的完成值、完成目标可能性、得分）按 JSON 字段指出，不是要在该表中加列。"
                + "请导入本阶段的表（jixiao:import，加 -Djixiao.overwrite=true），或删去 .jixiao-cells，直接在 JSON 中填写。", zh.message(f));
        assertEquals("The submission's stage is \"运行监控 (Monitoring)\", but the cells jixiao:import recorded (.jixiao-cells) are those of a table of the "
                + "stage \"目标申报 (Target filing)\", forms/目标表.xlsx: the reports name cells only for what that table prints, and a field it has no "
                + "column for (the value to date, the likelihood, a score) is named as the JSON's field, not as a column to add to that table. Import "
                + "this stage's table (jixiao:import with -Djixiao.overwrite=true), or delete .jixiao-cells and fill in the JSON.", en.message(f));
    }

    /** The stage the import gave (目标申报): the cells are the table's, nothing said; the column to add as before. */
    @Test
    void atTheTablesOwnStageNothingChanges() throws Exception {
        EngineResult r = importedThenMonitored("目标申报");
        assertTrue(r.findings().stream().noneMatch(f -> f.key().equals("earlier-table")), r.findings().toString());
        Finding f = one(r, "indicator-target-no-comparator", "/indicators/0/target");
        assertEquals("'2024年项目绩效目标表'!E17", Cells.of(r).of(f));
    }

    /**
     * A sidecar written before the import recorded the table's stage: the stage its indicator columns give (a 目标表's
     * 指标值 alone), as the import decides it.
     */
    @Test
    void anOlderSidecarsTableStageIsReadFromItsColumns() throws Exception {
        importedThenMonitored("运行监控");
        Path side = tmp.resolve("submission/.jixiao-cells");
        ObjectNode sc = (ObjectNode) JSON.readTree(Files.readString(side));
        assertEquals("目标申报", sc.path("stage").asString());
        sc.remove("stage");
        Files.writeString(side, JSON.writeValueAsString(sc), StandardCharsets.UTF_8);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission")));
        assertEquals(1, r.findings().stream().filter(f -> f.key().equals("earlier-table")).count());
        assertNull(Cells.of(r).of(one(r, "monitoring-deviation-unexplained", "/indicators/0/likelihood")));
    }
}
