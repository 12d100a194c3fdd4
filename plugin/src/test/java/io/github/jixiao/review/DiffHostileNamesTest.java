package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** A row name written by an attacker (a pipe, a line break, a script tag, a javascript: link) in diff.md's direction section (session 28) stays text in its table cell. */
class DiffHostileNamesTest {
    @TempDir
    Path tmp;

    static final String NAME = "恶意|行\n<script>alert(1)</script>[x](javascript:alert(1))*y*";

    private Path round(String name, String dir3) throws Exception {
        Path project = tmp.resolve(name);
        io.github.jixiao.testing.Samples.copyTreeEditingIndicators(
                Path.of(DiffHostileNamesTest.class.getResource("/real-tables/t1-yinchuan-2021").toURI()), project, root -> {
                    ObjectNode row = (ObjectNode) root.at("/indicators/3");
                    row.put("direction", dir3);
                    row.put("name", NAME);
                });
        Path out = tmp.resolve("out-" + name);
        DiffLanguageTest.report(project, Messages.ZH, out);
        return out;
    }

    @Test
    void hostileNamesAreEscaped() throws Exception {
        Path a = round("h1", "反向");
        Path b = round("h2", "正向");
        ScoreDiff.Result d = DiffLanguageTest.compare(a, b);
        assertEquals(1, d.directions().size(), d.directions().toString());
        for (Locale l : new Locale[] {Messages.ZH, Locale.ENGLISH}) {
            Messages m = new Messages(l);
            String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
            assertFalse(md.contains("<script>"), md);
            assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)\\]\\(javascript:").matcher(md).find(), md);
            for (String line : md.split("\n")) {
                if (line.contains("恶意") && line.startsWith("| ")) {
                    // the row keeps its table's cells: criterion · row | before | after
                    assertEquals(4, line.replace("\\|", "").chars().filter(c -> c == '|').count(), line);
                }
            }
        }
    }
}
