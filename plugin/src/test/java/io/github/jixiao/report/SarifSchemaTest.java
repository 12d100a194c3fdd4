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

    private static Schema sarifSchema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
        }
    }

    private static List<Sarif.Entry> sampleEntries() {
        Path dir = Path.of(System.getProperty("jixiao.repoRoot"), "sample-submission");
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
    void sarifOfTheSampleIsValidSarif210InBothLanguages() throws Exception {
        Schema schema = sarifSchema();
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            String sarif = Sarif.render(sampleEntries(), new Messages(l), "0.1.0-SNAPSHOT");
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
            }
        }
        assertEquals(1, suppressed);
    }
}
