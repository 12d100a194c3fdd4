package io.github.jixiao.load;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as finance staff type it in text where the format asks for a number: "4,764,453.11", "１２００", " 5 ",
 * "2025年", "1200。50" (the decimal point typed as a Chinese full stop). The schema's finding at it (type-number-text) says to write it as a number; meanwhile what it plainly says
 * is the figure every rule and the score compute with, so one mistyped cell is one finding, not also "blank" and "no
 * points" where it is neither.
 */
public final class NumberText {
    private NumberText() {
    }

    /**
     * Digits with thousands separators, a point, a count's or a year's word after it. Not a money unit: "4.21万元" beside
     * "unit": "元" is 42,100 元, so the bare 4.21 would be wrong by the unit (review V, session 24).
     */
    private static final Pattern NUMBER_TEXT =
            Pattern.compile("^([-+]?[0-9]{1,3}(?:[,，][0-9]{3})+|[-+]?[0-9]+)(\\.[0-9]+)?\\s*(年|%|个|人|次)?$");

    /** Texts longer than this are no number anyone typed (and are not normalized). */
    private static final int MAX_LENGTH = 40;

    /**
     * The number {@code text} writes, as JSON writes it, where a field of JSON type {@code expected} (number or
     * integer) holds it as text: full-width digits and thousands separators taken out, a unit word after it dropped;
     * null where the text is no such number (or has decimals where a whole number belongs). The schema's message
     * quotes it as the number to write.
     */
    public static String of(String text, String expected) {
        Matcher m = match(text, expected);
        return m == null ? null : digits(m);
    }

    /**
     * The value of {@code text} where it is a plain number with nothing after it ("4,764,453.11", "１２００"): what a
     * rule or the score computes with. A word after it (85%, 5个, 2025年) is not read here: a percent in a field of
     * another scale (得分系数 0.85) would be off by a hundred, so the figure stays missing until it is written as a number.
     */
    public static BigDecimal plain(String text) {
        Matcher m = match(text, "number");
        return m == null || m.group(3) != null ? null : new BigDecimal(digits(m));
    }

    private static Matcher match(String text, String expected) {
        if (text == null || text.length() > MAX_LENGTH || !("number".equals(expected) || "integer".equals(expected))) {
            return null;
        }
        // the full stop 。 a Chinese input method types for the decimal point ("1200。50"): NFKC keeps it
        String n = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip().replace('。', '.');
        Matcher m = NUMBER_TEXT.matcher(n);
        if (!m.matches() || "integer".equals(expected) && m.group(2) != null) {
            return null;
        }
        return m;
    }

    private static String digits(Matcher m) {
        String whole = m.group(1).replace(",", "").replace("，", "");
        String fraction = m.group(2) == null ? "" : m.group(2);
        return whole.startsWith("+") ? whole.substring(1) + fraction : whole + fraction;
    }
}
