package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.testing.CpuBound;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jixiao:import on workbooks built here: the same scores and findings as the hand-written JSON of the same form. */
class WorkbookImportTest {

    static Path it(String name) {
        return Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("src/it").resolve(name).toAbsolutePath().normalize();
    }

    static EngineResult check(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    /** What a run says: every criterion's score and every finding (rule, file name, pointer, severity). */
    static List<String> outcome(EngineResult r) {
        TreeSet<String> out = new TreeSet<>();
        out.add("total " + n(r.sheet().total()) + " grade " + r.sheet().grade() + " weight " + n(r.sheet().weight()));
        for (CriterionScore c : r.sheet().criteria()) {
            out.add(c.id() + " " + n(c.weight()) + " " + n(c.score()));
            for (CriterionScore i : c.items()) {
                out.add(c.id() + "/" + i.id() + " " + n(i.weight()) + " " + n(i.score()));
            }
        }
        for (Finding f : r.findings()) {
            String file = f.file().substring(f.file().lastIndexOf('/') + 1);
            out.add(f.ruleId() + " " + f.severity() + " " + file + "#" + f.pointer() + " " + f.key());
        }
        return List.copyOf(out);
    }

    /** A number compared by value (10 and 10.0 written in JSON are the same points). */
    static String n(java.math.BigDecimal v) {
        return v == null ? "null" : v.stripTrailingZeros().toPlainString();
    }

    Path importInto(Path project, org.apache.poi.xssf.usermodel.XSSFWorkbook wb) throws Exception {
        FormWorkbooks.save(wb, project.resolve("forms/自评表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(project, "forms/自评表.xlsx", project.resolve("submission"), false);
        assertTrue(r.written().contains("submission/indicators.json"), r.written().toString());
        return project;
    }

    @Test
    void tangxiAsPrintedScoresAsTheHandWrittenJson(@TempDir Path tmp) throws Exception {
        Path p = importInto(tmp, FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE));
        List<String> expected = outcome(check(it("form-tangxi-2022")));
        assertTrue(expected.size() > 30, expected.toString());
        assertEquals(expected, outcome(check(p)));
    }

    /**
     * The indicator heading copied at the top of a second printed page (rows shifted down, the heading row's texts
     * repeated between two indicators) is not read as an indicator: the same indicators.json as without it.
     */
    @Test
    void aHeadingRepeatedOnTheNextPageIsNoIndicator(@TempDir Path tmp) throws Exception {
        Path plain = importInto(tmp.resolve("plain"), FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE));
        var wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        var sh = wb.getSheetAt(0);
        int heading = 11;
        int at = heading + 6;
        sh.shiftRows(at, sh.getLastRowNum(), 1);
        var copy = sh.createRow(at);
        for (var cell : sh.getRow(heading)) {
            copy.createCell(cell.getColumnIndex()).setCellValue(cell.getStringCellValue());
        }
        Path repeated = importInto(tmp.resolve("repeated"), wb);
        assertEquals(Files.readString(plain.resolve("submission/indicators.json")),
                Files.readString(repeated.resolve("submission/indicators.json")));
    }

    @Test
    void lijiangAsPrintedScoresAsTheHandWrittenJson(@TempDir Path tmp) throws Exception {
        Path p = importInto(tmp, FormWorkbooks.lijiang());
        assertEquals(outcome(check(it("form-lijiang-2020"))), outcome(check(p)));
    }

    @Test
    void chongqingAsPrintedScoresAsTheHandWrittenJson(@TempDir Path tmp) throws Exception {
        Path p = importInto(tmp, FormWorkbooks.chongqing());
        assertEquals(outcome(check(it("form-cq-rongmeiti-2021"))), outcome(check(p)));
    }

    @Test
    void targetTableGivesTheFindingsOfTheHandWrittenJson(@TempDir Path tmp) throws Exception {
        Path p = importInto(tmp, FormWorkbooks.target());
        EngineResult hand = check(it("form-target-xlsx/hand-written"));
        EngineResult imported = check(p);
        assertEquals(hand.stage(), imported.stage());
        assertEquals(findings(hand), findings(imported));
        assertFalse(findings(hand).isEmpty());
    }

    static List<String> findings(EngineResult r) {
        return r.findings().stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.file().substring(f.file().lastIndexOf('/') + 1)
                + "#" + f.pointer() + " " + f.key()).sorted().toList();
    }

    @Test
    void tangxiWithEveryIrregularityReadsTheSame(@TempDir Path tmp) throws Exception {
        Path p = importInto(tmp, FormWorkbooks.tangxi(FormWorkbooks.Quirks.ALL));
        assertEquals(outcome(check(it("form-tangxi-2022"))), outcome(check(p)));
    }

    @Test
    void eachIrregularityAlone(@TempDir Path tmp) throws Exception {
        List<String> expected = outcome(check(it("form-tangxi-2022")));
        FormWorkbooks.Quirks[] each = {
                new FormWorkbooks.Quirks(true, false, false, false, false, false),
                new FormWorkbooks.Quirks(false, true, false, false, false, false),
                new FormWorkbooks.Quirks(false, false, true, false, false, false),
                new FormWorkbooks.Quirks(false, false, false, true, false, false),
                new FormWorkbooks.Quirks(false, false, true, false, true, false),
                new FormWorkbooks.Quirks(false, false, true, false, false, true),
        };
        for (int i = 0; i < each.length; i++) {
            Path p = importInto(Files.createDirectories(tmp.resolve("q" + i)), FormWorkbooks.tangxi(each[i]));
            assertEquals(expected, outcome(check(p)), each[i].toString());
        }
    }

    @Test
    void sidecarNamesTheCells(@TempDir Path tmp) throws Exception {
        Path p = importInto(tmp, FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE));
        String cells = Files.readString(p.resolve("submission/" + WorkbookImport.CELLS), StandardCharsets.UTF_8);
        // 三级指标 in column D, first indicator row 13 (title, year, 2 header lines, funds 5, goals 2, heading)
        assertTrue(cells.contains("\"submission/indicators.json#/indicators/0/name\" : \"自评表!D13\""), cells);
        assertTrue(cells.contains("\"submission/budget.json#/funds/total/score\" : \"自评表!I6\""), cells);
    }

    /**
     * A header field written with its label in one cell (项目名称：委托业务项目; 主管部门:219-… with an ASCII colon), as a
     * Word form's header lines and many sheets write it: read as the label beside its value is, the cell named.
     */
    @Test
    void aLabelAndItsValueInOneCell(@TempDir Path tmp) throws Exception {
        Path asPrinted = importInto(tmp.resolve("a"), FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE));
        var wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        var sheet = wb.getSheetAt(0);
        for (int r : new int[] {2, 3}) { // 项目名称 | 委托业务项目; 主管部门 | 219-… | 实施单位 | 219001-…
            var row = sheet.getRow(r);
            String label = row.getCell(0).getStringCellValue();
            String value = row.getCell(2).getStringCellValue();
            for (int c = 0; c < 5; c++) {
                row.getCell(c).setBlank();
            }
            row.getCell(0).setCellValue(r == 2 ? label + "：" + value : label + ": " + value);
        }
        Path inOne = importInto(tmp.resolve("b"), wb);
        assertEquals(Files.readString(asPrinted.resolve("submission/department.json")),
                Files.readString(inOne.resolve("submission/department.json")));
        String cells = Files.readString(inOne.resolve("submission/" + WorkbookImport.CELLS), StandardCharsets.UTF_8);
        assertTrue(cells.contains("\"submission/department.json#/project/name\" : \"自评表!A3\""), cells);
        assertTrue(cells.contains("\"submission/department.json#/project/owner\" : \"自评表!A4\""), cells);
    }

    @Test
    void neverOverwritesUnlessAsked(@TempDir Path tmp) throws Exception {
        Path p = importInto(tmp, FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE));
        Files.writeString(p.resolve("submission/indicators.json"), "{}");
        WorkbookImport.ImportException e = assertThrows(WorkbookImport.ImportException.class,
                () -> WorkbookImport.run(p, "forms/自评表.xlsx", p.resolve("submission"), false));
        assertTrue(e.getMessage().contains("submission/"), e.getMessage());
        assertEquals("{}", Files.readString(p.resolve("submission/indicators.json")));
        WorkbookImport.run(p, "forms/自评表.xlsx", p.resolve("submission"), true);
        assertTrue(Files.readString(p.resolve("submission/indicators.json")).contains("基建工程委托业务项目数量"));
    }

    @Test
    void dateAsAnExcelSerial(@TempDir Path tmp) throws Exception {
        var wb = FormWorkbooks.target();
        var row = wb.getSheetAt(0).getRow(1);
        row.createCell(5).setCellValue("填报日期");
        row.createCell(6).setCellValue(45291); // a bare serial, no date format
        FormWorkbooks.save(wb, tmp.resolve("t.xlsx"));
        WorkbookImport.run(tmp, "t.xlsx", tmp.resolve("submission"), false);
        assertTrue(Files.readString(tmp.resolve("submission/department.json")).contains("\"reportDate\" : \"2023-12-31\""));
    }

    @Test
    void targetTableIsStageTargetSetting(@TempDir Path tmp) throws Exception {
        FormWorkbooks.save(FormWorkbooks.target(), tmp.resolve("目标表.xlsx"));
        WorkbookImport.run(tmp, "目标表.xlsx", tmp.resolve("submission"), false);
        String dept = Files.readString(tmp.resolve("submission/department.json"));
        assertTrue(dept.contains("\"stage\" : \"目标申报\""), dept);
        assertTrue(dept.contains("\"year\" : 2023"), dept);
        assertTrue(dept.contains("完成基建工程项目预算编制、审计和设计"), dept);
        String ind = Files.readString(tmp.resolve("submission/indicators.json"));
        assertTrue(ind.contains("\"target\" : \"≥50个\"") && !ind.contains("actual"), ind);
        assertFalse(Files.exists(tmp.resolve("submission/self-assessment.json")));
        EngineResult r = check(tmp);
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().startsWith("schema") || f.ruleId().startsWith("json")),
                r.findings().toString());
    }

    /**
     * A mid-year monitoring table (黄石 2019): stage 运行监控, the 1-6月执行数 as the executed to date with its month, the
     * likelihood and the forecast per row, and the monitoring rule on the row whose target is in doubt.
     */
    @Test
    void monitoringTableIsStageMonitoring(@TempDir Path tmp) throws Exception {
        FormWorkbooks.save(FormWorkbooks.huangshi(false), tmp.resolve("监控表.xlsx"));
        WorkbookImport.run(tmp, "监控表.xlsx", tmp.resolve("submission"), false);
        String dept = Files.readString(tmp.resolve("submission/department.json"));
        assertTrue(dept.contains("\"stage\" : \"运行监控\""), dept);
        String budget = Files.readString(tmp.resolve("submission/budget.json"));
        assertTrue(budget.contains("\"toDateMonth\" : 6"), budget);
        assertTrue(budget.contains("\"executedToDate\" : 87.57"), budget);
        assertFalse(budget.contains("\"executed\""), budget); // 1-6月执行数 is not the year's 执行数
        String ind = Files.readString(tmp.resolve("submission/indicators.json"));
        assertTrue(ind.contains("\"actual\" : \"按进度执行,已使用约40%\"") && ind.contains("\"likelihood\" : \"确定能\""), ind);
        EngineResult r = check(tmp);
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().startsWith("schema") || f.ruleId().startsWith("json")),
                r.findings().toString());
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals("monitoring-deviation-unexplained")), r.findings().toString());

        Path other = tmp.resolve("with-forecast");
        FormWorkbooks.save(FormWorkbooks.huangshi(true), other.resolve("监控表.xlsx"));
        WorkbookImport.run(other, "监控表.xlsx", other.resolve("submission"), false);
        String ind2 = Files.readString(other.resolve("submission/indicators.json"));
        assertTrue(ind2.contains("\"forecast\" : \"6 场\"") && ind2.contains("\"likelihood\" : \"有可能\""), ind2);
        List<String> monitoring = check(other).findings().stream().filter(f -> f.ruleId().equals("monitoring-deviation-unexplained"))
                .map(f -> f.pointer() + " " + f.key()).toList();
        assertEquals(List.of("/indicators/4/likelihood "), monitoring);
    }

    /**
     * The central 项目支出绩效目标执行监控表 (财预〔2019〕136号) heads the value to date by its months, 1-7月执行情况, as the
     * funds' 1-7月执行数 (review R2): the column was no heading the import knew, each row's value to date lost and the row
     * then told it reported nothing. 黄石 2019's table with that heading reads as with its own.
     */
    @Test
    void aValueToDateHeadedByItsMonthsIsRead(@TempDir Path tmp) throws Exception {
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb = FormWorkbooks.huangshi(false);
        int changed = 0;
        for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(0)) {
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals("半年度指标执行情况")) {
                    c.setCellValue("1-7月执行情况");
                    changed++;
                }
            }
        }
        assertEquals(1, changed);
        FormWorkbooks.save(wb, tmp.resolve("监控表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "监控表.xlsx", tmp.resolve("submission"), false);
        String ind = Files.readString(tmp.resolve("submission/indicators.json"));
        assertTrue(ind.contains("\"actual\" : \"按进度执行,已使用约40%\""), ind);
        String said = r.problems().toString() + r.notes();
        assertFalse(said.contains("1-7月"), said); // no column left unread
    }

    @Test
    void chongqingDepartmentTable(@TempDir Path tmp) throws Exception {
        FormWorkbooks.save(FormWorkbooks.chongqing(), tmp.resolve("cq.xlsx"));
        WorkbookImport.run(tmp, "cq.xlsx", tmp.resolve("submission"), false);
        String dept = Files.readString(tmp.resolve("submission/department.json"));
        assertTrue(dept.contains("\"framework\" : \"chongqing-department-2021\"") && dept.contains("\"kind\" : \"department\""), dept);
        assertTrue(dept.contains("西部（重庆）科学城融媒体中心"), dept);
        String ind = Files.readString(tmp.resolve("submission/indicators.json"));
        assertTrue(ind.contains("\"nature\" : \"定量指标\"") && ind.contains("\"core\" : true") && ind.contains("\"scoreRate\" : 100"), ind);
        assertTrue(Files.readString(tmp.resolve("submission/self-assessment.json")).contains("97.6"));
        String budget = Files.readString(tmp.resolve("submission/budget.json"));
        assertTrue(budget.contains("\"executionRatePercent\" : 76") && budget.contains("\"score\" : 7.6"), budget);
        EngineResult r = check(tmp);
        assertEquals("chongqing-department-2021", r.sheet().frameworkId());
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().startsWith("schema")), r.findings().toString());
    }

    @Test
    void severalSheetsOneFolderEach(@TempDir Path tmp) throws Exception {
        var wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        var second = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        wb.cloneSheet(0, "第二个项目");
        FormWorkbooks.anotherProject(wb, "第二个项目");
        second.close();
        FormWorkbooks.save(wb, tmp.resolve("two.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "two.xlsx", tmp.resolve("submission"), false);
        assertTrue(r.written().contains("submission/自评表/indicators.json"), r.written().toString());
        assertTrue(r.written().contains("submission/第二个项目/indicators.json"), r.written().toString());
    }

    @Test
    void unreadableCellsAreFindingsOfCheckNamingTheCell(@TempDir Path tmp) throws Exception {
        var wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        var sh = wb.getSheetAt(0);
        sh.getRow(12).getCell(7).setCellValue("见附件"); // 得分 of the first indicator: H13
        sh.getRow(13).getCell(6).setBlank(); // 分值 of the second (G14) inside a merged block G13:G14
        sh.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(12, 13, 6, 6));
        FormWorkbooks.save(wb, tmp.resolve("forms/自评表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/自评表.xlsx", tmp.resolve("submission"), false);
        // the merged block's 分值 is its first cell's (G13, the first row's): the second row prints none of its own, no
        // unreadable cell (before session 42 G14 was one, "在合并单元格中": t82's merged 得分 were three errors on a correct print)
        assertEquals(List.of("自评表!H13"), r.problems().stream().map(WorkbookImport.Problem::cell).toList());
        String ind = Files.readString(tmp.resolve("submission/indicators.json"));
        assertFalse(ind.contains("见附件"), ind);
        EngineResult e = check(tmp);
        List<Finding> u = e.findings().stream().filter(f -> f.ruleId().equals("workbook-cell-unreadable")).toList();
        assertEquals(List.of("/indicators/0/score 自评表!H13 "),
                u.stream().map(f -> f.pointer() + " " + f.args().get(0) + " " + f.key()).toList());
        // the message's merged variant (a text in a merged block where a funds figure belongs still gives it)
        u = new java.util.ArrayList<>(u);
        u.add(new Finding("workbook-cell-unreadable", io.github.jixiao.finding.Severity.ERROR, "merged",
                List.of("自评表!G14", "8", "points"), "submission/indicators.json", "/indicators/1/points", 3, 5, null));
        for (Finding f : u) {
            assertEquals("submission/indicators.json", f.file());
            assertTrue(f.line() > 0, f.toString());
            assertEquals(io.github.jixiao.finding.Severity.ERROR, f.severity());
        }
        // the reports name the cell too (the sidecar maps the missing value's pointer to its cell)
        io.github.jixiao.report.Cells cells = io.github.jixiao.report.Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission")));
        assertEquals("自评表!H13", cells.of(u.get(0)));
        String zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(u.get(0));
        assertTrue(zh.contains("自评表!H13") && zh.contains("见附件"), zh);
        // the value is named by the heading the printed table gives its column, then the JSON field; the argument stays
        // the field (so the fingerprint)
        assertTrue(zh.contains("这一格的得分（score）未导入"), zh);
        assertEquals("score", u.get(0).args().get(2));
        String merged = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(u.get(1));
        assertTrue(merged.contains("这一格的分值（points）未导入"), merged);
        String en = new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH).message(u.get(0));
        assertTrue(en.contains("so its value for score was not imported"), en);
        Finding fullYear = new Finding("workbook-cell-unreadable", io.github.jixiao.finding.Severity.ERROR, "",
                List.of("自评表!F6", "约90", "fullYear"), "submission/budget.json", "/funds/total/fullYear", 3, 5, null);
        assertTrue(new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH).message(fullYear)
                .contains("its value for full-year budget (fullYear)"));
        assertTrue(new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(fullYear)
                .contains("这一格的全年预算数（fullYear）"));
    }

    @Test
    void severalProjectsOneAfterTheOtherOnOneSheetOneFolderEach(@TempDir Path tmp) throws Exception {
        // every irregularity but formulas (a copied formula cell loses the cached value a saved sheet holds)
        var wb = FormWorkbooks.tangxi(new FormWorkbooks.Quirks(true, true, true, false, true, true));
        var sh = wb.getSheetAt(0);
        int last = sh.getLastRowNum();
        int first = sh.getFirstRowNum(); // the title, below two blank rows
        int offset = last + 4; // three blank rows between the tables; the second title in row offset
        sh.copyRows(first, last, offset, new org.apache.poi.ss.usermodel.CellCopyPolicy());
        // the second project: its own name (项目名称's value, row 3 of its block, column D after the blank column)
        var nameCell = sh.getRow(offset + 2).getCell(3);
        assertEquals("委托业务项目", nameCell.getStringCellValue());
        nameCell.setCellValue("第二个委托业务项目");
        FormWorkbooks.save(wb, tmp.resolve("forms/自评表.xlsx"));
        WorkbookImport.Result r = WorkbookImport.run(tmp, "forms/自评表.xlsx", tmp.resolve("submission"), false);
        assertTrue(r.written().contains("submission/自评表-1/indicators.json"), r.written().toString());
        assertTrue(r.written().contains("submission/自评表-2/indicators.json"), r.written().toString());
        assertEquals(2, r.written().stream().filter(w -> w.endsWith("/department.json")).count(), r.written().toString());
        // each scores as the hand-written form
        List<String> expected = outcome(check(it("form-tangxi-2022")));
        for (String part : List.of("自评表-1", "自评表-2")) {
            EngineResult e = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission/" + part)));
            assertEquals(expected, outcome(e), part);
        }
        assertTrue(Files.readString(tmp.resolve("submission/自评表-1/department.json")).contains("\"name\" : \"委托业务项目\""));
        assertTrue(Files.readString(tmp.resolve("submission/自评表-2/department.json")).contains("第二个委托业务项目"));
        // the second table's cells keep their sheet addresses: 三级指标 in column E (blank column), 12 rows below its title
        String cells = Files.readString(tmp.resolve("submission/自评表-2/" + WorkbookImport.CELLS), StandardCharsets.UTF_8);
        assertTrue(cells.contains("\"submission/自评表-2/indicators.json#/indicators/0/name\" : \"自评表!E" + (offset + 12 + 1) + "\""), cells);
        String firstCells = Files.readString(tmp.resolve("submission/自评表-1/" + WorkbookImport.CELLS), StandardCharsets.UTF_8);
        assertTrue(firstCells.contains("\"submission/自评表-1/indicators.json#/indicators/0/name\" : \"自评表!E15\""), firstCells);
    }

    @Test
    void folderNamesNeverFallTogether() {
        FormReader.Form a = new FormReader.Form("a/b", "xlsx", java.util.Map.of(), java.util.Map.of(), List.of());
        FormReader.Form b = new FormReader.Form("a_b", "xlsx", java.util.Map.of(), java.util.Map.of(), List.of());
        assertEquals(List.of("a_b", "a_b~2"), WorkbookImport.folders(List.of(a, b)));
        assertEquals(List.of("a_b-1", "a_b-2", "a_b"), WorkbookImport.folders(List.of(a, a, b)));
        // a sheet named as another's "~n" name, and names differing only in case: each still its own folder
        FormReader.Form c = new FormReader.Form("a_b~2", "xlsx", java.util.Map.of(), java.util.Map.of(), List.of());
        FormReader.Form d = new FormReader.Form("A:B", "xlsx", java.util.Map.of(), java.util.Map.of(), List.of());
        assertEquals(List.of("a_b~2", "a_b", "a_b~3", "A_B~4"), WorkbookImport.folders(List.of(c, a, b, d)));
    }

    /**
     * Session 34: folder names were made unique by trying name~2, name~3, … from 2 for every sheet, so thousands of
     * sheets whose names fall together ("x/", "x:", "x*", …: a workbook may hold up to 2 million cells, enough for tens
     * of thousands of small tables) cost time quadratic in their number: 60,000 ran past this test's 20 s. Each name's next number is
     * kept now; the names are as before (folderNamesNeverFallTogether).
     */
    @Test
    void thousandsOfSheetsFallingTogetherAreNamedInLinearTime() {
        String specials = "\\/:*?\"<>|_";
        List<FormReader.Form> forms = new java.util.ArrayList<>();
        for (int i = 0; forms.size() < 60_000; i++) {
            StringBuilder name = new StringBuilder("x");
            for (int k = i, j = 0; j < 5; j++, k /= 10) {
                name.append(specials.charAt(k % 10));
            }
            forms.add(new FormReader.Form(name.toString(), "xlsx", java.util.Map.of(), java.util.Map.of(), List.of()));
        }
        List<String> names = CpuBound.within(java.time.Duration.ofSeconds(20),
                () -> WorkbookImport.folders(forms));
        assertEquals("x_____", names.get(0));
        assertEquals("x_____~2", names.get(1));
        assertEquals("x_____~60000", names.get(59_999));
        assertEquals(60_000, new java.util.HashSet<>(names).size());
    }

    /**
     * The streamed reading on what other writers produce: inline strings (as SXSSF and many exporters write them), a
     * date cell by its format, a hidden sheet with a table of its own (left out).
     */
    @Test
    void inlineStringsDatesAndHiddenSheets(@TempDir Path tmp) throws Exception {
        try (var src = FormWorkbooks.target(); var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
            for (String name : new String[] {"隐藏", "目标表"}) {
                var to = wb.createSheet(name);
                for (var row : src.getSheetAt(0)) {
                    var r = to.createRow(row.getRowNum());
                    for (var c : row) {
                        r.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue()
                                + (name.equals("隐藏") && c.getStringCellValue().equals("委托业务项目") ? "（隐藏）" : ""));
                    }
                }
            }
            FormWorkbooks.dated(wb, wb.getSheet("目标表").getRow(1));
            wb.setSheetHidden(0, true);
            try (var out = Files.newOutputStream(tmp.resolve("streamed.xlsx"))) {
                wb.write(out);
            }
        }
        WorkbookImport.Result r = WorkbookImport.run(tmp, "streamed.xlsx", tmp.resolve("submission"), false);
        assertTrue(r.written().contains("submission/indicators.json"), r.written().toString());
        String dept = Files.readString(tmp.resolve("submission/department.json"));
        assertTrue(dept.contains("\"reportDate\" : \"2023-03-15\"") && !dept.contains("隐藏"), dept);
        assertTrue(Files.readString(tmp.resolve("submission/indicators.json")).contains("\"target\" : \"≥50个\""));
        assertTrue(Files.readString(tmp.resolve("submission/" + WorkbookImport.CELLS)).contains("\"sheet\" : \"目标表\""));
    }
}
