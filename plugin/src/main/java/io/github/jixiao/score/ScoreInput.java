package io.github.jixiao.score;

/**
 * One figure a criterion's score was computed from.
 *
 * @param label what it is, in the report language (e.g. "实际采购金额", "Actual procurement amount")
 * @param value the value as used, with its unit (e.g. "448.01 万元")
 * @param ref   where it was read, {@code role#/pointer} (e.g. {@code budget#/procurement/actual}); "" when derived
 */
public record ScoreInput(String label, String value, String ref) {

    /**
     * Where {@code inputs} read the execution rate a funds row states ({@code executionRatePercent}) and no funds amount
     * (执行数, 全年预算数 …: the rate is taken as written, not computed), that input; else null (塘湖镇 2020, t69: 执行数 blank,
     * 100 % printed). One reading for the criterion's formula (Method.Ratio.statedRateOnly, since session 57) and the notes
     * that quote its score (score-input-missing's {@code -unprinted} family, since session 58).
     */
    public static ScoreInput statedRateOnly(java.util.List<ScoreInput> inputs) {
        ScoreInput rate = null;
        for (ScoreInput in : inputs) {
            String r = in.ref() == null ? "" : in.ref();
            for (io.github.jixiao.model.Funds.Column c : io.github.jixiao.model.Funds.Column.values()) {
                if (r.startsWith("budget#/funds/") && r.endsWith("/" + c.field)) {
                    return null; // an amount went into the value: the rate is computed, not taken as written
                }
            }
            if (r.startsWith("budget#/funds/") && r.endsWith("/executionRatePercent")) {
                rate = in;
            }
        }
        return rate;
    }
}
