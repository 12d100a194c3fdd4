package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 大英县民政局 2020's table of targets met (real table t98, 四川 遂宁, its 决算): its 一级 项目完成指标 over the national 产出
 * 二级 (质量指标, 时效指标, 成本指标). The import wrote it as printed, each row a schema error (level1 enum) and a 一级 unknown;
 * the hand transcription carried the 二级 alone, and its 成本 row was then a 一级 not guessed (成本指标 is 产出's 二级 and
 * 101号's 一级). Now both write 产出指标, the import saying so at the first cell (info), and check says the same of both.
 */
class DayingImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void dayingMinzheng2020() throws Exception {
        XSSFWorkbook wb = FormWorkbooks.table("Sheet1", "项目绩效目标完成情况",
                new String[] {"单位名称", "大英县民政局", "项目名称", "养老服务体系建设"},
                new String[] {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"},
                new String[] {"项目完成指标", "质量指标", "改善养老服务基础条件", "改善条件", "明显改善"},
                new String[] {"项目完成指标", "时效指标", "2020年", "2020年", "2020年"},
                new String[] {"项目完成指标", "成本指标", "100万", "100万", "100万"},
                new String[] {"效益指标", "社会效益指标", "老年人日益增加的养老服务需求", "有所提升", "养老服务提升"},
                new String[] {"满意度指标", "服务对象满意度指标", "养老服务对象对养老机构服务质量满意度", "≥90%", "98%"});
        FormWorkbooks.save(wb, tmp.resolve("forms/表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        Messages zh = new Messages(java.util.Locale.CHINA);
        assertEquals(List.of("x: 单元格 Sheet1!A4 的一级指标“项目完成指标”（项目完成的产出）按国家分类的名称写作产出指标（level1；印作“目标”的写作产出目标），"
                        + "其下的数量、质量、时效、成本指标都属这一类。如不是，请在 indicators.json 中改写其一级指标"),
                r.notes().stream().filter(p -> p.message(zh, "x").contains("Sheet1!A4")).map(p -> p.message(zh, "x")).toList());
        Messages en = new Messages(java.util.Locale.ENGLISH);
        assertEquals(List.of("x: the first-level category \"项目完成指标\" in Sheet1!A4, the project's outputs completed, was written under the "
                        + "national taxonomy's name, output indicators (level1; spelt with goals where the table prints it so), the category its "
                        + "second-level cells (quantity, quality, timeliness, cost) belong to. If that is wrong, write the level1 in indicators.json"),
                r.notes().stream().filter(p -> p.message(en, "x").contains("Sheet1!A4")).map(p -> p.message(en, "x")).toList());
        String[] fields = {"level1", "level2", "name", "target", "actual"};
        Path hand = Path.of(DayingImportTest.class.getResource("/real-tables/t98-daying-minzheng-2020").toURI());
        assertEquals(ImportedTables.rows(indicators(hand), fields), ImportedTables.rows(indicators(tmp), fields));
        // check on the hand transcription with the imported rows says what it says of the hand's own
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy.resolve("submission"));
        for (String f : List.of("department.json", "budget.json")) {
            Files.copy(hand.resolve("submission").resolve(f), copy.resolve("submission").resolve(f));
        }
        Files.copy(tmp.resolve("submission/indicators.json"), copy.resolve("submission/indicators.json"));
        // the framework beside the table (its copy starting mid-table, partialCut.copyStart, since session 52)
        Files.copy(hand.resolve("daying-minzheng-2020.json"), copy.resolve("daying-minzheng-2020.json"));
        assertEquals(ImportedTables.findings(hand, false), ImportedTables.findings(copy, false));
    }

    private static JsonNode indicators(Path project) throws Exception {
        return JSON.readTree(Files.readString(project.resolve("submission/indicators.json"))).path("indicators");
    }
}
