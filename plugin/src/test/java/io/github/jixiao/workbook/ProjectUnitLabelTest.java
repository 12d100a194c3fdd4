package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The header of 深圳 罗湖区南湖街道 2022's 专项债券 自评表 (t71, session 37): 项目主管部门 | 罗湖区住房和建设局 | 项目单位 |
 * 罗湖区南湖街道办事处 on one line, and 项目实施内容 | its text. Before, 项目单位 was not read (the unit's name was the 主管部门's)
 * and 项目实施内容 was read nowhere; both without a word.
 */
class ProjectUnitLabelTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private static final String WORKS = "2022年,我街道按照“应改尽改、能改全改”“成熟一个、进场一个、完工一个、验收一个、接驳一个、供气一个”的工作原则,"
            + "对辖区11个住宅小区、1个城中村,共计1806户住户开展燃气管道改造。";

    /** t71's cells as its SOURCE.md prints them, to the rows before the copy breaks off (the bond row left out). */
    private static XSSFWorkbook luohu2022() {
        XSSFWorkbook wb = new XSSFWorkbook();
        FormWorkbooks.S s = new FormWorkbooks.S(wb, "Sheet1", new FormWorkbooks.Quirks(true, false, false, false, false, false));
        s.row(0, "项目名称", "罗湖区全面实施“瓶改管”工程 (南湖街道)", "", "", "投向领域", "老旧小区改造领域15500");
        s.row(1, "项目主管部门", "罗湖区住房和建设局", "", "", "项目单位", "罗湖区南湖街道办事处");
        s.row(2, "项目实施内容", WORKS);
        s.merge(2, 2, 1, 7);
        s.row(3, "年度绩效目标", "预期目标", "", "", "全年实际完成情况");
        s.row(4, "", "目标1:2022年12月30日前实现工程完工。", "", "", "瓶改管工程于2022年12月14日前完工。");
        s.row(5, "一级指标", "二级指标", "三级指标", "目标值", "实际 完成值", "分值", "得分", "偏差原因分析 及改进措施");
        s.row(6, "产出指标 (50分)", "数量指标", "城中村、住宅区任务完成量", "12个", "12个", "10", "10");
        s.row(7, "", "", "城中村、住宅区任务完成套数", "1785套", "1806套", "5", "5");
        s.row(8, "", "质量指标", "管道天然气年度改造任务完成率", "100%", "100%", "5", "5");
        return wb;
    }

    private JsonNode read(String f) throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission/" + f)));
    }

    @Test
    void theProjectsUnitAndWhatItDid() throws Exception {
        FormWorkbooks.save(luohu2022(), tmp.resolve("forms/表.xlsx"));
        FormWorkbooks.importSaying(tmp, false);
        JsonNode dept = read("department.json");
        JsonNode hand = JSON.readTree(Files.readString(Path.of(ProjectUnitLabelTest.class
                .getResource("/real-tables/t71-luohu-nanhu-pinggaiguan-2022/submission/department.json").toURI())));
        // the unit and what it did, as transcribed by hand from the same cells
        assertEquals(hand.path("name").asString(), dept.path("name").asString());
        assertEquals("罗湖区南湖街道办事处", dept.path("project").path("implementer").asString());
        assertEquals("罗湖区住房和建设局", dept.path("project").path("owner").asString());
        assertEquals(WORKS, dept.path("implementation").asString());
        assertEquals(hand.path("implementation").asString(), dept.path("implementation").asString());
        JsonNode cells = read(WorkbookImport.CELLS).path("cells");
        assertEquals("Sheet1!F2", cells.path("submission/department.json#/name").asString());
        assertEquals("Sheet1!B3", cells.path("submission/department.json#/implementation").asString());
    }

    /**
     * 湘潭 2024's published 目标表 prints 项目实施内容 as a column heading beside 开始时间 | 完成时间, the values on the line
     * below: 开始时间 is the next heading, not what the project does (no implementation is read from it).
     */
    @Test
    void aHeadingBesideIsNoValue() throws Exception {
        Path file = tmp.resolve("forms/目标表.xlsx");
        Files.createDirectories(file.getParent());
        try (InputStream in = ProjectUnitLabelTest.class.getResourceAsStream("/published-workbooks/xiangtan-wupaoche-2024.xlsx")) {
            Files.copy(in, file);
        }
        WorkbookImport.run(tmp, "forms/目标表.xlsx", tmp.resolve("submission"), false);
        assertTrue(read("department.json").path("implementation").isMissingNode(), read("department.json").toString());
        assertEquals("湘潭市环境卫生管理处", read("department.json").path("name").asString());
    }
}
