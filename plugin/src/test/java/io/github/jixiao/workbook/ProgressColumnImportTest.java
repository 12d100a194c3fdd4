package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * 大英 双心 2020 (real table t44, 四川's 项目支出绩效自评报告): its indicator table, 一级指标 | 二级指标 | 三级指标 | 指标值 | 实施进度,
 * built from its printed cells (SOURCE.md). Until session 57 the import did not know the 实施进度 heading: it said it unknown
 * and wrote the rows with no actual at all, where the hand transcription has "已完成100%" on each (s56 Q1's left-alone 5).
 * Now the column is each row's actual, and the import says at its heading that the framework must say
 * {@code "actualIs": "progress"} for check to read it as progress (a note where the framework named says so).
 */
class ProgressColumnImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String T44 = "/real-tables/t44-daying-shuangxin-2020";

    @TempDir
    Path tmp;

    private static XSSFWorkbook t44() {
        return FormWorkbooks.table("Sheet1", "项目支出绩效自评报告",
                new String[] {"项目名称", "双心及文明城市创建专项资金项目"},
                new String[] {"一级指标", "二级指标", "三级指标", "指标值", "实施进度"},
                new String[] {"项目决策", "数量指标", "宣传次数", "至少全年完成2次宣传", "已完成100%"},
                new String[] {"项目决策", "质量指标", "创建质量", "按质按量完成", "已完成100%"},
                new String[] {"项目决策", "时效指标", "全年", "1-12月", "已完成100%"},
                new String[] {"项目决策", "成本指标", "成本", "10万元", "已完成100%"},
                new String[] {"项目效益", "社会效益指标", "提升全县消费者维权意识", "不断提升", "已完成100%"},
                new String[] {"满意度指标", "满意度指标", "群众满意度", "90%", "已完成100%"});
    }

    @Test
    void theProgressColumnIsTheActualAndAFrameworkSaysSo() throws Exception {
        FormWorkbooks.save(t44(), tmp.resolve("forms/表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false);
        Messages zh = new Messages(java.util.Locale.CHINA);
        Messages en = new Messages(java.util.Locale.ENGLISH);
        assertEquals(List.of(), r.problems().stream().filter(p -> p.key().startsWith("progress-actual")
                || p.key().startsWith("unknown-heading")).toList());
        List<WorkbookImport.Problem> said = r.notes().stream().filter(p -> p.key().startsWith("progress-actual")).toList();
        assertEquals(1, said.size(), r.notes().toString());
        assertEquals("x: 表头 Sheet1!E3“实施进度”是实施进度（工作完成的进度），已作为各行的实际完成值（actual）导入；已在申报目录旁写成评分框架 "
                + "progress-framework.json（扩展 mof-project-2020，写明 \"actualIs\": \"progress\"），department.json 已指向它，check 按进度读这一栏，"
                + "不当作按指标值单位实测的数值", said.get(0).message(zh, "x"));
        assertTrue(said.get(0).message(en, "x").startsWith("x: heading Sheet1!E3 \"实施进度\" is the progress of the work, imported as each row's actual; "
                + "progress-framework.json, written beside the submission folder"), said.get(0).message(en, "x"));
        JsonNode fw = JSON.readTree(Files.readString(tmp.resolve("progress-framework.json")));
        assertEquals("mof-project-2020", fw.path("extends").asString());
        assertEquals("progress", fw.path("actualIs").asString());
        assertEquals("progress-framework.json",
                JSON.readTree(Files.readString(tmp.resolve("submission/department.json"))).path("framework").asString());
        // the rows' actuals as the hand transcription has them
        String[] fields = {"name", "target", "actual"};
        Path hand = Path.of(ProgressColumnImportTest.class.getResource(T44).toURI());
        assertEquals(ImportedTables.rows(indicators(hand), fields), ImportedTables.rows(indicators(tmp), fields));
        // and check reads them as progress: the note, not the units compared (t44's own findings on its progress column)
        List<String> read = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(tmp, tmp.resolve("submission")))
                .findings().stream().filter(f -> f.ruleId().equals("indicator-actual-incommensurable") || f.ruleId().equals("framework-invalid"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).toList();
        assertEquals(List.of("indicator-actual-incommensurable progress-column /indicators"), read);
    }

    /** With the submission folder the project itself, nowhere beside it to write a framework: the warning asks for one. */
    @Test
    void noFolderBesideItTheWarningAsksForTheFramework() throws Exception {
        FormWorkbooks.save(t44(), tmp.resolve("forms/表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp, false);
        List<WorkbookImport.Problem> said = r.problems().stream().filter(p -> p.key().startsWith("progress-actual")).toList();
        assertEquals(1, said.size(), r.problems().toString());
        assertEquals("x: 表头 Sheet1!E3“实施进度”是实施进度（工作完成的进度），已作为各行的实际完成值（actual）导入：check 要把这一栏按进度读、"
                + "不当作按指标值单位实测的数值（“已完成100%”对“10万元”不是金额），评分框架须写明 \"actualIs\": \"progress\"（扩展内置框架的一个短文件即可，"
                + "见 docs/forms.md）；请用 -Djixiao.framework=<该文件> 重新导入，或在 department.json 的 framework 中写它",
                said.get(0).message(new Messages(java.util.Locale.CHINA), "x"));
        assertTrue(said.get(0).message(new Messages(java.util.Locale.ENGLISH), "x")
                .startsWith("x: heading Sheet1!E3 \"实施进度\" is the progress of the work, imported as each row's actual: "));
    }

    /** With t44's own framework named (it says actualIs: progress), a note, not the warning. */
    @Test
    void aFrameworkSayingProgressIsANote() throws Exception {
        FormWorkbooks.save(t44(), tmp.resolve("forms/表.xlsx"));
        Path hand = Path.of(ProgressColumnImportTest.class.getResource(T44).toURI());
        String fw = "mof-project-2020-daying-shuangxin-2020.json";
        Files.copy(hand.resolve(fw), tmp.resolve(fw));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/表.xlsx", tmp.resolve("submission"), false, fw);
        assertEquals(List.of(), r.problems().stream().filter(p -> p.key().startsWith("progress-actual")).toList());
        List<WorkbookImport.Problem> notes = r.notes().stream().filter(p -> p.key().equals("progress-actual-read")).toList();
        assertEquals(1, notes.size(), r.notes().toString());
        assertEquals("x: 表头 Sheet1!E3“实施进度”是实施进度（工作完成的进度），已作为各行的实际完成值（actual）导入；评分框架 " + fw
                + " 写明 \"actualIs\": \"progress\"，check 按进度读这一栏", notes.get(0).message(new Messages(java.util.Locale.CHINA), "x"));
    }

    private static JsonNode indicators(Path project) throws Exception {
        return JSON.readTree(Files.readString(project.resolve("submission/indicators.json"))).path("indicators");
    }
}
