package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleRegistry;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** findings.sarif is valid SARIF 2.1.0 (checked against the OASIS schema), every result complete. */
class SarifSchemaTest {

    static Schema sarifSchema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
        }
    }

    private static Path sampleDir() {
        return Path.of(System.getProperty("jixiao.repoRoot"), "sample-submission");
    }

    private static List<Sarif.Entry> sampleEntries() {
        Path dir = sampleDir();
        EngineResult r = new Engine().run(EngineOptions.of(dir, dir.resolve("submission")));
        List<Sarif.Entry> entries = new ArrayList<>();
        for (Finding f : r.findings()) {
            entries.add(new Sarif.Entry(f, null));
        }
        // one suppressed and one finding on no line, as the reviewer workflow produces them
        entries.add(new Sarif.Entry(new Finding("json-syntax", io.github.jixiao.finding.Severity.ERROR, "", List.of("x"),
                "submission/a.json", "", 3, 4, null), "经财政局同意"));
        entries.add(new Sarif.Entry(new Finding("baseline-stale", io.github.jixiao.finding.Severity.INFO, "",
                List.of("a", "b", "/"), "", "", 0, 0, null), null));
        return entries;
    }

    @Test
    void relatedLocationsOfImportedCellsAreValidSarif(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        io.github.jixiao.workbook.FormWorkbooks.save(
                io.github.jixiao.workbook.FormWorkbooks.tangxi(io.github.jixiao.workbook.FormWorkbooks.Quirks.NONE),
                tmp.resolve("自评表.xlsx"));
        io.github.jixiao.workbook.WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        io.github.jixiao.engine.EngineResult r = new io.github.jixiao.engine.Engine().run(
                io.github.jixiao.engine.EngineOptions.of(tmp, tmp.resolve("submission")));
        Path out = tmp.resolve("target/jixiao");
        ReportWriter.write(out, r, java.util.Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META, Snippets.of(tmp),
                Cells.of(io.github.jixiao.engine.Imported.read(tmp, tmp.resolve("submission"))));
        String sarif = java.nio.file.Files.readString(out.resolve(ReportWriter.FINDINGS_SARIF));
        assertTrue(sarif.contains("relatedLocations"));
        assertEquals(List.of(), sarifSchema().validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList());
        // the workbook's location in the order written, in every run (Map.of's order of two was the JVM's salt's)
        java.util.regex.Matcher wb = java.util.regex.Pattern.compile("\"artifactLocation\" : \\{\\s*\"(uri|uriBaseId)\" : \"[^\"]*xlsx")
                .matcher(sarif);
        assertTrue(wb.find(), sarif);
        assertEquals("uri", wb.group(1));
    }

    @Test
    void sarifOfTheSampleIsValidSarif210InBothLanguages() throws Exception {
        Schema schema = sarifSchema();
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            String sarif = Sarif.render(sampleEntries(), new Messages(l), "0.1.0-SNAPSHOT", Snippets.of(sampleDir()));
            List<Error> errors = schema.validate(sarif, InputFormat.JSON);
            assertEquals(List.of(), errors.stream().map(Error::toString).toList());
            JsonNode root = JsonMapper.builder().build().readTree(sarif);
            assertEquals("2.1.0", root.get("version").asString());
            JsonNode run = root.get("runs").get(0);
            // the rules described are exactly those the results refer to, in catalogue order, each result's
            // ruleIndex pointing at its own
            List<String> described = new java.util.ArrayList<>();
            run.at("/tool/driver/rules").forEach(r -> described.add(r.get("id").asString()));
            java.util.Set<String> referred = new java.util.HashSet<>();
            run.get("results").forEach(r -> referred.add(r.get("ruleId").asString()));
            assertEquals(RuleRegistry.descriptors().stream().map(d -> d.id()).filter(referred::contains).toList(), described);
            for (JsonNode res : run.get("results")) {
                assertEquals(res.get("ruleId").asString(), described.get(res.get("ruleIndex").asInt()), res.toString());
                assertTrue(res.has("level"), res.toString());
                assertFalse(res.at("/partialFingerprints/jixiaoFinding~1v1").asString().isEmpty(), res.toString());
                assertTrue(res.at("/properties").has("jsonPointer"), res.toString());
                assertFalse(res.at("/message/text").asString().isEmpty());
            }
        }
    }

    /**
     * What sarif-multitool 5.7 asked for: SARIF1004 (%SRCROOT% in originalUriBaseIds had the relative uri "./"),
     * SARIF2010 (a snippet in each region) and SARIF2011 (a context region).
     */
    @Test
    void resultsCarrySnippetAndContextAndSrcRootHasNoRelativeUri() throws Exception {
        Path dir = sampleDir();
        String sarif = Sarif.render(sampleEntries(), new Messages(Messages.ZH), "0.1.0-SNAPSHOT", Snippets.of(dir));
        JsonNode run = JsonMapper.builder().build().readTree(sarif).at("/runs/0");
        JsonNode root = run.at("/originalUriBaseIds/%SRCROOT%");
        assertFalse(root.has("uri"), root.toString());
        assertFalse(root.at("/description/text").asString().isEmpty());
        int located = 0;
        for (JsonNode res : run.get("results")) {
            JsonNode phys = res.at("/locations/0/physicalLocation");
            String uri = phys.at("/artifactLocation/uri").asString();
            if (!phys.has("region") || !java.nio.file.Files.isRegularFile(dir.resolve(uri)) || res.at("/locations/0").has("message")) {
                continue; // no line, (the planted json-syntax) no such file, or on no file (shown on pom.xml: no snippet of it)
            }
            located++;
            JsonNode region = phys.get("region");
            String snippet = region.at("/snippet/text").asString();
            List<String> lines = java.nio.file.Files.readAllLines(dir.resolve(uri));
            String line = lines.get(region.get("startLine").asInt() - 1);
            int from = line.offsetByCodePoints(0, region.get("startColumn").asInt() - 1);
            assertTrue(line.startsWith(snippet, from), () -> snippet + " is not in " + line);
            JsonNode ctx = phys.get("contextRegion");
            assertTrue(ctx.get("startLine").asInt() <= region.get("startLine").asInt() && ctx.get("endLine").asInt() >= region.get("startLine").asInt());
            assertTrue(ctx.at("/snippet/text").asString().contains(line.trim()), ctx.toString());
        }
        assertTrue(located > 30, "the sample's findings have lines: " + located);
    }

    /**
     * r24 item 8: code scanning wants a region on every result (sarif-sdk GH1003). A finding on a file as a whole (line
     * 0: a file that could not be read) is at its line 1; a stale baseline entry is at its line in jixiao-baseline.json,
     * never at the project's folder ("."); the document stays valid SARIF.
     */
    @Test
    void everyResultWithAFileHasARegion(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        java.nio.file.Files.writeString(tmp.resolve("jixiao-baseline.json"), """
                {"findings": [
                  {"fingerprint": "00000000000000000000000000000000", "rule": "sum-mismatch", "file": "submission/budget.json",
                   "pointer": "/procurement/actual"}
                ]}""");
        io.github.jixiao.review.Review review = io.github.jixiao.review.Review.of(List.of(),
                io.github.jixiao.review.Suppressions.none(), io.github.jixiao.review.Baseline.load(tmp, tmp.resolve("jixiao-baseline.json")));
        Finding stale = review.findings().stream().filter(f -> f.ruleId().equals("baseline-stale")).findFirst().orElseThrow();
        List<Sarif.Entry> entries = new ArrayList<>(sampleEntries());
        entries.add(new Sarif.Entry(new Finding("file-unreadable", io.github.jixiao.finding.Severity.ERROR, "", List.of("x"),
                "submission/passwd.json", "", 0, 0, null), null));
        entries.add(new Sarif.Entry(stale, null));
        String sarif = Sarif.render(entries, new Messages(Messages.ZH), "0.1.0-SNAPSHOT", Snippets.of(sampleDir()));
        assertEquals(List.of(), sarifSchema().validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList());
        JsonNode results = JsonMapper.builder().build().readTree(sarif).at("/runs/0/results");
        int withFile = 0;
        for (JsonNode res : results) {
            JsonNode phys = res.at("/locations/0/physicalLocation");
            withFile++; // a finding about no file at all (sampleEntries' own baseline-stale without a source) too: on pom.xml
            assertTrue(phys.at("/region/startLine").asInt() >= 1, res.toString());
        }
        assertEquals(entries.size(), withFile, "results with a file");
        JsonNode last = results.get(results.size() - 1).at("/locations/0/physicalLocation");
        assertEquals("jixiao-baseline.json", last.at("/artifactLocation/uri").asString());
        assertEquals(2, last.at("/region/startLine").asInt(), "the stale entry's own line");
        JsonNode unreadable = results.get(results.size() - 2).at("/locations/0/physicalLocation");
        assertEquals("submission/passwd.json", unreadable.at("/artifactLocation/uri").asString());
        assertEquals(1, unreadable.at("/region/startLine").asInt());
        // a folder has no lines: no region on a missing file's finding, which names the submission folder (review V)
        String folder = Sarif.render(List.of(new Sarif.Entry(new Finding("submission-structure", io.github.jixiao.finding.Severity.ERROR,
                "missing-file", List.of("https://jixiao.github.io/schemas/v1/budget.schema.json", "budget"), "submission", "", 0, 0, null), null)),
                new Messages(Messages.ZH), "0.1.0-SNAPSHOT", Snippets.none());
        JsonNode phys = JsonMapper.builder().build().readTree(folder).at("/runs/0/results/0/locations/0/physicalLocation");
        assertEquals("submission", phys.at("/artifactLocation/uri").asString());
        assertTrue(phys.path("region").isMissingNode(), phys.toString());
        // a folder the import named after a sheet may hold a dot: the finding says it is a folder, not the path
        String dotted = Sarif.render(List.of(new Sarif.Entry(new Finding("submission-structure", io.github.jixiao.finding.Severity.ERROR,
                "missing-file", List.of("https://jixiao.github.io/schemas/v1/budget.schema.json", "budget"), "submission/1.教育局", "", 0, 0, null), null)),
                new Messages(Messages.ZH), "0.1.0-SNAPSHOT", Snippets.none());
        assertTrue(JsonMapper.builder().build().readTree(dotted).at("/runs/0/results/0/locations/0/physicalLocation/region").isMissingNode());
        // file-unreadable on the submission folder itself (a link out of the project): no line either (review V3)
        for (String key : List.of("outside-folder", "listing")) {
            String linked = Sarif.render(List.of(new Sarif.Entry(new Finding("file-unreadable", io.github.jixiao.finding.Severity.ERROR,
                    key, List.of("submission/1.教育局"), "submission/1.教育局", "", 0, 0, null), null)), new Messages(Messages.ZH), "0.1.0-SNAPSHOT", Snippets.none());
            assertTrue(JsonMapper.builder().build().readTree(linked).at("/runs/0/results/0/locations/0/physicalLocation/region").isMissingNode(), key);
        }
        // a file without an extension (unexpected-file on a README) is a file: its line 1 (review V4)
        String readme = Sarif.render(List.of(new Sarif.Entry(new Finding("submission-structure", io.github.jixiao.finding.Severity.WARNING,
                "unexpected-file", List.of("submission/README"), "submission/README", "", 0, 0, null), null)), new Messages(Messages.ZH), "0.1.0-SNAPSHOT", Snippets.none());
        assertEquals(1, JsonMapper.builder().build().readTree(readme).at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt());
    }

    /**
     * A finding on no file (an internal error: a check that could not finish) had the uri "." — the project's folder,
     * no file code scanning can show, which rejects a whole SARIF file for a result without a file's location. It is
     * on the project's pom.xml (a file the repository has: the sample's, a module's in a reactor) at line 1, said in
     * the location's message, and, as the tool's failure, also a notification of the run naming the rule; the run
     * stays executionSuccessful (code scanning does not process a run marked unsuccessful), and valid SARIF.
     */
    @Test
    void aFindingOnNoFileIsOnThePomAndAnInternalErrorIsANotification() throws Exception {
        Finding internal = new Finding("internal-error", io.github.jixiao.finding.Severity.ERROR, "",
                List.of("indicator-target-missed", "IllegalStateException", "x"), "", "", 0, 0, null);
        List<Sarif.Entry> entries = new ArrayList<>(sampleEntries());
        entries.add(new Sarif.Entry(internal, null));
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            String sarif = Sarif.render(entries, new Messages(l), "0.1.0-SNAPSHOT", Snippets.of(sampleDir()));
            assertEquals(List.of(), sarifSchema().validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList());
            JsonNode run = JsonMapper.builder().build().readTree(sarif).at("/runs/0");
            JsonNode last = run.get("results").get(run.get("results").size() - 1);
            assertEquals("internal-error", last.get("ruleId").asString());
            JsonNode loc = last.at("/locations/0");
            String uri = loc.at("/physicalLocation/artifactLocation/uri").asString();
            assertEquals("pom.xml", uri);
            assertTrue(java.nio.file.Files.isRegularFile(sampleDir().resolve(uri)), "a file of the repository");
            assertEquals(1, loc.at("/physicalLocation/region/startLine").asInt());
            assertTrue(loc.at("/message/text").asString().contains("pom.xml"), loc.toString());
            for (JsonNode res : run.get("results")) {
                assertFalse(res.at("/locations/0/physicalLocation/artifactLocation/uri").asString().equals("."), res.toString());
            }
            JsonNode invocation = run.at("/invocations/0");
            assertTrue(invocation.get("executionSuccessful").asBoolean(), invocation.toString());
            JsonNode note = invocation.at("/toolExecutionNotifications/0");
            assertEquals("error", note.get("level").asString());
            assertEquals("internal-error", note.at("/associatedRule/id").asString());
            assertEquals("internal-error", run.at("/tool/driver/rules/" + note.at("/associatedRule/index").asInt() + "/id").asString());
            assertEquals(last.at("/message/text").asString(), note.at("/message/text").asString());
        }
        // in a reactor, the module's own pom
        String module = Sarif.render(List.of(new Sarif.Entry(internal, null)), new Messages(Messages.ZH), "0.1.0-SNAPSHOT", Snippets.none());
        assertEquals("pom.xml", JsonMapper.builder().build().readTree(module).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString());
        java.util.Map<String, Object> tree = Sarif.tree(List.of(new Sarif.Entry(internal, null)), new Messages(Messages.ZH), "0.1.0-SNAPSHOT",
                Snippets.none(), Cells.none(), "dept-a/");
        String moduled = Json.write(tree);
        assertEquals("dept-a/pom.xml", JsonMapper.builder().build().readTree(moduled).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString());
        // a run without an internal error has no invocation, as before
        assertTrue(JsonMapper.builder().build().readTree(Sarif.render(sampleEntries(), new Messages(Messages.ZH), "0.1.0-SNAPSHOT",
                Snippets.none())).at("/runs/0/invocations").isMissingNode());
    }

    @Test
    void urisArePercentEncoded() {
        assertEquals("submission/%E9%A2%84%E7%AE%97%20a%23b%3F.json", Escape.uri("submission/预算 a#b?.json"));
        assertEquals("submission/budget.json", Escape.uri("submission/budget.json"));
        assertEquals("a/%25/..", Escape.uri("a/%/.."));
    }

    @Test
    void theSchemaCheckCatchesABadLevel() throws Exception {
        String sarif = Sarif.render(sampleEntries(), new Messages(Messages.ZH), "0.1.0-SNAPSHOT")
                .replace("\"level\" : \"error\"", "\"level\" : \"fatal\"");
        assertFalse(sarifSchema().validate(sarif, InputFormat.JSON).isEmpty());
    }

    @Test
    void suppressedResultsCarryAnExternalSuppression() throws Exception {
        String sarif = Sarif.render(sampleEntries(), new Messages(Messages.ZH), "0.1.0-SNAPSHOT");
        JsonNode root = JsonMapper.builder().build().readTree(sarif);
        long suppressed = 0;
        for (JsonNode res : root.at("/runs/0/results")) {
            if (res.has("suppressions")) {
                suppressed++;
                assertEquals("external", res.at("/suppressions/0/kind").asString());
                assertEquals("经财政局同意", res.at("/suppressions/0/justification").asString());
                // kind, then the reason, in every run (Map.of's order of two was the JVM's salt's)
                assertEquals(List.of("kind", "justification"), toList(res.at("/suppressions/0").propertyNames()));
            }
        }
        assertEquals(1, suppressed);
    }

    /**
     * A submission with more findings than code scanning takes (a generated file of thousands of rows): the run keeps
     * Sarif.MAX_RESULTS of them, errors before warnings before notes, the suppressed last, in their order, says how many
     * more findings.json holds, and stays valid SARIF. At the limit, nothing is left out and nothing is said.
     */
    @Test
    void aRunKeepsTheResultsCodeScanningTakesErrorsFirst() throws Exception {
        int n = Sarif.MAX_RESULTS;
        List<Sarif.Entry> entries = new ArrayList<>();
        for (int k = 0; k < n; k++) { // notes first in the file, then the errors and warnings that must win
            entries.add(entry(io.github.jixiao.finding.Severity.INFO, k, null));
        }
        for (int k = 0; k < 3; k++) {
            entries.add(entry(io.github.jixiao.finding.Severity.ERROR, n + k, null));
            entries.add(entry(io.github.jixiao.finding.Severity.WARNING, n + 10 + k, null));
        }
        entries.add(entry(io.github.jixiao.finding.Severity.ERROR, n + 20, "经财政局同意"));
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            String sarif = Sarif.render(entries, new Messages(l), "0.1.0-SNAPSHOT", Snippets.none());
            assertEquals(List.of(), sarifSchema().validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList());
            JsonNode run = JsonMapper.builder().build().readTree(sarif).get("runs").get(0);
            JsonNode results = run.get("results");
            assertEquals(n, results.size());
            // the first n - 6 notes, then the 6 errors and warnings, in the order given: the last 6 notes and the
            // suppressed error are left out
            assertEquals(List.of("note", "note"), List.of(results.get(0).get("level").asString(), results.get(n - 7).get("level").asString()));
            assertEquals("/i/" + (n - 7), results.get(n - 7).get("properties").get("jsonPointer").asString());
            List<String> last = new ArrayList<>();
            for (int k = n - 6; k < n; k++) {
                last.add(results.get(k).get("level").asString());
            }
            assertEquals(List.of("error", "warning", "error", "warning", "error", "warning"), last);
            String said = run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message").get("text").asString();
            assertTrue(said.contains("7") && said.contains(Integer.toString(n)) && said.contains(Integer.toString(n + 7))
                    && said.contains("findings.json"), said);
        }
        String atTheLimit = Sarif.render(entries.subList(0, n), new Messages(Messages.ZH), "0.1.0-SNAPSHOT", Snippets.none());
        JsonNode run = JsonMapper.builder().build().readTree(atTheLimit).get("runs").get(0);
        assertEquals(n, run.get("results").size());
        assertFalse(run.has("invocations"));
    }

    private static Sarif.Entry entry(io.github.jixiao.finding.Severity s, int k, String suppression) {
        return new Sarif.Entry(new Finding("json-syntax", s, "", List.of("x"), "submission/indicators.json", "/i/" + k, k + 1, 1, null),
                suppression);
    }

    private static List<String> toList(java.util.Collection<String> names) {
        return List.copyOf(names);
    }
}
