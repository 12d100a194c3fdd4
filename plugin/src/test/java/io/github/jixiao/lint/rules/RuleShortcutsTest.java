package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rules' shortcuts (session 28) against the expressions they replace, on random texts made of the characters
 * that matter to each (the words' own, spaces, punctuation, digits, a lone surrogate and a supplementary character).
 */
class RuleShortcutsTest {
    private static final String ALPHABET = "社会生态环境成本指标月底末前年季度12０９ 　（）()、，.率%\uD800\uD83D\uDE00a";

    private static String random(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(12);
        if (r.nextInt(5) == 0) {
            b.append(r.nextBoolean() ? "社会成本指标" : "生态环境成本指标");
        }
        if (r.nextInt(5) == 0) {
            b.insert(0, "指标");
        }
        for (int k = 0; k < n; k++) {
            b.insert(r.nextInt(b.length() + 1), ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern TEMPLATE_NUMBER = java.util.regex.Pattern.compile("^指标\\s*[0-9０-９]+");

    @Test
    void asTheExpressionsTheyReplace() {
        Random r = new Random(28);
        for (int k = 0; k < 200_000; k++) {
            String s = random(r);
            assertEquals(IndicatorTimeCostUnspecified.NOT_MONEY.contains(IndicatorTimeCostUnspecified.bare(s)),
                    IndicatorTimeCostUnspecified.notMoneyName(s), s);
            assertEquals(TEMPLATE_NUMBER.matcher(s).replaceFirst(""), IndicatorTimeCostUnspecified.withoutTemplateNumber(s), s);
            boolean any = s.indexOf('月') >= 0 || s.indexOf('底') >= 0 || s.indexOf('末') >= 0 || s.indexOf('前') >= 0;
            boolean lt = s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
            assertEquals(any && (lt ? IndicatorTimeCostUnspecified.DATE.matcher(s).matches()
                    : java.util.regex.Pattern.compile("\\d{1,2}\\s*月|年底|年末|月底|月末|季度末|日前|号前").matcher(s).find()),
                    IndicatorTimeCostUnspecified.hasDate(s), s);
        }
        assertEquals(false, IndicatorTimeCostUnspecified.notMoneyName(null));
    }
}
