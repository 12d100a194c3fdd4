package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.rules.ColumnFormatMixed;
import io.github.jixiao.report.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * column-format-mixed's percent-word counts the rows that spell % as 百分比; its English said "in 1 rows" of a column with
 * one such row (the fixture's, and 棠溪 2022's ≥100百分比): review s32.
 */
class PercentWordMessageTest {

    @Test
    void oneRowIsSaidAsOne() {
        RuleFixtures.Fixture f = RuleFixtures.load("column-format-mixed", RuleFixtures.FLAGS,
                RuleFixtures.files("column-format-mixed", RuleFixtures.FLAGS).stream()
                        .filter(p -> p.getFileName().toString().equals("percent-as-word.json")).findFirst().orElseThrow());
        List<Finding> found = RuleFixtures.run(new ColumnFormatMixed(), f).stream().filter(x -> x.key().equals("percent-word")).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("1", found.get(0).args().get(1));
        String en = new Messages(Locale.ENGLISH).message(found.get(0));
        assertTrue(en.contains(" in 1 row(s) (e.g. "), en);
        String zh = new Messages(Messages.ZH).message(found.get(0));
        assertTrue(zh.contains("中有 1 处把百分号写成了“百分比”"), zh);
    }
}
