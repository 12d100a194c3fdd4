package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 运行监控情况 section (session 45, R13):
 * <ul>
 * <li>reads the month its figures run to as the rules read it ({@link io.github.jixiao.model.MonitoringMonth}): from
 * budget.json's funds.toDateMonth, else from the table's title (2019年1-6月…监控表). Before, the rules read the title and
 * the reports did not, so the page headed its column 截至监控时点完成值 while a finding said "by the end of June"; now the
 * headings, the 序时进度, findings.json's {@code monitoring} and the workbook all give June, and the page says the month
 * came from the title;</li>
 * <li>is there, saying why, for a submission with no funds row and no indicator row (before: no section at all).</li>
 * </ul>
 * Real table: t15 (黄石 申遗经费 2019 项目支出绩效监控表), with its toDateMonth taken out and a title naming 1-6月, and with
 * its funds and rows taken out.
 */
class MonitoringMonthAndAbsenceTest {
    @TempDir
    Path tmp;

    /** t15 copied, {@code budget} and {@code indicators} as given (null: the file left out), the title {@code title}. */
    private Path t15(String budget, String indicators, String title) throws Exception {
        Path src = TargetsTableTest.realTable("t15-huangshi-shenyi-2019").resolve("submission");
        Path p = tmp.resolve("p" + Math.abs((budget + indicators + title).hashCode()));
        Files.createDirectories(p.resolve("submission"));
        Files.writeString(p.resolve("submission/department.json"), Files.readString(src.resolve("department.json"))
                .replace("\"title\": \"黄石市项目支出绩效监控表\"", "\"title\": \"" + title + "\""));
        if (budget != null) {
            Files.writeString(p.resolve("submission/budget.json"), budget);
        }
        if (indicators != null) {
            Files.writeString(p.resolve("submission/indicators.json"), indicators);
        }
        return p;
    }

    private static String t15Budget() throws Exception {
        return Files.readString(TargetsTableTest.realTable("t15-huangshi-shenyi-2019").resolve("submission/budget.json"));
    }

    private static String t15Indicators() throws Exception {
        return Files.readString(TargetsTableTest.realTable("t15-huangshi-shenyi-2019").resolve("submission/indicators.json"));
    }

    /** The reports written for {@code r} in {@code locale}: the folder. */
    private Path write(EngineResult r, Locale locale, String dir) throws Exception {
        Path out = tmp.resolve(dir);
        ReportWriter.write(out, r, Map.of(), new Messages(locale), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
        return out;
    }

    /** Every cell of sheet {@code k} of the workbook in {@code out}, row by row. */
    private static List<List<String>> sheet(Path out, int k) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE)))) {
            DataFormatter fmt = new DataFormatter();
            wb.getSheetAt(k).forEach(row -> {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(fmt.formatCellValue(c)));
                rows.add(cells);
            });
            rows.add(List.of(wb.getSheetName(k)));
        }
        return rows;
    }

    @Test
    void theMonthFromTheTitleHeadsTheColumnsAndIsSaid() throws Exception {
        String title = "黄石市2019年1-6月项目支出绩效监控表";
        Path p = t15(t15Budget().replace("\"toDateMonth\": 6,", ""), t15Indicators(), title);
        assertFalse(Files.readString(p.resolve("submission/budget.json")).contains("toDateMonth"));
        EngineResult r = TargetsTableTest.run(p, Messages.ZH);
        assertNull(r.funds().toDateMonth());
        Path out = write(r, Messages.ZH, "zh");
        String md = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
        String section = md.substring(md.indexOf("## 运行监控情况"), md.indexOf("## 问题"));
        assertTrue(section.startsWith("## 运行监控情况\n\n截至月份 6 月读自表名“" + title + "”：budget.json 没有填写 funds.toDateMonth"
                + "（“1-6月”的表头、序时进度和问题中的期限都按此读）。表中数字截至其他月份的，请在那里写明。\n\n"
                + "| 资金（万元） | 年初预算数 | 全年预算数 | 1-6月执行数 | 执行进度 | 全年预计执行数 |\n"), section);
        assertTrue(section.contains("序时进度 50.00%（6 个月 ÷ 12 个月）。"), section);
        assertTrue(section.contains("| 指标 | 年度指标值 | jixiao 读作 | 1-6月完成值 |"), section);
        assertFalse(section.contains("截至监控时点"), section);
        String html = Files.readString(out.resolve(ReportWriter.SUMMARY_HTML));
        assertTrue(html.contains("<h2>运行监控情况</h2>\n<p class=\"note\">截至月份 6 月读自表名“" + title + "”"), html);
        assertTrue(html.contains("<th scope=\"col\">1-6月完成值</th>"), html);
        // findings.json (and so aggregate) holds the same month and time elapsed
        ReportModel.MonitoringRecord rec = ReportModel.read(out.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class).monitoring();
        assertEquals(6, rec.month());
        assertEquals(0, new BigDecimal("50.00").compareTo(rec.elapsed()));
        // the workbook: the 运行监控情况 sheet's headings and the note, the 绩效指标 sheet's value-to-date heading
        List<List<String>> mon = sheet(out, 0);
        assertTrue(mon.get(1).contains("1-6月执行数"), mon.toString());
        assertTrue(mon.stream().anyMatch(row -> row.contains("1-6月完成值")), mon.toString());
        assertTrue(mon.stream().anyMatch(row -> !row.isEmpty() && row.get(0).startsWith("截至月份 6 月读自表名")), mon.toString());
        assertTrue(sheet(out, 1).get(1).contains("1-6月完成值"), sheet(out, 1).toString());
        // English
        String en = Files.readString(write(r, Locale.ENGLISH, "en").resolve(ReportWriter.SUMMARY_MD));
        assertTrue(en.contains("The month the figures run to, 6, is read from the table's title, “" + title + "”: budget.json gives no "
                + "funds.toDateMonth"), en);
        assertTrue(en.contains("| Achieved, months 1-6 |"), en);

        // funds.toDateMonth given: the page says nothing of the title, which is not read (its 1-7月 would be another month)
        Path given = t15(t15Budget(), t15Indicators(), "黄石市2019年1-7月项目支出绩效监控表");
        String plain = Files.readString(write(TargetsTableTest.run(given, Messages.ZH), Messages.ZH, "given").resolve(ReportWriter.SUMMARY_MD));
        assertFalse(plain.contains("读自表名"), plain);
        assertTrue(plain.contains("| 1-6月执行数 |"), plain);
        // neither: the plain headings, no note
        Path neither = t15(t15Budget().replace("\"toDateMonth\": 6,", ""), t15Indicators(), "黄石市项目支出绩效监控表");
        String none = Files.readString(write(TargetsTableTest.run(neither, Messages.ZH), Messages.ZH, "neither").resolve(ReportWriter.SUMMARY_MD));
        assertFalse(none.contains("读自表名"), none);
        assertTrue(none.contains("| 截至监控时点执行数 |") && none.contains("| 截至监控时点完成值 |"), none);
    }

    /**
     * findings.json's {@code monitoring} says where its month came from (session 46): {@code monthFrom} "title" and the
     * title quoted ({@code monthTitle}), or "funds.toDateMonth"; neither without a month. Aggregate keeps them (checked,
     * as it checks the month: a findings.json is the submitter's file).
     */
    @Test
    void findingsJsonSaysWhereTheMonthCameFrom() throws Exception {
        String title = "黄石市2019年1-6月项目支出绩效监控表";
        Path p = t15(t15Budget().replace("\"toDateMonth\": 6,", ""), t15Indicators(), title);
        Path out = write(TargetsTableTest.run(p, Messages.ZH), Messages.ZH, "fromTitle");
        String json = Files.readString(out.resolve(ReportWriter.FINDINGS_JSON));
        assertTrue(json.contains("\"month\" : 6,\n    \"elapsed\" : 50.00,\n    \"monthFrom\" : \"title\",\n    \"monthTitle\" : \""
                + title + "\"\n"), json);
        ReportModel.MonitoringRecord rec = ReportModel.read(out.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class).monitoring();
        assertEquals("title", rec.monthFrom());
        assertEquals(title, rec.monthTitle());
        assertEquals(rec, Aggregate.of(List.of(AggregateMonitoringTest.input("t", out))).rows().get(0).monitoring());

        // given in budget.json: said so, no title (the title's 1-7月 is not read)
        Path given = t15(t15Budget(), t15Indicators(), "黄石市2019年1-7月项目支出绩效监控表");
        Path out2 = write(TargetsTableTest.run(given, Messages.ZH), Messages.ZH, "fromFunds");
        String json2 = Files.readString(out2.resolve(ReportWriter.FINDINGS_JSON));
        assertTrue(json2.contains("\"month\" : 6,\n    \"elapsed\" : 50.00,\n    \"monthFrom\" : \"funds.toDateMonth\"\n  }"), json2);
        assertFalse(json2.contains("monthTitle"), json2);
        ReportModel.MonitoringRecord rec2 = ReportModel.read(out2.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class).monitoring();
        assertEquals("funds.toDateMonth", rec2.monthFrom());
        assertNull(rec2.monthTitle());

        // neither: no month, nothing said of its source
        Path neither = t15(t15Budget().replace("\"toDateMonth\": 6,", ""), t15Indicators(), "黄石市项目支出绩效监控表");
        String json3 = Files.readString(write(TargetsTableTest.run(neither, Messages.ZH), Messages.ZH, "neither")
                .resolve(ReportWriter.FINDINGS_JSON));
        assertTrue(json3.contains("\"progress\" : 39.80\n  }"), json3);
        assertFalse(json3.contains("\"month") || json3.contains("monthFrom"), json3);

        // a title with a quote, a control character and a right-to-left mark: JSON-escaped and cleaned, as the page quotes it
        String hostile = "黄石市\\\"2019年1-6月\\u0007\\u202e项目支出绩效监控表";
        Path bad = t15(t15Budget().replace("\"toDateMonth\": 6,", ""), t15Indicators(), hostile);
        Path out4 = write(TargetsTableTest.run(bad, Messages.ZH), Messages.ZH, "hostile");
        ReportModel.MonitoringRecord rec4 = ReportModel.read(out4.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class).monitoring();
        assertEquals("title", rec4.monthFrom());
        assertEquals(Escape.value("黄石市\"2019年1-6月\u0007\u202e项目支出绩效监控表"), rec4.monthTitle());
        assertFalse(rec4.monthTitle().contains("\u0007") || rec4.monthTitle().contains("\u202e"), rec4.monthTitle());
        assertTrue(Files.readString(out4.resolve(ReportWriter.SUMMARY_MD)).contains("读自表名“" + rec4.monthTitle() + "”"));
    }

    private static final String EMPTY_ROWS = "{\"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\", "
            + "\"schemaVersion\": \"1.0\", \"indicators\": []}\n";
    private static final String NO_FUNDS = "{\"$schema\": \"https://jixiao.github.io/schemas/v1/budget.schema.json\", \"schemaVersion\": \"1.0\"}\n";

    /** A budget.json the loader could not read (a syntax error) and a funds block the schema refused are said as unreadable. */
    @Test
    void anUnreadBudgetIsSaidAsSuch() throws Exception {
        for (String budget : new String[] {"{\"$schema\": \"https://jixiao.github.io/schemas/v1/budget.schema.json\",,}\n",
            NO_FUNDS.replace("}\n", ", \"funds\": 5}\n")}) {
            EngineResult r = TargetsTableTest.run(t15(budget, EMPTY_ROWS, "黄石市项目支出绩效监控表"), Messages.ZH);
            assertNull(r.funds());
            String md = Files.readString(write(r, Messages.ZH, "zh" + budget.length()).resolve(ReportWriter.SUMMARY_MD));
            assertTrue(md.contains("budget.json 无法读取，没有读到任何资金行；原因见下方问题。"), budget + "\n" + md);
        }
    }

    /**
     * Funds without an indicator row, or indicator rows without funds: the section says which part is missing and why,
     * where its table would be (session 46; before, only a section with neither said so, and one with one part showed its
     * table and nothing of the other). Real table t15 with its indicators, or its funds, taken out.
     */
    @Test
    void onePartMissingIsSaidWhereItsTableWouldBe() throws Exception {
        String noFunds = "budget.json 中没有资金块（funds），没有预算数和截至目前的执行数可列。";
        EngineResult rowsOnly = TargetsTableTest.run(t15(NO_FUNDS, t15Indicators(), "黄石市项目支出绩效监控表"), Messages.ZH);
        assertNull(rowsOnly.funds());
        Path out = write(rowsOnly, Messages.ZH, "rowsOnly");
        String md = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
        String section = md.substring(md.indexOf("## 运行监控情况"), md.indexOf("## 问题"));
        assertTrue(section.startsWith("## 运行监控情况\n\n" + noFunds + "\n\n| 指标 | 年度指标值 | jixiao 读作 |"), section);
        String html = Files.readString(out.resolve(ReportWriter.SUMMARY_HTML));
        assertTrue(html.contains("<h2>运行监控情况</h2>\n<p>" + noFunds + "</p>\n<div class=\"wide\""), html);
        List<List<String>> sheet = sheet(out, 0);
        assertTrue(sheet.stream().anyMatch(row -> !row.isEmpty() && row.get(0).equals(noFunds)), sheet.toString());
        assertTrue(sheet.get(1).contains("截至监控时点完成值"), sheet.toString());
        String en = Files.readString(write(rowsOnly, Locale.ENGLISH, "rowsOnlyEn").resolve(ReportWriter.SUMMARY_MD));
        assertTrue(en.contains("budget.json has no funds block (funds), so there is no budget and no execution to date to show.\n\n| Indicator |"), en);

        // no budget.json at all
        EngineResult noBudget = TargetsTableTest.run(t15(null, t15Indicators(), "黄石市项目支出绩效监控表"), Messages.ZH);
        String md2 = Files.readString(write(noBudget, Messages.ZH, "noBudget").resolve(ReportWriter.SUMMARY_MD));
        assertTrue(md2.contains("## 运行监控情况\n\n申报文件夹中没有 budget.json，没有读到任何资金行。\n\n| 指标 |"), md2);

        // funds without indicator rows: the funds table (and its note), then why there is no row
        String noRows = "indicators.json 中没有任何绩效指标行（indicators 是空的），见下方问题。";
        EngineResult fundsOnly = TargetsTableTest.run(t15(t15Budget(), EMPTY_ROWS, "黄石市项目支出绩效监控表"), Messages.ZH);
        assertTrue(fundsOnly.indicators().isEmpty());
        Path out3 = write(fundsOnly, Messages.ZH, "fundsOnly");
        String md3 = Files.readString(out3.resolve(ReportWriter.SUMMARY_MD));
        String s3 = md3.substring(md3.indexOf("## 运行监控情况"), md3.indexOf("## 问题"));
        assertTrue(s3.startsWith("## 运行监控情况\n\n| 资金（万元） |"), s3);
        assertTrue(s3.endsWith("序时进度 50.00%（6 个月 ÷ 12 个月）。\n\n" + noRows + "\n\n"), s3);
        String html3 = Files.readString(out3.resolve(ReportWriter.SUMMARY_HTML));
        assertTrue(html3.contains("</table></div>\n<p class=\"note\">执行进度") && html3.contains("<p>" + noRows + "</p>\n</section>"), html3);
        List<List<String>> sheet3 = sheet(out3, 0);
        assertTrue(sheet3.stream().anyMatch(row -> !row.isEmpty() && row.get(0).equals(noRows)), sheet3.toString());
        assertTrue(sheet3.get(1).contains("1-6月执行数"), sheet3.toString());
        String en3 = Files.readString(write(fundsOnly, Locale.ENGLISH, "fundsOnlyEn").resolve(ReportWriter.SUMMARY_MD));
        assertTrue(en3.contains("indicators.json lists no indicator row (its indicators is empty): see the findings below.\n\n## "), en3);
        // findings.json keeps the funds' figures: one part missing is no reason to drop the other
        assertEquals(6, ReportModel.read(out3.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class).monitoring().month());

        // no indicators.json
        EngineResult noIndicators = TargetsTableTest.run(t15(t15Budget(), null, "黄石市项目支出绩效监控表"), Messages.ZH);
        String md4 = Files.readString(write(noIndicators, Messages.ZH, "noIndicators").resolve(ReportWriter.SUMMARY_MD));
        assertTrue(md4.contains("。\n\n申报文件夹中没有 indicators.json，没有读到任何绩效指标行，见下方问题。\n\n## "), md4);

        // t15 itself, both parts there: no such line
        EngineResult both = TargetsTableTest.run(t15(t15Budget(), t15Indicators(), "黄石市项目支出绩效监控表"), Messages.ZH);
        String md5 = Files.readString(write(both, Messages.ZH, "both").resolve(ReportWriter.SUMMARY_MD));
        assertFalse(md5.contains("没有资金块") || md5.contains("没有任何绩效指标行") || md5.contains("没有读到"), md5);
    }

    @Test
    void noFundsAndNoRowsIsSaidWithWhichCase() throws Exception {
        EngineResult r = TargetsTableTest.run(t15(NO_FUNDS, EMPTY_ROWS, "黄石市项目支出绩效监控表"), Messages.ZH);
        assertNull(r.funds());
        assertTrue(r.indicators().isEmpty());
        Path out = write(r, Messages.ZH, "zh");
        String md = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
        String section = md.substring(md.indexOf("## 运行监控情况"), md.indexOf("## 问题"));
        assertEquals("## 运行监控情况\n\nbudget.json 中没有资金块（funds），没有预算数和截至目前的执行数可列。\n\n"
                + "indicators.json 中没有任何绩效指标行（indicators 是空的），见下方问题。\n\n", section);
        String html = Files.readString(out.resolve(ReportWriter.SUMMARY_HTML));
        assertTrue(html.contains("<li><a href=\"#monitoring\">运行监控情况</a></li>"), html);
        assertTrue(html.contains("<section id=\"monitoring\">\n<h2>运行监控情况</h2>\n<p>budget.json 中没有资金块（funds），没有预算数和截至目前的执行数可列。</p>\n"
                + "<p>indicators.json 中没有任何绩效指标行（indicators 是空的），见下方问题。</p>\n</section>\n"), html);
        // the workbook's sheet says it too; findings.json and the console still have no monitoring figures (aggregate's null)
        List<List<String>> sheet = sheet(out, 0);
        assertEquals("运行监控情况", sheet.get(sheet.size() - 1).get(0));
        assertTrue(sheet.contains(List.of("budget.json 中没有资金块（funds），没有预算数和截至目前的执行数可列。")), sheet.toString());
        assertTrue(sheet.contains(List.of("indicators.json 中没有任何绩效指标行（indicators 是空的），见下方问题。")), sheet.toString());
        assertNull(ReportModel.read(out.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class).monitoring());
        assertTrue(ConsoleReport.monitoringLines(r, new Messages(Messages.ZH)).isEmpty());
        String en = Files.readString(write(r, Locale.ENGLISH, "en").resolve(ReportWriter.SUMMARY_MD));
        assertTrue(en.contains("budget.json has no funds block (funds), so there is no budget and no execution to date to show.\n\n"
                + "indicators.json lists no indicator row (its indicators is empty): see the findings below.\n\n"), en);

        // neither file: each line says the file is missing
        EngineResult missing = TargetsTableTest.run(t15(null, null, "黄石市项目支出绩效监控表"), Messages.ZH);
        String m2 = Files.readString(write(missing, Messages.ZH, "missing").resolve(ReportWriter.SUMMARY_MD));
        assertTrue(m2.contains("## 运行监控情况\n\n申报文件夹中没有 budget.json，没有读到任何资金行。\n\n"
                + "申报文件夹中没有 indicators.json，没有读到任何绩效指标行，见下方问题。\n\n"), m2);
        // budget.json cut short: it could not be read
        EngineResult cut = TargetsTableTest.run(t15("{\"funds\": {", EMPTY_ROWS, "黄石市项目支出绩效监控表"), Messages.ZH);
        String m3 = Files.readString(write(cut, Messages.ZH, "cut").resolve(ReportWriter.SUMMARY_MD));
        assertTrue(m3.contains("## 运行监控情况\n\nbudget.json 无法读取，没有读到任何资金行；原因见下方问题。\n\n"), m3);
        assertNotNull(Monitoring.of(cut, new Messages(Messages.ZH)));
    }
}
