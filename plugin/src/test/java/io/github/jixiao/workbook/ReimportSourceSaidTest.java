package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.init.Skeleton;
import io.github.jixiao.report.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a re-import says a value of the old files came from (session 40, the items session 39's trial left), on the
 * committed workbooks of real tables:
 * <ul>
 * <li>init's name and year, kept by the first import over init's files (t58 prints neither), were called "此前在 JSON 中填写"
 * by the next re-import: the sidecar did not say they were init's;</li>
 * <li>a number typed into the JSON for a cell the import could not read, as workbook-cell-unreadable advises ("或在 JSON 中
 * 补上"), was dropped without a word by a re-import while the cell stayed unreadable;</li>
 * <li>a header value the table gave without a cell of its own (t51's project name and year, read from its title) was
 * taken for one typed by hand: "typed in the JSON before as …" when the title changed, and kept as typed when the title
 * no longer gave it.</li>
 * </ul>
 */
class ReimportSourceSaidTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Messages ZH = new Messages(Messages.ZH);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path tmp;

    private JsonNode read(String file) throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission/" + file)));
    }

    private void write(String file, JsonNode n) throws Exception {
        Files.writeString(tmp.resolve("submission/" + file), JSON.writeValueAsString(n), StandardCharsets.UTF_8);
    }

    private WorkbookImport.Result importT(String file, boolean overwrite) throws Exception {
        return WorkbookImport.run(tmp, "forms/" + file, tmp.resolve("submission"), overwrite);
    }

    private static List<String> log(WorkbookImport.Result r, Messages m) {
        return r.carried().stream().map(c -> c.message(m)).toList();
    }

    private static List<String> keys(WorkbookImport.Result r) {
        return r.problems().stream().map(WorkbookImport.Problem::key).toList();
    }

    @Test
    void initsNameAndYearAreSaidAsInitsOnEachReimport() throws Exception {
        for (Map.Entry<String, String> e : Skeleton.files("吕梁市人力资源和社会保障局", 2021, "0.1.0", "x", Skeleton.PROJECT).entrySet()) {
            Path p = tmp.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        FormWorkbooks.save(RealTableWorkbooks.committed(RealTableWorkbooks.T58), tmp.resolve("forms/" + RealTableWorkbooks.T58));
        importT(RealTableWorkbooks.T58, true);
        String table = "forms/" + RealTableWorkbooks.T58 + " Sheet1";
        List<String> init = List.of("submission/department.json#/name: 这张表（" + table + "）没有给出这一项，保留了原文件（jixiao:init 所写，"
                        + "或导入前手工填写）中的值：吕梁市人力资源和社会保障局。表中日后写明这一项时，以表为准",
                "submission/department.json#/year: 这张表（" + table + "）没有给出这一项，保留了原文件（jixiao:init 所写，"
                        + "或导入前手工填写）中的值：2021。表中日后写明这一项时，以表为准");
        // imported again, and again: still init's (before: "此前在 JSON 中填写")
        for (int i = 0; i < 2; i++) {
            WorkbookImport.Result r = importT(RealTableWorkbooks.T58, true);
            assertEquals(init, log(r, ZH));
            assertEquals("submission/department.json#/name: this table (" + table + ") does not print it, so the value the file had "
                    + "(written by jixiao:init, or typed before any import) is kept: 吕梁市人力资源和社会保障局. Once the table prints it, "
                    + "the table's value stands", log(r, EN).get(0));
            assertEquals(List.of(), keys(r));
            assertEquals("吕梁市人力资源和社会保障局", read("department.json").path("name").asString());
        }
        // the name typed over since: typed, said so
        ObjectNode d = (ObjectNode) read("department.json");
        d.put("name", "吕梁市人社局");
        write("department.json", d);
        WorkbookImport.Result r = importT(RealTableWorkbooks.T58, true);
        assertEquals("submission/department.json#/name: 此前在 JSON 中填写，这张表（" + table + "）没有给出这一项的单元格，"
                + "保留了此前填写的内容；表中日后写明这一项时，以表为准", log(r, ZH).get(0));
        assertEquals(init.get(1), log(r, ZH).get(1));
        assertEquals("吕梁市人社局", read("department.json").path("name").asString());
        // and the table printing a unit now: what it replaced is said as typed, the year as init's still
        XSSFWorkbook wb = RealTableWorkbooks.committed(RealTableWorkbooks.T58);
        wb.getSheetAt(0).shiftRows(0, wb.getSheetAt(0).getLastRowNum(), 1);
        wb.getSheetAt(0).createRow(0).createCell(0).setCellValue("填报单位：吕梁市人力资源和社会保障局");
        FormWorkbooks.save(wb, tmp.resolve("forms/" + RealTableWorkbooks.T58));
        r = importT(RealTableWorkbooks.T58, true);
        assertEquals(List.of(init.get(1), "submission/department.json#/name: 此前在 JSON 中填写为 吕梁市人社局，这张表（" + table
                + "）现在给出 吕梁市人力资源和社会保障局，以表为准，新文件中为 吕梁市人力资源和社会保障局"), log(r, ZH));
    }

    /** The cell of the first sheet holding {@code text}, or null. */
    private static Cell cell(XSSFWorkbook wb, String text) {
        for (Row row : wb.getSheetAt(0)) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().strip().equals(text)) {
                    return c;
                }
            }
        }
        return null;
    }

    @Test
    void aNumberTypedForAnUnreadableCellIsKept() throws Exception {
        // t13 as printed, then its first indicator row's score cell holding text
        Path first = tmp.resolve("first");
        FormWorkbooks.save(RealTableWorkbooks.committed(RealTableWorkbooks.T13), first.resolve("forms/" + RealTableWorkbooks.T13));
        WorkbookImport.run(first, "forms/" + RealTableWorkbooks.T13, first.resolve("submission"), false);
        JsonNode side = JSON.readTree(Files.readString(first.resolve("submission/.jixiao-cells")));
        String address = side.path("cells").path("submission/indicators.json#/indicators/0/score").asString();
        assertFalse(address.isEmpty(), side.path("cells").toString());
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address.substring(address.indexOf('!') + 1));
        XSSFWorkbook wb = RealTableWorkbooks.committed(RealTableWorkbooks.T13);
        wb.getSheetAt(0).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue("见附件");
        FormWorkbooks.save(wb, tmp.resolve("forms/" + RealTableWorkbooks.T13));

        WorkbookImport.Result r = importT(RealTableWorkbooks.T13, false);
        assertTrue(keys(r).contains("not-a-number"), keys(r).toString());
        String name = read("indicators.json").path("indicators").path(0).path("name").asString();
        assertFalse(read("indicators.json").path("indicators").path(0).has("score"));
        assertTrue(ImportedTables.findings(tmp, true).contains("workbook-cell-unreadable  /indicators/0/score error"),
                ImportedTables.findings(tmp, true).toString());
        // typed as workbook-cell-unreadable advises
        ObjectNode ind = (ObjectNode) read("indicators.json");
        ((ObjectNode) ind.path("indicators").path(0)).put("score", 9.5);
        write("indicators.json", ind);

        for (int i = 0; i < 2; i++) { // kept, and kept again
            r = importT(RealTableWorkbooks.T13, true);
            assertEquals(9.5, read("indicators.json").path("indicators").path(0).path("score").asDouble(), r.carried().toString());
            assertEquals(List.of("submission/indicators.json#/indicators/0/score（“" + name + "”一行）: 表中单元格 " + address
                    + " 仍不是数字（“见附件”），这一格无法从表中导入；保留了此前在 JSON 中补上的数：9.5。在 " + address
                    + " 填入数字后重新导入，即以表为准"), log(r, ZH).stream().filter(l -> l.contains("/score")).toList());
            assertTrue(log(r, EN).contains("submission/indicators.json#/indicators/0/score (the row \"" + name + "\"): cell " + address
                    + " of the table still holds no number (\"见附件\"), so it cannot be imported from the table; the number added to "
                    + "the JSON before is kept: 9.5. Put a number in " + address + " and import again, and the table's stands"),
                    log(r, EN).toString());
            // not warned again as "not imported" (the line above says it), and check has nothing missing
            assertFalse(keys(r).contains("not-a-number"), keys(r).toString());
            assertFalse(ImportedTables.findings(tmp, true).contains("workbook-cell-unreadable  /indicators/0/score error"));
        }
        // the cell given a number: the table's stands, nothing kept
        FormWorkbooks.save(RealTableWorkbooks.committed(RealTableWorkbooks.T13), tmp.resolve("forms/" + RealTableWorkbooks.T13));
        r = importT(RealTableWorkbooks.T13, true);
        assertEquals(List.of(), log(r, ZH).stream().filter(l -> l.contains("/score")).toList());
        assertEquals(JSON.readTree(Files.readString(first.resolve("submission/indicators.json"))).path("indicators").path(0).path("score"),
                read("indicators.json").path("indicators").path(0).path("score"));
    }

    /** Saves the committed workbook {@code file} into the project with its title (t51's) changed to {@code title}. */
    private void retitled(String file, String title) throws Exception {
        XSSFWorkbook wb = RealTableWorkbooks.committed(file);
        Cell t = cell(wb, "2019年度宁晋县高中助学金项目绩效评价指标表");
        assertTrue(t != null, "t51's title");
        t.setCellValue(title);
        FormWorkbooks.save(wb, tmp.resolve("forms/" + file));
    }

    @Test
    void aValueTheTitleGaveIsTheTablesNotTyped() throws Exception {
        String file = RealTableWorkbooks.T51;
        XSSFWorkbook wb = RealTableWorkbooks.committed(file);
        String sheet = wb.getSheetName(0);
        FormWorkbooks.save(wb, tmp.resolve("forms/" + file));
        importT(file, false);
        assertEquals("宁晋县高中助学金项目", read("department.json").path("project").path("name").asString());
        assertEquals(2019, read("department.json").path("year").asInt());
        String table = "forms/" + file + " " + sheet;

        // the title renamed: the table's name changes, as a cell's would, with no line saying it was typed
        retitled(file, "2019年度宁晋县普通高中国家助学金项目绩效评价指标表");
        WorkbookImport.Result r = importT(file, true);
        String renamed = read("department.json").path("project").path("name").asString();
        assertFalse(renamed.equals("宁晋县高中助学金项目"), renamed);
        assertEquals(List.of(), log(r, ZH).stream().filter(l -> l.contains("/project/name")).toList(), log(r, ZH).toString());

        // the title giving neither the project nor the year: neither kept as if typed; said as the table's, gone
        retitled(file, "绩效评价指标表");
        r = importT(file, true);
        assertFalse(read("department.json").path("project").has("name"), read("department.json").toString());
        assertFalse(read("department.json").has("year"));
        assertTrue(log(r, ZH).contains("submission/department.json#/project/name: 此前由这张表（" + table + "）给出（不在单独的单元格中，"
                + "如从标题读出的年度或项目名称），这张表现在不再给出；表头各项以表为准，新文件中没有这一项；原值：" + renamed
                + "。如仍需要，请在表头中写明（标签及其值）后重新导入，或导入后在 JSON 中填写"), log(r, ZH).toString());
        assertTrue(log(r, ZH).stream().anyMatch(l -> l.startsWith("submission/department.json#/year: 此前由这张表")), log(r, ZH).toString());
        assertTrue(log(r, EN).stream().anyMatch(l -> l.startsWith("submission/department.json#/year: given before by this table")),
                log(r, EN).toString());
        assertFalse(log(r, ZH).stream().anyMatch(l -> l.contains("此前在 JSON 中填写")), log(r, ZH).toString());
    }
}
