package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district's aggregate of mid-year monitoring submissions (运行监控): each department's execution to date beside the
 * time elapsed, from the findings.json its own build wrote (黄石 2019, t15: 87.57 of 220 万元 by June, 39.80 % against
 * 50.00 %), the furthest behind first, with a chart.
 */
class AggregateMonitoringTest {

    @TempDir
    Path tmp;

    private static Path table(String name) throws Exception {
        return Path.of(AggregateMonitoringTest.class.getResource("/real-tables/" + name).toURI());
    }

    /** A copy of 黄石's table with the department's name and its execution to date replaced. */
    private Path huangshi(String folder, String department, String executedToDate) throws Exception {
        Path copy = tmp.resolve("projects").resolve(folder);
        Path from = table("t15-huangshi-shenyi-2019");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path dept = copy.resolve("submission/department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"name\": \"黄石市文物局(湖北水泥遗址博物馆)\"",
                "\"name\": " + Json.write(department)));
        Path budget = copy.resolve("submission/budget.json");
        Files.writeString(budget, Files.readString(budget).replace("\"executedToDate\": 87.57", "\"executedToDate\": " + executedToDate));
        return copy;
    }

    /** Runs the engine on {@code project} and writes its reports as a build does; the folder they are in. */
    private Path build(Path project, String module) throws IOException {
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        Path out = tmp.resolve("reports").resolve(module);
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ReportMeta.of(""));
        return out;
    }

    /** The module's reports read back as {@code jixiao:aggregate} reads them. */
    static Aggregate.Input input(String module, Path dir) throws IOException {
        Path summary = dir.resolve(ReportWriter.SUMMARY_JSON);
        return new Aggregate.Input(module,
                Files.isRegularFile(summary) ? ReportModel.read(summary, ReportModel.SummaryDocument.class) : null,
                ReportModel.read(dir.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class), null);
    }

    @Test
    void findingsJsonRecordsAMonitoringSubmissionsExecutionToDate() throws Exception {
        Path dir = build(table("t15-huangshi-shenyi-2019"), "huangshi");
        ReportModel.MonitoringRecord m = ReportModel.read(dir.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class)
                .monitoring();
        assertEquals(new ReportModel.MonitoringRecord("年度资金总额:", "万元", new BigDecimal("220"), new BigDecimal("87.57"),
                new BigDecimal("39.80"), 6, new BigDecimal("50.00"), "funds.toDateMonth", null), m);

        // a self-assessment's findings.json is as before: no monitoring key at all
        Path self = build(table("t10-putuo-tiyu-2022"), "putuo");
        assertFalse(Files.readString(self.resolve(ReportWriter.FINDINGS_JSON)).contains("\"monitoring\""));
        assertNull(ReportModel.read(self.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class).monitoring());
    }

    @Test
    void theAggregateShowsExecutionBesideTimeElapsedTheFurthestBehindFirst() throws Exception {
        List<Aggregate.Input> inputs = new ArrayList<>();
        inputs.add(input("huangshi", build(table("t15-huangshi-shenyi-2019"), "huangshi")));
        inputs.add(input("ahead", build(huangshi("ahead", "提前执行的局", "150"), "ahead")));
        inputs.add(input("late", build(huangshi("late", "<script>alert(1)</script>局", "10"), "late")));
        inputs.add(input("putuo", build(table("t10-putuo-tiyu-2022"), "putuo")));
        Aggregate.Result r = Aggregate.of(inputs);

        // the scored department by its total, then the monitoring ones: 4.55 %, 39.80 %, 68.18 % against 50.00 %
        assertEquals(List.of("putuo", "late", "huangshi", "ahead"), r.rows().stream().map(Aggregate.Row::module).toList());
        assertEquals(List.of("45.45", "10.20", "-18.18"), r.rows().stream().skip(1).map(row -> row.behind().toPlainString()).toList());
        assertNull(r.rows().get(0).monitoring());

        String md = Aggregate.markdown(r, new Messages(Messages.ZH));
        assertTrue(md.contains("| 总分 | 等级 | 执行进度 | 序时进度 | 错误 |"), md);
        assertTrue(md.contains("| 未评分 |  | 39.80% | 50.00% | "), md);
        assertTrue(md.contains("运行监控：2 个部门的执行进度低于序时进度。"), md);
        assertTrue(md.contains("&lt;script&gt;") || md.contains("\\<script\\>"), md);
        assertFalse(md.contains("<script>"), md);

        String html = Aggregate.html(r, new Messages(Messages.ZH), ReportMeta.of(""));
        assertTrue(html.contains("<section id=\"monitoring\">"), html);
        assertTrue(html.contains("<title>黄石市文物局(湖北水泥遗址博物馆) · 申遗经费：执行进度 39.80%，序时进度 50.00%</title>"), html);
        assertTrue(html.contains("<td class=\"n part\">39.80%</td><td class=\"n\">50.00%</td>"), html); // behind: the warning colour
        assertTrue(html.contains("<td class=\"n\">68.18%</td><td class=\"n\">50.00%</td>"), html);
        assertFalse(html.contains("<script>"), "a department's name is data, escaped in the table and the chart");
        // the bar of 39.80 % is 119 of the scale's 300 pixels, the time elapsed a mark at 150
        assertTrue(html.contains("width=\"119\" height=\"20\"/><line x1=\"350\""), html);

        String json = Aggregate.json(r);
        assertTrue(json.contains("\"progress\" : 39.80") || json.contains("\"progress\":39.80"), json);

        String en = Aggregate.markdown(r, new Messages(Locale.ENGLISH));
        assertTrue(en.contains("| Execution to date | Time elapsed |"), en);
        assertTrue(en.contains("Monitoring: 2 department(s) behind the time elapsed."), en);
        // the tool's own note whole, in both languages (only a department's data may be cut, with "…")
        assertTrue(en.contains(md(new Messages(Locale.ENGLISH).label("aggregate.monitoringNote", 2)) + "\n"), en);
        assertTrue(en.contains("time elapsed = the month the figures run to ÷ 12.\n"), en);
        assertTrue(md.contains(md(new Messages(Messages.ZH).label("aggregate.monitoringNote", 2)) + "\n"), md);
    }

    /**
     * A department whose budget.json gives no funds.toDateMonth has its month read from the table's title (1-6月): the
     * aggregate's note says whose, so that a reviewer checks that month on their page before reading their 序时进度; one
     * that gives it is not named.
     */
    @Test
    void theNoteNamesTheDepartmentsWhoseMonthIsReadFromTheTitle() throws Exception {
        Path titled = huangshi("titled", "读表名月份的局", "87.57");
        Path budget = titled.resolve("submission/budget.json");
        String b = Files.readString(budget);
        assertTrue(b.contains("\"toDateMonth\": 6,"), b);
        Files.writeString(budget, b.replace("\"toDateMonth\": 6,", ""));
        Path dept = titled.resolve("submission/department.json");
        Files.writeString(dept, Files.readString(dept).replace("黄石市项目支出绩效监控表", "黄石市2019年1-6月项目支出绩效监控表"));
        List<Aggregate.Input> inputs = List.of(input("huangshi", build(table("t15-huangshi-shenyi-2019"), "huangshi")),
                input("titled", build(titled, "titled")));
        Aggregate.Result r = Aggregate.of(inputs);
        assertEquals(Map.of("huangshi", "funds.toDateMonth", "titled", "title"), r.rows().stream()
                .collect(java.util.stream.Collectors.toMap(Aggregate.Row::module, row -> row.monitoring().monthFrom())));

        String md = Aggregate.markdown(r, new Messages(Messages.ZH));
        assertTrue(md.contains("其中 1 个部门（titled）的截至月份读自表名"), md);
        String en = Aggregate.markdown(r, new Messages(Locale.ENGLISH));
        assertTrue(en.contains("behind the time elapsed.") && en.contains(" For 1 department(s) (titled) the month is read from the table's title"), en);
        String html = Aggregate.html(r, new Messages(Messages.ZH), ReportMeta.of(""));
        assertTrue(html.contains("其中 1 个部门（titled）的截至月份读自表名"), html);

        // both from budget.json: no such sentence
        Aggregate.Result plain = Aggregate.of(List.of(inputs.get(0)));
        assertFalse(Aggregate.markdown(plain, new Messages(Messages.ZH)).contains("读自表名"));
    }

    /**
     * aggregate.xlsx, the 汇总表 a 财政局 works on in Excel: totals, percentages and counts as numbers (sortable, summable),
     * the monitoring columns in per cent with the note under the table, the grades and the points lost on sheets of their
     * own; a department's name that looks like a formula stays text.
     */
    @Test
    void theAggregateWorkbookHoldsTheFiguresAsNumbers() throws Exception {
        List<Aggregate.Input> inputs = new ArrayList<>();
        inputs.add(input("huangshi", build(table("t15-huangshi-shenyi-2019"), "huangshi")));
        inputs.add(input("late", build(huangshi("late", "=HYPERLINK(\"http://x\",\"局\")", "10"), "late")));
        inputs.add(input("putuo", build(table("t10-putuo-tiyu-2022"), "putuo")));
        Aggregate.Result r = Aggregate.of(inputs);
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            byte[] bytes = io.github.jixiao.xlsx.XlsxWriter.write(Aggregate.tables(r, m));
            assertTrue(java.util.Arrays.equals(bytes, io.github.jixiao.xlsx.XlsxWriter.write(Aggregate.tables(r, m))), "deterministic");
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    new java.io.ByteArrayInputStream(bytes))) {
                boolean en = l.equals(Locale.ENGLISH);
                assertEquals(en ? List.of("Departments", "Grades", "Points lost") : List.of("各部门", "等级分布", "失分指标"),
                        List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
                org.apache.poi.ss.usermodel.Sheet deps = wb.getSheetAt(0);
                List<String> header = new ArrayList<>();
                deps.getRow(1).forEach(c -> header.add(c.getStringCellValue()));
                assertEquals(en ? List.of("Module", "Department", "Year", "Framework", "Total", "Grade", "Execution to date (%)",
                        "Time elapsed (%)", "Errors", "Warnings", "Info")
                        : List.of("模块", "部门", "年度", "评分框架", "总分", "等级", "执行进度（%）", "序时进度（%）", "错误", "警告", "提示"), header);
                // the scored department first, then the monitoring ones, the furthest behind first
                org.apache.poi.ss.usermodel.Row putuo = deps.getRow(2);
                assertEquals("putuo", putuo.getCell(0).getStringCellValue());
                assertEquals(r.rows().get(0).total().doubleValue(), putuo.getCell(4).getNumericCellValue(), 0.0);
                assertEquals(2022, putuo.getCell(2).getNumericCellValue(), 0.0);
                assertEquals("0", putuo.getCell(2).getCellStyle().getDataFormatString());
                org.apache.poi.ss.usermodel.Row late = deps.getRow(3);
                assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, late.getCell(1).getCellType(), "a name is never a formula");
                assertTrue(late.getCell(1).getStringCellValue().startsWith("=HYPERLINK("));
                assertEquals(en ? "not scored" : "未评分", late.getCell(4).getStringCellValue());
                assertEquals(4.55, late.getCell(6).getNumericCellValue(), 0.0);
                assertEquals(50.00, late.getCell(7).getNumericCellValue(), 0.0);
                org.apache.poi.ss.usermodel.Row huangshi = deps.getRow(4);
                assertEquals(39.80, huangshi.getCell(6).getNumericCellValue(), 0.0);
                assertEquals(r.rows().get(2).errors(), (long) huangshi.getCell(8).getNumericCellValue());
                assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, huangshi.getCell(10).getCellType());
                // a blank row, then how both percentages are computed
                assertTrue(deps.getRow(6).getCell(0).getStringCellValue().startsWith(en
                        ? "Monitoring: 2 department(s) behind the time elapsed." : "运行监控：2 个部门的执行进度低于序时进度。"));
                org.apache.poi.ss.usermodel.Sheet grades = wb.getSheetAt(1);
                assertEquals(1, grades.getRow(2).getCell(1).getNumericCellValue(), 0.0);
                org.apache.poi.ss.usermodel.Sheet losses = wb.getSheetAt(2);
                assertEquals(r.losses().size() + 2, losses.getLastRowNum() + 1);
                assertEquals(r.losses().get(0).lost().doubleValue(), losses.getRow(2).getCell(1).getNumericCellValue(), 0.0);
            }
        }
    }

    /**
     * A table without a total row (or with it blank) and two sources: the department's execution to date is the two
     * together (20 + 100 of 100 + 100 = 60.00 %), not the first source's (20.00 %, which made it look far behind), in
     * findings.json (so in aggregate), on the console and on the page's headline.
     */
    @Test
    void withoutATotalRowTheSourcesTogetherAreTheWhole() throws Exception {
        Path copy = huangshi("sources", "两个来源的局", "87.57");
        Path budget = copy.resolve("submission/budget.json");
        String text = Files.readString(budget);
        String funds = text.substring(text.indexOf("\"total\""), text.lastIndexOf(']') + 1);
        Files.writeString(budget, text.replace(funds, """
                "total": { "label": "年度资金总额:" },
                    "components": [
                      { "label": "其中:当年一般公共预算拨款", "initial": 100, "executedToDate": 20 },
                      { "label": "上级补助", "initial": 100, "executedToDate": 100 },
                      { "label": "其他资金" }
                    ]"""));
        ReportModel.MonitoringRecord m = ReportModel.read(build(copy, "sources").resolve(ReportWriter.FINDINGS_JSON),
                ReportModel.FindingsDocument.class).monitoring();
        assertEquals(new ReportModel.MonitoringRecord(null, "万元", new BigDecimal("200"), new BigDecimal("120"),
                new BigDecimal("60.00"), 6, new BigDecimal("50.00"), "funds.toDateMonth", null), m);
        EngineResult r = new Engine().run(EngineOptions.of(copy, copy.resolve("submission")));
        assertEquals("运行监控：执行进度 60.00%，序时进度 50.00%（详见 score-summary.html 的“运行监控情况”）。",
                ConsoleReport.monitoringLines(r, new Messages(Messages.ZH)).get(0).text());
    }

    @Test
    void withoutMonitoringSubmissionsTheTablesAreAsBefore() throws Exception {
        Aggregate.Result r = Aggregate.of(List.of(input("putuo", build(table("t10-putuo-tiyu-2022"), "putuo"))));
        String md = Aggregate.markdown(r, new Messages(Messages.ZH));
        assertFalse(md.contains("序时进度"), md);
        assertTrue(md.contains("|---|---|---:|---|---:|---|---:|---:|---:|\n"), md);
        assertFalse(Aggregate.html(r, new Messages(Messages.ZH), ReportMeta.of("")).contains("id=\"monitoring\""));
    }

    /** findings.json is the submitter's file too: figures no table has are left out, not drawn or rounded at any cost. */
    @Test
    void implausibleFiguresInAFindingsJsonAreLeftOut() throws Exception {
        Path dir = build(table("t15-huangshi-shenyi-2019"), "huangshi");
        Path findings = dir.resolve(ReportWriter.FINDINGS_JSON);
        String text = Files.readString(findings, StandardCharsets.UTF_8);
        for (String forged : List.of("-5", "12345678")) {
            Files.writeString(findings, text.replace("\"progress\" : 39.80", "\"progress\" : " + forged));
            Aggregate.Row row = Aggregate.of(List.of(input("huangshi", dir))).rows().get(0);
            assertNull(row.monitoring(), forged);
        }
        // a number no run writes is a malformed report, named, before aggregate computes with it (session 25, item 4)
        for (String forged : List.of("1E+400", "1E-999999")) {
            Files.writeString(findings, text.replace("\"progress\" : 39.80", "\"progress\" : " + forged));
            ReportModel.MalformedReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportModel.MalformedReportException.class,
                    () -> input("huangshi", dir), forged);
            assertTrue(e.detail().startsWith("at /monitoring/progress: "), e.getMessage());
        }
        Files.writeString(findings, text.replace("\"elapsed\" : 50.00", "\"elapsed\" : 500"));
        Aggregate.Row row = Aggregate.of(List.of(input("huangshi", dir))).rows().get(0);
        assertEquals(new BigDecimal("39.80"), row.monitoring().progress());
        assertNull(row.monitoring().elapsed());
        assertNull(row.behind());

        // the time elapsed only beside the month it is of: not month 99 (aggregate.json would print it), nor 6 with 90 %
        for (String[] forged : List.of(new String[] {"\"month\" : 6", "\"month\" : 99"},
                new String[] {"\"elapsed\" : 50.00", "\"elapsed\" : 90"})) {
            Files.writeString(findings, text.replace(forged[0], forged[1]));
            row = Aggregate.of(List.of(input("huangshi", dir))).rows().get(0);
            assertEquals(new BigDecimal("39.80"), row.monitoring().progress(), forged[1]);
            assertNull(row.monitoring().month(), forged[1]);
            assertNull(row.monitoring().elapsed(), forged[1]);
            assertFalse(Aggregate.json(Aggregate.of(List.of(input("huangshi", dir)))).contains("\"month\""), forged[1]);
        }
        // as jixiao writes it, both are kept
        Files.writeString(findings, text);
        row = Aggregate.of(List.of(input("huangshi", dir))).rows().get(0);
        assertEquals(6, row.monitoring().month());
        assertEquals(new BigDecimal("50.00"), row.monitoring().elapsed());
    }

    private static String md(String s) {
        return Escape.md(s);
    }
}
