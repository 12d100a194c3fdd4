package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The headings the import leaves out without a word ({@code FormReader.NO_FIELD}) are the ones docs/forms.md lists as
 * "columns known to have no field", and none of them is a column the import reads: 指标解释 / 指标说明 and 评分标准 /
 * 评(扣)分标准 stayed on both lists after they became {@code definition} and {@code standard} (review v27b item 5).
 */
class NoFieldHeadingsTest {
    private static final Path FORMS = Path.of(System.getProperty("jixiao.repoRoot", ".."), "docs", "forms.md");

    @Test
    void theNoFieldListIsTheDocsAndNoFieldIsRead() throws Exception {
        String doc = Files.readString(FORMS).replaceAll("\\s*\\n\\s*", " ");
        Matcher m = Pattern.compile("columns known to have no field \\(((?:[^()]|\\([^()]*\\))*)\\)").matcher(doc);
        org.junit.jupiter.api.Assertions.assertTrue(m.find(), "docs/forms.md lists no columns known to have no field");
        Set<String> listed = new TreeSet<>(Arrays.asList(m.group(1).split(",\\s*")));
        assertEquals(new TreeSet<>(FormReader.NO_FIELD), listed, "docs/forms.md's list and FormReader.NO_FIELD");
        for (String h : FormReader.NO_FIELD) {
            assertFalse(FormReader.indicatorHeading(h), h + " is listed as no field but is an indicator column's heading");
        }
    }
}
