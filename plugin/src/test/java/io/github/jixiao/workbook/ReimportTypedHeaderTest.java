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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a finance officer typed into department.json's header because the table prints none, as check and the import ask
 * (session 38, trial E, on the committed workbooks of t58 — no unit, no year — and t69 — no year):
 * <ul>
 * <li>the name typed as {@code workbook-department-missing} advises, and the year as the import's no-year message advises,
 * were dropped by a re-import ({@code -Djixiao.overwrite=true}), the log saying "/name: imported before from cell
 * Sheet1!A1:I1, which the table no longer fills" — the sidecar's no-department entry (where the name was looked for) read
 * as the cell the name came from;</li>
 * <li>the first import over jixiao:init's files dropped init's name and year where the table prints neither.</li>
 * </ul>
 * Now a header field the table prints no value for keeps the file's value, and the log says so; a value the table prints
 * stands, and the log says what it replaced.
 */
class ReimportTypedHeaderTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Messages ZH = new Messages(Messages.ZH);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path tmp;

    private JsonNode dept() throws Exception {
        return JSON.readTree(Files.readString(tmp.resolve("submission/department.json")));
    }

    private WorkbookImport.Result importT(String file, boolean overwrite) throws Exception {
        return WorkbookImport.run(tmp, "forms/" + file, tmp.resolve("submission"), overwrite);
    }

    /** The keys of the problems the import warns of. */
    private static List<String> keys(WorkbookImport.Result r) {
        return r.problems().stream().map(WorkbookImport.Problem::key).toList();
    }

    private static List<String> log(WorkbookImport.Result r, Messages m) {
        return r.carried().stream().map(c -> c.message(m)).toList();
    }

    @Test
    void theNameAndYearTypedByHandSurviveAReimport() throws Exception {
        FormWorkbooks.save(RealTableWorkbooks.committed(RealTableWorkbooks.T58), tmp.resolve("forms/" + RealTableWorkbooks.T58));
        assertEquals(List.of("no-department", "no-year"), keys(importT(RealTableWorkbooks.T58, false)));
        assertFalse(dept().has("name"));
        assertFalse(dept().has("year"));
        List<String> before = ImportedTables.findings(tmp, true);
        assertTrue(before.contains("workbook-department-missing  /name error"), before.toString());
        assertTrue(before.contains("schema required-titled  error"), before.toString());
        // typed as check and the import's message advise
        ObjectNode d = (ObjectNode) dept();
        d.put("name", "吕梁市人力资源和社会保障局");
        d.put("year", 2021);
        Files.writeString(tmp.resolve("submission/department.json"), JSON.writeValueAsString(d), StandardCharsets.UTF_8);

        WorkbookImport.Result r = importT(RealTableWorkbooks.T58, true);
        assertEquals("吕梁市人力资源和社会保障局", dept().path("name").asString());
        assertEquals(2021, dept().path("year").asInt());
        String table = "forms/" + RealTableWorkbooks.T58 + " Sheet1";
        assertEquals(List.of("submission/department.json#/name: 此前在 JSON 中填写，这张表（" + table + "）没有给出这一项的单元格，"
                        + "保留了此前填写的内容；表中日后写明这一项时，以表为准",
                "submission/department.json#/year: 此前在 JSON 中填写，这张表（" + table + "）没有给出这一项的单元格，"
                        + "保留了此前填写的内容；表中日后写明这一项时，以表为准"), log(r, ZH));
        assertEquals("submission/department.json#/name: typed in the JSON before, and no cell of this table (" + table
                + ") gives it, so what was typed is kept; once the table prints it, the table's value stands", log(r, EN).get(0));
        assertEquals(List.of(true, true), r.carried().stream().map(Reimport.Carried::kept).toList());
        // "department.json has no name / no year" is no longer true: not warned (the lines above say the table gives none)
        assertEquals(List.of(), keys(r));
        List<String> after = ImportedTables.findings(tmp, true);
        assertFalse(after.contains("workbook-department-missing  /name error"), after.toString());
        assertFalse(after.contains("schema required-titled  error"), after.toString());
        // and again: kept again
        importT(RealTableWorkbooks.T58, true);
        assertEquals("吕梁市人力资源和社会保障局", dept().path("name").asString());
        assertEquals(2021, dept().path("year").asInt());

        // the table printing a unit now (a 填报单位 line above it): the table's stands, and the log says what it replaced
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb = RealTableWorkbooks.committed(RealTableWorkbooks.T58);
        wb.getSheetAt(0).shiftRows(0, wb.getSheetAt(0).getLastRowNum(), 1);
        wb.getSheetAt(0).createRow(0).createCell(0).setCellValue("填报单位：吕梁市人社局");
        FormWorkbooks.save(wb, tmp.resolve("forms/" + RealTableWorkbooks.T58));
        r = importT(RealTableWorkbooks.T58, true);
        assertEquals("吕梁市人社局", dept().path("name").asString());
        assertEquals(2021, dept().path("year").asInt());
        assertEquals(List.of("submission/department.json#/year: 此前在 JSON 中填写，这张表（" + table + "）没有给出这一项的单元格，"
                        + "保留了此前填写的内容；表中日后写明这一项时，以表为准",
                "submission/department.json#/name: 此前在 JSON 中填写为 吕梁市人力资源和社会保障局，这张表（" + table
                        + "）现在给出 吕梁市人社局，以表为准，新文件中为 吕梁市人社局"), log(r, ZH));
        assertEquals("submission/department.json#/name: typed in the JSON before as 吕梁市人力资源和社会保障局; this table (" + table
                + ") now prints 吕梁市人社局, and the table's value stands: the new file has 吕梁市人社局", log(r, EN).get(1));
    }

    /** Writes jixiao:init's files into the temporary project. */
    private void init(String department, int year, String kind) throws Exception {
        for (Map.Entry<String, String> e : Skeleton.files(department, year, "0.1.0", "x", kind).entrySet()) {
            Path p = tmp.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFirstImportOverInitsFilesKeepsItsNameAndYear() throws Exception {
        init("吕梁市人力资源和社会保障局", 2021, Skeleton.PROJECT);
        FormWorkbooks.save(RealTableWorkbooks.committed(RealTableWorkbooks.T58), tmp.resolve("forms/" + RealTableWorkbooks.T58));
        WorkbookImport.Result r = importT(RealTableWorkbooks.T58, true);
        assertEquals("吕梁市人力资源和社会保障局", dept().path("name").asString());
        assertEquals(2021, dept().path("year").asInt());
        String table = "forms/" + RealTableWorkbooks.T58 + " Sheet1";
        assertEquals(List.of("submission/department.json#/name: 这张表（" + table + "）没有给出这一项，保留了原文件（jixiao:init 所写，"
                        + "或导入前手工填写）中的值：吕梁市人力资源和社会保障局。表中日后写明这一项时，以表为准",
                "submission/department.json#/year: 这张表（" + table + "）没有给出这一项，保留了原文件（jixiao:init 所写，"
                        + "或导入前手工填写）中的值：2021。表中日后写明这一项时，以表为准"), log(r, ZH));
        assertEquals("submission/department.json#/year: this table (" + table + ") does not print it, so the value the file had "
                + "(written by jixiao:init, or typed before any import) is kept: 2021. Once the table prints it, the table's value "
                + "stands", log(r, EN).get(1));
        assertEquals(List.of(), keys(r));
        List<String> findings = ImportedTables.findings(tmp, true);
        assertFalse(findings.contains("workbook-department-missing  /name error"), findings.toString());
        assertFalse(findings.contains("schema required-titled  error"), findings.toString());
        // imported again: the files are the table's now, and what it does not print is kept still
        importT(RealTableWorkbooks.T58, true);
        assertEquals("吕梁市人力资源和社会保障局", dept().path("name").asString());
        assertEquals(2021, dept().path("year").asInt());
    }

    /** t69 prints its unit (塘湖镇政府) and no year: init's year is kept, its name replaced by the table's, and said. */
    @Test
    void aNameTheTablePrintsWinsAndTheLogSaysWhatItReplaced() throws Exception {
        init("天长市塘湖镇人民政府", 2020, Skeleton.DEPARTMENT);
        FormWorkbooks.save(RealTableWorkbooks.committed(RealTableWorkbooks.T69), tmp.resolve("forms/" + RealTableWorkbooks.T69));
        Path h = Path.of(getClass().getResource("/real-tables/t69-tianchang-tanghu-2020").toURI());
        Files.copy(h.resolve("tanghu-department-2020.json"), tmp.resolve("tanghu-department-2020.json"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/" + RealTableWorkbooks.T69, tmp.resolve("submission"), true,
                "tanghu-department-2020.json");
        assertEquals("塘湖镇政府", dept().path("name").asString());
        assertEquals(2020, dept().path("year").asInt());
        String table = "forms/" + RealTableWorkbooks.T69 + " Sheet1";
        assertEquals(List.of("submission/department.json#/name: 原文件（jixiao:init 所写，或导入前手工填写）中为 天长市塘湖镇人民政府，"
                        + "这张表（" + table + "）给出 塘湖镇政府，以表为准，新文件中为 塘湖镇政府。如表中所写不对，请在表中改正后重新导入",
                "submission/department.json#/year: 这张表（" + table + "）没有给出这一项，保留了原文件（jixiao:init 所写，"
                        + "或导入前手工填写）中的值：2020。表中日后写明这一项时，以表为准"), log(r, ZH));
        assertEquals("submission/department.json#/name: the file had 天长市塘湖镇人民政府 (written by jixiao:init, or typed before any "
                + "import); this table (" + table + ") prints 塘湖镇政府, and the table's value stands: the new file has 塘湖镇政府. If "
                + "the table's is wrong, correct it in the table and import again", log(r, EN).get(0));
    }
}
