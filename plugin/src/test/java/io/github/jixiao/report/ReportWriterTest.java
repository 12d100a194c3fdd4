package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
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

/** The files are the renderers' text, byte for byte, however they are streamed to disk. */
class ReportWriterTest {
    @TempDir
    Path tmp;

    @Test
    void filesAreTheRenderedTextInUtf8AndNoTemporaryFileIsLeft() throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            ReportMeta meta = ReportMeta.of("2026-01-01T00:00:00Z");
            Map<Finding, String> suppressed = Map.of(r.findings().get(0), "经财政局同意");
            Path out = tmp.resolve("out-" + l);
            ReportWriter.write(out, r, suppressed, m, meta);
            ReportWriter.write(out, r, suppressed, m, meta); // over the first: replaced whole

            ReportModel.FindingsDocument head = ReportWriter.head(r, m, meta);
            // findings name the framework's criteria in its English (ReportWriter reads them with the score sheet)
            Messages withNames = m.forSheet(r.sheet());
            same(FindingsJson.render(r.findings(), withNames, head, suppressed), out.resolve(ReportWriter.FINDINGS_JSON));
            List<Sarif.Entry> entries = new ArrayList<>();
            r.findings().forEach(f -> entries.add(new Sarif.Entry(f, suppressed.get(f))));
            same(Sarif.render(entries, withNames, meta.pluginVersion()), out.resolve(ReportWriter.FINDINGS_SARIF));
            same(ScoreSummary.json(r, meta), out.resolve(ReportWriter.SUMMARY_JSON));
            same(ScoreSummaryMarkdown.render(r, suppressed, m, meta), out.resolve(ReportWriter.SUMMARY_MD));
            same(ScoreSummaryHtml.render(r, suppressed, m, meta), out.resolve(ReportWriter.SUMMARY_HTML));
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(ReportWriter.FINDINGS_JSON, ReportWriter.FINDINGS_SARIF, ReportWriter.SUMMARY_HTML,
                        ReportWriter.SUMMARY_JSON, ReportWriter.SUMMARY_MD, ScoreSummaryXlsx.FILE),
                        files.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
    }

    /**
     * A department that is a module of a reactor (dept-a/): SARIF names its files from the repository's root, as GitHub
     * code scanning resolves them (dept-a/submission/budget.json); findings.json keeps them project-relative, as
     * jixiao:diff, the baseline and aggregate read them.
     */
    @Test
    void aModulesSarifNamesFilesFromTheRepositoryRoot() throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        Path out = tmp.resolve("module");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ReportMeta.of(""), Snippets.none(), Cells.none(),
                ReportFormats.standard(), "dept-a/");
        tools.jackson.databind.JsonNode sarif = Json.mapper().readTree(Files.readAllBytes(out.resolve(ReportWriter.FINDINGS_SARIF)));
        List<String> uris = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(res -> uris.add(res.at("/locations/0/physicalLocation/artifactLocation/uri").asString()));
        assertEquals(r.findings().size(), uris.size());
        for (int i = 0; i < uris.size(); i++) {
            String file = r.findings().get(i).file();
            assertEquals(file.isEmpty() ? "dept-a/" : "dept-a/" + file, uris.get(i));
        }
        assertTrue(uris.stream().anyMatch(u -> u.startsWith("dept-a/submission/")), uris.toString());
        String json = Files.readString(out.resolve(ReportWriter.FINDINGS_JSON), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"file\" : \"submission/") && !json.contains("dept-a/"), "findings.json stays project-relative");
    }

    /**
     * A submission with no score — a mid-year monitoring table (黄石 2019), which is scored only at the year end — still
     * gets the readable summary (the verdict, the stage, every finding) in Markdown and on the page, and the workbook
     * without a 评分表 (the table's figures, the indicators, the findings); score-summary.json is not written, and an
     * earlier run's is removed.
     */
    @Test
    void aSubmissionWithoutAScoreStillGetsItsPage() throws Exception {
        Path project = Path.of(ReportWriterTest.class.getResource("/real-tables/t15-huangshi-shenyi-2019").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertEquals(null, r.sheet());
        ReportMeta meta = ReportMeta.of("2026-01-01T00:00:00Z");
        Path out = tmp.resolve("monitoring");
        Files.createDirectories(out);
        Files.writeString(out.resolve(ReportWriter.SUMMARY_JSON), "{}"); // an earlier run's score
        Files.writeString(out.resolve(ScoreSummaryXlsx.FILE), "");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), meta);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(ReportWriter.FINDINGS_JSON, ReportWriter.FINDINGS_SARIF, ReportWriter.SUMMARY_HTML, ReportWriter.SUMMARY_MD,
                    ScoreSummaryXlsx.FILE), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE)))) {
            assertEquals(List.of("运行监控情况", "绩效指标", "问题"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            org.apache.poi.ss.usermodel.DataFormatter fmt = new org.apache.poi.ss.usermodel.DataFormatter();
            List<String> cells = new ArrayList<>();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> cells.add(fmt.formatCellValue(c))));
            assertTrue(cells.containsAll(List.of("1-6月执行数", "年度资金总额:", "87.57", "39.80%", "完成目标可能性", "确定能")), cells.toString());
            assertTrue(cells.contains("执行进度 = 执行数 ÷ 全年预算数（未填全年预算数的，÷ 年初预算数）；序时进度 50.00%（6 个月 ÷ 12 个月）。"), cells.toString());
            List<String> problems = new ArrayList<>();
            wb.getSheetAt(2).forEach(row -> problems.add(fmt.formatCellValue(row.getCell(1))));
            // t15's five findings (RealTablesTest; the 成本 row's budget-restated since session 34)
            assertEquals(5, problems.stream().filter(id -> id.startsWith("indicator-") || id.startsWith("score-")).count(), problems.toString());
        }
        String md = FindingAnchorsTest.unlinked(Files.readString(out.resolve(ReportWriter.SUMMARY_MD)));
        assertTrue(md.startsWith("# 黄石市文物局(湖北水泥遗址博物馆) 2019"), md);
        assertTrue(md.contains("**运行监控阶段不评分：得分在年终自评时计算。** · 3 个错误，2 个警告，0 个提示"), md);
        assertTrue(md.contains("## 问题\n\n- 警告 [indicator-category-missing] submission/indicators.json:4 "), md);
        assertEquals(5, md.lines().filter(l -> l.startsWith("- 错误 [") || l.startsWith("- 警告 [")).count(), md);
        String html = Files.readString(out.resolve(ReportWriter.SUMMARY_HTML));
        assertTrue(html.contains("<p class=\"score\">运行监控阶段不评分：得分在年终自评时计算。</p>"), html);
        assertTrue(html.contains("indicator-incomplete"), html);
        same(ScoreSummaryMarkdown.render(r, Map.of(), new Messages(Messages.ZH), meta), out.resolve(ReportWriter.SUMMARY_MD));

        ReportWriter.write(out, r, Map.of(), new Messages(Locale.ENGLISH), meta);
        String en = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
        assertTrue(en.contains("**Not scored at this stage (Monitoring): the score is computed at the year-end self-evaluation.**"), en);
    }

    /**
     * A monitoring submission's page and Markdown show its figures, not only its findings: the funds executed to date
     * against the budget and the time elapsed (黄石 2019: 87.57 of 220 万元 by the end of June, 39.80 % against 50 %),
     * and each indicator's value to date and likelihood; in English too. A self-evaluation's page has no such section.
     */
    @Test
    void aMonitoringPageShowsItsFigures() throws Exception {
        Path project = Path.of(ReportWriterTest.class.getResource("/real-tables/t15-huangshi-shenyi-2019").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        ReportMeta meta = ReportMeta.of("2026-01-01T00:00:00Z");
        String md = ScoreSummaryMarkdown.render(r, Map.of(), new Messages(Messages.ZH), meta);
        assertTrue(md.contains("## 运行监控情况\n\n"
                + "| 资金（万元） | 年初预算数 | 全年预算数 | 1-6月执行数 | 执行进度 | 全年预计执行数 |\n|---|---|---|---|---|---|\n"
                + "| 年度资金总额: | 220 |  | 87.57 | 39.80% |  |\n"
                + "| 其中:当年一般公共预算拨款 | 220 |  | 87.57 | 39.80% |  |\n\n"
                + "执行进度 = 执行数 ÷ 全年预算数（未填全年预算数的，÷ 年初预算数）；序时进度 50.00%（6 个月 ÷ 12 个月）。\n\n"
                + "| 指标 | 年度指标值 | jixiao 读作 | 1-6月完成值 | 全年预计完成值 | 完成目标可能性 | 偏差原因及措施 | 位置 | 本行问题 |\n"), md);
        // with how the target is read, its place and its findings since session 44 (MonitoringTableTest); the 成本 target
        // read as the budget total its budget-restated names since session 45
        assertTrue(md.contains("| 成本 | 年度预算220万元 | 预算总额 220 万元（非指标值） | 按进度执行,已使用约40% |  | 确定能 |  |"), md);
        assertTrue(md.indexOf("## 运行监控情况") < md.indexOf("## 问题"), md);
        String html = ScoreSummaryHtml.render(r, Map.of(), new Messages(Messages.ZH), meta);
        assertTrue(html.contains("<li><a href=\"#monitoring\">运行监控情况</a></li>"), html);
        assertTrue(html.contains("<tr><td>年度资金总额:</td><td class=\"n\">220</td><td class=\"n\"></td><td class=\"n\">87.57</td><td class=\"n\">39.80%</td><td class=\"n\"></td></tr>"), html);
        assertTrue(html.contains("<p class=\"note\">执行进度 = 执行数 ÷ 全年预算数（未填全年预算数的，÷ 年初预算数）；序时进度 50.00%（6 个月 ÷ 12 个月）。</p>"), html);

        String en = ScoreSummaryMarkdown.render(r, Map.of(), new Messages(Locale.ENGLISH), meta);
        assertTrue(en.contains("| Funds (× 10,000 yuan) | Budget at the start of the year | Full-year budget | Executed, months 1-6 "
                + "| Execution to date | Forecast spending for the year |"), en);
        assertTrue(en.contains("Execution to date = executed ÷ full-year budget (÷ the budget at the start of the year where no full-year budget is filed); time elapsed 50.00% (6 months ÷ 12)."), en);
        // the likelihood as the department wrote it, glossed, as monitoring-deviation-unexplained's English names it (s31 trial:
        // "certain" alone, which a unit cannot find in its own table)
        assertTrue(en.contains("| 成本 | 年度预算220万元 | budget total 220 × 10,000 yuan (not a target) | 按进度执行,已使用约40% |  | 确定能 (certain) |  |"), en);

        Path sub = Samples.copyTo(tmp);
        EngineResult self = new Engine().run(EngineOptions.of(tmp, sub));
        assertTrue(!ScoreSummaryMarkdown.render(self, Map.of(), new Messages(Messages.ZH), meta).contains("运行监控情况"));
        assertTrue(!ScoreSummaryHtml.render(self, Map.of(), new Messages(Messages.ZH), meta).contains("id=\"monitoring\""));
    }

    /** The monitoring tables' cells are the department's text: escaped for the page and for a Markdown table. */
    @Test
    void monitoringCellsAreEscaped() throws Exception {
        Path project = Path.of(ReportWriterTest.class.getResource("/real-tables/t15-huangshi-shenyi-2019").toURI());
        Path copy = tmp.resolve("hostile");
        Files.createDirectories(copy.resolve("submission"));
        try (Stream<Path> files = Files.list(project.resolve("submission"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                if (f.getFileName().toString().equals("budget.json")) {
                    text = text.replace("年度资金总额:", "<img src=x onerror=alert(1)>|**总额**");
                }
                Files.writeString(copy.resolve("submission").resolve(f.getFileName().toString()), text);
            }
        }
        EngineResult r = new Engine().run(EngineOptions.of(copy, copy.resolve("submission")));
        ReportMeta meta = ReportMeta.of("2026-01-01T00:00:00Z");
        String html = ScoreSummaryHtml.render(r, Map.of(), new Messages(Messages.ZH), meta);
        assertTrue(html.contains("<tr><td>&lt;img src=x onerror=alert(1)&gt;|**总额**</td>"), html);
        assertTrue(!html.contains("<img src=x"), html);
        String md = ScoreSummaryMarkdown.render(r, Map.of(), new Messages(Messages.ZH), meta);
        assertTrue(md.contains("| " + ScoreSummaryMarkdown.cell("<img src=x onerror=alert(1)>|**总额**") + " | 220 |"), md);
        assertTrue(!md.contains("|**总额**"), md);
    }

    private static void same(String rendered, Path file) throws Exception {
        assertArrayEquals(rendered.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file), file.toString());
    }
}
