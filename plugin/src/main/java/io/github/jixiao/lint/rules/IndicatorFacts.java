package io.github.jixiao.lint.rules;

import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.Comparator;
import io.github.jixiao.target.Direction;
import io.github.jixiao.target.Outcome;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the indicator rules ask of every row, worked out once per run: one pass over the rows, each fact a bit of one
 * {@code long} per row, and the rows grouped by their (一级, 二级) labels. About twenty rules loop over the same 600 rows;
 * each used to touch every row's record, strings and parsed values again to ask the same questions (is the target
 * blank, is it missed, is this a 时效 row …). Now a rule scans a {@code long[]} and reads a row only where its bits
 * leave a finding possible. Each bit is named after the expression it stands for, which the rules used to evaluate
 * themselves ({@code IndicatorFactsTest} holds every bit to that expression on every fixture).
 *
 * <p>One instance per run ({@link RuleContext#shared}); a rule run alone builds its own.
 */
final class IndicatorFacts {
    private static final Object KEY = new Object();

    /** In {@link Submission#applicableIndicators()}. */
    static final long APPLICABLE = 1L;
    /** {@code Checks.blank(i.effectiveTarget())}. */
    static final long TARGET_BLANK = 1L << 1;
    /** {@code Checks.blank(i.actual())}. */
    static final long ACTUAL_BLANK = 1L << 2;
    /** {@code Checks.blank(i.explanation())}. */
    static final long EXPLANATION_BLANK = 1L << 3;
    /** {@code Checks.placeholder(i.explanation())}. */
    static final long EXPLANATION_PLACEHOLDER = 1L << 4;
    /** {@code Checks.outcome(i) == Outcome.MISSED}. */
    static final long MISSED = 1L << 5;
    /** {@code TargetParser.compare(i.targetValue(), i.actualValue()) == Outcome.MISSED} (blank texts not asked first). */
    static final long COMPARED_MISSED = 1L << 6;
    /** {@code i.isTemplateRow()}. */
    static final long TEMPLATE = 1L << 7;
    /** {@code Checks.isSatisfaction(i.level1())}: 一级 满意度指标. */
    static final long SATISFACTION = 1L << 8;
    /** {@code SatisfactionWithoutSurvey.satisfaction(i.level1(), i.level2())}: 满意度 in the 一级 or 二级 label. */
    static final long SATISFACTION_ROW = 1L << 9;
    /** {@code Checks.achievementShort(i)}. */
    static final long ACHIEVEMENT_SHORT = 1L << 10;
    /** {@code ActualEqualsTargetPattern.equalsTarget(i)}. */
    static final long EQUALS_TARGET = 1L << 11;
    /** {@code ActualEqualsTargetPattern.copiedComparator(i)}. */
    static final long COPIED_COMPARATOR = 1L << 12;
    /** {@code !Checks.blank(i.adjustedTarget()) && !Checks.blank(i.target())}. */
    static final long REVISED = 1L << 13;
    /** {@code i.points() != null}. */
    static final long POINTS = 1L << 14;
    /** {@code i.score() != null}. */
    static final long SCORE = 1L << 15;

    /** The target in force parsed ({@link Indicator#targetValue()}): quantitative, qualitative, empty. */
    static final long T_QUANTITATIVE = 1L << 16;
    static final long T_QUALITATIVE = 1L << 17;
    static final long T_EMPTY = 1L << 18;
    /** {@code t.isRange()}, {@code t.isPercent()}, {@code t.isMoney()}, {@code t.explicitComparator()}. */
    static final long T_RANGE = 1L << 19;
    static final long T_PERCENT = 1L << 20;
    static final long T_MONEY = 1L << 21;
    static final long T_EXPLICIT = 1L << 22;
    /** {@code t.comparator()} is GE or GT. */
    static final long T_AT_LEAST = 1L << 23;
    /** The actual parsed ({@link Indicator#actualValue()}): quantitative, qualitative, empty, range, percent, money. */
    static final long A_QUANTITATIVE = 1L << 24;
    static final long A_QUALITATIVE = 1L << 25;
    static final long A_EMPTY = 1L << 26;
    static final long A_RANGE = 1L << 27;
    static final long A_PERCENT = 1L << 28;
    static final long A_MONEY = 1L << 29;

    /** {@code "产出指标".equals(i.level1())}. */
    static final long L1_OUTPUT = 1L << 30;
    /** {@code i.level1() != null && i.level1().startsWith("效益")}. */
    static final long L1_BENEFIT = 1L << 31;
    /** 成本 in the 一级 or the 二级 label. */
    static final long COST_WORD = 1L << 32;
    /** {@code i.level2() == null || i.level2().isEmpty()}. */
    static final long L2_EMPTY = 1L << 33;
    /**
     * The 二级 is 时效指标 as {@link Direction#isTimeCategory} reads it (the one recognition): "时效指标", "时效" (襄阳 2021),
     * "时效指标(工期指标、形象进度指标)" (东莞 2019), "产出时效" (吕梁 2021).
     */
    static final long L2_TIMELINESS = 1L << 34;
    /** {@code "成本指标".equals(i.level1())}. */
    static final long L1_COST = 1L << 35;
    /** {@code "成本指标".equals(i.level2())}. */
    static final long L2_COST = 1L << 36;
    /** 二级 one of ST-3's cost categories (经济成本指标, 社会成本指标, 生态环境成本指标). */
    static final long L2_ST3_COST = 1L << 37;

    /** {@code TargetParser.sameTerms(i.targetValue(), i.actualValue())}. */
    static final long SAME_TERMS = 1L << 38;
    /** {@code i.actualUnitAssumed()}. */
    static final long UNIT_ASSUMED = 1L << 39;
    /** {@code i.targetUnitAssumed()}. */
    static final long TARGET_UNIT_ASSUMED = 1L << 43;
    /** {@code t.vague() && !t.graded()} of the target in force ({@code i.targetValue()}). */
    static final long T_VAGUE = 1L << 42;
    /** {@code i.task() != null && i.targetRevisedOn() != null}. */
    static final long TASK_REVISED = 1L << 40;
    /** {@code i.effectiveTarget() != null && PlaceholderLeft.noNumeral(i.effectiveTarget()) != null}. */
    static final long T_NO_NUMERAL = 1L << 44;
    /** {@code i.actual() != null && PlaceholderLeft.noNumeral(i.actual()) != null}. */
    static final long A_NO_NUMERAL = 1L << 45;

    /** ST-3's 二级 cost categories. */
    static final List<String> ST3_COST = List.of("经济成本指标", "社会成本指标", "生态环境成本指标");

    private final Submission submission;
    private final Indicator[] rows;
    private final long[] bits;
    /** Per row: its (一级, 二级) group; per group: the labels of its first row (equal in every row of the group). */
    private final int[] group;
    /** Per row: {@link ColumnFormatMixed#formats} of its target and of its actual as written. */
    private final byte[] targetFormats;
    private final byte[] actualFormats;
    /** Per row: {@code TargetParser.inUnitOf(i.actualValue(), i.targetValue())} (null where it is none). */
    private final BigDecimal[] actualInTarget;
    private final List<String[]> groups = new ArrayList<>();
    /** Per group: the facts of its labels ({@link #labels}). */
    private final List<Long> groupBits = new ArrayList<>();

    /**
     * {@code TargetParser.unitOf(unit).isEmpty()} per 度量单位 text (a parse of its own): the rows of a table repeat a
     * handful of units.
     */
    private final Map<String, Boolean> unitColumnEmpty = new HashMap<>();
    private final java.util.function.Predicate<String> namesNoUnit =
            u -> unitColumnEmpty.computeIfAbsent(u, t -> TargetParser.unitOf(t).isEmpty());

    private IndicatorFacts(Submission s) {
        this.submission = s;
        List<Indicator> all = s.indicators();
        List<Indicator> applicable = s.applicableIndicators();
        int n = all.size();
        rows = all.toArray(new Indicator[0]);
        bits = new long[n];
        group = new int[n];
        targetFormats = new byte[n];
        actualFormats = new byte[n];
        actualInTarget = new BigDecimal[n];
        // the groups by their labels, made when the groups outnumber SCANNED (most tables never have so many): 一级
        // then 二级, each a String key (a HashMap orders a crowded bin of comparable keys; a List of the two is not one,
        // and labels made to share a hash, of "Aa" and "BB", made every look-up a walk through all of them)
        Map<String, Map<String, Integer>> byLabels = null;
        String prev1 = null;
        String prev2 = null;
        int a = 0; // the applicable rows are the rows in order, some left out
        for (int k = 0; k < n; k++) {
            Indicator i = rows[k];
            long b = 0;
            if (a < applicable.size() && applicable.get(a) == i) {
                b |= APPLICABLE;
                a++;
            }
            String l1 = i.level1();
            String l2 = i.level2();
            // rows of one category follow each other: equal labels to the row before are its group, without a lookup
            if (k > 0 && Objects.equals(l1, prev1) && Objects.equals(l2, prev2)) {
                group[k] = group[k - 1];
            } else {
                // rows of the tasks interleave the categories: a dozen groups, found by comparing with each (a
                // map's key and its hashes cost more); the map takes over where a table has many
                if (groups.size() > SCANNED && byLabels == null) {
                    byLabels = new HashMap<>();
                    for (int h = 0; h < groups.size(); h++) {
                        byLabels.computeIfAbsent(groups.get(h)[0], x -> new HashMap<>()).put(groups.get(h)[1], h);
                    }
                }
                Map<String, Integer> of1 = byLabels == null ? null : byLabels.get(l1);
                Integer g = groups.size() <= SCANNED ? scan(l1, l2) : of1 == null ? null : of1.get(l2);
                if (g == null) {
                    g = groups.size();
                    if (g < groupHash.length) {
                        groupHash[g] = hash(l1, l2);
                    }
                    groups.add(new String[] {l1, l2});
                    groupBits.add(labels(l1, l2));
                    if (byLabels != null) {
                        byLabels.computeIfAbsent(l1, x -> new HashMap<>()).put(l2, g);
                    }
                }
                group[k] = g;
                prev1 = l1;
                prev2 = l2;
            }
            // the row's own facts, and those of its labels (worked out once per group)
            BigDecimal inTarget = TargetParser.inUnitOf(i.actualValue(), i.targetValue());
            actualInTarget[k] = inTarget;
            b |= row(i, inTarget) | groupBits.get(group[k]);
            bits[k] = b;
            // the texts are at hand here (the other facts read them): a later pass would fetch them again
            targetFormats[k] = (byte) ColumnFormatMixed.formats(i.target());
            actualFormats[k] = (byte) ColumnFormatMixed.formats(i.actual());
        }
    }

    /** Up to this many groups, a row's group is found by comparing its labels with each. */
    private static final int SCANNED = 24;

    /** Per group (up to {@link #SCANNED} and one): {@link #hash} of its labels, compared before the labels. */
    private final int[] groupHash = new int[SCANNED + 1];

    /** The labels' hash: {@code Objects.hash(l1, l2)}'s, each label's worked out once per String. */
    private static int hash(String l1, String l2) {
        return 31 * Objects.hashCode(l1) + Objects.hashCode(l2);
    }

    /**
     * The group of labels {@code (l1, l2)}, or null (comparing with each group: its labels' hash, then, where that is
     * equal, its labels; the 二级 labels of a 一级 are texts of one length — 数量指标, 质量指标 — that compared
     * character by character).
     */
    private Integer scan(String l1, String l2) {
        int h = hash(l1, l2);
        for (int g = 0; g < groups.size(); g++) {
            String[] labels = groups.get(g);
            if (groupHash[g] == h && Objects.equals(l2, labels[1]) && Objects.equals(l1, labels[0])) {
                return g;
            }
        }
        return null;
    }

    /** Every fact of {@code i} but {@link #APPLICABLE}. */
    long facts(Indicator i) {
        return row(i, TargetParser.inUnitOf(i.actualValue(), i.targetValue())) | labels(i.level1(), i.level2());
    }

    /**
     * The facts of {@code i} but {@link #APPLICABLE} and those of its labels; {@code inTarget} is
     * {@code TargetParser.inUnitOf(i.actualValue(), i.targetValue())}, worked out once for the comparison, the equality
     * with the target and {@link #actualInTarget}.
     */
    private long row(Indicator i, BigDecimal inTarget) {
        long b = 0;
        String target = i.effectiveTarget();
        String actual = i.actual();
        boolean targetBlank = Checks.blank(target);
        boolean actualBlank = Checks.blank(actual);
        b |= targetBlank ? TARGET_BLANK : 0;
        b |= actualBlank ? ACTUAL_BLANK : 0;
        // placeholder-left's lost numbers, scanned here where the texts are at hand (a blank text holds no measure word)
        b |= !targetBlank && PlaceholderLeft.noNumeral(target) != null ? T_NO_NUMERAL : 0;
        b |= !actualBlank && PlaceholderLeft.noNumeral(actual) != null ? A_NO_NUMERAL : 0;
        b |= Checks.blank(i.explanation()) ? EXPLANATION_BLANK : 0;
        b |= Checks.placeholder(i.explanation()) ? EXPLANATION_PLACEHOLDER : 0;
        TargetValue t = i.targetValue();
        TargetValue av = i.actualValue();
        Outcome compared = TargetParser.outcome(t, inTarget); // TargetParser.compare(t, av)
        b |= compared == Outcome.MISSED ? COMPARED_MISSED : 0;
        // Checks.outcome: INCOMPARABLE where either text is blank, else the comparison; 合格率 ≥ 120% compared as the
        // ceiling it means, 100 %, as the scorer reads it (session 52; COMPARED_MISSED keeps the printed figure)
        TargetValue read = io.github.jixiao.score.IndicatorScoring.ceilingRead(i);
        Outcome judged = read == t ? compared : TargetParser.outcome(read, inTarget);
        b |= judged == Outcome.MISSED && !targetBlank && !actualBlank ? MISSED : 0;
        b |= i.isTemplateRow() ? TEMPLATE : 0;
        b |= Checks.achievementShort(i) ? ACHIEVEMENT_SHORT : 0;
        // ActualEqualsTargetPattern.equalsTarget(i)
        b |= t.isQuantitative() && !t.isRange() && !t.isDate() && inTarget != null && inTarget.compareTo(t.low()) == 0 ? EQUALS_TARGET : 0;
        b |= t.vague() && !t.graded() ? T_VAGUE : 0;
        b |= ActualEqualsTargetPattern.copiedComparator(i) ? COPIED_COMPARATOR : 0;
        b |= !Checks.blank(i.adjustedTarget()) && !Checks.blank(i.target()) ? REVISED : 0;
        b |= i.points() != null ? POINTS : 0;
        b |= i.score() != null ? SCORE : 0;
        b |= t.isQuantitative() ? T_QUANTITATIVE : 0;
        b |= t.isQualitative() ? T_QUALITATIVE : 0;
        b |= t.isEmpty() ? T_EMPTY : 0;
        b |= t.isRange() ? T_RANGE : 0;
        b |= t.isPercent() ? T_PERCENT : 0;
        b |= t.isMoney() ? T_MONEY : 0;
        b |= t.explicitComparator() ? T_EXPLICIT : 0;
        b |= t.comparator() == Comparator.GE || t.comparator() == Comparator.GT ? T_AT_LEAST : 0;
        b |= av.isQuantitative() ? A_QUANTITATIVE : 0;
        b |= av.isQualitative() ? A_QUALITATIVE : 0;
        b |= av.isEmpty() ? A_EMPTY : 0;
        b |= av.isRange() ? A_RANGE : 0;
        b |= av.isPercent() ? A_PERCENT : 0;
        b |= av.isMoney() ? A_MONEY : 0;
        b |= TargetParser.sameTerms(t, av) ? SAME_TERMS : 0;
        // the column's unit parsed once per distinct text
        b |= i.actualUnitAssumed(namesNoUnit) ? UNIT_ASSUMED : 0;
        b |= i.targetUnitAssumed() ? TARGET_UNIT_ASSUMED : 0;
        b |= i.task() != null && i.targetRevisedOn() != null ? TASK_REVISED : 0;
        return b;
    }

    /** Whether {@code l2} names 时效指标 ({@link #L2_TIMELINESS}): {@link Direction#isTimeCategory}, the one recognition. */
    private static boolean timeliness(String l2) {
        return Direction.isTimeCategory(l2);
    }

    /** The facts that depend on the labels (一级 {@code l1}, 二级 {@code l2}) alone. */
    private static long labels(String printed1, String printed2) {
        // 产出目标 / 数量目标 (福建 2020) are the taxonomy's 产出指标 / 数量指标 spelt with 目标
        String l1 = io.github.jixiao.score.Taxonomy.goalAsIndicator(printed1);
        String l2 = io.github.jixiao.score.Taxonomy.goalAsIndicator(printed2);
        long b = 0;
        b |= Checks.isSatisfaction(l1) ? SATISFACTION : 0;
        b |= SatisfactionWithoutSurvey.satisfaction(l1, l2) ? SATISFACTION_ROW : 0;
        // the category names compared below as the taxonomy reads them: 产出 and 成本 typed without their 指标 (a finance
        // officer's short form, 襄阳 2021's print) are 产出指标 and 成本指标, as Taxonomy.same scores them (session 43, E7:
        // "level2": "成本" was scored as 成本指标 but lost the cost rules' checks)
        String n1 = withIndicator(l1);
        String n2 = withIndicator(l2);
        b |= "产出指标".equals(n1) ? L1_OUTPUT : 0;
        b |= l1 != null && l1.startsWith("效益") ? L1_BENEFIT : 0;
        b |= Direction.isCostCategory(l1, l2) ? COST_WORD : 0;
        b |= l2 == null || l2.isEmpty() ? L2_EMPTY : 0;
        b |= timeliness(l2) ? L2_TIMELINESS : 0;
        b |= "成本指标".equals(n1) ? L1_COST : 0;
        b |= "成本指标".equals(n2) ? L2_COST : 0;
        b |= n2 != null && ST3_COST.contains(n2) ? L2_ST3_COST : 0;
        return b;
    }

    /**
     * {@code label} normalised, with 指标 after it where it does not end so ("成本" → "成本指标", "产出" → "产出指标"): the
     * name {@link io.github.jixiao.score.Taxonomy#same} reads it as; null for null or blank.
     */
    static String withIndicator(String label) {
        String n = label == null ? "" : io.github.jixiao.score.Taxonomy.normalise(label);
        if (n.isEmpty()) {
            return null;
        }
        return n.endsWith("指标") ? n : n + "指标";
    }

    /** The facts of {@code s}'s rows, worked out now (a run shares one: {@link #of(Submission, RuleContext)}). */
    static IndicatorFacts of(Submission s) {
        return new IndicatorFacts(s);
    }

    /** The facts of {@code s}'s rows for the run of {@code ctx}. */
    static IndicatorFacts of(Submission s, RuleContext ctx) {
        IndicatorFacts f = ctx.shared(KEY, () -> new IndicatorFacts(s));
        return f.submission == s ? f : new IndicatorFacts(s); // a context shared with another submission (never in one run)
    }

    /** {@link ColumnFormatMixed#formats} of row {@code k}'s target (or actual) as written. */
    int formats(int k, boolean target) {
        return target ? targetFormats[k] : actualFormats[k];
    }

    /** {@code TargetParser.inUnitOf(i.actualValue(), i.targetValue())} of row {@code k}: null where it is none. */
    BigDecimal actualInTarget(int k) {
        return actualInTarget[k];
    }

    /** The number of rows ({@link Submission#indicators()}). */
    int size() {
        return rows.length;
    }

    /** Row {@code k} of {@link Submission#indicators()}. */
    Indicator row(int k) {
        return rows[k];
    }

    /** The facts of row {@code k}. */
    long bits(int k) {
        return bits[k];
    }

    /** Whether row {@code k} has every fact of {@code all}. */
    boolean all(int k, long all) {
        return (bits[k] & all) == all;
    }

    /** The (一级, 二级) group of row {@code k}: rows with equal labels have the same group, numbered from 0 as first met. */
    int group(int k) {
        return group[k];
    }

    /** The number of groups. */
    int groups() {
        return groups.size();
    }

    /** The 一级 label of group {@code g}. */
    String level1(int g) {
        return groups.get(g)[0];
    }

    /** The 二级 label of group {@code g}. */
    String level2(int g) {
        return groups.get(g)[1];
    }

    /** The number of applicable rows. */
    int applicable() {
        return submission.applicableIndicators().size();
    }
}
