package io.github.jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.lint.RuleRegistry;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Strings#editDistance} in one pass with a bit per char of the shorter string (when it has at most 64):
 * the same distance as the textbook table it replaced, kept here as the oracle.
 */
class EditDistanceTest {
    /** The table the bit vectors replaced. */
    private static int oracle(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A few ASCII letters, CJK, chars 128 apart (one slot of the pattern's table), a surrogate pair's halves. */
    private static final char[] ALPHABET = {'a', 'b', 'c', '-', 'z', '产', '出', '指', '标', '\u0080', '\u0100', '\u0180',
        '\u4e80', '\ud83d', '\ude00', '\u0000', '\uffff'};

    private static String random(Random r, int length, int letters) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[r.nextInt(letters)]);
        }
        return sb.toString();
    }

    @Test
    void theBitVectorsGiveTheTablesDistance() {
        Random r = new Random(64);
        for (int round = 0; round < 20_000; round++) {
            int letters = 2 + r.nextInt(ALPHABET.length - 1);
            // lengths around the 64-char word: 0, 1, 63, 64, 65 and longer texts
            int la = r.nextInt(4) == 0 ? 60 + r.nextInt(8) : r.nextInt(20);
            int lb = r.nextInt(3) == 0 ? r.nextInt(200) : r.nextInt(20);
            String a = random(r, la, letters);
            String b = random(r, lb, letters);
            assertEquals(oracle(a, b), Strings.editDistance(a, b), () -> "\"" + a + "\" / \"" + b + "\"");
            assertEquals(oracle(b, a), Strings.editDistance(b, a), () -> "\"" + b + "\" / \"" + a + "\"");
        }
    }

    @Test
    void aPatternOf128DistinctCharsAboveAsciiStillFindsEachChar() {
        // 64 chars that all hash to a few slots of the pattern's table, against a text that has them and others
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            p.append((char) (0x4e00 + (i % 4) * 128 + i / 4));
        }
        String pattern = p.toString();
        String text = new StringBuilder(pattern).reverse() + pattern.substring(10, 50) + "\u4e00\u4e80\u4f00x";
        assertEquals(oracle(pattern, text), Strings.editDistance(pattern, text));
        assertEquals(oracle(text, pattern), Strings.editDistance(text, pattern));
    }

    @Test
    void aLongMisspeltRuleIdGetsTheNearestIdTheTableGave() {
        String typo = "indicator-target-mised" + "x".repeat(300) + "indicatr";
        String best = null;
        int bestD = Integer.MAX_VALUE;
        // ids first, then aliases: the order of RuleIndex, the first of equals wins
        java.util.List<String> ids = new java.util.ArrayList<>();
        RuleRegistry.descriptors().forEach(d -> ids.add(d.id()));
        RuleRegistry.descriptors().forEach(d -> d.aliases().stream().filter(x -> !ids.contains(x)).forEach(ids::add));
        for (String id : ids) {
            int d = oracle(typo, id);
            if (d < bestD) {
                bestD = d;
                best = id;
            }
        }
        assertEquals(best, Strings.nearest(typo, ids));
        // so far from every id (300 characters more) that the registry suggests none
        assertEquals(java.util.Optional.empty(), RuleRegistry.nearest(typo));
    }

    /** A misspelt id gets the one it misspells; an id like no other gets no suggestion (not "schema" for "no-such-rule"). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "indicator-target-mised,   indicator-target-missed",
        "sum-mismatsh,             sum-mismatch",
        "schemas,                  schema",
        "no-such-rule,             ''",
        "xyz,                      ''"})
    void aSuggestionOnlyForAMisspelling(String unknown, String suggested) {
        assertEquals(suggested.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(suggested), RuleRegistry.nearest(unknown));
    }
}
