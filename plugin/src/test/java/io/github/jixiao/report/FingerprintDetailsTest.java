package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.lint.RuleDescriptor;
import io.github.jixiao.lint.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The rule metadata a fingerprint rests on ({@link io.github.jixiao.lint.RuleInfo.Message#details()},
 * {@link io.github.jixiao.lint.RuleInfo.Message#sameAs()}) is consistent: a variant said to be another with details added
 * names a variant of its rule, counts the same arguments as that one, and each detail is an argument the message prints.
 * Only score-reviewed-differs, indicator-target-missed (its bare variant's reading, 正向指标（越高越好）…) and, since
 * session 32, score-input-missing (indicator-points-none's -short variants, and since session 33 indicator-points':
 * the points in all, the base, the total and the points missing) and, since session 33, sum-mismatch (funds-zero-row's -scored variant: the score the unfilled
 * total row's components give, and its formula) and adjustment-after-mismatch (where the budget figure it is held to
 * stands: its cell and its line, which move when a line is added above) and, since session 34, actual-equals-target-pattern
 * (copied-value and copied-date: the same arguments as copied, told otherwise) and, since session 35,
 * indicator-actual-incommensurable (unit-rate: unit's arguments and the actual written in the target's rate; since session 47
 * quantitative-target-bound: quantitative-target's arguments, and the bound and an example that meets it) and, since
 * session 36, indicator-target-no-unit (unit-in-hint: the plain note's arguments, the unit a name's template hint states
 * and the target written in it) and, since session 38, schema (required-titled and required-const: the field's title or
 * the one value the format allows) and score-claim-mismatch (indicator-above-points: indicator's arguments and the row's
 * 分值) and, since session 41, workbook-cell-unreadable (the JSON to type at its place, "score": …) and schema's
 * type-money (the bare number typed where an amount belongs, in the object to write) and, since session 44,
 * indicator-target-no-comparator (no-unit and no-unit-rate: the plain note's arguments, the unit asked for as well) and
 * monitoring-deviation-unexplained (its deadline variants: how a deadline written 6月前 is read, said beside it) and,
 * since session 47, indicator-category-unknown (no-level1-unpointed: no-level1 with its "分值 —" left unprinted),
 * indicator-target-unmeasurable (actual-repeats: the actual that writes the vague target's words again) and
 * indicator-template-row (required: the category a template row leaves without an indicator) and, since session 48,
 * rate-mismatch (amount: the plain note's arguments, and which amount the 执行率 cell repeats) and, since session 49,
 * indicator-target-at-ceiling (percent: the plain note's arguments, said of a name that is no rate) and, since session
 * 51, funds-to-date-implausible (paid-not-spent-no-month: paid-not-spent's month, "监控时点", left unprinted) and
 * indicator-score-unexplained (money: the met row's arguments, said of a row whose target is money, and the points taken off) and,
 * since session 54, framework-invalid (total-weight-extends: total-weight's file and total, and the base and the criteria an
 * extending file's omit / repoint change) declare
 * any, so every other rule's fingerprints are as they were.
 */
class FingerprintDetailsTest {
    @Test
    void aVariantWithDetailsIsIdentifiedAsTheVariantItExtends() {
        List<String> declaring = new ArrayList<>();
        for (RuleDescriptor d : RuleRegistry.descriptors()) {
            for (String key : d.messages().keySet()) {
                String as = d.identityKey(key);
                java.util.BitSet printed = new java.util.BitSet();
                for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    Fingerprints.placeholders(d.template(key, l), printed);
                }
                boolean details = false;
                for (int i = 0; i < 100; i++) {
                    if (d.detail(key, i)) {
                        details = true;
                        assertTrue(printed.get(i), d.id() + " " + key + ": detail {" + i + "} is not printed");
                    }
                }
                for (int i = 0; i < 100; i++) {
                    if (d.unprinted(key, i)) {
                        details = true;
                        assertTrue(!printed.get(i), d.id() + " " + key + ": unprinted {" + i + "} is printed");
                        assertTrue(!as.equals(key) && Fingerprints.identity(d.id(), as).counted().get(i),
                                d.id() + " " + key + ": unprinted {" + i + "} is no argument its sameAs variant counts");
                    }
                }
                if (!as.equals(key) || details) {
                    declaring.add(d.id());
                }
                if (!as.equals(key)) {
                    assertTrue(d.messages().containsKey(as), d.id() + " " + key + " is the same as an unknown variant " + as);
                    assertEquals(Fingerprints.identity(d.id(), as).counted(), Fingerprints.identity(d.id(), key).counted(),
                            d.id() + " " + key + " counts other arguments than " + as);
                }
            }
        }
        assertEquals(List.of("actual-equals-target-pattern", "adjustment-after-mismatch", "adjustment-missing-reason", "control-limit-exceeded", "framework-invalid", "funds-arrival-scored-full", "funds-to-date-implausible", "grade-unsupported", "indicator-actual-incommensurable", "indicator-category-missing", "indicator-category-unknown", "indicator-incomplete", "indicator-input-as-output", "indicator-miss-unexplained", "indicator-score-unexplained", "indicator-target-at-ceiling", "indicator-target-missed", "indicator-target-no-comparator", "indicator-target-no-unit", "indicator-target-unmeasurable", "indicator-template-row", "indicator-time-cost-unspecified", "monitoring-deviation-unexplained", "overall-goal-not-a-goal", "overall-goal-said-met", "placeholder-left", "rate-mismatch", "satisfaction-without-survey", "schema", "score-assumption", "score-claim-mismatch", "score-ignores-missed-target", "score-input-missing", "score-reviewed-differs", "score-weights", "sum-mismatch", "work-left-unexplained", "workbook-cell-unreadable"), declaring.stream().sorted().distinct().toList());
    }

    /**
     * A missed row the unit already marked down (t90: 5 of 6) is the same finding as the one asking for the deduction: the
     * points are details, so a score lowered without a reason given keeps the finding (and a baseline entry holds it).
     */
    @Test
    void aDeductionMadeLeavesTheFingerprint() {
        String f = "submission/indicators.json";
        List<String> bare = List.of("“木材销售收入”", "“1100万元”", "“1093万元”", "≥ 1100万元", "正向指标", "higher is better");
        List<String> deducted = new ArrayList<>(bare);
        deducted.addAll(List.of("6", "5"));
        assertEquals(Fingerprints.of("indicator-target-missed", f, "bare", bare),
                Fingerprints.of("indicator-target-missed", f, "bare-deducted", deducted));
        List<String> plain = List.of("“培训人次”", "“≥ 200 人次”", "“150 人次”");
        List<String> withPoints = List.of("“培训人次”", "“≥ 200 人次”", "“150 人次”", "10", "7.5");
        assertEquals(Fingerprints.of("indicator-target-missed", f, "", plain),
                Fingerprints.of("indicator-target-missed", f, "deducted", withPoints));
    }

    /** A row with no 一级 and no 分值 is said without "分值 —" and is the finding it was (t98, audit s46 item 13). */
    @Test
    void anUnprintedArgumentKeepsTheFingerprint() {
        String f = "submission/indicators.json";
        List<String> args = List.of("100万", "成本指标", "mof-project-2020", "—");
        assertEquals(Fingerprints.of("indicator-category-unknown", f, "no-level1", args),
                Fingerprints.of("indicator-category-unknown", f, "no-level1-unpointed", args));
        assertTrue(!Fingerprints.of("indicator-category-unknown", f, "no-level1", args).equals(
                Fingerprints.of("indicator-category-unknown", f, "no-level1", List.of("100万", "成本指标", "mof-project-2020", "5"))),
                "the points still count");
    }

    /** The reason variant's fingerprint is the plain variant's with the same figures: a reason given leaves the finding. */
    @Test
    void aReasonGivenLeavesTheFingerprint() {
        List<String> plain = List.of("工程验收合格率", "23.75", "25", "1.25");
        List<String> why = List.of("工程验收合格率", "23.75", "25", "1.25", "验收资料不全");
        String f = "submission/indicators.json";
        assertEquals(Fingerprints.of("score-reviewed-differs", f, "", plain), Fingerprints.of("score-reviewed-differs", f, "reason", why));
        assertEquals(Fingerprints.legacy("score-reviewed-differs", f, "", plain), Fingerprints.of("score-reviewed-differs", f, "", plain),
                "the plain variant as it was");
        List<String> item = List.of("产出", "8", "10", "2", "数量", "资料不全");
        assertEquals(Fingerprints.of("score-reviewed-differs", f, "item-higher", item.subList(0, 5)),
                Fingerprints.of("score-reviewed-differs", f, "item-higher-reason", item));
        assertTrue(!Fingerprints.of("score-reviewed-differs", f, "reason", why)
                .equals(Fingerprints.of("score-reviewed-differs", f, "higher-reason", why)), "another direction is another finding");
    }
}
