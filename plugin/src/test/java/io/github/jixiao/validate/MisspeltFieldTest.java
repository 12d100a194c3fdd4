package io.github.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.init.Skeleton;
import io.github.jixiao.report.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unknown field near one the format defines is a misspelling, and the finding says which field was meant (as a
 * misspelt rule id in a suppression does): a user review typed preparor and got only "check its spelling".
 */
class MisspeltFieldTest {
    private static final String DEPARTMENT = SchemaCatalog.idOf("department");
    private static final String BUDGET = SchemaCatalog.idOf("budget");

    @Test
    void theNearestFieldOfTheFormat() {
        assertEquals("preparer", SchemaValidator.nearestField(DEPARTMENT, "preparor"));
        assertEquals("preparer", SchemaValidator.nearestField(DEPARTMENT, "Preparer"), "case");
        assertEquals("fullYearBudget", SchemaValidator.nearestField(BUDGET, "fullYearBuget"));
        assertEquals("unit", SchemaValidator.nearestField(BUDGET, "unite"), "a field of common.schema.json's money");
        assertNull(SchemaValidator.nearestField(DEPARTMENT, "备注"), "nothing near: no guess");
        assertNull(SchemaValidator.nearestField(DEPARTMENT, "remarks"));
        assertNull(SchemaValidator.nearestField("https://example.org/other.json", "preparor"), "not our format");
    }

    @Test
    void theFindingSaysIt(@TempDir Path dir) throws Exception {
        for (Map.Entry<String, String> e : Skeleton.files("示例局", 2025, "0.1.0", "x").entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            String text = e.getKey().endsWith("department.json") ? e.getValue().replace("\"preparer\"", "\"preparor\"") : e.getValue();
            Files.writeString(p, text, StandardCharsets.UTF_8);
        }
        List<Finding> f = new Engine().run(EngineOptions.of(dir, dir.resolve("submission"))).findings().stream()
                .filter(x -> x.ruleId().equals("schema")).toList();
        assertEquals(1, f.size(), f.toString());
        assertEquals("additionalProperties-near", f.get(0).key());
        assertEquals("文件顶层：不认识的字段“preparor”。是否应为“preparer”？请改正拼写，或删除它。", new Messages(Messages.ZH).message(f.get(0)));
        assertEquals("top level of the file: unknown field \"preparor\". Did you mean \"preparer\"? Correct its spelling or remove it.",
                new Messages(java.util.Locale.ENGLISH).message(f.get(0)));
    }
}
