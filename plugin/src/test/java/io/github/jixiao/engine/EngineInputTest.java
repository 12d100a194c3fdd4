package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input problems at the level of the submission folder: every one a finding, and the run goes on. */
class EngineInputTest {
    @TempDir
    Path tmp;

    private Path sample() throws IOException {
        return io.github.jixiao.testing.Samples.copyTo(tmp);
    }

    private List<Finding> run(Path sub) {
        return new Engine().run(EngineOptions.of(tmp, sub)).findings();
    }

    private static List<Finding> of(List<Finding> fs, String rule, String key) {
        return fs.stream().filter(f -> f.ruleId().equals(rule) && f.key().equals(key)).toList();
    }

    @Test
    void missingSubmissionFolderIsAFinding() {
        List<Finding> f = run(tmp.resolve("nowhere"));
        assertEquals(1, of(f, "submission-structure", "no-directory").size(), f.toString());
    }

    @Test
    void emptySubmissionFolderIsAFinding() throws Exception {
        Files.createDirectories(tmp.resolve("submission"));
        assertEquals(1, of(run(tmp.resolve("submission")), "submission-structure", "empty-directory").size());
    }

    @Test
    void missingRequiredFileIsNamed() throws Exception {
        Path sub = sample();
        Files.delete(sub.resolve("indicators.json"));
        List<Finding> f = of(run(sub), "submission-structure", "missing-file");
        assertEquals(1, f.size());
        assertEquals("indicators", f.get(0).args().get(1));
    }

    @Test
    void unexpectedFilesAreNamedNotIgnored() throws Exception {
        Path sub = sample();
        Files.writeString(sub.resolve("说明.docx"), "not json");
        Files.writeString(sub.resolve("extra.json"), "{\"$schema\": \"https://example.org/x.json\"}");
        Files.copy(sub.resolve("budget.json"), sub.resolve("budget-copy.json"));
        List<Finding> f = run(sub);
        assertEquals(1, of(f, "submission-structure", "unexpected-file").size());
        assertEquals("submission/说明.docx", of(f, "submission-structure", "unexpected-file").get(0).file());
        assertEquals(1, of(f, "schema-unknown", "remote").size());
        assertEquals(1, of(f, "submission-structure", "duplicate-role").size());
    }

    @Test
    void filesTheIncludesLeaveOutAreNotUnexpected() throws Exception {
        Path sub = sample();
        Files.writeString(sub.resolve("说明.docx"), "not json");
        List<Finding> f = new Engine().run(new EngineOptions(tmp, sub, List.of("budget.json", "tasks.json"), null, null)).findings();
        // the other JSON files were left out on purpose; a file that is no JSON at all is still named
        assertEquals(List.of("submission/说明.docx"), of(f, "submission-structure", "unexpected-file").stream().map(Finding::file).toList());
        assertTrue(f.stream().noneMatch(x -> x.file().equals("submission/indicators.json")), f.toString());
        List<Finding> g = new Engine().run(new EngineOptions(tmp, sub, null, List.of("management.json", "*.docx"), null)).findings();
        assertEquals(List.of(), of(g, "submission-structure", "unexpected-file"));
    }

    @Test
    void tooPreciseNumbersAreFindings() throws Exception {
        Path sub = sample();
        Path b = sub.resolve("budget.json");
        Files.writeString(b, Files.readString(b).replace("\"cumulativePercent\": 24.48", "\"cumulativePercent\": 24.4812345678"));
        List<Finding> f = of(run(sub), "json-number", "precision");
        assertEquals(1, f.size());
        assertTrue(f.get(0).line() > 0);
        assertEquals("/quarterlyExecution/0/cumulativePercent", f.get(0).pointer());
    }

    @Test
    void brokenFilesDoNotStopTheOthers() throws Exception {
        Path sub = sample();
        Files.writeString(sub.resolve("tasks.json"), "{\"tasks\": [");
        Files.writeString(sub.resolve("adjustments.json"), "{\"a\": 1, \"a\": 2}");
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        assertEquals(1, of(r.findings(), "json-syntax", "truncated").size());
        assertEquals(1, r.findings().stream().filter(x -> x.ruleId().equals("json-duplicate-key")).count());
        // the rest was still validated, linted and scored
        assertNotNull(r.sheet());
        assertTrue(r.findings().stream().anyMatch(x -> x.ruleId().equals("indicator-target-missed")));
        // no "missing file" claim for a file that is there but broken
        assertEquals(0, of(r.findings(), "submission-structure", "missing-file").size());
    }

    @Test
    void inputsAreNeverWritten() throws Exception {
        Path sub = sample();
        Map<Path, byte[]> before = new HashMap<>();
        Map<Path, Long> times = new HashMap<>();
        try (Stream<Path> s = Files.list(sub)) {
            for (Path p : s.toList()) {
                before.put(p, Files.readAllBytes(p));
                times.put(p, Files.getLastModifiedTime(p).toMillis());
            }
        }
        run(sub);
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(e.getKey()));
            assertEquals(times.get(e.getKey()), Files.getLastModifiedTime(e.getKey()).toMillis());
        }
    }

    @Test
    void twoRunsGiveTheSameFindings() throws Exception {
        Path sub = sample();
        List<Finding> first = run(sub);
        List<Finding> second = run(sub);
        assertEquals(first, second, "two runs on the same input, the same findings in the same order");
        assertEquals(new String(Files.readAllBytes(sub.resolve("budget.json")), StandardCharsets.UTF_8),
                Files.readString(sub.resolve("budget.json")));
    }

    @Test
    void absurdExponentsAreFindingsNotCrashes() throws Exception {
        for (String v : List.of("1e999999999", "1e-999999999", "1e100000")) {
            Path sub = sample();
            Path t = sub.resolve("tasks.json");
            String text = Files.readString(t);
            Files.writeString(t, text.replaceFirst("\"value\": [0-9.]+", "\"value\": " + v));
            EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
            List<Finding> numbers = r.findings().stream().filter(f -> f.ruleId().equals("json-number")).toList();
            assertEquals(1, numbers.size(), v + ": " + numbers);
            assertEquals("submission/tasks.json", numbers.get(0).file());
            assertTrue(numbers.get(0).line() > 0);
            assertEquals(0, r.findings().stream().filter(f -> f.ruleId().equals("internal-error")).count(), v);
            // no message echoes the number in full
            assertTrue(r.findings().stream().flatMap(f -> f.args().stream()).allMatch(a -> a.length() < 400), v);
            assertNotNull(r.sheet(), v);
            deleteTree(tmp.resolve("submission"));
        }
    }

    /**
     * networknt throws (Jackson's asLong() refuses 1E+400) where an integer field has a minimum; the number is
     * reported, the file's format check says it did not finish, and the run goes on.
     */
    @Test
    void aHugeWholeNumberInAnIntegerFieldIsAFindingNotACrash() throws Exception {
        for (String v : List.of("1E+400", "1e30", "-1E+400")) {
            Path sub = sample();
            Path d = sub.resolve("department.json");
            Files.writeString(d, Files.readString(d).replaceFirst("\"year\": *[0-9]+", "\"year\": " + v));
            EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
            List<Finding> numbers = r.findings().stream().filter(f -> f.ruleId().equals("json-number")).toList();
            assertEquals(1, numbers.size(), v + ": " + r.findings());
            assertEquals("submission/department.json", numbers.get(0).file());
            assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("schema")
                    && f.file().equals("submission/department.json")), v + ": " + r.findings());
            assertEquals(0, r.findings().stream().filter(f -> f.ruleId().equals("internal-error")).count(), v);
            deleteTree(tmp.resolve("submission"));
        }
    }

    /** A figure written as text ("3,200") is one finding, the schema's, not also the scorer's "missing" (a user review). */
    @Test
    void aFigureTheSchemaRefusesIsNotAlsoMissing() throws Exception {
        Path sub = sample();
        Path b = sub.resolve("budget.json");
        String text = Files.readString(b);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\"initialBudget\": \\{\\s*\"value\": )([0-9.]+)").matcher(text);
        assertTrue(m.find(), text);
        Files.writeString(b, m.replaceFirst("$1\"3,200\""));
        List<Finding> f = run(sub);
        assertEquals(List.of("/initialBudget/value"), f.stream().filter(x -> x.ruleId().equals("schema")).map(Finding::pointer).toList());
        assertTrue(f.stream().noneMatch(x -> x.ruleId().equals("score-input-missing") && x.args().size() > 2
                && x.args().get(2).equals("budget#/initialBudget")), f.toString());
        // a figure truly missing is still said
        Files.writeString(b, text.replaceFirst("\"initialBudget\"", "\"initialBudgetX\""));
        List<Finding> g = run(sub);
        assertTrue(g.stream().anyMatch(x -> x.ruleId().equals("score-input-missing") && x.args().size() > 2
                && x.args().get(2).equals("budget#/initialBudget")), g.toString());
    }

    /** A management.json that is there but broken is its own finding, not "create management.json" for every figure. */
    @Test
    void aBrokenFileIsNotCalledMissing() throws Exception {
        Path sub = sample();
        Path m = sub.resolve("management.json");
        Files.writeString(m, Files.readString(m).replaceFirst(",", ""));
        List<Finding> f = run(sub);
        assertTrue(f.stream().anyMatch(x -> x.ruleId().equals("json-syntax") && x.file().endsWith("management.json")), f.toString());
        assertTrue(f.stream().noneMatch(x -> (x.key().equals("no-file") || x.key().equals("file-missing"))), f.toString());
        Files.delete(m);
        // said once for the criteria that wait for it (session 43, E7: it was once for each figure, no-file)
        assertTrue(run(sub).stream().anyMatch(x -> x.key().startsWith("file-missing") && x.args().get(0).equals("management.json")),
                "a file that is not there: create it");
        // likewise the department's own scores of a self-assessment.json that is there but broken
        Path sa = sub.resolve("self-assessment.json");
        Files.writeString(sa, Files.readString(sa).replaceFirst(",", ""));
        List<Finding> g = run(sub);
        assertTrue(g.stream().anyMatch(x -> x.ruleId().equals("json-syntax") && x.file().endsWith("self-assessment.json")), g.toString());
        assertTrue(g.stream().noneMatch(x -> x.key().startsWith("assessed") || x.key().equals("file-missing") && x.args().get(0).equals("self-assessment.json")), g.toString());
    }

    @Test
    void columnsCountCharactersNotBytes() throws Exception {
        Path sub = sample();
        Path d = sub.resolve("department.json");
        String text = Files.readString(d);
        // an unknown field after Chinese text on the same line: its column is counted in characters
        Files.writeString(d, text.replaceFirst("\"preparer\": \"李淑勤\",", "\"preparer\": \"李淑勤\", \"preparer2\": 1,"));
        Finding f = run(sub).stream().filter(x -> x.key().startsWith("additionalProperties")).findFirst().orElseThrow();
        String line = Files.readAllLines(d).get(f.line() - 1);
        assertEquals(line.indexOf("1,") + 1, f.column(), line);
    }

    private static void deleteTree(Path p) throws Exception {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }

    @Test
    void findingsOnAFigureAreLinkedToTheCriterionComputedFromIt() throws Exception {
        Path sub = sample();
        Path b = sub.resolve("budget.json");
        Files.writeString(b, Files.readString(b).replace("444.12", "454.12"));
        Finding sum = run(sub).stream().filter(f -> f.ruleId().equals("sum-mismatch")).findFirst().orElseThrow();
        assertEquals("procurement", sum.criterion(), sum.toString());
    }

    /**
     * Files are read a batch at a time and a duplicate's tree is let go with its batch (benchmark/many-files.sh: 4,000
     * files of 15 KB in a 256 MB heap). Three batches' worth of copies of budget.json after the sample's files: each
     * is one duplicate-role error naming the first budget file, at its own $schema; the first file of each role is the
     * one read, so every other finding and the score are the sample's own. A broken indicators.json, read in the first
     * batch, is still what keeps "missing-file" away, with the copies read batches later.
     */
    @Test
    void duplicatesAcrossBatchesAreEachAnErrorAndTheFirstFileIsRead() throws Exception {
        Path sub = sample();
        EngineResult plain = new Engine().run(EngineOptions.of(tmp, sub));
        int copies = 3 * Engine.BATCH;
        for (int i = 0; i < copies; i++) {
            Files.copy(sub.resolve("budget.json"), sub.resolve(String.format("zz-copy-%04d.json", i)));
        }
        EngineResult many = new Engine().run(EngineOptions.of(tmp, sub));
        List<Finding> dup = of(many.findings(), "submission-structure", "duplicate-role");
        assertEquals(copies, dup.size(), dup.toString());
        for (int i = 0; i < copies; i++) {
            Finding d = dup.get(i);
            assertEquals(String.format("submission/zz-copy-%04d.json", i), d.file());
            assertEquals("submission/budget.json", d.args().get(1));
            assertEquals("/$schema", d.pointer());
            assertTrue(d.line() > 0, d.toString());
        }
        List<Finding> rest = many.findings().stream().filter(f -> !"duplicate-role".equals(f.key())).toList();
        assertEquals(plain.findings(), rest);
        assertEquals(plain.sheet().total(), many.sheet().total());
        assertEquals(plain.files().size() + copies, many.files().size());

        Files.writeString(sub.resolve("indicators.json"), "{ \"indicators\": [");
        List<Finding> broken = run(sub);
        assertEquals(List.of("submission/indicators.json"),
                broken.stream().filter(f -> f.ruleId().equals("json-syntax")).map(Finding::file).toList());
        assertEquals(List.of(), of(broken, "submission-structure", "missing-file"));
        assertEquals(copies, of(broken, "submission-structure", "duplicate-role").size());
    }

    /**
     * Review R (session 24): a pull request added 0-budget.json, a copy of budget.json with other figures (procurement
     * actual 650): it sorted first, so it was the file read and the score rose (96.15 → 96.93), the error standing on
     * budget.json. The file of the role's own name is read wherever it sorts; the error stands on the other.
     */
    @Test
    void theFileOfTheRolesOwnNameIsReadNotADuplicateSortedBeforeIt() throws Exception {
        Path sub = sample();
        EngineResult plain = new Engine().run(EngineOptions.of(tmp, sub));
        String budget = Files.readString(sub.resolve("budget.json"));
        Files.writeString(sub.resolve("0-budget.json"), budget.replace("448.01", "650"));
        org.junit.jupiter.api.Assertions.assertNotEquals(budget, Files.readString(sub.resolve("0-budget.json")), "the copy's figures differ");
        EngineResult both = new Engine().run(EngineOptions.of(tmp, sub));
        List<Finding> dup = of(both.findings(), "submission-structure", "duplicate-role");
        assertEquals(1, dup.size(), dup.toString());
        assertEquals("submission/0-budget.json", dup.get(0).file());
        assertEquals("submission/budget.json", dup.get(0).args().get(1));
        assertTrue(dup.get(0).line() > 0);
        assertEquals(plain.sheet().total(), both.sheet().total());
        assertEquals("96.15", both.sheet().total().toPlainString());
        // two files of other names: the first read, as before
        Files.move(sub.resolve("budget.json"), sub.resolve("z-budget.json"));
        EngineResult neither = new Engine().run(EngineOptions.of(tmp, sub));
        List<Finding> d2 = of(neither.findings(), "submission-structure", "duplicate-role");
        assertEquals(List.of("submission/z-budget.json"), d2.stream().map(Finding::file).toList());
    }
}
