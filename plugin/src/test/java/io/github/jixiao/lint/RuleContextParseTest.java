package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.lint.input.JsonSyntax;
import io.github.jixiao.target.TargetParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RuleContext.parse remembers what it parsed; what it returns is what the parser returns. */
class RuleContextParseTest {
    private final RuleContext ctx = new RuleContext(new JsonSyntax().descriptor(), null);

    @Test
    void sameAsTheParserFirstAndAgain() {
        List<String> texts = new ArrayList<>(List.of("≥ 60 个", "≤3次", "90%—100%", "明显", "100%", " 67 个 ", "", "  ",
                "不少于 5 家", "8 场以上", "1,200 万元", "分级：优/良/中/差"));
        texts.add(null);
        for (int round = 0; round < 2; round++) {
            for (String t : texts) {
                assertEquals(TargetParser.parse(t), ctx.parse(t), t);
            }
        }
    }

    @Test
    void staysRightPastItsBound() {
        for (int i = 0; i < 45_000; i++) {
            String t = "≥ " + i + " 个";
            assertEquals(TargetParser.parse(t), ctx.parse(t));
        }
        assertEquals(TargetParser.parse("≥ 7 个"), ctx.parse("≥ 7 个"));
    }
}
