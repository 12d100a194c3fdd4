package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 福建's 部门整体支出绩效自评表 as 宁德市地震局 printed it for 2020 (real-tables t46): its 一级 and 二级 spelt 产出目标 / 数量目标.
 */
class FujianImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private List<String> run(XSSFWorkbook wb) throws Exception {
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        return r.problems().stream().map(p -> p.message(new io.github.jixiao.report.Messages(Locale.CHINA), "x")).toList();
    }

    private JsonNode rows() throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission/indicators.json"))).path("indicators");
    }

    private static XSSFWorkbook table(String[] heading, String[]... rows) {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "自评表", FormWorkbooks.Quirks.NONE);
        s.text(0, 0, "部门整体支出绩效自评表（2020年度）");
        s.row(1, "部门(单位)名称", "宁德市地震局", "部门预算编码", "409001007");
        s.row(2, heading);
        for (int k = 0; k < rows.length; k++) {
            s.row(3 + k, rows[k]);
        }
        return wb;
    }

    /**
     * The categories as printed, 一级 产出目标 kept as the 一级 where no 三级 column is printed (鄂州 2022's layout: the 二级
     * column is then the row's name, as for 产出指标); before, 产出目标 was taken for a 二级 and dropped.
     */
    @Test
    void categoriesSpeltWithGoal() throws Exception {
        List<String> said = run(table(new String[] {"一级指标", "二级指标", "绩效标准", "当年预期实现值"},
                new String[] {"产出目标", "数量目标", "", "抽查台站9个"},
                new String[] {"效益目标", "社会效益目标", "", "防震减灾知识普及"}));
        JsonNode r = rows();
        assertEquals("产出目标", r.get(0).path("level1").asString(), r.toString());
        assertEquals("数量目标", r.get(0).path("name").asString(), r.toString());
        assertEquals("效益目标", r.get(1).path("level1").asString(), r.toString());
        assertEquals(List.of(), said.stream().filter(l -> l.contains("产出目标")).toList());
    }
}
