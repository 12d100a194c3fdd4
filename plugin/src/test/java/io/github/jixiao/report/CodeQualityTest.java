package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code gl-code-quality-report.json} as GitLab's merge-request widget reads it: every unsuppressed finding once, each
 * with the five fields GitLab requires, a fingerprint no other issue of the report has, GitLab's severity names, and
 * the file as the repository names it.
 */
class CodeQualityTest {
    @TempDir
    Path tmp;

    @Test
    void theSampleFindingsAsGitLabReadsThem() throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        assertTrue(r.findings().size() >= 3, "the sample has findings");
        Finding suppressedOne = r.findings().get(0);
        Map<Finding, String> suppressed = Map.of(suppressedOne, "经财政局同意");
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            Path out = tmp.resolve("out-" + l);
            ReportWriter.write(out, r, suppressed, m, ReportMeta.of("2026-01-01T00:00:00Z"), Snippets.none(), Cells.none(),
                    ReportFormats.parse("default,codequality"), "districts/nanshan/");
            JsonNode issues = TreeReaderOf.read(out.resolve(CodeQuality.FILE));
            assertTrue(issues.isArray());
            List<Finding> expected = r.findings().stream().filter(f -> f != suppressedOne).toList();
            assertEquals(expected.size(), issues.size(), "every finding but the suppressed one");
            Set<String> fingerprints = new HashSet<>();
            Messages withNames = m.forResult(r);
            for (int i = 0; i < expected.size(); i++) {
                Finding f = expected.get(i);
                JsonNode issue = issues.get(i);
                assertEquals(List.of("description", "check_name", "fingerprint", "severity", "location"), names(issue));
                assertEquals(Escape.md(withNames.message(f)), issue.get("description").asString());
                assertEquals(f.ruleId(), issue.get("check_name").asString());
                assertTrue(fingerprints.add(issue.get("fingerprint").asString()), "unique: " + issue);
                assertEquals(switch (f.severity()) {
                    case ERROR -> "major";
                    case WARNING -> "minor";
                    case INFO -> "info";
                }, issue.get("severity").asString());
                assertEquals("districts/nanshan/" + f.file(), issue.at("/location/path").asString());
                assertEquals(Math.max(1, f.line()), issue.at("/location/lines/begin").asInt());
            }
        }
    }

    @Test
    void notWrittenUnlessAskedForAndAnEarlierOneIsRemoved() throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(CodeQuality.FILE), "[]"); // an earlier run's, or one a pull request planted
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ReportMeta.of(""));
        assertFalse(Files.exists(out.resolve(CodeQuality.FILE)));
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ReportMeta.of(""), Snippets.none(), Cells.none(),
                ReportFormats.parse("codequality"));
        assertTrue(Files.exists(out.resolve(CodeQuality.FILE)));
        assertFalse(Files.exists(out.resolve(ReportWriter.FINDINGS_SARIF)));
    }

    /** Two findings alike but for their line (the same figure wrong in two places): GitLab would show only one. */
    @Test
    void aFingerprintTwiceGetsItsOccurrenceAfterIt() {
        Finding a = new Finding("sum-mismatch", Severity.ERROR, "", List.of("合计", "100"), "submission/budget.json", "/a", 3, 5, null);
        Finding b = new Finding("sum-mismatch", Severity.ERROR, "", List.of("合计", "100"), "submission/budget.json", "/b", 9, 5, null);
        Finding c = new Finding("sum-mismatch", Severity.WARNING, "", List.of("小计", "7"), "", "", 0, 0, null);
        Messages m = new Messages(Messages.ZH);
        List<Object> tree = CodeQuality.tree(List.of(a, b, c), Map.of(), m, Cells.none(), "");
        String fp = m.fingerprint(a);
        assertEquals(fp, field(tree.get(0), "fingerprint"));
        assertEquals(fp + ":2", field(tree.get(1), "fingerprint"));
        assertEquals(m.fingerprint(c), field(tree.get(2), "fingerprint"));
        // a finding on no file (the run as a whole) points at the project, line 1
        @SuppressWarnings("unchecked")
        Map<String, Object> loc = (Map<String, Object>) ((Map<String, Object>) tree.get(2)).get("location");
        assertEquals(".", loc.get("path"));
        assertEquals(Map.of("begin", 1), loc.get("lines"));
        @SuppressWarnings("unchecked")
        Map<String, Object> inModule = (Map<String, Object>) ((Map<String, Object>) CodeQuality.tree(List.of(c), Map.of(), m,
                Cells.none(), "dept-a/").get(0)).get("location");
        assertEquals("dept-a", inModule.get("path"));
    }

    /**
     * A district's reactor: each department's module writes its own report and GitLab merges them, keeping one issue per
     * fingerprint. The same finding in two departments (the same placeholder left in each one's indicators.json) must
     * stay two issues; at the repository's root the fingerprint is the one findings.json and SARIF give.
     */
    @Test
    void alikeFindingsOfTwoModulesKeepApartInTheMergedReport() {
        Finding f = new Finding("placeholder-left", Severity.WARNING, "", List.of("产出指标"), "submission/indicators.json",
                "/indicators/0/target", 12, 7, null);
        Finding whole = new Finding("submission-structure", Severity.ERROR, "", List.of("x"), "", "", 0, 0, null);
        Messages m = new Messages(Messages.ZH);
        Set<String> merged = new HashSet<>();
        for (String module : List.of("dept-a/", "dept-b/", "区/教育局/")) {
            for (Object issue : CodeQuality.tree(List.of(f, whole), Map.of(), m, Cells.none(), module)) {
                String fp = (String) field(issue, "fingerprint");
                assertTrue(fp.matches("[0-9a-f]{32}"), fp);
                assertTrue(merged.add(fp), module + " repeats another module's fingerprint " + fp);
            }
        }
        // stable from run to run (GitLab tells new from resolved by it), and the root's is findings.json's
        assertEquals(field(CodeQuality.tree(List.of(f), Map.of(), m, Cells.none(), "dept-a/").get(0), "fingerprint"),
                field(CodeQuality.tree(List.of(f), Map.of(), new Messages(Locale.ENGLISH), Cells.none(), "dept-a/").get(0), "fingerprint"));
        assertEquals(m.fingerprint(f), field(CodeQuality.tree(List.of(f), Map.of(), m, Cells.none(), "").get(0), "fingerprint"));
    }

    /** A finding on imported data names the workbook cell its value came from, as the console does. */
    @Test
    void aFindingOnImportedDataNamesItsCell() throws Exception {
        Path project = tmp.resolve("p");
        Path sub = project.resolve("submission");
        Files.createDirectories(sub);
        Files.writeString(sub.resolve(Cells.SIDECAR), "{\"workbook\":\"forms/自评表.xlsx\",\"cells\":{"
                + "\"submission/indicators.json#/indicators/0\":\"自评表!F12\"}}");
        Cells cells = Cells.of(io.github.jixiao.engine.Imported.read(project, sub));
        Finding f = new Finding("indicator-target-missed", Severity.WARNING, "", List.of("x"), "submission/indicators.json",
                "/indicators/0/actual", 7, 3, null);
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            String d = (String) field(CodeQuality.tree(List.of(f), Map.of(), m, cells, "").get(0), "description");
            assertEquals(Escape.md(m.message(f) + " " + m.label("report.cell", "自评表!F12")), d, "as Markdown (\\!)");
        }
    }

    @Test
    void theProjectsFolderInTheRepository() {
        Path root = tmp.resolve("repo");
        assertEquals("", CodeQuality.prefix(root, root));
        assertEquals("dept-a/", CodeQuality.prefix(root, root.resolve("dept-a")));
        assertEquals("区/教育局/", CodeQuality.prefix(root, root.resolve("区").resolve("教育局")));
        assertEquals("", CodeQuality.prefix(root.resolve("dept-a"), root.resolve("dept-b")), "not below the root");
        assertEquals("", CodeQuality.prefix(null, root));
        assertEquals("dept-a/", CodeQuality.prefix(root.resolve("x").resolve(".."), root.resolve("dept-a")));
    }

    /**
     * A root reached through a link (macOS's /tmp is /private/tmp; a runner's builds folder may be a link) while Maven
     * gives the project's folder as it is on disk: the project is still below the root, and keeps its folder.
     */
    @Test
    void aRootReachedThroughALinkIsTheFolderItLeadsTo() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo").resolve("dept-a")).getParent();
        Path link;
        try {
            link = Files.createSymbolicLink(tmp.resolve("checkout"), repo);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
            return;
        }
        assertEquals("dept-a/", CodeQuality.prefix(link, repo.resolve("dept-a").toRealPath()));
        assertEquals("dept-a/", CodeQuality.prefix(repo.toRealPath(), link.resolve("dept-a")));
        assertTrue(CodeQuality.contains(link, repo.resolve("dept-a")));
    }

    /**
     * Which folder the files are named from: the one named; else GitLab's checkout when the project is in it, whichever
     * folder the build was started in (a department built on its own, {@code cd dept-a && ./mvnw verify}, has its own
     * .mvn/ there, which Maven would take for the root); else Maven's root, which may be unknown.
     */
    @Test
    void theRepositoryRootNamedThenGitLabsCheckoutThenMavens() throws Exception {
        Path repo = tmp.resolve("builds").resolve("district");
        Path dept = Files.createDirectories(repo.resolve("dept-a").resolve(".mvn")).getParent();
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        assertEquals(elsewhere, CodeQuality.root(elsewhere, repo.toString(), dept, dept), "named wins");
        assertEquals(repo, CodeQuality.root(null, repo.toString(), dept, dept));
        assertEquals("dept-a/", CodeQuality.prefix(CodeQuality.root(null, repo + "/", dept, dept), dept));
        assertEquals(dept, CodeQuality.root(null, elsewhere.toString(), dept, dept), "a checkout the project is not in");
        assertEquals(dept, CodeQuality.root(null, " ", dept, dept));
        assertEquals(null, CodeQuality.root(null, null, null, dept), "maven.multiModuleProjectDirectory unset");
        assertEquals("", CodeQuality.prefix(CodeQuality.root(null, null, null, dept), dept));
        assertFalse(CodeQuality.contains(elsewhere, dept));
        assertTrue(CodeQuality.contains(repo, dept) && CodeQuality.contains(dept, dept));
    }

    private static Object field(Object issue, String name) {
        return ((Map<?, ?>) issue).get(name);
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.propertyNames().forEach(out::add);
        return out;
    }

    /** The report read back as GitLab would: plain JSON. */
    private static final class TreeReaderOf {
        static JsonNode read(Path p) throws java.io.IOException {
            return Json.mapper().readTree(Files.readAllBytes(p));
        }
    }

    /**
     * Session 35 (hostile round 4, item 2): GitLab renders the description as Markdown in the merge request's widget,
     * and it was only cleaned: an indicator named with a link to javascript:, an image, a pipe and backticks put a live
     * link, an image, a table cell and a code span there. Escaped now as in every Markdown output.
     */
    @Test
    void aHostileNameMakesNoMarkupInTheDescription() throws Exception {
        String hostile = "`x`|[看](javascript:a)<img>![](h)";
        Path sub = Samples.copyTo(tmp);
        Path ind = sub.resolve("indicators.json");
        Files.writeString(ind, Files.readString(ind).replace("招引人才数量", hostile), java.nio.charset.StandardCharsets.UTF_8);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        Path out = tmp.resolve("out");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ReportMeta.of(""), Snippets.none(), Cells.none(),
                ReportFormats.parse("codequality"), "");
        JsonNode issues = TreeReaderOf.read(out.resolve(CodeQuality.FILE));
        int named = 0;
        for (JsonNode issue : issues) {
            String d = issue.get("description").asString();
            if (!d.contains("看")) {
                continue;
            }
            named++;
            assertTrue(d.contains("\\`x\\`\\|\\[看\\](javascript:a)\\<img\\>\\!\\[\\](h)"), d);
            HostileTextProperties.safeMarkdown(d);
            assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)[\\[\\]<>|`]").matcher(d).find(), "an unescaped markup character: " + d);
        }
        assertTrue(named > 0, "some finding names the indicator: " + issues);
    }
}
