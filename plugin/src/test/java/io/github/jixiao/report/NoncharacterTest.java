package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Session 25, minor: a noncharacter (U+FFFE, a byte-swapped BOM; U+FFFF; U+FDD0–U+FDEF) in a submission's text reached
 * the console and score-summary.html raw. text.Strings.hidden holds them, so every output replaces them as it replaces
 * a bidi control: the console, the page, the Markdown and the workbook.
 */
class NoncharacterTest {
    @TempDir
    Path tmp;

    private static final String NAME = "深圳市福田区\uFFFE科技\uFDD0局\uFFFF\uFDEF";
    private static final String SHOWN = "深圳市福田区\uFFFD科技\uFFFD局\uFFFD\uFFFD";

    @Test
    void theNoncharactersOfTheBasicPlaneAreHidden() {
        for (char c : new char[] {'\uFFFE', '\uFFFF', '\uFDD0', '\uFDE0', '\uFDEF'}) {
            assertTrue(Strings.hidden(c), Integer.toHexString(c));
        }
        for (char c : new char[] {'\uFDCF', '\uFDF0', '\uFFFD', '\uFFFC', '\u4E00', '\uE000', '\uFF05'}) {
            assertFalse(Strings.hidden(c), Integer.toHexString(c));
        }
        assertEquals(SHOWN, Escape.console(NAME));
        assertEquals(SHOWN, Escape.html(NAME));
    }

    @Test
    void aDepartmentsNameWithNoncharactersIsReplacedInEveryReportAPersonReads() throws Exception {
        EngineResult r = NamedReports.written(tmp, NAME);
        Path out = tmp.resolve("out");
        for (String file : List.of("score-summary.html", "score-summary.md")) {
            String text = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
            assertTrue(text.contains(SHOWN), file);
            assertTrue(text.chars().noneMatch(c -> c == 0xFFFE || c == 0xFFFF || c >= 0xFDD0 && c <= 0xFDEF), file);
        }
        String strings = BaselinedReportsTest.sharedStrings(out.resolve(ScoreSummaryXlsx.FILE));
        assertTrue(strings.contains(SHOWN), "score-summary.xlsx");
        assertTrue(strings.chars().noneMatch(c -> c == 0xFFFE || c == 0xFFFF || c >= 0xFDD0 && c <= 0xFDEF), "score-summary.xlsx");
        String console = ConsoleReport.subjectLine(r.department(), r.year(), r.project(), new Messages(Messages.ZH)).text();
        assertTrue(console.contains(SHOWN), console);
    }
}
