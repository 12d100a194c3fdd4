package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.RealTableTexts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Grade#noResult} (session 56, issue 17: a value with a digit is told at once, without the builder) against the reading
 * it replaced, kept here; and {@link RateBound#aboveHundred}, asked first by {@code IndicatorScoring.ceilingRead} before it
 * names the row, against the target part of {@link RateBound#ceiling}'s test as it was written before it: a target it
 * rejects is one {@link RateBound#ceiling} reads as no ceiling whatever the row measures; and {@link TargetParser#excelDate}
 * (the unit's digits asked in a loop, not a stream) against its old self.
 */
class NoResultScanTest {

    private static boolean noResultOracle(String value) {
        if (value == null || value.isBlank() || value.length() > 16) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isDigit(c) || rest.isEmpty() && "零〇一二三四五六七八九十两百千半".indexOf(c) >= 0) {
                return false;
            }
            if (rest.isEmpty() && (Comparator.sign(c) || Grade.PLACEHOLDER_MARKS.indexOf(c) >= 0)) {
                continue;
            }
            rest.append(c);
        }
        if (rest.isEmpty()) {
            return true;
        }
        return Grade.unitAlone(Grade.endless(rest.toString()));
    }

    private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);

    /** The target part of RateBound.ceiling's test before session 56 (true: no ceiling, whatever is measured). */
    private static boolean noCeilingOracle(TargetValue t) {
        return t == null || !t.isQuantitative() || !t.isPercent() || t.isRange() || t.isDate() || t.low() == null
                || t.low().compareTo(HUNDRED) <= 0
                || t.explicitComparator() && (t.comparator() == Comparator.LE || t.comparator() == Comparator.LT);
    }

    /** TargetParser.excelDate as it was: the unit's digits asked by a stream. */
    private static java.time.LocalDate excelDateOracle(TargetValue t) {
        if (!t.isQuantitative() || t.isRange() || t.isDate() || !t.unit().chars().allMatch(c -> c >= '0' && c <= '9')
                || t.low().compareTo(java.math.BigDecimal.valueOf(36_526)) < 0 || t.low().compareTo(java.math.BigDecimal.valueOf(73_050)) > 0
                || t.low().stripTrailingZeros().scale() > 0) {
            return null;
        }
        return java.time.LocalDate.of(1899, 12, 30).plusDays(t.low().longValueExact());
    }

    private int results;

    private void same(String s) {
        boolean was = noResultOracle(s);
        assertEquals(was, Grade.noResult(s), s);
        results += was ? 1 : 0;
    }

    @Test
    void realTexts() {
        same(null);
        int above = 0;
        for (String s : RealTableTexts.strings()) {
            same(s);
            TargetValue t = TargetParser.parse(s);
            assertEquals(!noCeilingOracle(t), RateBound.aboveHundred(t), s);
            assertEquals(excelDateOracle(t), TargetParser.excelDate(t), s);
            if (!RateBound.aboveHundred(t)) {
                assertNull(RateBound.ceiling(t, "合格率", null), s);
            } else {
                above++;
            }
        }
        assertTrue(results > 0 && above > 0, results + " " + above);
    }

    @Test
    void everyCharAloneAndBesideMarksAndDigits() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            for (String s : new String[] {String.valueOf(ch), ch + "%", "≥" + ch, "**" + ch, ch + "8", "8" + ch, ch + "个", "x" + ch + "x"}) {
                same(s);
            }
        }
    }

    @Test
    void generatedTexts() {
        String[] parts = {" ", "\u3000", "≥", "≤", ">=", "*", "x", "X", "—", "/", "…", "？", "%", "％", "个", "万人", "万元", "公里", "次",
            "3", "０", "٣", "一", "十", "达标", "无", "是", "。", ".", "；"};
        Random r = new Random(5657);
        results = 0;
        for (int n = 0; n < 300_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(6); k >= 0; k--) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            same(b.toString());
        }
        assertTrue(results > 5_000, "no-result values generated: " + results);
        String[] targets = {"≥ 120%", "120%", "≤120%", "= 150%", "≥100%", "100.5%", "90%-120%", "≥ 120 个", "＞101%", "<110%", "2023年12月"};
        for (String s : targets) {
            TargetValue t = TargetParser.parse(s);
            assertEquals(!noCeilingOracle(t), RateBound.aboveHundred(t), s);
            assertEquals(excelDateOracle(t), TargetParser.excelDate(t), s);
        }
    }
}
