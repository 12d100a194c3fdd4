package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.validate.SchemaValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A list the engine joins with "、" (the values a schema allows, the built-in frameworks) is one argument, the same in
 * every language (so is the fingerprint); the English message shows it joined with ", ", not with the Chinese mark.
 */
class ListArgumentsTest {
    @Test
    void allowedValuesReadAsAnEnglishListInEnglish() {
        String json = "{\n  \"$schema\": \"https://jixiao.github.io/schemas/v1/department.schema.json\",\n"
                + "  \"schemaVersion\": \"1.0\",\n  \"kind\": \"agency\"\n}\n";
        SubmissionLoader.Loaded l = new SubmissionLoader().parse(json.getBytes(StandardCharsets.UTF_8), "department.json");
        Finding f = new SchemaValidator().validate(l.document()).stream()
                .filter(x -> x.key().equals("enum")).findFirst().orElseThrow();
        assertEquals("department、project", f.args().get(1), "the argument as the engine joined it");
        String en = new Messages(Locale.ENGLISH).message(f);
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(en.endsWith("must be one of: department, project."), en);
        assertFalse(en.contains("、"), en);
        assertTrue(zh.contains("department、project"), zh);
    }

    @Test
    void builtInFrameworksReadAsAnEnglishListInEnglish() {
        Finding f = new Finding("framework-invalid", io.github.jixiao.finding.Severity.ERROR, "not-found",
                List.of("my-table", "shenzhen-2024、national-project"), "department.json", "/framework", 3, 17, null);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("(shenzhen-2024, national-project)"), en);
        assertTrue(new Messages(Messages.ZH).message(f).contains("shenzhen-2024、national-project"));
    }
}
