package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A funds block's amounts in the block's unit (review V2, session 26): an amount printing its own unit of the other size
 * is converted exactly (500000元 under 项目资金申请（万元） was read as 500,000 万元), and a block whose heading names no unit
 * takes 万元 from its total's amount.
 */
class FundsUnitTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private JsonNode funds(String heading, String total, String part) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("目标表");
            String[][] rows = {
                {"项目绩效目标表"},
                {"项目名称", "雾炮车抑尘降尘服务"},
                {"主管部门", "某局"},
                {heading, "资金总额", total},
                {heading, "一、预算资金", part},
                {"一级指标", "二级指标", "三级指标", "指标值"},
                {"产出指标", "数量指标", "作业车辆", "≥10台"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            FormWorkbooks.save(wb, tmp.resolve("表.xlsx"));
        }
        WorkbookImport.run(tmp, "表.xlsx", tmp.resolve("submission"), true);
        return JSON.readTree(Files.readString(tmp.resolve("submission/budget.json"))).path("funds");
    }

    @Test
    void yuanUnderWanYuanIsConverted() throws Exception {
        JsonNode f = funds("项目资金申请（万元）", "500000元", "50");
        assertEquals("万元", f.path("unit").asString());
        assertEquals(0, new BigDecimal("50").compareTo(f.path("total").path("initial").decimalValue()), f.toString());
        assertEquals(0, new BigDecimal("50").compareTo(f.path("components").get(0).path("initial").decimalValue()), f.toString());
    }

    @Test
    void theTotalsOwnUnitWhereTheHeadingNamesNone() throws Exception {
        JsonNode f = funds("项目资金申请", "250万元", "250");
        assertEquals("万元", f.path("unit").asString(), f.toString());
        assertEquals(0, new BigDecimal("250").compareTo(f.path("total").path("initial").decimalValue()), f.toString());
    }

    @Test
    void exactly() {
        assertEquals("12.3456", FormReader.inUnit(new BigDecimal("123456"), "123456元", "万元").toPlainString());
        assertEquals("50", FormReader.inUnit(new BigDecimal("500000"), "500000元", "万元").toPlainString());
        assertEquals("15000", FormReader.inUnit(new BigDecimal("1.5"), "1.5万元", "元").toPlainString());
        assertEquals("20", FormReader.inUnit(new BigDecimal("20"), "20", "万元").toPlainString());
    }
}
