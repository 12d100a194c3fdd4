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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 33 (round 1's hostile review): the direction marks U+200E, U+200F, U+061C and the zero-width characters
 * (U+200B–U+200D, U+2060, a U+FEFF inside a text) reached the console, the Markdown, the page and the workbook as they
 * were: two department names differing by a U+200B alone read the same in every output while the engine, the diff and
 * the aggregate take them for two. text.Strings.hidden holds them now, so each output shows U+FFFD where one is.
 */
class InvisibleMarksTest {
    @TempDir
    Path tmp;

    private static final char[] MARKS = {'\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u2060', '\u2061',
        '\u2064', '\uFEFF', '\u00AD', '\u180E', '\u034F', '\u3164', '\uFFA0', '\u115F'};

    private static final String NAME = "深圳市福田区\u200B科技\u200E和工业\u2060信息化局\u061C（本级\uFEFF）";
    private static final String SHOWN = "深圳市福田区\uFFFD科技\uFFFD和工业\uFFFD信息化局\uFFFD（本级\uFFFD）";

    @Test
    void theInvisibleMarksAreHiddenAndNothingAroundThem() {
        for (char c : MARKS) {
            assertTrue(Strings.hidden(c), Integer.toHexString(c));
            assertEquals("a\uFFFDb", Escape.console("a" + c + "b"), Integer.toHexString(c));
            assertEquals("a\uFFFDb", Escape.html("a" + c + "b"), Integer.toHexString(c));
            assertEquals("a\uFFFDb", Escape.md("a" + c + "b"), Integer.toHexString(c));
        }
        // their neighbours are text: ‰ (U+2030), the narrow no-break space, ⁰ and ⁽, a Hangul letter, a half-width one
        for (char c : new char[] {'\u200A', '\u2010', '\u2030', '\u202F', '\u205F', '\u2070', '\u207D', '\u3163', '\u3165',
            '\uFF9F', '\uFFA1', '\u00AC', '\u00AE', '\u061B', '\u061D', '\u4E00', '\uFFFD'}) {
            assertFalse(Strings.hidden(c), Integer.toHexString(c));
        }
        String a = "财政局";
        String b = "财政\u200B局";
        assertNotEquals(Escape.console(a), Escape.console(b), "two names differing by a zero-width space look different");
        assertNotEquals(Escape.md(a), Escape.md(b));
        assertNotEquals(Escape.html(a), Escape.html(b));
    }

    @Test
    void aDepartmentsNameWithInvisibleMarksShowsThemInEveryReportAPersonReads() throws Exception {
        EngineResult r = NamedReports.written(tmp, NAME);
        Path out = tmp.resolve("out");
        for (String file : List.of("score-summary.html", "score-summary.md")) {
            String text = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
            assertTrue(text.contains(SHOWN), file);
            assertFalse(text.contains("科技\u200E"), file);
        }
        String strings = BaselinedReportsTest.sharedStrings(out.resolve(ScoreSummaryXlsx.FILE));
        assertTrue(strings.contains(SHOWN), "score-summary.xlsx");
        assertTrue(strings.chars().noneMatch(c -> c == 0x200B || c == 0x200E || c == 0x061C || c == 0xFEFF), "score-summary.xlsx");
        String console = ConsoleReport.subjectLine(r.department(), r.year(), r.project(), new Messages(Messages.ZH)).text();
        assertTrue(console.contains(SHOWN), console);
    }
}
