package io.github.jixiao.engine;

import static io.github.jixiao.testing.Links.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.AtomicFiles;
import io.github.jixiao.report.ConsoleReport;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportMeta;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.review.Baseline;
import io.github.jixiao.review.Review;
import io.github.jixiao.review.Suppressions;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 1: a pull request controls every file of the project, links included. Nothing outside the project
 * is read (its content appears in no output) and nothing outside is written (the outside file stays as it was).
 */
class HostileProjectTest {
    /** What a CI secret outside the project looks like: its first token must appear nowhere. */
    static final String SECRET = "ghp_SECRETTOKEN1234567890";

    @TempDir
    Path project;
    @TempDir
    Path outside;
    Path secretFile;
    Path sub;

    @BeforeEach
    void setUp() throws IOException {
        sub = Samples.copyTo(project);
        secretFile = outside.resolve("secret.json");
        // valid JSON whose first token is the secret: a loader that reads it would echo it in a finding
        Files.writeString(secretFile, "{\"" + SECRET + "\": [" + SECRET + "]}\n", StandardCharsets.UTF_8);
    }

    /** Every output of a check: findings.json, SARIF, the summaries, and the console (both languages). */
    String allOutputs(EngineResult r, Review review) throws IOException {
        EngineResult reviewed = new EngineResult(review.findings(), r.sheet(), r.department(), r.year(), r.stage(), r.kind(), r.files());
        StringBuilder sb = new StringBuilder();
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            Path out = project.resolve("target/jixiao-" + l.getLanguage());
            for (Path p : ReportWriter.write(out, reviewed, review.suppressed(), m, ReportMeta.of("2026-01-01T00:00:00Z"))) {
                if (p.getFileName().toString().endsWith(".xlsx")) {
                    // the workbook's text is in its XML parts
                    try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(Files.newInputStream(p))) {
                        while (z.getNextEntry() != null) {
                            sb.append(new String(z.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                } else {
                    sb.append(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            for (ConsoleReport.Line line : ConsoleReport.render(review.findings(), r.sheet(), m, r.files().size(),
                    review.suppressed(), review.baselined())) {
                sb.append(line.text()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void aSuppressionsFileLinkedOutOfTheProjectIsNotRead() throws IOException {
        Path link = project.resolve("jixiao-suppressions.json");
        assumeTrue(link(link, secretFile));
        EngineResult r = new Engine().run(EngineOptions.of(project, sub));
        Suppressions sup = Suppressions.load(project, link);
        Review review = Review.of(r.findings(), sup, Baseline.load(project, project.resolve("jixiao-baseline.json")));
        Finding f = review.findings().stream().filter(x -> x.key().equals("outside")).findFirst().orElseThrow();
        assertEquals("file-unreadable", f.ruleId());
        assertEquals("jixiao-suppressions.json", f.file(), "the finding names the link");
        assertEquals(List.of("jixiao-suppressions.json"), f.args());
        String out = allOutputs(r, review);
        assertFalse(out.contains(SECRET), "the target's content is in an output");
        assertFalse(out.contains(outside.toString()), "where the link points is in an output");
    }

    @Test
    void aBaselineLinkedOutOfTheProjectIsNotRead() throws IOException {
        Path link = project.resolve("jixiao-baseline.json");
        assumeTrue(link(link, secretFile));
        Baseline base = Baseline.load(project, link);
        assertTrue(base.isEmpty());
        assertEquals(List.of("outside"), base.problems().stream().map(Finding::key).toList());
        assertEquals("jixiao-baseline.json", base.problems().get(0).file());
        EngineResult r = new Engine().run(EngineOptions.of(project, sub));
        assertFalse(allOutputs(r, Review.of(r.findings(), Suppressions.none(), base)).contains(SECRET));
    }

    @Test
    void aBaselineConfiguredBesideTheProjectIsReadOnlyWhenNoLinkLiesOnItsWay() throws IOException {
        // a baseline shared by the modules of a repository: named by the build, one folder up, a plain file
        Path module = project.resolve("module");
        Files.createDirectories(module);
        Files.writeString(project.resolve("shared-baseline.json"), Baseline.render(List.of()), StandardCharsets.UTF_8);
        Baseline plain = Baseline.load(module, module.resolve("../shared-baseline.json"));
        assertEquals(List.of(), plain.problems());
        // the same place, but a link the pull request planted there
        assumeTrue(link(project.resolve("linked-baseline.json"), secretFile));
        Baseline linked = Baseline.load(module, module.resolve("../linked-baseline.json"));
        assertEquals(List.of("outside"), linked.problems().stream().map(Finding::key).toList());
        assertFalse(linked.problems().toString().contains(SECRET));
    }

    @Test
    void aSubmissionFileLinkedOutOfTheProjectIsAFindingNamingTheLink() throws IOException {
        assumeTrue(link(sub.resolve("extra.json"), secretFile));
        EngineResult r = new Engine().run(EngineOptions.of(project, sub));
        Finding f = r.findings().stream().filter(x -> x.key().equals("outside")).findFirst().orElseThrow();
        assertEquals("submission/extra.json", f.file());
        assertEquals("96.15", r.sheet().total().toPlainString(), "the rest is checked as before");
        assertFalse(allOutputs(r, Review.of(r.findings(), Suppressions.none(), Baseline.none())).contains(SECRET));
    }

    @Test
    void aSubmissionFileLinkedInsideTheProjectIsRead() throws IOException {
        Path moved = project.resolve("data/budget.json");
        Files.createDirectories(moved.getParent());
        Files.move(sub.resolve("budget.json"), moved);
        assumeTrue(link(sub.resolve("budget.json"), moved));
        EngineResult r = new Engine().run(EngineOptions.of(project, sub));
        assertTrue(r.findings().stream().noneMatch(x -> x.key().equals("outside")), r.findings().toString());
        assertEquals("96.15", r.sheet().total().toPlainString());
    }

    @Test
    void aSubmissionFolderLinkedOutOfTheProjectIsNotRead() throws IOException {
        Path away = outside.resolve("submission");
        Files.createDirectories(away);
        Files.copy(secretFile, away.resolve("department.json"));
        Path linked = project.resolve("linked");
        assumeTrue(link(linked, away));
        EngineResult r = new Engine().run(EngineOptions.of(project, linked));
        assertEquals(List.of("file-unreadable"), r.findings().stream().map(Finding::ruleId).toList());
        assertEquals("linked", r.findings().get(0).file());
        // said as the folder's (review V4: it read "…is a link… Commit the file itself", and SARIF gave a folder a line)
        assertEquals("outside-folder", r.findings().get(0).key());
        assertTrue(r.files().isEmpty());
    }

    @Test
    void evidenceLinkedOutOfTheProjectIsRefused() throws IOException {
        assumeTrue(link(project.resolve("evidence.pdf"), secretFile));
        Path dept = sub.resolve("department.json");
        String text = Files.readString(dept, StandardCharsets.UTF_8);
        Files.writeString(dept, text.replaceFirst("\\{", "{\"evidence\": [{\"title\": \"x\", \"path\": \"evidence.pdf\"}],"),
                StandardCharsets.UTF_8);
        EngineResult r = new Engine().run(EngineOptions.of(project, sub));
        assertTrue(r.findings().stream().anyMatch(x -> x.key().equals("path-outside") && x.pointer().equals("/evidence/0/path")),
                r.findings().toString());
    }

    @Test
    void reportsNeverWriteThroughPlantedLinks() throws IOException {
        Path victim = outside.resolve("victim.txt");
        Files.writeString(victim, "unchanged", StandardCharsets.UTF_8);
        Path out = project.resolve("target/jixiao");
        Files.createDirectories(out);
        // the target itself, and every temporary name the old scheme could have chosen, link to the victim
        assumeTrue(link(out.resolve(ReportWriter.FINDINGS_JSON), victim));
        long pid = ProcessHandle.current().pid();
        for (long tid = 0; tid < 200; tid++) {
            link(out.resolve("." + ReportWriter.FINDINGS_JSON + "." + pid + "." + tid + ".tmp"), victim);
        }
        AtomicFiles.write(out.resolve(ReportWriter.FINDINGS_JSON), "{\"report\": true}");
        assertEquals("unchanged", Files.readString(victim, StandardCharsets.UTF_8));
        assertFalse(Files.isSymbolicLink(out.resolve(ReportWriter.FINDINGS_JSON)), "the link was replaced, not followed");
        assertTrue(Files.isRegularFile(out.resolve(ReportWriter.FINDINGS_JSON), LinkOption.NOFOLLOW_LINKS));
        assertEquals("{\"report\": true}", Files.readString(out.resolve(ReportWriter.FINDINGS_JSON), StandardCharsets.UTF_8));
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp") && !Files.isSymbolicLink(p)),
                    "no temporary file left behind");
        }
    }

    @Test
    void anInvalidGlobIsAConfigurationErrorNamingIt() {
        assertNotNull(EngineOptions.globProblem("submission/[abc.json"));
        assertNotNull(EngineOptions.globProblem("{a,b"));
        assertEquals(null, EngineOptions.globProblem("**/*.json"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EngineOptions(project, sub, List.of("[abc"), null, null));
        assertTrue(e.getMessage().contains("[abc"), e.getMessage());
    }
}
