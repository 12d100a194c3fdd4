package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.report.Messages;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import path of real tables whose cells are known from their SOURCE.md only (session 33): each rebuilt as a workbook
 * (test resources {@code real-table-workbooks/}, written by {@link RealTableWorkbooks}), imported, and held to the hand
 * transcription ({@code real-tables/<table>/submission}): the same rows, the header fields the sheet prints, the funds,
 * and the same findings from check (RealTablesTest pins the hand transcription's).
 */
class RealTableWorkbooksImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    /** What the last import said (problems, then notes as "note …"), in Chinese and in English. */
    private final List<String> said = new ArrayList<>();
    private final List<String> saidEn = new ArrayList<>();

    /** Imports {@code wb} as forms/{@code file}. */
    private void imported(Workbook wb, String file) throws Exception {
        Path to = tmp.resolve("forms/" + file);
        Files.createDirectories(to.getParent());
        try (OutputStream out = Files.newOutputStream(to); wb) {
            wb.write(out);
        }
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/" + file, tmp.resolve("submission"), false);
        said.addAll(FormWorkbooks.said(r, Locale.CHINA));
        saidEn.addAll(FormWorkbooks.said(r, Locale.ENGLISH));
    }

    /** The committed workbook {@code file} (test resources real-table-workbooks/). */
    private static XSSFWorkbook committed(String file) throws Exception {
        return RealTableWorkbooks.committed(file);
    }

    private static Path hand(String table) throws Exception {
        return Path.of(RealTableWorkbooksImportTest.class.getResource("/real-tables/" + table).toURI());
    }

    private static JsonNode read(Path p) throws Exception {
        return JSON.readTree(Files.readString(p));
    }

    private JsonNode sidecar() throws Exception {
        return read(tmp.resolve("submission/" + WorkbookImport.CELLS)).path("cells");
    }

    /**
     * Each committed workbook holds what its builder in {@link RealTableWorkbooks} builds: every cell's text as shown and every
     * merged region, sheet by sheet (a builder changed without writing the file again, or the file edited by hand, fails).
     * Run with {@code -Djixiao.updateWorkbooks=true} it writes each file that is missing or differs, into the module's
     * src/test/resources/real-table-workbooks (the command is in {@link RealTableWorkbooks}' Javadoc), leaving the others
     * byte for byte as committed.
     */
    @Test
    void workbooksAreTheGenerators() throws Exception {
        boolean update = Boolean.getBoolean("jixiao.updateWorkbooks");
        for (String f : RealTableWorkbooks.FILES) {
            try (XSSFWorkbook built = RealTableWorkbooks.build(f)) {
                List<String> want = cells(built);
                List<String> have;
                try (XSSFWorkbook file = committed(f)) {
                    have = cells(file);
                } catch (java.io.FileNotFoundException missing) {
                    if (!update) {
                        throw missing;
                    }
                    have = List.of();
                }
                if (update && !want.equals(have)) {
                    FormWorkbooks.save(RealTableWorkbooks.build(f), Path.of("src/test/resources/real-table-workbooks", f));
                    continue;
                }
                assertEquals(want, have, f);
            }
        }
    }

    /** A workbook's sheets as lines: the sheet's name, each non-blank cell "A1=text", each merged region. */
    private static List<String> cells(Workbook wb) {
        DataFormatter shown = new DataFormatter(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (Sheet sh : wb) {
            out.add("sheet " + sh.getSheetName());
            for (Row row : sh) {
                for (Cell c : row) {
                    String v = shown.formatCellValue(c);
                    if (!v.isEmpty()) {
                        out.add(c.getAddress().formatAsString() + "=" + v);
                    }
                }
            }
            sh.getMergedRegions().stream().map(m -> "merged " + m.formatAsString()).sorted().forEach(out::add);
        }
        return out;
    }

    /**
     * t57 (天津 宝坻 2022, 国家发展改革委's 中央预算内投资计划绩效目标表) as SOURCE.md prints it: the four whole rows as
     * transcribed by hand (实施效果指标 over 产出指标 / 效益指标, as printed), 下达地方或单位 the unit's name, 下达中央预算内投资(万元)
     * 2350 the funds' initial, 总体目标 the expected goal, the title's year; nothing said; and check says of the import
     * exactly what it says of the hand transcription (RealTablesTest.baodiFenwu2022). Before session 33 the rows were read
     * but the name and the money were not: department.json had no name (workbook-department-missing, an error, and a warning
     * in the import's log that the header names no unit, though it does) and budget.json no funds, without a word.
     */
    @Test
    void baodi2022() throws Exception {
        Path h = hand("t57-baodi-fenwu-2022");
        imported(committed(RealTableWorkbooks.T57), RealTableWorkbooks.T57);
        assertEquals(List.of("note x: 表中没有项目名称一栏，标题也没有写明项目，项目名称“天津市宝坻区畜禽粪污资源化利用整区推进项目”取自标题下方 "
                + "Sheet1!A2 的括注行，已写入 department.json 的 project.name。如这一行并非项目名称，请在 department.json 中改写或删去 project"),
                said);
        assertEquals(List.of("note x: the table has no 项目名称 (project name) line and its title names no project, so the project's "
                + "name \"天津市宝坻区畜禽粪污资源化利用整区推进项目\" was taken from Sheet1!A2, the bracketed line under the title, and written "
                + "as department.json project.name. If that line names no project, change or remove project in department.json"), saidEn);
        String[] fields = {"level1", "level2", "name", "target", "actual", "points", "score"};
        assertEquals(ImportedTables.rows(read(h.resolve("submission/indicators.json")).path("indicators"), fields),
                ImportedTables.rows(read(tmp.resolve("submission/indicators.json")).path("indicators"), fields));
        JsonNode dept = read(tmp.resolve("submission/department.json"));
        JsonNode handDept = read(h.resolve("submission/department.json"));
        for (String f : new String[] {"kind", "name", "year", "stage", "framework", "title", "overallGoals"}) {
            assertEquals(handDept.path(f), dept.path(f), f);
        }
        // the project's name: the subtitle's (session 33, round 2: none before); the hand transcription's name and code are
        // the notice's (SOURCE.md: 2022年天津市宝坻区畜禽粪污资源化利用整县推进项目, 12000022P10000210006W), not the table's
        assertEquals("{\"name\":\"天津市宝坻区畜禽粪污资源化利用整区推进项目\"}", dept.path("project").toString());
        assertEquals("Sheet1!A2", sidecar().path("submission/department.json#/project/name").asString());
        JsonNode funds = read(tmp.resolve("submission/budget.json")).path("funds");
        JsonNode handFunds = read(h.resolve("submission/budget.json")).path("funds");
        assertEquals(handFunds.path("unit"), funds.path("unit"));
        assertEquals(handFunds.path("total").path("initial"), funds.path("total").path("initial"));
        assertEquals("下达中央预算内投资(万元)", funds.path("total").path("label").asString()); // as printed (hand: without its unit)
        assertEquals("Sheet1!B4", sidecar().path("submission/department.json#/name").asString());
        assertEquals("Sheet1!B5", sidecar().path("submission/budget.json#/funds/total/initial").asString());
        assertEquals(ImportedTables.findings(h, true), ImportedTables.findings(tmp, true));
    }

    /**
     * t57 with its 下达中央预算内投资 printed without its unit, and the amount a bare 2350: the amount is not guessed in 万元 or
     * 元; the import says so at the label's cell (funds-not-read) and budget.json has no funds.
     */
    @Test
    void baodi2022FundsWithoutUnit() throws Exception {
        XSSFWorkbook wb = RealTableWorkbooks.baodi2022();
        wb.getSheetAt(0).getRow(4).getCell(0).setCellValue("下达中央预算内投资");
        imported(wb, "表.xlsx");
        assertEquals(List.of("x: 资金块 Sheet1!A5“下达中央预算内投资”没有写明单位（万元或元），金额未导入，budget.json 中没有资金；请在表中写明单位"
                + "（资金块的标题如 项目资金申请（万元），或表头的 单位：万元）后再导入"),
                said.stream().filter(t -> !t.startsWith("note")).toList()); // the note: the subtitle's project (baodi2022)
        assertEquals(false, read(tmp.resolve("submission/budget.json")).has("funds"));
    }

    /** Imports {@code wb} as forms/{@code file} with {@code table}'s framework file beside it (-Djixiao.framework). */
    private void imported(Workbook wb, String file, Path table, String framework) throws Exception {
        Files.copy(table.resolve(framework), tmp.resolve(framework));
        Path to = tmp.resolve("forms/" + file);
        Files.createDirectories(to.getParent());
        try (OutputStream out = Files.newOutputStream(to); wb) {
            wb.write(out);
        }
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/" + file, tmp.resolve("submission"), false, framework);
        said.addAll(FormWorkbooks.said(r, Locale.CHINA));
    }

    /**
     * t46 (福建 宁德市地震局 2020, 部门整体支出绩效自评表) as SOURCE.md prints it, imported with its framework file (as the hand
     * transcription names it): the three rows as transcribed by hand (产出目标 / 数量目标 as printed, 评分标准 the standard), the
     * 资金结构 block's ①..⑦ columns (the 财政资金小计 row left out, its rows the components), the 预期目标 and 目标实际完成情况
     * texts, the unit, its 部门预算编码 and the year; nothing said; and check says of the import exactly what it says of the
     * hand transcription (RealTablesTest.ningdeDizhen2020). Before session 33 the import lost the 目标实际完成情况 text (its
     * heading was no goal label the import knew; check then missed the vague "完成年度目标", overall-goal-not-a-goal) and
     * the 部门预算编码 (department.json code), both without a word.
     */
    @Test
    void dizhen2020() throws Exception {
        Path h = hand("t46-ningde-dizhen-2020");
        imported(committed(RealTableWorkbooks.T46), RealTableWorkbooks.T46, h, "ningde-dizhen-2020.json");
        silentAsHand(h, "kind", "name", "code", "year", "stage", "framework", "title", "overallGoals");
        assertEquals(read(h.resolve("submission/budget.json")).path("funds").toString(),
                read(tmp.resolve("submission/budget.json")).path("funds").toString());
        assertEquals("Sheet1!F10", sidecar().path("submission/department.json#/overallGoals/achieved/0").asString());
        assertEquals("Sheet1!G2", sidecar().path("submission/department.json#/code").asString());
        assertEquals(ImportedTables.findings(h, true), ImportedTables.findings(tmp, true));
    }

    /**
     * The import said nothing, and wrote the hand transcription's rows (every field a row takes) and, in department.json,
     * its {@code deptFields}.
     */
    private void silentAsHand(Path h, String... deptFields) throws Exception {
        assertEquals(List.of(), said);
        String[] fields = {"level1", "level2", "name", "target", "actual", "standard", "points", "score", "explanation"};
        assertEquals(ImportedTables.rows(read(h.resolve("submission/indicators.json")).path("indicators"), fields),
                ImportedTables.rows(read(tmp.resolve("submission/indicators.json")).path("indicators"), fields));
        JsonNode dept = read(tmp.resolve("submission/department.json"));
        JsonNode handDept = read(h.resolve("submission/department.json"));
        for (String f : deptFields) {
            assertEquals(handDept.path(f), dept.path(f), f);
        }
    }

    /**
     * A 湖北 20 + 80 项目自评表 imported with its framework file, held to its hand transcription: the rows (一级 / 二级 / 三级 /
     * 年初目标值(A) / 实际完成值(B) / 得分), the header fields (单位名称, 填报日期, 项目名称, 主管部门, 项目实施单位, the title's
     * year), the funds row (预算数(A) as fullYear, 执行数(B), 执行率, the heading's 20 points, 得分), the stated total where one
     * is printed, and check's findings.
     */
    private void hubei(String table, String file, String framework) throws Exception {
        Path h = hand(table);
        imported(committed(file), file, h, framework);
        silentAsHand(h, "kind", "name", "year", "stage", "framework", "title", "reportDate", "project");
        assertEquals(read(h.resolve("submission/budget.json")).path("funds"), read(tmp.resolve("submission/budget.json")).path("funds"));
        Path sa = h.resolve("submission/self-assessment.json");
        assertEquals(Files.exists(sa) ? read(sa).path("stated").toString() : "",
                Files.exists(tmp.resolve("submission/self-assessment.json"))
                        ? read(tmp.resolve("submission/self-assessment.json")).path("stated").toString() : "");
        assertEquals(ImportedTables.findings(h, true), ImportedTables.findings(tmp, true));
    }

    /**
     * t13 (湖北 襄阳市中心医院 2021, 财政项目绩效自评表) from its committed workbook: 20 + 80, no 分值 column, the copy's truncation
     * left out (no 总分). Equal to the hand transcription, nothing said.
     */
    @Test
    void xiangyang2021() throws Exception {
        hubei("t13-xiangyang-zhongxin-2021", RealTableWorkbooks.T13, "xiangyang-project-2021.json");
        assertEquals("Sheet1!B3", sidecar().path("submission/department.json#/project/name").asString());
    }

    /**
     * t18 (a 区商务局's 2020年市级服务贸易发展资金项目自评表) from its committed workbook: t13's layout, the 一级 labels printing
     * their points (产出指标(60分), 效益指标(40分)), 总分 100 stated. Equal to the hand transcription, nothing said.
     */
    @Test
    void shangwu2020() throws Exception {
        hubei("t18-shangwu-fuwumaoyi-2020", RealTableWorkbooks.T18, "shangwu-project-2020.json");
    }

    /**
     * t57 printed without its subtitle prints no 项目名称: the project's name typed by hand into department.json is kept by a re-import of the same table
     * and said at info level (import.header-kept); before session 33's round 2 every re-import dropped it (a warning). The
     * table then printing a 项目名称 of its own: the table's stands.
     */
    @Test
    void baodi2022ProjectNameTypedByHandIsKept() throws Exception {
        XSSFWorkbook first = RealTableWorkbooks.baodi2022();
        first.getSheetAt(0).getRow(1).getCell(0).setBlank(); // printed without its subtitle: no cell names the project
        imported(first, RealTableWorkbooks.T57);
        Path dept = tmp.resolve("submission/department.json");
        tools.jackson.databind.node.ObjectNode d = (tools.jackson.databind.node.ObjectNode) read(dept);
        d.putObject("project").put("name", "天津市宝坻区畜禽粪污资源化利用整区推进项目");
        Files.writeString(dept, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(d));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/" + RealTableWorkbooks.T57, tmp.resolve("submission"), true);
        assertEquals("天津市宝坻区畜禽粪污资源化利用整区推进项目", read(dept).path("project").path("name").asString());
        assertEquals(List.of(true), r.carried().stream().map(Reimport.Carried::kept).toList());
        assertEquals(List.of("submission/department.json#/project: 此前在 JSON 中填写，这张表（forms/" + RealTableWorkbooks.T57
                + " Sheet1）没有给出这一项的单元格，保留了此前填写的内容；表中日后写明这一项时，以表为准"),
                r.carried().stream().map(c -> c.message(new Messages(Locale.CHINA))).toList());
        // the table printing a 项目名称 now: the table's name, the typed one not kept
        XSSFWorkbook wb = RealTableWorkbooks.baodi2022();
        wb.getSheetAt(0).getRow(1).getCell(0).setBlank();
        wb.getSheetAt(0).getRow(2).getCell(0).setCellValue("项目名称"); // its 专项名称 line printed as a 项目名称
        wb.getSheetAt(0).getRow(2).getCell(1).setCellValue("宝坻区畜禽粪污项目");
        try (OutputStream out = Files.newOutputStream(tmp.resolve("forms/" + RealTableWorkbooks.T57)); wb) {
            wb.write(out);
        }
        WorkbookImport.run(tmp, "forms/" + RealTableWorkbooks.T57, tmp.resolve("submission"), true);
        assertEquals("宝坻区畜禽粪污项目", read(dept).path("project").path("name").asString());
    }

    /**
     * t46's 部门预算编码 cleared in the table and the table imported again: department.json's {@code code}, read from G2
     * before, is dropped (the table wins) and said with its old value and cell, as the other header fields; before session
     * 33's round 2 it went without a word.
     */
    @Test
    void dizhen2020CodeClearedIsSaid() throws Exception {
        Path h = hand("t46-ningde-dizhen-2020");
        imported(committed(RealTableWorkbooks.T46), RealTableWorkbooks.T46, h, "ningde-dizhen-2020.json");
        assertEquals("409001007", read(tmp.resolve("submission/department.json")).path("code").asString());
        XSSFWorkbook wb = RealTableWorkbooks.dizhen2020();
        wb.getSheetAt(0).getRow(1).getCell(6).setBlank();
        try (OutputStream out = Files.newOutputStream(tmp.resolve("forms/" + RealTableWorkbooks.T46)); wb) {
            wb.write(out);
        }
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/" + RealTableWorkbooks.T46, tmp.resolve("submission"), true,
                "ningde-dizhen-2020.json");
        assertEquals(false, read(tmp.resolve("submission/department.json")).has("code"));
        assertEquals(List.of("submission/department.json#/code: 此前从单元格 Sheet1!G2 导入，表中现已没有（该格空了或改了）；表头各项以表为准，"
                + "新文件中没有这一项；原值：409001007。如仍需要，请在表中填写后重新导入"),
                r.carried().stream().map(c -> c.message(new Messages(Locale.CHINA))).toList());
        assertEquals(List.of("submission/department.json#/code: imported before from cell Sheet1!G2, which the table no longer fills "
                + "(the cell is blank or changed); the header's fields are the table's, so the new file has none; it was: 409001007. "
                + "If it still holds, fill it in in the table and import again"),
                r.carried().stream().map(c -> c.message(new Messages(Locale.ENGLISH))).toList());
    }

    /**
     * A bracketed line under the title that names no project is not read as one: a unit line (单位：万元) in brackets, a form's
     * word (（财政项目）), a line with another text beside it. t57's subtitle so changed: no project, no note.
     */
    @Test
    void baodi2022SubtitleThatNamesNoProject() throws Exception {
        // (the last three: kinds of project real forms print, t56's 项目类别 and 项目类型, t41's 项目类型, t57's title's
        // 中央预算内投资; until session 35 each was read as the project's name)
        for (String line : new String[] {"（单位：万元）", "（财政项目）", "(2022年度)", "（一次性项目）", "(市对下转移支付项目)",
                "（中央预算内投资项目）"}) {
            XSSFWorkbook wb = RealTableWorkbooks.baodi2022();
            wb.getSheetAt(0).getRow(1).getCell(0).setCellValue(line);
            said.clear();
            Files.deleteIfExists(tmp.resolve("submission/department.json"));
            try (var files = Files.list(tmp.resolve("submission")).filter(p -> p.toString().endsWith(".json"))) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // the first import: nothing written yet
            }
            imported(wb, RealTableWorkbooks.T57);
            assertEquals(false, read(tmp.resolve("submission/department.json")).has("project"), line);
            assertEquals(List.of(), said.stream().filter(t -> t.startsWith("note")).toList(), line);
        }
        XSSFWorkbook wb = RealTableWorkbooks.baodi2022();
        wb.getSheetAt(0).getRow(1).createCell(4).setCellValue("单位：万元"); // another text on the subtitle's line
        wb.getSheetAt(0).removeMergedRegion(1);
        Path sub = tmp.resolve("submission");
        try (var files = Files.list(sub)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        said.clear();
        imported(wb, "b.xlsx");
        assertEquals(false, read(tmp.resolve("submission/department.json")).has("project"));
    }
}
