package io.github.jixiao.score;

/**
 * One figure a criterion's score was computed from.
 *
 * @param label what it is, in the report language (e.g. "实际采购金额", "Actual procurement amount")
 * @param value the value as used, with its unit (e.g. "448.01 万元")
 * @param ref   where it was read, {@code role#/pointer} (e.g. {@code budget#/procurement/actual}); "" when derived
 */
public record ScoreInput(String label, String value, String ref) {
}
