package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.RealTableRuns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finding on a framework file's own declaration names the line and column where the file gives it (session 55; N4's
 * left-alone): until then the scorer's findings at {@code /extends}, {@code /partial} or {@code /unpointed} carried line 0,
 * so the console, SARIF and the reports pointed at no line of the file a clerk was to open. 霍山 2024 (t85) extends
 * mof-transfer-region and adds {@code partial}: its {@code partial-unpointed} note at {@code /partial} and its inherited
 * {@code unpointed} at {@code /extends} each at the value in the file; 大英 双心 2020 (t44), a file that writes its own
 * {@code unpointed}, at that key.
 */
class FrameworkFindingPlaceTest {

    @Test
    void aFindingOnTheFrameworksDeclarationNamesItsLineAndColumn() throws Exception {
        Path file = Path.of(getClass().getResource("/real-tables/t85-huoshan-yiliaojiuzhu-2024/huoshan-transfer-2024.json").toURI());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Finding inherited = RealTableRuns.one("t85-huoshan-yiliaojiuzhu-2024", "score-weights", "/extends");
        assertEquals("unpointed-inherited", inherited.key());
        assertEquals(lineAndColumn(lines, "\"extends\": "), inherited.line() + ":" + inherited.column());
        Finding partial = RealTableRuns.one("t85-huoshan-yiliaojiuzhu-2024", "score-weights", "/partial");
        assertEquals(lineAndColumn(lines, "\"partial\": "), partial.line() + ":" + partial.column());
    }

    @Test
    void everyFindingOnARealTablesFrameworkFileHasALine() throws Exception {
        for (String table : List.of("t85-huoshan-yiliaojiuzhu-2024", "t44-daying-shuangxin-2020", "t106-suining-jingkai-liangpin-2021")) {
            for (Finding f : RealTableRuns.asFiled(table).findings()) {
                if (!f.file().startsWith("submission/") && f.file().endsWith(".json")) {
                    assertTrue(f.line() > 0 && f.column() > 0, table + ": " + f);
                }
            }
        }
    }

    /** "line:column" (1-based) of the value after {@code key} in the file's lines. */
    private static String lineAndColumn(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(key);
            if (at >= 0) {
                return (i + 1) + ":" + (at + key.length() + 1);
            }
        }
        throw new AssertionError(key);
    }
}
