package io.github.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A required field left out is said with what to write: "缺少必填项“year”。请补充。" told a finance officer the JSON name
 * only (四川 2021's copy, t45, and three other real tables print no year). The schema's title says what the field is
 * (year: 预算年度; kind: 评价对象：部门整体 department，或单个项目 project), and a field the format allows one value for
 * ($schema, schemaVersion) is given as the line to write. The finding stays the one it was: same fingerprint, so a
 * baseline written before holds it. The place is the file's top level, in words ("/：缺少必填项…" read as a slash to a
 * finance officer; session 39): the argument stays "/", so the fingerprint.
 */
class RequiredFieldSaidTest {

    private static List<Finding> required(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("schema") && f.key().startsWith("required")).toList();
    }

    /** The sample submission with {@code fields} taken out of department.json. */
    private static Path without(Path tmp, String... lines) throws Exception {
        Path project = tmp.resolve("p");
        Samples.copyProject(project);
        Path f = project.resolve("submission/department.json");
        String json = Files.readString(f, StandardCharsets.UTF_8);
        for (String line : lines) {
            String cut = json.replaceFirst("\\n\\s*\"" + java.util.regex.Pattern.quote(line) + "\"\\s*:[^\\n]*,", "");
            assertEquals(false, cut.equals(json), line + " taken out");
            json = cut;
        }
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return project;
    }

    @Test
    void aMissingFieldIsSaidWithWhatToWrite(@TempDir Path tmp) throws Exception {
        List<Finding> r = required(without(tmp, "year", "schemaVersion", "kind"));
        Messages zh = new Messages(Messages.ZH);
        Messages en = new Messages(Locale.ENGLISH);
        assertEquals(List.of(
                "文件顶层：缺少必填项“schemaVersion”。请补充，照格式写作 \"schemaVersion\": \"1.0\"",
                "文件顶层：缺少必填项“kind”（评价对象：部门整体 department，或单个项目 project）。请补充。",
                "文件顶层：缺少必填项“year”（预算年度）。请补充。"), r.stream().map(zh::message).sorted(
                        java.util.Comparator.comparing(s -> s.indexOf("schemaVersion") > 0 ? 0 : s.indexOf("kind") > 0 ? 1 : 2)).toList());
        assertEquals(List.of(
                "top level of the file: the required field \"kind\" is missing. Add it.",
                "top level of the file: the required field \"schemaVersion\" is missing. Add it as the format has it: \"schemaVersion\": \"1.0\"",
                "top level of the file: the required field \"year\" is missing. Add it."), r.stream().map(en::message).sorted().toList());
    }

    @Test
    void theFindingIsTheOneItWas(@TempDir Path tmp) throws Exception {
        for (Finding f : required(without(tmp, "year"))) {
            assertEquals(Fingerprints.of("schema", f.file(), "required", List.of("/", "year")), Fingerprints.of(f));
        }
        assertEquals(1, required(tmp.resolve("p")).size());
    }
}
