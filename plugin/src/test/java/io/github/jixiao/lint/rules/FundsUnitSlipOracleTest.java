package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.RealTableTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * funds-unit-slip's pairing (session 57, issue 17): {@link FundsUnitSlip#slip} finds the fitting count of a standard by two
 * binary searches over the counts sorted by figure and a range-minimum table, where E5's first reading tried every count
 * against every standard in one text made of the rows joined by line breaks (counts × standards: quadratic in a file's
 * rows). The first reading is kept here as the oracle; both answer alike on every string of the real tables, on their
 * rows pooled as the rule pools them, and on generated texts, with amounts chosen to fit, to miss and to sit on the bounds.
 */
class FundsUnitSlipOracleTest {
    private static final BigDecimal LOW = BigDecimal.valueOf(5_000);
    private static final BigDecimal HIGH = BigDecimal.valueOf(20_000);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Pattern COUNT = Pattern.compile("(?<![\\d./])(\\d+(?:\\.\\d+)?)(万)?(人次|人|户|名)(?![/每])");
    private static final Pattern STANDARD = Pattern.compile(
            "(?<![\\d.])(\\d+(?:\\.\\d+)?)(万元|元)?(?:/|每)(人次|人|户|名)(?![·.*/／]?[月天日周])");

    /** E5's reading: every standard in order, against every count in order. */
    static String[] oracle(String text, BigDecimal yuan) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String[]> counts = new ArrayList<>();
        Matcher c = COUNT.matcher(text);
        while (c.find()) {
            BigDecimal n = new BigDecimal(c.group(1));
            counts.add(new String[] {(c.group(2) != null ? n.multiply(TEN_THOUSAND) : n).toPlainString(), c.group(3), c.group()});
        }
        Matcher st = STANDARD.matcher(text);
        while (st.find()) {
            BigDecimal each = new BigDecimal(st.group(1));
            if ("万元".equals(st.group(2))) {
                each = each.multiply(TEN_THOUSAND);
            }
            for (String[] n : counts) {
                if (!n[1].equals(st.group(3))) {
                    continue;
                }
                BigDecimal product = new BigDecimal(n[0]).multiply(each);
                if (product.signum() <= 0) {
                    continue;
                }
                BigDecimal ratio = product.divide(yuan, 2, RoundingMode.HALF_UP);
                if (ratio.compareTo(LOW) >= 0 && ratio.compareTo(HIGH) <= 0) {
                    return new String[] {n[2], st.group(), product.stripTrailingZeros().toPlainString(),
                            product.divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()};
                }
            }
        }
        return null;
    }

    /** Amounts that fit, miss and sit on the bounds for the products {@code text}'s counts and standards make. */
    private static List<BigDecimal> amounts(String text) {
        List<BigDecimal> out = new ArrayList<>(List.of(BigDecimal.ONE, new BigDecimal("3.6"), new BigDecimal("100"), new BigDecimal("12345.67")));
        List<BigDecimal> figures = new ArrayList<>();
        Matcher c = COUNT.matcher(text);
        while (c.find() && figures.size() < 8) {
            BigDecimal n = new BigDecimal(c.group(1));
            figures.add(c.group(2) != null ? n.multiply(TEN_THOUSAND) : n);
        }
        Matcher st = STANDARD.matcher(text);
        while (st.find() && out.size() < 60) {
            BigDecimal each = new BigDecimal(st.group(1));
            if ("万元".equals(st.group(2))) {
                each = each.multiply(TEN_THOUSAND);
            }
            for (BigDecimal n : figures) {
                BigDecimal product = n.multiply(each);
                if (product.signum() > 0) {
                    for (String f : new String[] {"10000", "5000", "20000", "4999.99", "20000.01", "19999.996", "4999.995", "7000"}) {
                        out.add(product.divide(new BigDecimal(f), 6, RoundingMode.HALF_UP));
                    }
                }
            }
        }
        return out;
    }

    private static void same(List<String> texts, String joined, BigDecimal yuan) {
        if (yuan.signum() <= 0) {
            return;
        }
        assertArrayEquals(oracle(joined, yuan), FundsUnitSlip.slip(texts, yuan), () -> joined + " / " + yuan);
    }

    @Test
    void everyRealStringAndTheRowsPooledAnswerAsEveryPairDid() {
        int fitted = 0;
        for (String t : RealTableTexts.strings()) {
            if (t.indexOf('人') < 0 && t.indexOf('户') < 0 && t.indexOf('名') < 0) {
                continue;
            }
            for (BigDecimal yuan : amounts(t)) {
                same(List.of(t), t, yuan);
                fitted += oracle(t, yuan) != null ? 1 : 0;
            }
        }
        assertTrue(fitted > 20, "fitted: " + fitted);
        // the rows, in pools of 40 (as a department's), each row's actual or else its target
        List<String> rows = new ArrayList<>();
        for (String[] r : RealTableTexts.rows()) {
            String a = r[3] != null && !r[3].isBlank() ? r[3] : r[2] != null && !r[2].isBlank() ? r[2] : r[1];
            if (a != null && !a.isBlank()) {
                rows.add(a);
            }
        }
        for (int from = 0; from < rows.size(); from += 40) {
            List<String> pool = rows.subList(from, Math.min(rows.size(), from + 40));
            String joined = String.join("\n", pool) + "\n";
            for (BigDecimal yuan : amounts(joined)) {
                same(pool, joined, yuan);
            }
        }
    }

    @Test
    void generatedTextsAnswerAsEveryPairDid() {
        String[] counts = {"120人", "4604人", "11万人次", "2户", "35名", "0人", "7.5万人", "300人次", "12户", "1名"};
        String[] standards = {"300元/人", "300/人", "0.03万元/人", "500元每户", "300元/人·月", "20元/人次", "1000元/名", "0元/户",
            "50元/人/天", "1.5万元/户"};
        String[] glue = {"，", "；", "慰问对象", "标准", "共", "\n", "", "发放", "3.6元", "/", "每"};
        Random r = new Random(57);
        int fitted = 0;
        for (int k = 0; k < 3000; k++) {
            List<String> texts = new ArrayList<>();
            StringBuilder joined = new StringBuilder();
            for (int row = 1 + r.nextInt(4); row > 0; row--) {
                StringBuilder b = new StringBuilder();
                for (int p = r.nextInt(6); p > 0; p--) {
                    int kind = r.nextInt(3);
                    b.append(kind == 0 ? counts[r.nextInt(counts.length)] : kind == 1 ? standards[r.nextInt(standards.length)]
                            : glue[r.nextInt(glue.length)]);
                }
                if (!b.toString().isBlank()) {
                    texts.add(b.toString());
                    joined.append(b).append('\n');
                }
            }
            for (BigDecimal yuan : amounts(joined.toString())) {
                same(texts, joined.toString(), yuan);
                fitted += oracle(joined.toString(), yuan) != null ? 1 : 0;
            }
        }
        assertTrue(fitted > 500, "fitted: " + fitted);
    }
}
