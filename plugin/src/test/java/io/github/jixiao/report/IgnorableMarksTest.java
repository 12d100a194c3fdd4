package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.text.Strings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 34 (hostile round 3): the rest of Unicode's Default_Ignorable_Code_Point set passed through every output as
 * it was, in and outside the basic plane: the variation selectors U+FE00–U+FE0F and U+E0100–U+E01EF, the tag
 * characters U+E0000–U+E007F, U+17B4/5, the Mongolian selectors U+180B–U+180D and U+180F, U+206A–U+206F, U+FFF0–U+FFF8,
 * U+1D173–U+1D17A, U+1BCA0–U+1BCA3 (and the annotation characters U+FFF9–U+FFFB). 财政局 and 财政局 with a U+E0100 read
 * the same on every page while the engine, the diff and the aggregate take them for two. Each output now shows one
 * U+FFFD where one is, as it does for a U+200B; findings.json keeps the text as filed. The workbook writer's fast path
 * also let the Hangul filler U+3164 through (it tested only characters up to U+2069).
 */
class IgnorableMarksTest {
    @TempDir
    Path tmp;

    private static final int[] MARKS = {0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180F, 0x206A, 0x206F, 0xFE00, 0xFE0E,
        0xFE0F, 0xFFF0, 0xFFF8, 0xFFF9, 0xFFFB, 0xE0001, 0xE0020, 0xE0041, 0xE007F, 0xE0100, 0xE01EF, 0xE0FFF, 0x1D173,
        0x1D17A, 0x1BCA0, 0x1BCA3};

    /** Their neighbours, and characters that share a high surrogate with some of them (U+1D11E 𝄞, U+1BC00). */
    private static final int[] TEXT = {0x17B3, 0x17B6, 0x180A, 0x1810, 0xFDFF, 0xFE10, 0xFE20, 0xFFEF, 0xFFFC, 0xFFFD,
        0x1D172, 0x1D17B, 0x1D11E, 0x1BC9F, 0x1BCA4, 0x1BC00, 0x1F600, 0x20000, 0x2A6D6, 0x30000, 0xDFFFF, 0xE1000};

    private static String s(int cp) {
        return new String(Character.toChars(cp));
    }

    @Test
    void eachIgnorableIsOneReplacementInEveryEscaper() {
        for (int cp : MARKS) {
            String x = "a" + s(cp) + "b";
            String hex = Integer.toHexString(cp);
            assertTrue(Strings.hiddenCodePoint(cp), hex);
            assertEquals("a\uFFFDb", Escape.clean(x), hex);
            assertEquals("a\uFFFDb", Escape.console(x), hex);
            assertEquals("a\uFFFDb", Escape.html(x), hex);
            assertEquals("a\uFFFDb", Escape.htmlValue(x), hex);
            assertEquals("a\uFFFDb", Escape.md(x), hex);
            assertEquals("a\uFFFDb", Escape.mdValue(x), hex);
            assertEquals("a\uFFFDb", Escape.value(x), hex);
            assertEquals("\ta\uFFFDb", Snippets.cleanLine("\t" + x), hex + ": one U+FFFD, so the columns (code points) hold");
            assertFalse(Cells.projectPath("forms/" + x + ".xlsx"), hex);
            assertTrue(Escape.hasUnsafe(x), hex);
        }
    }

    @Test
    void theirNeighboursAreText() {
        for (int cp : TEXT) {
            String x = "a" + s(cp) + "b";
            String hex = Integer.toHexString(cp);
            assertFalse(Strings.hiddenCodePoint(cp), hex);
            assertEquals(x, Escape.clean(x), hex);
            assertEquals(x, Escape.console(x), hex);
            assertEquals(x, Escape.html(x), hex);
            assertEquals(x, Escape.md(x), hex);
            assertEquals(x, Snippets.cleanLine(x), hex);
            assertTrue(Cells.projectPath("forms/" + x + ".xlsx"), hex);
        }
        // a lone high surrogate of a hidden range is a lone surrogate: U+FFFD (session 35; it stayed as it was)
        assertEquals("a\uFFFDb", Escape.clean("a\uDB40b"));
        assertEquals("a\uFFFD", Escape.clean("a\uDB40"));
    }

    @Test
    void twoIndicatorNamesDifferingByASelectorLookDifferent() {
        Map<String, String> shown = Map.of("群众满意度\uFE0F", "群众满意度\uFFFD", "群众满\uDB40\uDD00意度", "群众满\uFFFD意度",
                "群众满意度\uDB40\uDC41\uDB40\uDC7F", "群众满意度\uFFFD\uFFFD");
        shown.forEach((b, seen) -> {
            assertEquals(seen, Escape.console(b), b);
            assertEquals(seen, Escape.html(b), b);
            assertEquals(seen, Escape.md(b), b);
            assertNotEquals(Escape.console("群众满意度"), Escape.console(b), b);
        });
    }

    private static final String NAME = "深圳市福田区科技\uDB40\uDD00和工业\uFE0F信息化局\uDB40\uDC41\uDB40\uDC7F（本级\u180B\u3164）";
    private static final String SHOWN = "深圳市福田区科技\uFFFD和工业\uFFFD信息化局\uFFFD\uFFFD（本级\uFFFD\uFFFD）";

    @Test
    void aDepartmentsNameWithSelectorsAndTagsShowsThemInEveryReportAPersonReads() throws Exception {
        EngineResult r = NamedReports.written(tmp, NAME);
        Path out = tmp.resolve("out");
        for (String file : List.of("score-summary.html", "score-summary.md")) {
            String text = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
            assertTrue(text.contains(SHOWN), file);
            assertFalse(text.contains("\uDB40"), file);
            assertFalse(text.contains("\uFE0F"), file);
        }
        String strings = BaselinedReportsTest.sharedStrings(out.resolve(ScoreSummaryXlsx.FILE));
        assertTrue(strings.contains(SHOWN), "score-summary.xlsx");
        assertTrue(strings.chars().noneMatch(c -> c == 0xDB40 || c == 0xFE0F || c == 0x180B || c == 0x3164),
                "score-summary.xlsx (a U+3164 went into the workbook raw: its fast path tested only up to U+2069)");
        String console = ConsoleReport.subjectLine(r.department(), r.year(), r.project(), new Messages(Messages.ZH)).text();
        assertTrue(console.contains(SHOWN), console);
    }
}
