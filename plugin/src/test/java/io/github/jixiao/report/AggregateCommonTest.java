package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings a district's departments share (aggregate's 共性问题): for each rule, how many departments have it and
 * how many findings there are, counted from the departments' own findings.json, the rules found in most departments
 * first; suppressed findings and rule names jixiao does not have (the file is the submitter's) left out.
 */
class AggregateCommonTest {
    @TempDir
    Path tmp;

    private Path build(String table, String module, boolean suppressFirst) throws Exception {
        Path project = Path.of(AggregateCommonTest.class.getResource("/real-tables/" + table).toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        Path out = tmp.resolve(module);
        Map<Finding, String> suppressed = suppressFirst ? Map.of(r.findings().get(0), "经财政局同意") : Map.of();
        ReportWriter.write(out, r, suppressed, new Messages(Messages.ZH), ReportMeta.of(""));
        return out;
    }

    /**
     * A stale baseline entry (`baseline-stale`: a baselined finding that no longer occurs, after a department fixed it) is
     * the repository's housekeeping, not a problem of the submissions a 财政局 trains its departments on: in the session
     * 30 trial it was the only "shared finding" of a county whose departments had fixed theirs. It is counted in each
     * department's infos, as its page counts it, and left out of the shared findings.
     */
    @Test
    void aStaleBaselineEntryIsNoSharedProblem() throws Exception {
        List<Aggregate.Input> inputs = new ArrayList<>();
        for (String module : List.of("a", "b")) {
            Path dir = Files.createDirectories(tmp.resolve(module));
            Files.writeString(dir.resolve(ReportWriter.FINDINGS_JSON), "{\"tool\": \"jixiao\", \"department\": \"" + module
                    + "局\", \"year\": 2021, \"stage\": \"自评\", \"files\": [], \"findings\": ["
                    + "{\"rule\": \"baseline-stale\", \"severity\": \"info\", \"file\": \"jixiao-baseline.json\", \"line\": 5, \"column\": 5, \"pointer\": \"/findings/0\", \"message\": \"…\"},"
                    + "{\"rule\": \"indicator-target-missed\", \"severity\": \"warning\", \"file\": \"submission/indicators.json\", \"line\": 9, \"column\": 16, \"pointer\": \"/indicators/0/actual\", \"message\": \"…\"}]}");
            inputs.add(AggregateMonitoringTest.input(module, dir));
        }
        Aggregate.Result r = Aggregate.of(inputs);
        assertEquals(List.of("indicator-target-missed"), r.common().stream().map(Aggregate.Common::rule).toList());
        assertEquals(1, r.rows().get(0).infos());
    }

    /**
     * The 财政局 reviewer's district view (session 41's trial): with jixiao.rulesUrl, each department's page links a
     * finding's rule to its entry in docs/rules.md, but the aggregate's 共性问题 — the rules a 财政局 trains its
     * departments on — named them bare. Now they link there too, in aggregate.html and aggregate.md; a rule name jixiao
     * does not have (a module's findings.json is its submitter's) is never linked, and without an address nothing is.
     */
    @Test
    void theSharedFindingsLinkTheirRulesEntry() throws Exception {
        List<Aggregate.Input> inputs = new ArrayList<>();
        for (String module : List.of("a", "b")) {
            Path dir = Files.createDirectories(tmp.resolve(module));
            Files.writeString(dir.resolve(ReportWriter.FINDINGS_JSON), "{\"tool\": \"jixiao\", \"department\": \"" + module
                    + "局\", \"year\": 2021, \"stage\": \"自评\", \"files\": [], \"findings\": ["
                    + "{\"rule\": \"x) [y](javascript:z\", \"severity\": \"warning\", \"file\": \"submission/indicators.json\", \"line\": 5, \"column\": 5, \"pointer\": \"/indicators/0\", \"message\": \"…\"},"
                    + "{\"rule\": \"indicators-stale-after-adjustment\", \"severity\": \"error\", \"file\": \"submission/tasks.json\", \"line\": 9, \"column\": 16, \"pointer\": \"/tasks/0\", \"message\": \"…\"}]}");
            inputs.add(AggregateMonitoringTest.input(module, dir));
        }
        Aggregate.Result r = Aggregate.of(inputs);
        String url = "https://git.example.org/finance/jixiao/blob/v0.1.0/docs/rules.md";
        ReportMeta meta = ReportMeta.of("").withRulesUrl(url);
        Messages zh = new Messages(Messages.ZH);
        String html = Aggregate.html(r, zh, meta);
        String md = Aggregate.markdown(r, zh, meta);
        assertTrue(html.contains("<a href=\"" + url + "#indicators-stale-after-adjustment\"><code>indicators-stale-after-adjustment</code></a>"), html);
        assertTrue(md.contains("| [`indicators-stale-after-adjustment`](" + url + "#indicators-stale-after-adjustment) |"), md);
        assertFalse(html.contains("javascript") || md.contains("javascript"), "an unknown rule is no common finding, and never a link");
        assertFalse(Aggregate.html(r, zh, ReportMeta.of("")).contains(url));
        assertFalse(Aggregate.markdown(r, zh).contains("](http"), "no address, no link");
    }

    @Test
    void theRulesFoundInMostDepartmentsFirst() throws Exception {
        List<String> tables = List.of("t5-tianchang-2022", "t6-lijiang-2020", "t10-putuo-tiyu-2022", "t12-qingshen-fagai-2023");
        List<Aggregate.Input> inputs = new ArrayList<>();
        // what the departments' own findings.json say, counted here independently: rule → departments, findings
        Map<String, Set<String>> departments = new HashMap<>();
        Map<String, Integer> findings = new HashMap<>();
        for (int k = 0; k < tables.size(); k++) {
            String module = "m" + k;
            Path dir = build(tables.get(k), module, k == 0);
            ReportModel.FindingsDocument doc = ReportModel.read(dir.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class);
            for (ReportModel.FindingRecord f : doc.findings()) {
                if (f.suppressed() == null) {
                    departments.computeIfAbsent(f.rule(), x -> new HashSet<>()).add(module);
                    findings.merge(f.rule(), 1, Integer::sum);
                }
            }
            inputs.add(AggregateMonitoringTest.input(module, dir));
        }
        Aggregate.Result r = Aggregate.of(inputs);
        assertFalse(r.common().isEmpty());
        assertTrue(r.common().size() <= Aggregate.COMMON_MAX);
        for (Aggregate.Common c : r.common()) {
            assertEquals(departments.get(c.rule()).size(), c.departments(), c.rule());
            assertEquals(findings.get(c.rule()), c.findings(), c.rule());
        }
        for (int i = 1; i < r.common().size(); i++) {
            Aggregate.Common a = r.common().get(i - 1);
            Aggregate.Common b = r.common().get(i);
            assertTrue(a.departments() > b.departments() || a.departments() == b.departments() && a.findings() >= b.findings(),
                    a + " before " + b);
        }
        // a rule no department has more often than the first row's is missing from the table
        int most = departments.values().stream().mapToInt(Set::size).max().orElse(0);
        assertEquals(most, r.common().get(0).departments());
        // and a rule found in one department only is no shared problem
        assertTrue(departments.values().stream().anyMatch(d -> d.size() == 1));
        assertTrue(r.common().stream().allMatch(c -> c.departments() >= 2), r.common().toString());

        Messages zh = new Messages(Messages.ZH);
        Aggregate.Common first = r.common().get(0);
        String title = io.github.jixiao.lint.RuleRegistry.descriptor(first.rule()).orElseThrow().title(Messages.ZH);
        String md = Aggregate.markdown(r, zh);
        assertTrue(md.contains("### 各部门共性问题"), md);
        assertTrue(md.contains("| `" + first.rule() + "` | " + Escape.md(title) + " | "), md);
        String html = Aggregate.html(r, zh, ReportMeta.of(""));
        assertTrue(html.contains("<section id=\"common\">"), html);
        assertTrue(html.contains("<code>" + first.rule() + "</code></td><td>" + Escape.html(title) + "</td>"), html);
        assertTrue(Aggregate.json(r).contains("\"common\" : [\n    {\n      \"rule\" : \"" + first.rule() + "\",\n      \"departments\" : "
                + first.departments()), Aggregate.json(r));
        String en = Aggregate.markdown(r, new Messages(Locale.ENGLISH));
        assertTrue(en.contains("### Findings shared by the departments")
                && en.contains(io.github.jixiao.lint.RuleRegistry.descriptor(first.rule()).orElseThrow().title(Locale.ENGLISH)), en);
        List<io.github.jixiao.xlsx.Table> sheets = Aggregate.tables(r, zh);
        assertEquals("共性问题", sheets.get(3).name());
        assertEquals(List.of(first.rule(), title, zh.label("severity." + first.severity()), first.departments(), first.findings()),
                sheets.get(3).rows().get(0));
    }

    /** rule → the modules whose findings.json has it (suppressed findings left out), read from the files. */
    private static Map<String, Set<String>> departmentsOf(Map<String, Path> modules) throws Exception {
        Map<String, Set<String>> out = new HashMap<>();
        for (Map.Entry<String, Path> e : modules.entrySet()) {
            ReportModel.FindingsDocument doc = ReportModel.read(e.getValue().resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class);
            for (ReportModel.FindingRecord f : doc.findings()) {
                if (f.suppressed() == null) {
                    out.computeIfAbsent(f.rule(), x -> new HashSet<>()).add(e.getKey());
                }
            }
        }
        return out;
    }

    /**
     * Two departments (天长 2022, 普陀区体育 2022): a rule found in one of them is that department's problem, not a shared
     * one: the table lists exactly the rules both have, and says it counts those found in at least two departments.
     */
    @Test
    void aRuleFoundInOneDepartmentIsNotShared() throws Exception {
        Map<String, Path> modules = new java.util.LinkedHashMap<>();
        modules.put("tianchang", build("t5-tianchang-2022", "tianchang", false));
        modules.put("putuo", build("t10-putuo-tiyu-2022", "putuo", false));
        List<Aggregate.Input> inputs = new ArrayList<>();
        for (Map.Entry<String, Path> e : modules.entrySet()) {
            inputs.add(AggregateMonitoringTest.input(e.getKey(), e.getValue()));
        }
        Map<String, Set<String>> departments = departmentsOf(modules);
        Set<String> inOne = new HashSet<>();
        Set<String> inBoth = new HashSet<>();
        departments.forEach((rule, in) -> (in.size() == 1 ? inOne : inBoth).add(rule));
        assertFalse(inOne.isEmpty(), "each department has rules of its own");
        assertFalse(inBoth.isEmpty(), "and some they share");
        assertTrue(inBoth.size() <= Aggregate.COMMON_MAX);

        Aggregate.Result r = Aggregate.of(inputs);
        assertEquals(inBoth, r.common().stream().map(Aggregate.Common::rule).collect(java.util.stream.Collectors.toSet()));
        assertTrue(r.common().stream().allMatch(c -> c.departments() == 2), r.common().toString());
        assertTrue(Aggregate.json(r).contains("\"commonMinDepartments\" : 2,\n  \"common\" : [\n    {"), Aggregate.json(r));
        assertTrue(Aggregate.markdown(r, new Messages(Messages.ZH)).contains("### 各部门共性问题（至少两个部门都有的规则，涉及部门最多的在前）\n"));
        assertTrue(Aggregate.markdown(r, new Messages(Locale.ENGLISH))
                .contains("### Findings shared by the departments (the rules found in at least two of them, those found in most first)\n"));
        assertEquals(inBoth.size(), Aggregate.tables(r, new Messages(Messages.ZH)).get(3).rows().size());
    }

    /**
     * Two departments sharing no rule (普陀区体育 2022, and the same table with every finding suppressed: accepted, so
     * not counted): the table is empty, and each output says what it counts, in both languages; an aggregate of one
     * department lists that department's rules.
     */
    @Test
    void anEmptyTableSaysWhatItCounts() throws Exception {
        Path putuo = build("t10-putuo-tiyu-2022", "putuo", false);
        Path project = Path.of(AggregateCommonTest.class.getResource("/real-tables/t10-putuo-tiyu-2022").toURI());
        EngineResult run = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        Map<Finding, String> all = new java.util.IdentityHashMap<>();
        run.findings().forEach(f -> all.put(f, "经财政局同意"));
        Path accepted = tmp.resolve("accepted");
        ReportWriter.write(accepted, run, all, new Messages(Messages.ZH), ReportMeta.of(""));
        assertFalse(run.findings().isEmpty());

        Aggregate.Result r = Aggregate.of(List.of(AggregateMonitoringTest.input("putuo", putuo),
                AggregateMonitoringTest.input("accepted", accepted)));
        assertEquals(List.of(), r.common());
        assertTrue(Aggregate.json(r).contains("\"commonMinDepartments\" : 2,\n  \"common\" : [ ]"), Aggregate.json(r));
        Messages zh = new Messages(Messages.ZH);
        Messages en = new Messages(Locale.ENGLISH);
        String zhNone = "2 个部门中没有哪条规则在 2 个或更多部门出现：本表只列至少 2 个部门都有的规则。";
        String enNone = "No rule is found in 2 or more of the 2 departments: the table lists only the rules found in at least 2.";
        assertTrue(Aggregate.markdown(r, zh).endsWith("|---|---|---|---:|---:|\n\n" + zhNone + "\n"), Aggregate.markdown(r, zh));
        assertTrue(Aggregate.markdown(r, en).endsWith("|---|---|---|---:|---:|\n\n" + enNone + "\n"), Aggregate.markdown(r, en));
        assertTrue(Aggregate.html(r, zh, ReportMeta.of("")).contains("<tbody>\n<tr><td colspan=\"5\">" + zhNone + "</td></tr>\n</tbody>"));
        assertTrue(Aggregate.html(r, en, ReportMeta.of("")).contains("<tbody>\n<tr><td colspan=\"5\">" + enNone + "</td></tr>\n</tbody>"));
        assertEquals(List.of(List.of(zhNone)), Aggregate.tables(r, zh).get(3).rows());
        assertEquals(List.of(List.of(enNone)), Aggregate.tables(r, en).get(3).rows());

        // one department: its own rules, under a heading that says so
        Aggregate.Result one = Aggregate.of(List.of(AggregateMonitoringTest.input("putuo", putuo)));
        assertEquals(departmentsOf(Map.of("putuo", putuo)).keySet(),
                one.common().stream().map(Aggregate.Common::rule).collect(java.util.stream.Collectors.toSet()));
        assertTrue(Aggregate.json(one).contains("\"commonMinDepartments\" : 1,"));
        assertTrue(Aggregate.markdown(one, zh).contains("### 本部门的问题（汇总中只有一个部门：列出它的每条规则）\n"));
        Aggregate.Result clean = Aggregate.of(List.of(AggregateMonitoringTest.input("accepted", accepted)));
        assertTrue(Aggregate.markdown(clean, en).endsWith("\n\nThe department has no findings (suppressed ones left out).\n"));
    }

    @Test
    void suppressedFindingsAndUnknownRulesAreNotCounted() throws Exception {
        Path dir = build("t10-putuo-tiyu-2022", "putuo", false);
        build("t10-putuo-tiyu-2022", "unchanged", false);
        Path file = dir.resolve(ReportWriter.FINDINGS_JSON);
        ReportModel.FindingsDocument doc = ReportModel.read(file, ReportModel.FindingsDocument.class);
        String rule = doc.findings().get(0).rule();
        long ofRule = doc.findings().stream().filter(f -> f.rule().equals(rule)).count();
        int before = Aggregate.of(List.of(AggregateMonitoringTest.input("putuo", dir))).common().stream().filter(c -> c.rule().equals(rule))
                .findFirst().orElseThrow().findings();
        assertEquals(ofRule, before);

        // the submitter's file: a rule jixiao does not have, and the first finding marked suppressed
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String forged = text.replaceFirst("\"rule\" : \"" + rule + "\"", "\"rule\" : \"<script>alert(1)</script>\"");
        Files.writeString(file, forged, StandardCharsets.UTF_8);
        Aggregate.Result r = Aggregate.of(List.of(AggregateMonitoringTest.input("putuo", dir)));
        assertTrue(r.common().stream().noneMatch(c -> c.rule().contains("script")), r.common().toString());
        assertFalse(Aggregate.html(r, new Messages(Messages.ZH), ReportMeta.of("")).contains("<script>"));
        int left = r.common().stream().filter(c -> c.rule().equals(rule)).mapToInt(Aggregate.Common::findings).sum();
        assertEquals(ofRule - 1, left);

        Aggregate.Row asWritten = Aggregate.of(List.of(AggregateMonitoringTest.input("putuo", dir.resolveSibling("unchanged")))).rows().get(0);
        Files.writeString(file, text.replaceFirst("\"fingerprint\" : \"", "\"suppressed\" : \"经财政局同意\",\n      \"fingerprint\" : \""),
                StandardCharsets.UTF_8);
        r = Aggregate.of(List.of(AggregateMonitoringTest.input("putuo", dir)));
        left = r.common().stream().filter(c -> c.rule().equals(rule)).mapToInt(Aggregate.Common::findings).sum();
        assertEquals(ofRule - 1, left, "a suppressed finding is not a shared defect");
        // nor is it counted in the department's row, as its own page leaves it out of the verdict
        Aggregate.Row row = r.rows().get(0);
        assertEquals(asWritten.errors() + asWritten.warnings() + asWritten.infos() - 1, row.errors() + row.warnings() + row.infos());
    }
}
