package io.github.jixiao.model;

import io.github.jixiao.load.Src;
import io.github.jixiao.target.Direction;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One 三级指标 as filed, with the columns the published forms print.
 *
 * @param index           position in indicators.json's array
 * @param target          the target as written at the start of the year (年初指标值)
 * @param adjustedTarget  the revised target, or null
 * @param targetRevisedOn date of the last revision of the target, or null
 * @param columns         the optional columns of the form: 度量单位, 指标性质 (定量/定性 and comparator), 指标方向, 是否核心指标,
 *                        得分系数
 * @param targetValue     {@link #effectiveTarget()} parsed (once, at binding; every rule and the scorer read it), with the
 *                        row's comparator and unit applied, and a bare number read in the direction its 指标方向 column
 *                        states, else in the one its name implies
 * @param actualValue     {@link #actual()} parsed, in the row's unit (or the target's) when written without one
 * @param actualUnitWritten {@link #actual()} as written names its unit (parsed, before the row's unit or the target's is
 *                        applied): kept so that {@link #actualUnitAssumed()} does not parse the text again
 * @param targetUnitAssumed the target was written as a bare number with no 度量单位 column to name its unit, and is read
 *                        in the unit its actual names ("200" against "210人": 200 人); {@link #targetUnitAssumed()}
 * @param templateRow     {@link #isTemplateRow()}, worked out at binding while the row's texts are in the processor's
 *                        caches (the rules, the scorer and the workbook ask it of every row, long after)
 * @param level1Inferred  the row was filed with a 二级 and no 一级, and {@link #level1()} is the one 一级 the framework's
 *                        taxonomy puts that 二级 under ({@link #inferredUnder}); the JSON has no level1. Or it was filed
 *                        with a heading above the national 一级 as its 一级 (实施效果指标) and a 一级 of the taxonomy as its 二级,
 *                        and {@link #level1()} is that 一级, {@link #level2()} null ({@link #liftedUnder}, {@link #lifted()})
 * @param targetLabel     the words the target was written with beside its one quantity ("合格率" of "合格率≥95%", "度汛安全率"
 *                        of "≥95%（度汛安全率）"), which {@link #targetValue()} is read without
 *                        ({@link TargetParser#labelled}); null when the target was read as written
 * @param actualLabel     the words the actual was written with beside its one quantity ("培训人次" of "培训人次 520",
 *                        "实际完成（合格率）" of "实际完成95%（合格率）"), which {@link #actualValue()} is read without
 *                        ({@link TargetParser#labelledActual}); null when the actual was read as written
 * @param clauses         {@link #effectiveTarget()} split into a deadline and another target ({@link TargetParser#clauses}:
 *                        ≥95%，12月底前完成), parsed once at binding for the binding itself, {@link #otherClauseRead()},
 *                        the scorer and the monitoring rule; null (nothing stored) for a cell that is not so made, as most are
 */
public record Indicator(
        int index,
        String level1,
        String level2,
        String name,
        String target,
        String adjustedTarget,
        LocalDate targetRevisedOn,
        String actual,
        boolean notApplicable,
        BigDecimal points,
        BigDecimal score,
        String achievement,
        String task,
        String explanation,
        Columns columns,
        Src src,
        Src targetSrc,
        Src actualSrc,
        TargetValue targetValue,
        TargetValue actualValue,
        boolean actualUnitWritten,
        boolean targetUnitAssumed,
        boolean templateRow,
        boolean level1Inferred,
        String targetLabel,
        String actualLabel,
        TargetParser.Clauses clauses) {

    /**
     * The optional columns of a form's indicator table.
     *
     * @param unit       度量单位 / 计量单位, or null
     * @param nature     指标性质 as 定量 / 定性, or null
     * @param comparator 指标性质 as a comparator (四川: "≥", "≤", "=" …), or null
     * @param core       是否核心指标, or null
     * @param scoreRate  得分系数 in percent, or null
     * @param forecast   全年预计完成值 of a mid-year monitoring table, as written, or null
     * @param likelihood 完成目标可能性 of a mid-year monitoring table (确定能 / 有可能 / 不可能 / 完全不可能), or null
     * @param direction  指标方向 (内蒙古, 四川: 正向 / 反向 / 正向指标 / 反向指标): the direction a bare target is read in
     *                   ({@link Direction#stated}), or null
     * @param reviewedScore 复核分 (评价复核得分: the finance bureau's or a third-party reviewer's score) printed beside
     *                   自评分, or null
     * @param standard   the row's own 评分标准 (评(扣)分标准, 评分规则: 福建 2020 "达9个得6分,少检查一个扣1分,扣完为止"), as
     *                   printed, or null: shown in the reports, never scored by
     * @param definition the row's 指标解释 (指标说明), as printed, or null: shown in the reports
     * @param level1Printed what the form prints in the row's 一级指标 column where it is no category of any taxonomy and
     *                   so cannot be written as {@code level1} (大英 双心 2020, t44: 项目决策, 项目效益), as printed, or null:
     *                   indicator-category-unknown says the rows filed by their 二级 as under it (since session 58)
     */
    public record Columns(String unit, String nature, String comparator, Boolean core, BigDecimal scoreRate,
                          String forecast, String likelihood, String direction, BigDecimal reviewedScore, String standard,
                          String definition, String level1Printed) {
        public static final Columns NONE = new Columns(null, null, null, null, null);

        /** The columns of a table whose 一级 column holds categories (or none). */
        public Columns(String unit, String nature, String comparator, Boolean core, BigDecimal scoreRate,
                       String forecast, String likelihood, String direction, BigDecimal reviewedScore, String standard,
                       String definition) {
            this(unit, nature, comparator, core, scoreRate, forecast, likelihood, direction, reviewedScore, standard, definition,
                    null);
        }

        /** The columns of a table without a 评分标准 or 指标解释 column. */
        public Columns(String unit, String nature, String comparator, Boolean core, BigDecimal scoreRate,
                       String forecast, String likelihood, String direction, BigDecimal reviewedScore) {
            this(unit, nature, comparator, core, scoreRate, forecast, likelihood, direction, reviewedScore, null, null);
        }

        /** The columns of a table without a 复核分, 评分标准 or 指标解释 column. */
        public Columns(String unit, String nature, String comparator, Boolean core, BigDecimal scoreRate,
                       String forecast, String likelihood, String direction) {
            this(unit, nature, comparator, core, scoreRate, forecast, likelihood, direction, null);
        }

        /** The columns of a table without a 指标方向 column. */
        public Columns(String unit, String nature, String comparator, Boolean core, BigDecimal scoreRate,
                       String forecast, String likelihood) {
            this(unit, nature, comparator, core, scoreRate, forecast, likelihood, null);
        }

        /** The columns of a table without the monitoring ones. */
        public Columns(String unit, String nature, String comparator, Boolean core, BigDecimal scoreRate) {
            this(unit, nature, comparator, core, scoreRate, null, null);
        }
    }

    /** 复核分: the reviewer's score printed beside the row's own, or null. */
    public BigDecimal reviewedScore() {
        return columns.reviewedScore();
    }

    /** The target in force: the revised one where there is one. */
    public String effectiveTarget() {
        return effectiveTarget(target, adjustedTarget);
    }

    static String effectiveTarget(String target, String adjustedTarget) {
        return adjustedTarget != null && !adjustedTarget.isBlank() ? adjustedTarget : target;
    }

    /** An indicator as filed, its target in force and actual parsed by {@link TargetParser}. */
    public static Indicator of(int index, String level1, String level2, String name, String target, String adjustedTarget,
                               LocalDate targetRevisedOn, String actual, boolean notApplicable, BigDecimal points,
                               BigDecimal score, String achievement, String task, String explanation, Columns columns,
                               Src src, Src targetSrc, Src actualSrc) {
        return of(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, actual, notApplicable, points, score,
                achievement, task, explanation, columns, src, targetSrc, actualSrc, null);
    }

    /**
     * As above, in a table of {@code year} (null: not known): a target and an actual both written without their year
     * (9月前 → 7月) are read as days of it ({@link TargetParser#inYear}).
     */
    public static Indicator of(int index, String level1, String level2, String name, String target, String adjustedTarget,
                               LocalDate targetRevisedOn, String actual, boolean notApplicable, BigDecimal points,
                               BigDecimal score, String achievement, String task, String explanation, Columns columns,
                               Src src, Src targetSrc, Src actualSrc, Integer year) {
        return of(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, actual, notApplicable, points, score,
                achievement, task, explanation, columns, src, targetSrc, actualSrc, year, false);
    }

    /**
     * This row, filed with a 二级 and no 一级, as under the 一级 {@code level1} its 二级 belongs to (the framework's
     * taxonomy has it under that one only): bound again as if the table had printed it, so that everything read from the
     * labels (a 成本 row's bare amount as a ceiling) follows, and marked {@link #level1Inferred()}. {@code year}: the
     * table's, as at binding.
     */
    public Indicator inferredUnder(String level1, Integer year) {
        return of(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, actual, notApplicable, points, score,
                achievement, task, explanation, columns, src, targetSrc, actualSrc, year, true);
    }

    /**
     * This row, filed with a heading above the national 一级 as its 一级 (实施效果指标) and the national 一级 {@code level1}
     * as its 二级 (the 中央预算内投资计划绩效目标表's columns), as under that 一级 with no 二级: bound again as if the table had
     * printed it so, and marked {@link #level1Inferred()} ({@link #lifted()}). {@code year}: the table's, as at binding.
     */
    public Indicator liftedUnder(String level1, Integer year) {
        return of(index, level1, null, name, target, adjustedTarget, targetRevisedOn, actual, notApplicable, points, score,
                achievement, task, explanation, columns, src, targetSrc, actualSrc, year, true);
    }

    /**
     * Whether the target is a cell of a deadline and another target ({@link TargetParser#clauses}: ≥95%，12月底前完成) read
     * as that other target, a figure its actual answers (98%): the deadline is not what the actual says anything of.
     */
    public boolean otherClauseRead() {
        return clauses != null && targetValue.isQuantitative() && !targetValue.isDate();
    }

    /**
     * Whether this row's 一级 is the 二级 it was filed with, under a heading above the national 一级 ({@link #liftedUnder}):
     * marked inferred, with no 二级 left (a row inferred from its 二级 keeps it).
     */
    public boolean lifted() {
        return level1Inferred && (level2 == null || level2.isBlank());
    }

    /**
     * This row with {@code shared} as its points: a row the table prints without points of its own, whose category's
     * points are shared among its rows ({@link PointsShare}). Everything else as bound, whether it is a template row too
     * (that is a fact of what was printed: a row cut from the copy stays one).
     */
    public Indicator withPoints(BigDecimal shared) {
        return new Indicator(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, actual, notApplicable,
                shared, score, achievement, task, explanation, columns, src, targetSrc, actualSrc, targetValue, actualValue,
                actualUnitWritten, targetUnitAssumed, templateRow, level1Inferred, targetLabel, actualLabel, clauses);
    }

    private static Indicator of(int index, String level1, String level2, String name, String target, String adjustedTarget,
                                LocalDate targetRevisedOn, String actual, boolean notApplicable, BigDecimal points,
                                BigDecimal score, String achievement, String task, String explanation, Columns columns,
                                Src src, Src targetSrc, Src actualSrc, Integer year, boolean level1Inferred) {
        String effective = effectiveTarget(target, adjustedTarget);
        // the cell's two clauses where it holds a deadline and another target, parsed here once (null for most cells:
        // clauses returns at once where no day can be written); every reading below and after binding uses them
        TargetParser.Clauses two = TargetParser.clauses(effective);
        // a deadline set in words (力争6月底前完成, 6月中旬完成, 确保资金6月底前拨付到位, ≥95%，12月底前完成): beside a date
        // it is read as the deadline it sets (TargetParser.deadlineText), as a plain deadline is, its text kept as written;
        // before session 47 it was words, and a date beside it was words (0 points, or unchecked) or an error. Beside
        // anything else it is read as written (已完成, 按时完成: words graded as a plain deadline's are)
        String month = year == null ? null : bareMonth(name, effective, actual, columns);
        if (month != null) {
            // 完成时间 "12" beside 已完成 or 2022年11月 (a month with no 月): read as 12月 is on a row of a time, the month of the
            // budget year, the reading said (score-assumption bare-month at 自评, monitoring-deviation-unexplained's at 运行监控);
            // until session 49 it was 12 of no unit beside words, an error (M7's left-alone 5). Beside a bare 1 to 12 ("12 | 12")
            // the actual is the month done in, read so too (session 50)
            String actualMonth = bareMonthActual(actual);
            return of(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, actualMonth == null ? actual : actualMonth,
                    notApplicable, points, score, achievement, task, explanation, columns, src, targetSrc, actualSrc, year,
                    level1Inferred, month, two, name, actual);
        }
        String yearMonth = TargetParser.yearMonthOfTimeRow(name, effective);
        if (yearMonth != null) {
            // 项目竣工时间 "2023.12": the month December 2023, a deadline, its text kept as written (session 52, t115); before,
            // the number 2023.12 read as "≥ 2023.12"
            return of(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, actual, notApplicable, points, score,
                    achievement, task, explanation, columns, src, targetSrc, actualSrc, year, level1Inferred, yearMonth, two);
        }
        TargetParser.DeadlineReading reading = TargetParser.deadlineReading(year, effective, two);
        String deadline = reading == null ? null : reading.text();
        if (deadline != null) {
            Indicator read = of(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, actual, notApplicable, points,
                    score, achievement, task, explanation, columns, src, targetSrc, actualSrc, year, level1Inferred, deadline, two);
            if (read.targetValue.isDate() && read.actualValue.isDate()) {
                return read;
            }
        }
        // a deadline and another target in one cell, either way round (≥95%，12月底前完成; 6月底前完成，验收合格率100%),
        // beside an actual that is a figure of the other target (98%): that target is what the actual answers, and the
        // row is read by it, its text kept as written (score-assumption other-clause-read says so; the deadline is left
        // unchecked and asked for in a row of its own). Until session 48 the cell was words, the actual an error
        // (qualitative-target) and 0 points (M6's left-alone 3)
        if (two != null && actual != null && !actual.isBlank()) {
            Indicator read = of(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, actual, notApplicable, points,
                    score, achievement, task, explanation, columns, src, targetSrc, actualSrc, year, level1Inferred, two.other(), two);
            String[] bare = read.targetValue.isQualitative() ? bareClause(two.other()) : null;
            if (bare != null) {
                // the other clause words and a figure with no comparator (6月底前完成，验收合格率100% | 98%): the figure read
                // as a bare one is on a row of its own (≥ 100% on a rate, indicator-target-no-comparator saying so), not
                // left words beside its figure, the row an error and 0 points (session 49, M7's left-alone 1); in the
                // direction its words give, whatever the row's name: 投诉率5% on a 及时性 row is a ceiling, ≤ 5% (session 50,
                // M8's left-alone 2: it was left words, an error and 0 points)
                read = of(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, actual, notApplicable, points,
                        score, achievement, task, explanation, columns, src, targetSrc, actualSrc, year, level1Inferred, bare[0], two,
                        bare[1], actual);
            }
            TargetValue t = read.targetValue;
            TargetValue a = read.actualValue;
            if (t.isQuantitative() && !t.isDate() && a.isQuantitative() && !a.isDate()
                    && TargetParser.compare(t, a) != io.github.jixiao.target.Outcome.INCOMPARABLE) {
                return read;
            }
        }
        return of(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, actual, notApplicable, points, score,
                achievement, task, explanation, columns, src, targetSrc, actualSrc, year, level1Inferred, effective, two);
    }

    /**
     * The month {@code target} names as a bare 1 to 12 on a row of a time ({@link TargetParser#monthOfTimeRow}: 完成时间 "12"
     * is 12月), where an actual is written that is not a bare number too and no 度量单位 column names a unit; else null. A
     * bare number beside a bare number is left as written (12 beside 12: the figures compare as written, and "11" read as
     * November would be a guess on both sides); at 目标申报 (no actual) the target is read as written, and in a table of no
     * known year too (the month of which year?).
     */
    private static String bareMonth(String name, String target, String actual, Columns columns) {
        if (actual == null || actual.isBlank() || columns != null && columns.unit() != null && !columns.unit().isBlank()) {
            return null;
        }
        String month = TargetParser.monthOfTimeRow(name, target);
        return month == null || actual.strip().matches("[0-9０-９.．]+") && bareMonthActual(actual) == null ? null : month;
    }

    /**
     * The month a bare 1 to 12 written as the actual names ("12" → "12月"), or null: beside a bare month target on a row of
     * a time ({@link #bareMonth}) it is the month the work was done in, as the target is the month it is due by (12 | 12:
     * met; 6 | 7: a month late). Before session 50 the two were compared as quantities, "≥ 12" of no unit (M8's left-alone 3).
     */
    private static String bareMonthActual(String actual) {
        String a = actual == null ? "" : actual.strip();
        return a.matches("0?[1-9]|1[0-2]") ? Integer.parseInt(a) + "月" : null;
    }

    /** Whether the actual, a bare 1 to 12 beside a bare month target, was read as a month too ({@link #bareMonthActual}). */
    public boolean bareMonthActualRead(Integer year) {
        return bareMonthRead(year) != null && bareMonthActual(actual) != null;
    }

    /**
     * The deadline a bare 1 to 12 on a row of a time was read as ({@link #bareMonth}: 完成时间 "12" → 12月底前), or null where
     * the target was not so read. {@code year}: the table's, as at binding.
     */
    public String bareMonthRead(Integer year) {
        return year == null ? null : bareMonth(name, effectiveTarget(), actual, columns);
    }

    /**
     * The figure of a cell's other clause written as words and then a figure with no comparator (验收合格率100%:
     * {@link TargetParser#labelledBare}), as a bare target is written ("100%"), and its words ("验收合格率"), which give
     * its direction ({@link #readName()}); else null.
     */
    private static String[] bareClause(String clause) {
        TargetParser.Labelled l = TargetParser.labelledBare(clause);
        if (l == null) {
            return null;
        }
        String c = clause.strip();
        for (int k = 0; k < c.length(); k++) {
            if (Character.isDigit(c.charAt(k))) {
                return new String[] {c.substring(k), l.label()};
            }
        }
        return null;
    }

    /**
     * The words that name what the target read measures: the other clause's words where the row was read by that clause
     * ({@link #otherClauseRead()}: 验收合格率 of 6月底前完成，验收合格率100%; 投诉率 of 6月底前完成，投诉率5%), else the row's name.
     * A bare figure's direction, and whether it is a rate, are read from them.
     */
    public String readName() {
        if (!otherClauseRead()) {
            return name;
        }
        TargetParser.Labelled l = TargetParser.labelledBare(clauses.other());
        if (l == null) {
            l = TargetParser.labelled(clauses.other());
        }
        return l == null || l.label() == null || l.label().isBlank() ? name : l.label().strip();
    }

    /** The part of the cell the row was read by where it was read by its other clause (验收合格率100%), else null. */
    public String readPart() {
        return otherClauseRead() ? clauses.other().strip() : null;
    }

    /**
     * {@link #of} with the target read as {@code readAs} (the effective target, or the deadline it sets), its text kept;
     * {@code two} the effective target's clauses, stored.
     */
    private static Indicator of(int index, String level1, String level2, String name, String target, String adjustedTarget,
                                LocalDate targetRevisedOn, String actual, boolean notApplicable, BigDecimal points,
                                BigDecimal score, String achievement, String task, String explanation, Columns columns,
                                Src src, Src targetSrc, Src actualSrc, Integer year, boolean level1Inferred, String readAs,
                                TargetParser.Clauses two) {
        return of(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, actual, notApplicable, points, score,
                achievement, task, explanation, columns, src, targetSrc, actualSrc, year, level1Inferred, readAs, two, name, actual);
    }

    /**
     * As above, a bare figure read in the direction {@code measured} gives ({@link Direction#target}): the row's name, or
     * the words of the clause read (投诉率 of 6月底前完成，投诉率5%: ≤ 5%, whatever the row's name); {@code actual} the text
     * the actual is read as, {@code typed} the actual as written, stored (they differ for a bare month: "12" read as 12月).
     */
    private static Indicator of(int index, String level1, String level2, String name, String target, String adjustedTarget,
                                LocalDate targetRevisedOn, String actual, boolean notApplicable, BigDecimal points,
                                BigDecimal score, String achievement, String task, String explanation, Columns columns,
                                Src src, Src targetSrc, Src actualSrc, Integer year, boolean level1Inferred, String readAs,
                                TargetParser.Clauses two, String measured, String typed) {
        Columns c = columns == null ? Columns.NONE : columns;
        String effective = readAs;
        TargetValue[] dated = TargetParser.inYear(year, effective, actual);
        // a date with words beside it, one of the pair written without its year ("完成时间 10月" beside 12月底前 or
        // 2023年12月底前, "完成时间 2023年10月" beside 12月底前): read in the table's year as the plain date is, its words said
        // (labelled-date); before, words beside words, or beside a date (incommensurable, 0 points)
        YearDated inYear = dated == null ? labelledDated(year, effective, actual, name) : null;
        if (inYear != null) {
            dated = inYear.dated();
        }
        TargetValue parsed = dated != null ? dated[0] : TargetParser.parseShared(effective);
        String written0 = effectiveTarget(target, adjustedTarget);
        if (parsed.isDate() && written0 != null && !written0.equals(effective)) {
            parsed = asWritten(parsed, written0.strip()); // the deadline read, quoted as the target is written
        }
        // the unit a bare number is read in: the 度量单位 column's, else the one the name ends with in brackets (南华's
        // 任务完成时限(月) "10": 10 months, so under 时效 a time limit, ≤; read unitless it was ≥ 10 and a task done in 8
        // months missed it)
        String unit = rowUnit(c, name, effective, actual);
        TargetValue t = Direction.target(parsed, c.comparator(), c.direction(), unit, measured, level1, level2);
        // "达95%" as an actual is the 95 % reached, not a floor copied from the target (session 50)
        TargetValue written = dated != null ? dated[1] : TargetParser.reachedFigure(actual, TargetParser.parseShared(actual));
        String targetLabel = null;
        TargetValue base = parsed; // what the target is read as before the row's unit or its actual's is applied
        TargetParser.Labelled labelled = parsed.isQualitative() ? TargetParser.labelled(effective) : null;
        // an actual with words beside its one figure ("培训人次 520"): read below against a quantitative target
        TargetParser.Labelled actualWords = written.isQualitative() ? TargetParser.labelledActual(actual) : null;
        String actualLabel = inYear != null ? inYear.label() : null;
        if (labelled != null) {
            // "合格率≥95%" beside 98%, "≥95%（度汛安全率）" beside 100%: the one quantity the words name, where the actual is
            // a number in its terms, or (none written yet) the row's unit is its unit; before, words, and the row scored 0
            TargetValue q = Direction.target(labelled.value(), c.comparator(), c.direction(), unit, name, level1, level2);
            // words on both sides ("培训人次 ≥ 500" beside "培训人次 520"): the actual's figure, where it is one in q's terms
            TargetValue both = labelledActual(actualWords, unit, q, labelled.label());
            TargetValue w = both != null ? both : written;
            boolean read = w.isEmpty()
                    ? !q.unit().isEmpty() && q.unit().equals(TargetParser.unitOf(unit))
                    : w.isQuantitative() && !w.isDate() && !w.isRange()
                            // a per-unit figure (人均成本≤500元) only beside an actual in the very unit written: a total in
                            // 万元 converts, yet is no per-capita figure (review s29-V L3)
                            && (!PER_UNIT.matcher(labelled.label()).find() || w.unit().equals(q.unit()))
                            && TargetParser.compare(q, asActual(w, unit, q)) != io.github.jixiao.target.Outcome.INCOMPARABLE;
            if (read) {
                t = q;
                base = labelled.value();
                targetLabel = labelled.label();
                if (both != null) {
                    written = both;
                    actualLabel = actualWords.label();
                }
            }
        }
        if (t.isDate() && written.isQualitative() && dated == null) {
            // "完成时间 2024年10月" beside ≤ 2024年12月: the one date the words name, as a figure with words is read beside a
            // figure (labelledActual); before, words, and the 时效 row was not compared (incommensurable, 0 points)
            TargetParser.Labelled when = TargetParser.labelledDate(actual);
            if (when != null && !earlierEvent(when.label(), name)) {
                written = when.value();
                actualLabel = when.label();
            }
        }
        if (TargetParser.bareMonth(parsed) && written.isQualitative() && TargetParser.doneWithoutDate(actual)
                && Direction.isTimeRow(level2, name)) {
            // a bare 12月 on a row of a time (宁夏 福彩 2023, t61's 完成时间) beside 已完成: December or twelve months, and done either way; read as
            // the words 12月底前 is beside it (graded 达成, said), not as 12 of a unit 月 beside words (an error asking for the
            // actual "12 月", 0 points); indicator-actual-incommensurable deadline-done-undated asks for the day (session 47)
            t = TargetParser.words(t);
        }
        if (written.isQualitative() && t.isQuantitative() && !t.isDate() && !t.isRange() && !t.isPercent()
                && (t.isMoneyPerUnit() || name != null && name.contains("标准")) && TargetParser.standardApplied(actual)) {
            // "实际按该标准发放" beside 年均补助标准 260元/辆 (镜湖区残联 2023, t125 /4): the target's own standard paid, its
            // figure met, as "实际在规定时间内完成" is a deadline kept (Period.onTime); before, words beside a figure, an error
            // (indicator-actual-incommensurable). Said in a note there (standard-applied), which asks for the figure paid
            written = new TargetValue(TargetValue.Kind.QUANTITATIVE, io.github.jixiao.target.Comparator.EQ, false, t.low(), t.low(),
                    t.unit(), actual, false, false);
        }
        if (written.isQualitative() && t.isQuantitative() && !t.isDate() && !t.isRange() && !t.isPercent() && !t.isAmount()
                && !t.isMoneyPerUnit() && TargetParser.noneCounted(name, actual)) {
            // "无群体性事件发生" beside 小于5次 on a row named "…年内无群体性事件发生": none of the very thing the row counts,
            // 0 of its unit (since session 57, audit s56 A11 C8). Not "无上访" there (保山 2022, t84 /3): what there was none
            // of is not what the row counts, and indicator-actual-incommensurable's -bound-other says so
            written = new TargetValue(TargetValue.Kind.QUANTITATIVE, io.github.jixiao.target.Comparator.EQ, false,
                    java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, t.unit(), actual, false, false);
        }
        if (t.isDate() != written.isDate() && !written.isEmpty()) {
            // a date is compared with a date only: beside words ("按期完成") or a number, the target too is read as words
            t = TargetParser.asWords(t);
        }
        if (actualWords != null && t.isQuantitative() && !t.isDate() && written.isQualitative()) {
            // "培训人次 520", "合格率98%", "实际完成95%（合格率）" beside ≥ 500 人次, ≥ 95%: the one quantity the words name,
            // where its unit is the target's (or converts to it); before, words, an error (incommensurable) and 0 points
            TargetValue read = labelledActual(actualWords, unit, t);
            if (read == null && targetUnitAssumable(t, actualWords.value(), level2)
                    && !PER_UNIT.matcher(actualWords.label()).find()) {
                // a bare target, no unit on the row ("880"), beside "支出800万元": the figure names its unit as "800万元"
                // does, and the target is read in it below (targetUnitAssumed), as for that plain actual; both said.
                // Not a per-unit figure (人均支出 800元): a per-unit word is read only in the target's own unit
                read = actualWords.value();
            }
            if (read != null) {
                actualLabel = actualWords.label();
                written = read;
            }
        }
        written = TargetParser.readAgainst(written, t); // words beside words; 2022年6月 against 6月15日前: its first day
        if (actualLabel != null && written.isDate()) {
            // a labelled date, read as its date alone is (its month's first day against a deadline): quoted as written
            written = asWritten(written, actual);
        }
        // a bare target ("200", no 度量单位 column naming a unit) beside an actual that names one ("210人"): the target is
        // read in it, as a bare actual is read in the target's unit; before, the row was an error (incommensurable)
        // (not a percentage for a number above 100: "45291" beside "100%" is no rate, an Excel date serial perhaps; nor
        // any unit for a 时效 target that is one: "45291" beside "12月" is 2023-12-31, not 45291 months, missed)
        boolean targetUnitAssumed = targetUnitAssumable(t, written, level2);
        if (targetUnitAssumed) {
            // its direction read again in that unit: a bare 50 of a 成本 row beside 48万元 is a ceiling as 50万元 is, and a
            // bare 3 of a 时效 row beside 2个工作日 a time limit (Direction); read unitless they were ≥, missed
            t = Direction.target(base.withDefaultUnit(written.unit()), c.comparator(), c.direction(), unit, measured, level1,
                    level2);
            targetUnitAssumed = !t.unit().isEmpty();
        }
        TargetValue a = asActual(written, unit, t);
        return new Indicator(index, level1, level2, name, target, adjustedTarget, targetRevisedOn, typed, notApplicable,
                points, score, achievement, task, explanation, c, src, targetSrc, actualSrc, t, a, !written.unit().isEmpty(),
                targetUnitAssumed, templateRow(notApplicable, target, adjustedTarget, typed, points, score, achievement),
                level1Inferred, targetLabel, actualLabel, two);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Words that name an event before the work is done (开工, 招标 …): such a date is not the date a deadline was met. */
    private static final java.util.List<String> EARLIER_EVENTS = java.util.List.of("开工", "动工", "开始", "启动", "招标", "立项", "签订", "签约",
            "进场", "采购");

    /** Date {@code v} quoted as {@code text}, the whole cell it was read from (a labelled date: its words and date). */
    private static TargetValue asWritten(TargetValue v, String text) {
        return new TargetValue(v.kind(), v.comparator(), v.explicitComparator(), v.low(), v.high(), v.unit(), text, false, false);
    }

    /** A labelled date's words ({@code label}) and the target and date as {@link TargetParser#inYear} read them. */
    private record YearDated(String label, TargetValue[] dated) {
    }

    /**
     * {@code actual}'s words and its date ({@link TargetParser#labelledDate}, {@link TargetParser#labelledYearlessDate})
     * where that date and {@code target}, one of them written without its year, are read in {@code year} by
     * {@link TargetParser#inYear}, with that reading; null otherwise, and where the words name an earlier event
     * ({@link #earlierEvent}).
     */
    private static YearDated labelledDated(Integer year, String target, String actual, String name) {
        if (year == null || actual == null || target == null || actual.indexOf('月') < 0 && target.indexOf('月') < 0) {
            return null; // asked of every row whose plain reading in the year found nothing: most name no month
        }
        TargetParser.Labelled when = TargetParser.labelledYearlessDate(actual);
        if (when == null) {
            when = TargetParser.labelledDate(actual);
        }
        if (when == null || earlierEvent(when.label(), name)) {
            return null;
        }
        TargetValue[] dated = TargetParser.inYear(year, target, when.value().text());
        return dated == null ? null : new YearDated(when.label(), dated);
    }

    /** Whether {@code label} names an earlier event ({@link #EARLIER_EVENTS}) that the row's name does not. */
    private static boolean earlierEvent(String label, String name) {
        for (String w : EARLIER_EVENTS) {
            if (label.contains(w) && (name == null || !name.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether bare target {@code t} (no unit, no 度量单位 column naming one) is read in the unit actual {@code written}
     * names: a quantity with a unit, not a date; not a percentage for a target above 100 ("45291" beside "100%" is no
     * rate, an Excel date serial perhaps), nor any unit for a 时效 target that is a date serial ("45291" beside "12月").
     */
    private static boolean targetUnitAssumable(TargetValue t, TargetValue written, String level2) {
        return t.isQuantitative() && t.unit().isEmpty() && !t.isDate() && written.isQuantitative()
                && !written.unit().isEmpty() && !written.isDate()
                && !(written.isPercent() && t.high().compareTo(HUNDRED) > 0)
                && !(Direction.isTimeCategory(level2) && TargetParser.excelDate(t) != null);
    }

    /**
     * {@code labelled} (an actual's words and its one quantity) as the actual of target {@code t}, or null where the
     * quantity may be another measure: a unit that does not convert to the target's; a per-unit figure (人均, 单价 …) in
     * another unit than the target's own, as for a labelled target; no unit, unless the row states one ({@code unit}: its
     * 度量单位, or its name's bracket) or the words end with the target's unit of two or more characters ("培训人次 520"
     * beside ≥ 500 人次), since words alone ("满意度 96") do not say which unit the number counts in.
     */
    private static TargetValue labelledActual(TargetParser.Labelled labelled, String unit, TargetValue t) {
        if (labelled == null) {
            return null;
        }
        TargetValue v = labelled.value();
        if (v.unit().isEmpty()) {
            String rowUnit = TargetParser.unitOf(unit);
            if (!rowUnit.isEmpty()) {
                v = v.withDefaultUnit(rowUnit);
            } else if (t.unit().length() >= 2 && labelled.label().endsWith(t.unit())) {
                v = v.withDefaultUnit(t.unit());
            } else {
                return null;
            }
        }
        if (PER_UNIT.matcher(labelled.label()).find() && !v.unit().equals(t.unit())) {
            return null;
        }
        return TargetParser.compare(t, v) == io.github.jixiao.target.Outcome.INCOMPARABLE ? null : v;
    }

    /**
     * {@link #labelledActual(TargetParser.Labelled, String, TargetValue)}, or, where it reads nothing, the actual's figure as
     * written when its words are the target's own ({@code targetLabel}: "培训人次 ≥ 500" beside "培训人次 520") and neither
     * names a unit: one measure. Null without {@code labelled}.
     */
    private static TargetValue labelledActual(TargetParser.Labelled labelled, String unit, TargetValue t, String targetLabel) {
        TargetValue read = labelledActual(labelled, unit, t);
        if (read == null && labelled != null && labelled.label().equals(targetLabel) && labelled.value().unit().isEmpty()
                && t.unit().isEmpty()) {
            read = labelled.value();
        }
        return read;
    }

    /** Words naming a figure per person, household, area or item: 人均, 户均, 亩均, 平均, 单价, 每 …. */
    private static final java.util.regex.Pattern PER_UNIT = java.util.regex.Pattern.compile("人均|户均|亩均|次均|件均|平均|单价|单位|每");

    /**
     * {@code written} read as an actual is read: in the row's unit ({@code unit}: its 度量单位, else the unit its name ends
     * with in brackets), else in the target's unit, when it names none.
     */
    private static TargetValue asActual(TargetValue written, String unit, TargetValue target) {
        return written.withDefaultUnit(unit).withDefaultUnit(target.unit());
    }

    /**
     * Another text of this row read as its actual is ({@link #actualValue()}): a monitoring table's 全年预计完成值, which
     * is compared with the target as the actual is.
     */
    public TargetValue readAsActual(String text) {
        return readAsActualLabelled(text).value();
    }

    /**
     * A text read as an actual ({@link #readAsActual}), with the words it was written with beside its one figure where
     * it was read as that figure ({@code label}; null when read as written).
     */
    public record ActualRead(TargetValue value, String label) {
    }

    /**
     * {@link #readAsActual}, with the labelled-actual reading the actual gets: a forecast "培训人次 520" beside ≥ 500 人次
     * is 520 人次, on the same conditions and with the same exclusions ({@link TargetParser#labelledActual}: one figure,
     * its unit the target's, the row's, or the words ending with the target's unit; 其中, 每月, 尚未 … keep it words, but
     * not 预计 before them, which is what a forecast is: {@link #forecastWords});
     * before, it stayed words and was not compared. The label says it was so read (score-assumption labelled-forecast).
     */
    public ActualRead readAsActualLabelled(String text) {
        TargetValue targetValue = forecastTarget();
        if (targetValue.isDate() && text != null) {
            // a target without its year was read in the table's (9月前: ≤ 2023-09-30), and so is such a forecast (8月)
            int year = targetValue.low().intValue() / 10_000;
            TargetValue[] dated = TargetParser.inYear(year, effectiveTarget(), text);
            if (dated != null) {
                return new ActualRead(asActual(dated[1], rowUnit(), targetValue), null);
            }
            // a forecast date with words beside it ("完成时间 2023年10月", "完成时间 10月"): the date, as the actual's
            // (labelled-forecast-date); before, words beside a date, not compared
            ActualRead read = labelledForecastDate(targetValue, year, text, text, "");
            if (read != null) {
                return read;
            }
            // 预计 (expected) before it is the column's own word, as before a figure (forecastWords): "预计11月完成",
            // "预计2023年10月", "预计完成时间 10月" are the date, said with 预计 as their words
            String rest = afterExpected(text);
            if (rest != null) {
                dated = TargetParser.inYear(year, effectiveTarget(), rest);
                if (dated != null) {
                    return new ActualRead(asWritten(asActual(dated[1], rowUnit(), targetValue), text), EXPECTED);
                }
                TargetValue v = TargetParser.parseShared(rest);
                if (v.isDate() && !v.explicitComparator() && !v.isRange()) {
                    return new ActualRead(asWritten(TargetParser.readAgainst(v, targetValue), text), EXPECTED);
                }
                read = labelledForecastDate(targetValue, year, rest, text, EXPECTED);
                if (read != null) {
                    return read;
                }
            }
        }
        TargetValue written = TargetParser.reachedFigure(text, TargetParser.parseShared(text));
        String label = null;
        if (text != null && written.isQualitative() && targetValue.isQuantitative() && !targetValue.isDate()) {
            TargetParser.Labelled words = forecastWords(text);
            TargetValue read = labelledActual(words, rowUnit(), targetValue, targetLabel);
            if (read != null) {
                written = read;
                label = words.label();
            }
        }
        return new ActualRead(asActual(TargetParser.readAgainst(written, targetValue), rowUnit(), targetValue), label);
    }

    /** 预计 (expected): a forecast column's own word before its figure or date. */
    private static final String EXPECTED = "预计";

    /** {@code text} after its leading 预计 (and a colon), or null where it does not begin so or nothing follows. */
    private static String afterExpected(String text) {
        String s = text.strip();
        if (!s.startsWith(EXPECTED)) {
            return null;
        }
        String rest = s.substring(EXPECTED.length()).strip();
        if (rest.startsWith(":") || rest.startsWith("：")) {
            rest = rest.substring(1).strip();
        }
        return rest.isEmpty() ? null : rest;
    }

    /**
     * Forecast {@code text} as a date with words beside it against date target {@code target} (its year {@code year}), as
     * the actual is read: one of the pair without its year in that year, else a date with its year; quoted as
     * {@code shown} (the whole cell), its words after {@code lead} (预计, when read past); null where not so read.
     */
    private ActualRead labelledForecastDate(TargetValue target, int year, String text, String shown, String lead) {
        YearDated inYear = labelledDated(year, effectiveTarget(), text, name);
        if (inYear != null) {
            return new ActualRead(asWritten(asActual(inYear.dated()[1], rowUnit(), target), shown), lead + inYear.label());
        }
        TargetParser.Labelled when = TargetParser.labelledDate(text);
        if (when != null && !earlierEvent(when.label(), name)) {
            return new ActualRead(asWritten(TargetParser.readAgainst(when.value(), target), shown), lead + when.label());
        }
        return null;
    }

    /**
     * The target a forecast is read and compared against: {@link #targetValue()}, but for a date target read as words
     * because the actual to date is words (按进度推进 beside ≤ 2019年12月: a date is compared with a date only), which a
     * forecast date ("2019年11月", "完成时间 2019年11月") is compared with as the date it is; before, the forecast was
     * words too, and a late one beside 确定能 went unsaid.
     */
    public TargetValue forecastTarget() {
        if (!targetValue.isQualitative() || actualValue.isEmpty() || actualValue.isDate()) {
            return targetValue;
        }
        TargetValue p = Direction.target(TargetParser.parseShared(effectiveTarget()), columns.comparator(), columns.direction(),
                rowUnit(), name, level1, level2);
        return p.isDate() ? p : targetValue;
    }

    /**
     * A forecast's words and figure ({@link TargetParser#labelledActual}), where 预计 (expected) before them is the
     * column's own meaning, not the plan it excludes in an actual: "预计举办活动3场" is 3 场 labelled 预计举办活动, and
     * "预计3场" 3 场 labelled 预计; null where not so read.
     */
    private static TargetParser.Labelled forecastWords(String text) {
        TargetParser.Labelled words = TargetParser.labelledActual(text);
        String s = text.strip();
        if (words != null || !s.startsWith("预计") || s.length() <= 2) {
            return words;
        }
        String rest = s.substring(2);
        TargetParser.Labelled after = TargetParser.labelledActual(rest);
        if (after != null) {
            return new TargetParser.Labelled("预计" + after.label(), after.value());
        }
        TargetValue v = TargetParser.parseShared(rest);
        return v.isQuantitative() && !v.explicitComparator() && !v.isRange() && !v.isDate()
                ? new TargetParser.Labelled("预计", v) : null;
    }

    /** The unit the row's bare numbers are read in: its 度量单位 column's, else the one its name ends with in brackets. */
    private String rowUnit() {
        return rowUnit(columns, name, effectiveTarget(), actual);
    }

    private static String rowUnit(Columns c, String name, String target, String actual) {
        return TargetParser.unitOf(c.unit()).isEmpty() ? nameUnit(name, target, actual) : c.unit();
    }

    /**
     * The unit a name ends with in brackets ({@link TargetParser#unitInName}), unless the target or the actual writes a
     * unit it cannot be compared with: the bracket is a guess (支持企业数量（累计）, 预算资金执行率（中央）,
     * 受益农户收入(总收入) say what is counted, not in what), a unit written in a cell ("3家", "100%") is not. Without
     * this a bare "3" beside "3家" was read as 3 累计 and the row was an error (indicator-actual-incommensurable) and
     * scored 0, where before session 29 the target was read in the actual's unit and met (review s29-V).
     */
    static String nameUnit(String name, String target, String actual) {
        String u = TargetParser.unitInName(name);
        if (u.isEmpty()) {
            return u;
        }
        TargetValue probe = TargetParser.parseShared("1" + u);
        if (!probe.isQuantitative() || probe.unit().isEmpty()) {
            return u;
        }
        for (String text : new String[] {target, actual}) {
            TargetValue v = text == null ? null : TargetParser.parseShared(text);
            if (v != null && v.isQuantitative() && !v.isDate() && !v.isRange() && !v.unit().isEmpty()
                    && TargetParser.inUnitOf(v.withDefaultUnit(u), probe) == null) {
                return "";
            }
        }
        return u;
    }

    public String pointer() {
        return "/indicators/" + index;
    }

    /** Name to show in messages. */
    public String label() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        // an unnamed row by its categories as filed: an inferred 一级 is not the table's (review V, session 25), and a
        // category left blank is left out, not shown as "null"
        // (a lifted row's 一级 is the table's, printed in its 二级 column)
        String l1 = level1Inferred && !lifted() || level1 == null || level1.isBlank() ? null : level1;
        String l2 = level2 == null || level2.isBlank() ? null : level2;
        if (l1 == null && l2 == null) {
            return "#" + (index + 1);
        }
        return l1 == null ? l2 : l2 == null ? l1 : l1 + "/" + l2;
    }

    /**
     * True when the actual was written as a bare number and read in the target's unit because the row has no
     * 度量单位 column ("≤90万元" → "90"): the table leaves the reader to assume it.
     */
    public boolean actualUnitAssumed() {
        return actualUnitAssumed(u -> TargetParser.unitOf(u).isEmpty());
    }

    /**
     * {@link #actualUnitAssumed()}, with {@code namesNoUnit} telling whether a 度量单位 column's text names no unit
     * ({@code TargetParser.unitOf(text).isEmpty()}): a caller asking of every row of a table, whose rows repeat a
     * handful of units, remembers the answer per text. The cheap tests come first.
     */
    public boolean actualUnitAssumed(java.util.function.Predicate<String> namesNoUnit) {
        return actualValue.isQuantitative() && !actualValue.unit().isEmpty()
                && (columns.unit() == null || namesNoUnit.test(columns.unit()))
                && !actualUnitWritten && TargetParser.unitInName(name).isEmpty();
    }

    /**
     * A row left from the template: a name (or nothing) and no target, actual, points or score. At stage 自评 it is
     * reported once and left out of scoring and of the patterns.
     */
    public boolean isTemplateRow() {
        return templateRow;
    }

    private static boolean templateRow(boolean notApplicable, String target, String adjustedTarget, String actual,
                                       BigDecimal points, BigDecimal score, String achievement) {
        return !notApplicable && blank(target) && blank(adjustedTarget) && blank(actual) && points == null && score == null
                && achievement == null;
    }

    /** The row is marked qualitative by its 指标性质 column. */
    public boolean qualitativeByColumn() {
        return TargetParser.qualitativeWord(columns.nature()) || TargetParser.qualitativeWord(columns.comparator());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
