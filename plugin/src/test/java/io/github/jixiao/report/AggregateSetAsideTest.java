package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.review.Baseline;
import io.github.jixiao.review.Review;
import io.github.jixiao.review.Suppressions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Two real departments as a district's aggregate reads them (湖北科技学院 2021, t52, and 稷山 2021, t53). t52 adopted
 * jixiao with a baseline of its 14 findings and then suppressed one more with a reason: its row counted "0 错误 0 警告
 * 0 提示" beside t53's open ones, and nothing in aggregate.md, .html or .xlsx said that 14 problems were set aside
 * (the department's own page says "14 个在基线中"). The departments' table now has a column 不计入（基线中 / 已豁免）
 * where any department has such findings, and aggregate.json gives them; without any, the reports are as before.
 */
class AggregateSetAsideTest {
    @TempDir
    Path tmp;

    /** The check's reports of a real table, with a baseline of all its findings when {@code baselined}. */
    private Path check(String table, String module, boolean baselined) throws Exception {
        Path project = Path.of(AggregateSetAsideTest.class.getResource("/real-tables/" + table).toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        Baseline base = Baseline.none();
        if (baselined) {
            Path file = tmp.resolve(module + "-baseline.json");
            Files.writeString(file, Baseline.render(r.findings()), StandardCharsets.UTF_8);
            base = Baseline.load(tmp, file);
        }
        Review review = Review.of(r.findings(), Suppressions.none(), base, r.rules());
        Path out = Files.createDirectories(tmp.resolve(module));
        java.util.Map<Finding, String> suppressed = baselined ? java.util.Map.of(review.findings().get(0), "经财政局同意") : java.util.Map.of();
        ReportWriter.write(out, r.withFindings(review.findings()), suppressed, review.baselined(), new Messages(Messages.ZH),
                ReportMeta.of(""), Snippets.none(), Cells.none(), ReportFormats.standard(), "");
        return out;
    }

    @Test
    void aDepartmentsBaselinedAndSuppressedFindingsAreSaidBesideItsCounts() throws Exception {
        // t59 since session 57: t58's two errors went (its range miss is a warning, stated-range; its funds a warning, noFunds);
        // t58 since session 55: t52's one error (no 分值 in a report's table) went with its unpointed framework
        Path a = check("t59-ningde-rencaiyizhan-2023", "dept-a", true);
        Path b = check("t53-jishan-gongwei-2021", "dept-b", false);
        List<ReportModel.FindingRecord> aFindings = ReportModel.read(a.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class).findings();
        int n = aFindings.size();
        // the errors and warnings among them (s32: the column said "13 / 1" whether they were notes or errors)
        long e = aFindings.stream().filter(f -> f.severity().equals("error")).count();
        long w = aFindings.stream().filter(f -> f.severity().equals("warning")).count();
        assertTrue(e > 0 && w > 0, e + " errors, " + w + " warnings");
        Aggregate.Result r = Aggregate.of(List.of(AggregateMonitoringTest.input("dept-a", a), AggregateMonitoringTest.input("dept-b", b)));
        Aggregate.Row row = r.rows().stream().filter(x -> x.module().equals("dept-a")).findFirst().orElseThrow();
        assertEquals(0, row.errors() + row.warnings() + row.infos());
        assertEquals(n - 1, row.baselined());
        assertEquals(1, row.suppressed());
        assertEquals(List.of(e, w), List.of(row.setAsideErrors(), row.setAsideWarnings()));

        Messages m = new Messages(Messages.ZH);
        String md = Aggregate.markdown(r, m);
        assertTrue(md.contains("| 错误 | 警告 | 提示 | 不计入（基线中 / 已豁免） |\n"), md);
        String rowA = md.lines().filter(l -> l.startsWith("| dept-a |")).findFirst().orElseThrow();
        assertTrue(rowA.endsWith("| 0 | 0 | 0 | " + (n - 1) + " / 1（" + e + " 错误 · " + w + " 警告） |"), rowA);
        String rowB = md.lines().filter(l -> l.startsWith("| dept-b |")).findFirst().orElseThrow();
        assertTrue(rowB.endsWith(" | 0 / 0（0 错误 · 0 警告） |"), rowB);
        assertEquals(md.lines().filter(l -> l.startsWith("|---|---|---:|")).findFirst().orElseThrow().split("\\|", -1).length,
                rowA.split("\\|", -1).length, "the separator row has as many columns");
        String html = Aggregate.html(r, m);
        assertTrue(html.contains(">不计入（基线中 / 已豁免）</th>"), html);
        assertTrue(html.contains("<td class=\"n\">" + (n - 1) + " / 1（" + e + " 错误 · " + w + " 警告）</td></tr>"), html);
        String en = Aggregate.html(r, new Messages(java.util.Locale.ENGLISH));
        assertTrue(en.contains(">Not counted (baselined / suppressed)</th>"));
        assertTrue(en.contains("<td class=\"n\">" + (n - 1) + " / 1 (" + e + " error(s) · " + w + " warning(s))</td></tr>"), en);
        assertTrue(Aggregate.markdown(r, new Messages(java.util.Locale.ENGLISH)).contains(" | " + (n - 1) + " / 1 (" + e + " error(s) · " + w + " warning(s)) |"));
        List<io.github.jixiao.xlsx.Table> tables = Aggregate.tables(r, m);
        assertTrue(tables.get(0).header().contains("不计入（基线中 / 已豁免）"), tables.get(0).header().toString());
        assertTrue(tables.get(0).rows().stream().anyMatch(x -> x.contains((n - 1) + " / 1（" + e + " 错误 · " + w + " 警告）")),
                tables.get(0).rows().toString());
        JsonNode json = Json.mapper().readTree(Aggregate.json(r));
        JsonNode depA = json.at("/departments/" + (r.rows().indexOf(row)) + "/findings");
        assertEquals(n - 1, depA.get("baselined").asInt(), depA.toString());
        assertEquals(1, depA.get("suppressed").asInt(), depA.toString());
        assertEquals(e, depA.at("/setAside/error").asLong(), depA.toString());
        assertEquals(w, depA.at("/setAside/warning").asLong(), depA.toString());

        // without any set aside: no such column, no such field
        Aggregate.Result plain = Aggregate.of(List.of(AggregateMonitoringTest.input("dept-b", b)));
        assertFalse(Aggregate.markdown(plain, m).contains("不计入"));
        assertFalse(Aggregate.html(plain, m).contains("不计入"));
        assertFalse(Aggregate.json(plain).contains("baselined"));
        assertEquals(new ArrayList<>(tables.get(0).header().subList(0, tables.get(0).header().size() - 1)),
                Aggregate.tables(plain, m).get(0).header());
    }
}
