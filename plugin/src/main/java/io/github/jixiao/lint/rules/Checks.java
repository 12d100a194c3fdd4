package io.github.jixiao.lint.rules;

import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Submission;
import io.github.jixiao.model.Task;
import io.github.jixiao.target.Grade;
import io.github.jixiao.target.Outcome;
import io.github.jixiao.target.Plans;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** What several rules share: which indicators apply, how they fare, and how to name things in messages. */
final class Checks {
    private Checks() {
    }

    static final String SATISFACTION = "满意度指标";
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Added to every rounding tolerance so that a difference of exactly half a unit passes. */
    static final BigDecimal EPSILON = new BigDecimal("0.000000001");

    /** A 一级 label of 满意度指标. */
    static boolean isSatisfaction(String level1) {
        return SATISFACTION.equals(level1);
    }

    /** A JSON pointer from a path kept as keys (String) and indexes (Integer). */
    static String pointer(java.util.List<Object> path) {
        return io.github.jixiao.load.Pointers.of(path.toArray(), path.size());
    }

    /**
     * Null, empty or white space only, as {@link String#isBlank}. Most texts start with a character no white space
     * is (a letter, a digit, a Chinese character, "≥"): decided from that character alone ({@link #whitespace}),
     * without isBlank's call per character (a surrogate is no white space, nor is the code point it starts).
     */
    static boolean blank(String s) {
        if (s == null || s.isEmpty()) {
            return true;
        }
        char c = s.charAt(0);
        if (c > ' ' && !whitespace(c)) {
            return false;
        }
        return s.isBlank();
    }

    /**
     * {@link Character#isWhitespace(char)}, told without its tables for the characters texts are made of: none above
     * U+3000 nor between U+0020 and U+1680 is white space (Chinese characters, letters, "≥" and "“" are decided by
     * comparisons); from U+1680 to U+3000 the white space are U+1680, U+2000–U+2006, U+2008–U+200A, U+2028, U+2029,
     * U+205F and U+3000 (the space separators but the no-break ones, and the line and paragraph separators).
     * {@code ChecksWhitespaceTest} holds it to {@link Character#isWhitespace(char)} for every char.
     */
    static boolean whitespace(char c) {
        if (c > '\u3000') {
            return false;
        }
        if (c < '\u1680') {
            return c <= ' ' && Character.isWhitespace(c);
        }
        return c == '\u1680' || c >= '\u2000' && c <= '\u200A' && c != '\u2007' || c == '\u2028' || c == '\u2029'
                || c == '\u205F' || c == '\u3000';
    }

    /** Whether the actual meets the target in force; INCOMPARABLE when either cannot be read as a number. */
    static Outcome outcome(Indicator i) {
        if (blank(i.effectiveTarget()) || blank(i.actual())) {
            return Outcome.INCOMPARABLE;
        }
        // (a rate's target above 100 % compared as the ceiling it means, as the scorer reads it: session 52)
        return TargetParser.compare(io.github.jixiao.score.IndicatorScoring.ceilingRead(i), i.actualValue());
    }

    /** The indicator's name, shortened for a message. */
    static String name(Indicator i) {
        return SubmissionLoader.excerpt(i.label(), 40);
    }

    /**
     * The target in force for a message: as written, or, where the row's 指标性质 or 度量单位 column completes it
     * ("30" under "≤" and "万元"), in its canonical form ("≤ 30 万元").
     */
    static String target(Indicator i) {
        TargetValue t = i.targetValue();
        boolean completed = i.columns().comparator() != null || i.columns().unit() != null;
        if (!completed && partRead(i)) {
            // the cell as typed, not the part of it the row was read by (6月底前完成，验收合格率100% read as 100%; 完成时间 "6"
            // read as 6月底前): the message says which part, or how, where it matters (session 50, M8's left-alone 1)
            return quote(i.effectiveTarget());
        }
        return quote(completed && t.isQuantitative() ? t.format() : t.text());
    }

    /**
     * Whether the row's target was read by a part of its cell, or a text made of it, rather than as typed: the other clause of
     * a deadline and another target ({@link Indicator#otherClauseRead()}), a bare month on a row of a time
     * ({@link io.github.jixiao.target.TargetParser#monthOfTimeRow}).
     */
    static boolean partRead(Indicator i) {
        String typed = i.effectiveTarget();
        if (typed == null || typed.strip().equals(i.targetValue().text() == null ? null : i.targetValue().text().strip())) {
            return false;
        }
        return i.otherClauseRead() || io.github.jixiao.target.TargetParser.monthOfTimeRow(i.name(), typed) != null;
    }

    /** A value as written, shortened for a message. */
    static String quote(String s) {
        return SubmissionLoader.excerpt(s == null ? "" : s.strip(), 40);
    }

    /** Names of several indicators, quoted: the first three, then "…". */
    static String names(List<Indicator> list) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(3, list.size());
        for (int k = 0; k < shown; k++) {
            if (k > 0) {
                sb.append('、');
            }
            sb.append('“').append(name(list.get(k))).append('”');
        }
        if (list.size() > shown) {
            sb.append('…');
        }
        return sb.toString();
    }

    /** The task an adjustment or indicator names: by 名称·分项 first, then by name. */
    static Optional<Task> task(Submission s, String name) {
        if (blank(name)) {
            return Optional.empty();
        }
        return s.task(name.strip()); // by label, else by name: an index made once, not a scan of every task each time
    }

    /** Percent with two decimals, HALF_UP (for messages). */
    static String pct(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /** An amount for a message: "448.01 万元". */
    static String money(Money m) {
        return m.value().stripTrailingZeros().toPlainString() + " " + m.unit();
    }

    /** Plain number for a message, without trailing zeros. */
    static String num(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /**
     * Half a unit of the last decimal of an amount of money, assuming money is printed to at least two
     * decimals (JSON drops trailing zeros: 13.50 arrives as 13.5). Zero is exact.
     */
    static BigDecimal moneyHalfUnit(BigDecimal printed) {
        if (printed.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int scale = moneyScale(printed);
        return scale < HALF_UNITS.length ? HALF_UNITS[scale] : halfUnit(scale);
    }

    /** {@link #halfUnit} of the scales money is printed to, made once (sum-mismatch asks it of every part of every sum). */
    private static final BigDecimal[] HALF_UNITS = new BigDecimal[24];

    static {
        for (int s = 0; s < HALF_UNITS.length; s++) {
            HALF_UNITS[s] = halfUnit(s);
        }
    }

    /** Half a unit of the {@code scale}-th decimal: 0.005 for 2 (value and scale as the division gives them). */
    private static BigDecimal halfUnit(int scale) {
        return BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
    }

    /**
     * The decimals an amount of money was printed to: at least two (JSON drops trailing zeros: 13.50 arrives as 13.5,
     * 100.00 as 100).
     */
    static int moneyScale(BigDecimal printed) {
        // stripTrailingZeros never raises the scale but for a zero (0E+3 becomes 0, scale 0), and 0 is below 2: the scale
        // alone decides, without the stripped copy (ChecksMoneyScaleTest)
        return Math.max(2, printed.scale());
    }

    /** Half a unit of the last decimal as written (0.005 for 68.11, 0.5 for 100). */
    static BigDecimal printedHalfUnit(BigDecimal printed) {
        int scale = Math.max(0, printed.scale());
        return BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
    }

    /** Explanations that explain nothing: "无", "0", "/", "—", "暂无" … (or nothing at all). */
    static boolean placeholder(String s) {
        return blank(s) || io.github.jixiao.text.NoReason.in(s);
    }

    /** Actuals of a qualitative row that say it was achieved where the form has no 完成档次 column. */
    static final List<String> ACHIEVED_WORDS = List.of(
            "达成预期指标", "达成预期目标", "达成", "已达成", "达到", "已达到", "达到预期", "达到预期目标", "完成", "已完成", "全部完成", "按时完成");

    /**
     * Whether the row plainly met its target: the actual meets it, or (qualitative) the stated achievement is
     * 达成, or the actual repeats the target's words or says it was achieved.
     */
    static boolean met(Indicator i) {
        Outcome o = outcome(i);
        if (o == Outcome.MET) {
            return true;
        }
        if (o == Outcome.MISSED) {
            return false;
        }
        if (i.achievement() != null) {
            return "达成".equals(i.achievement().strip());
        }
        if (blank(i.actual()) || !i.targetValue().isQualitative()) {
            return false;
        }
        String a = i.actual().strip();
        io.github.jixiao.target.TargetParser.ShareDone share = io.github.jixiao.target.TargetParser.shareDone(a);
        if (share != null) {
            // 已完成100%: as 已完成 (Grade.read); a lower share did not plainly meet it
            if (!share.whole()) {
                return false;
            }
            a = share.words();
        }
        return a.equals(i.effectiveTarget().strip()) || ACHIEVED_WORDS.contains(a);
    }

    /**
     * Whether row {@code i}'s actual is a progress figure on a form whose actual column is the work's progress
     * ({@code "actualIs": "progress"} in the framework: 四川's 项目支出绩效自评报告, 指标值 | 实施进度, 大英 双心 2020, t44):
     * "已完成100%", "完成80%" ({@link io.github.jixiao.target.TargetParser#shareDone}) or a bare percentage with no comparator
     * ("80%"). Such a figure says how far the work has gone, not a quantity in the target's unit (session 56, s55 A10 A2).
     */
    static boolean progress(io.github.jixiao.lint.RuleContext ctx, Indicator i) {
        if (blank(i.actual()) || ctx.framework().isEmpty() || !ctx.framework().get().actualIsProgress()) {
            return false;
        }
        return io.github.jixiao.target.TargetParser.progressFigure(i.actual());
    }

    /** The first characters of a target that is itself a negation (不超标, 无事故 …): {@link Grade#NEGATION_CHARS}. */
    static final String NEGATION_CHARS = Grade.NEGATION_CHARS;

    /** {@link Grade#endless}. */
    static String endless(String s) {
        return Grade.endless(s);
    }

    /** The row's achievement says it fell short (未达成 / 部分达成). */
    static boolean achievementShort(Indicator i) {
        String a = i.achievement() == null ? "" : i.achievement().strip();
        return a.equals("未达成") || a.equals("部分达成");
    }

    /**
     * The budget execution rate in percent and how it was read: the legacy amounts (actualExpenditure /
     * fullYearBudget), else the funds block's total row, else the sum of its parts when the total row is left
     * at 0 or there is none, else the rate the table states (funds total, then budget.json stated).
     *
     * @param how "budget-amounts" (computed from budget.json's actualExpenditure / fullYearBudget), "amounts" (computed
     *            from the funds block), "stated" (a rate filled in, not computed from amounts: the total row's where no amounts
     *            are given, or budget.json's stated one where the funds block gives none for the whole) or "stated-amounts" (the total
     *            row's stated rate, where the amounts it and its parts carry give none: no full-year budget, say)
     */
    record ExecutionRate(BigDecimal percent, String how, String executed, String budget, io.github.jixiao.load.Src src) {
    }

    static Optional<ExecutionRate> executionRate(Figures figures) {
        Submission s = figures.submission();
        Optional<Money> actual = figures.money("budget#/actualExpenditure");
        Optional<Money> full = figures.money("budget#/fullYearBudget");
        if (actual.isPresent() && full.isPresent() && full.get().value().signum() > 0) {
            BigDecimal r = actual.get().yuan().multiply(HUNDRED).divide(full.get().yuan(), java.math.MathContext.DECIMAL64);
            return Optional.of(new ExecutionRate(r, "budget-amounts", money(actual.get()), money(full.get()), actual.get().src()));
        }
        io.github.jixiao.model.Funds f = s.funds();
        if (f != null && f.total() != null) {
            io.github.jixiao.model.Funds.Row t = f.total();
            Money ex = t.executed();
            Money fy = t.fullYear();
            if (ex != null && fy != null && fy.value().signum() > 0) {
                BigDecimal r = ex.value().multiply(HUNDRED).divide(fy.value(), java.math.MathContext.DECIMAL64);
                return Optional.of(new ExecutionRate(r, "amounts", money(ex), money(fy), ex.src()));
            }
            ExecutionRate parts = partsRate(f, t.src());
            if (parts != null) {
                return Optional.of(parts);
            }
            // a form whose only budget column is 年初预算数(A) (北京 2016, 山东 历城区 2019: 执行率(B/A)): the rate is on it
            Money in = t.initial();
            if (ex != null && fy == null && f.componentSum(io.github.jixiao.model.Funds.Column.FULL_YEAR) == null
                    && in != null && in.value().signum() > 0) {
                BigDecimal r = ex.value().multiply(HUNDRED).divide(in.value(), java.math.MathContext.DECIMAL64);
                return Optional.of(new ExecutionRate(r, "amounts", money(ex), money(in), ex.src()));
            }
            boolean noAmounts = t.blank() && f.components().stream().allMatch(io.github.jixiao.model.Funds.Row::blank);
            // a total row left at 0 (its rate too) while its parts carry money is a row not filled in (sum-mismatch
            // says so), not a stated rate of 0
            boolean leftEmpty = zero(fy) && f.totalEmptyWhilePartsCarry(io.github.jixiao.model.Funds.Column.FULL_YEAR)
                    || zero(ex) && f.totalEmptyWhilePartsCarry(io.github.jixiao.model.Funds.Column.EXECUTED);
            if (t.executionRatePercent() != null && !leftEmpty) { // no amounts, or none that give a rate: the rate the row states
                return Optional.of(new ExecutionRate(t.executionRatePercent(), noAmounts ? "stated" : "stated-amounts", "", "",
                        s.src("budget#" + t.pointer() + "/executionRatePercent")));
            }
            if (!noAmounts) {
                return Optional.empty();
            }
        }
        Optional<io.github.jixiao.model.Figure> stated = figures.figure("budget#/stated/executionRatePercent").filter(x -> !x.isMoney());
        if (f != null && f.total() == null && stated.isEmpty()) {
            // a funds block of parts only, no total row, and no rate stated for the whole (the parts listed may not be
            // all of it): the rate of their sums, as for a total row left at 0
            ExecutionRate parts = partsRate(f, null);
            if (parts != null) {
                return Optional.of(parts);
            }
        }
        return stated.map(x -> new ExecutionRate(x.value(), "stated", "", "", x.src()));
    }

    /** Whether {@code m} is written, as 0 (a column of a row filled with zeros, not left blank). */
    private static boolean zero(Money m) {
        return m != null && m.value().signum() == 0;
    }

    /**
     * The rate of the parts' summed spending over their summed full-year budgets, located at {@code src} (null: at the
     * first part's spending), or null: where a sum is missing or the budgets add up to 0 or less, or a part gives one
     * of the two figures without the other.
     */
    private static ExecutionRate partsRate(io.github.jixiao.model.Funds f, io.github.jixiao.load.Src src) {
        BigDecimal pe = f.componentSum(io.github.jixiao.model.Funds.Column.EXECUTED);
        BigDecimal pf = f.componentSum(io.github.jixiao.model.Funds.Column.FULL_YEAR);
        if (pe == null || pf == null || pf.signum() <= 0 || !partsComplete(f)) {
            return null;
        }
        BigDecimal r = pe.multiply(HUNDRED).divide(pf, java.math.MathContext.DECIMAL64);
        io.github.jixiao.load.Src at = src != null ? src
                : f.componentsWith(io.github.jixiao.model.Funds.Column.EXECUTED).get(0).executed().src();
        return new ExecutionRate(r, "amounts", num(pe) + " " + f.unit(), num(pf) + " " + f.unit(), at);
    }

    /**
     * Whether every part that gives its full-year budget or its spending gives both: a part with a blank spending cell
     * (or budget) beside the other figure says nothing of its execution, and a rate summed over it would be made up.
     */
    private static boolean partsComplete(io.github.jixiao.model.Funds f) {
        for (io.github.jixiao.model.Funds.Row r : f.components()) {
            if ((r.fullYear() == null) != (r.executed() == null)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The written reason for the year's execution, or null: the funds block's executionExplanation, else budget.json's
     * stated.executionRateExplanation; a placeholder ("无", "-", "/") in either is no reason. execution-rate-unexplained
     * (execution below 90 %) and execution-over-budget (above the budget) read the same reason.
     */
    static String executionReason(Submission s) {
        if (s.funds() != null && !placeholder(s.funds().executionExplanation())) {
            return s.funds().executionExplanation();
        }
        String stated = s.text("budget", "/stated/executionRateExplanation");
        return placeholder(stated) ? null : stated;
    }

    /**
     * The written reason for the year's execution wherever the table gives it, or null: {@link #executionReason} (the
     * cell beside the execution), else the clauses of the table's cell for its deviations that give one
     * ({@link #reasonInProblems}). execution-rate-unexplained (below 90 %) and execution-over-budget (above the budget)
     * both read it, so a reason one of them takes the other takes too (session 52: the second read only the first).
     */
    static String executionReasonAnywhere(Submission s) {
        String r = executionReason(s);
        return r != null ? r : reasonInProblems(s);
    }

    /**
     * A reason written in the table's own cell for its deviations, department.json's {@code problems}: 保山 2022's form
     * (t84; t13, t18, t27, t111 print it too) gives the reasons once, under the total, as 偏差大或目标未完成原因分析, with no
     * cell beside the execution; a prose report as 存在的问题及原因分析 (耒阳 2022, t108). The clauses there that give a
     * reason for the money ({@link #moneyReason}), joined with "，", or null where none does: a cell that says there is no
     * problem ("我校生均公用经费项目运转正常,暂无问题", t108), a placeholder ("无", "/"), a cell about the indicators alone
     * (覆盖率有待进一步提高, t52) or one that only plans ("下年继续加快资金支付") gives none. Read on every form: where the
     * form has a cell of its own beside the execution (四川's 原因) a reason written under its 存在问题 instead is still
     * written.
     */
    static String reasonInProblems(Submission s) {
        String p = s.text("department", "/problems");
        if (placeholder(p)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int k = 0; k <= p.length(); k++) {
            if (k == p.length() || CLAUSE_ENDS.indexOf(p.charAt(k)) >= 0 || sentenceStop(p, k)) {
                String clause = k > from ? p.substring(from, k).strip() : "";
                if (!clause.isEmpty() && moneyReason(clause)) {
                    out.append(out.length() == 0 ? "" : "，").append(clause);
                }
                from = k + 1;
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * A half-width full stop ending a sentence, not a decimal point: 四川 2017 (t42) writes "…造成预算资金过大.二是专项资金
     * 申报不够及时." with ASCII stops, while "248.44万元" keeps its point.
     */
    private static boolean sentenceStop(String p, int k) {
        return p.charAt(k) == '.' && !(k > 0 && k + 1 < p.length() && Character.isDigit(p.charAt(k - 1))
                && Character.isDigit(p.charAt(k + 1)));
    }

    /** What ends a clause of the problems' text ({@link #reasonInProblems}). */
    private static final String CLAUSE_ENDS = "。；;，,\n！!？?";

    /**
     * Words of the money a reason for the execution speaks of. 经费 is not one: it names projects (生均公用经费项目运转正常,
     * t108, says the project ran, not why its money was not spent).
     */
    private static final WordList MONEY_WORDS = WordList.of("资金", "预算", "支出", "支付", "拨付", "拨款", "执行", "结余", "结转",
            "余款", "尾款", "付款", "结算", "款项");

    /** Words that say there is no problem or deviation: a clause holding one gives no reason, money words or not. */
    private static final WordList NO_PROBLEM = WordList.of("无问题", "没有问题", "未发现问题", "不存在问题", "无偏差", "没有偏差",
            "无异常");

    /**
     * Words of a plan or an improvement: what will be done, not why the money went as it did ("下年继续加快资金支付";
     * 耒阳 2022's 改进措施 "拨款应及时一点", t108; 四川 2017's "确保预算安排的准确性…及时拨付资金", t42; 廊坊 2019's
     * "提高预算准确度", t11). A clause holding one and no {@link #CAUSE} word is no reason.
     */
    private static final WordList PLAN = WordList.of("加快", "加强", "加大", "确保", "进一步", "继续", "今后", "下一步", "力争",
            "争取", "抓紧", "及时", "提高", "完善", "应");

    /**
     * The leads of a plan that say a future in free text ({@link Plans#FUTURE_LEADS}: 预计, 计划于, 拟于, 将于; not the noun
     * 计划), read as {@link #PLAN}'s words are (session 53).
     */
    private static final WordList PLAN_LEADS = WordList.of(Plans.FUTURE_LEADS.toArray(String[]::new));

    /**
     * Words holding 应 that are no "should" ({@link #PLAN}'s 应: "拨款应及时一点", t108; "编制预算时应对项目实施对象准确摸底",
     * t42): taken out of a clause before it is read for a plan. 应付 and 应收 are money owed, 应征 enlisted (t52's
     * "应征入伍学生国家资助经费").
     */
    private static final java.util.regex.Pattern NOT_SHOULD = java.util.regex.Pattern.compile(
            "应征|应急|相应|对应|供应|响应|适应|反应|效应|应付|应收|应用|因应|答应|回应|呼应");

    /**
     * Words that say why, or what went short: 因, 由于, 受…影响, 导致, 造成, 尚未, 未到…, and the shortfalls the real cells
     * name ("专项资金申报不够及时", t42; "资金未及时拨付"; "剩余3%尾款未付", t11). With one, a clause that also plans
     * ("因…未能支付，下年继续支付" read as one clause) still gives its reason.
     */
    private static final WordList CAUSE = WordList.of("因", "由于", "影响", "导致", "造成", "致使", "未", "尚", "没有", "不够",
            "不足", "不到位", "不及时", "滞后", "延迟", "推迟", "延期", "缓慢", "较慢", "较晚");

    /**
     * Whether a clause of the problems' text gives a reason for the money: it speaks of the money ({@link #MONEY_WORDS}),
     * does not deny a problem ({@link #NO_PROBLEM}), and is not a plan alone ({@link #PLAN} without {@link #CAUSE}). A
     * cause word is not required: the real cells state facts as their reasons ("项目资金于2022年12月下达", "剩余资金248.44万元
     * 结转下年支付", 黄石 2020's "小修保养预算资金是依据…预算定额来进行测算的", t114), and a cause-word test would take
     * those for no reason (session 52).
     */
    static boolean moneyReason(String clause) {
        if (NO_PROBLEM.anyIn(clause) || !MONEY_WORDS.anyIn(clause)) {
            return false;
        }
        String plain = NOT_SHOULD.matcher(clause).replaceAll("");
        return !(PLAN.anyIn(plain) || PLAN_LEADS.anyIn(plain)) || CAUSE.anyIn(clause.replace("未来", ""));
    }

    /**
     * An amount written in prose ("30 万元", "89.97万元", "1,200 元"): its value and unit, and where it starts. The value
     * is null for an amount of more than {@link #MAX_AMOUNT_DIGITS} digits: it is still an amount the text names, but
     * no figure anyone writes, and reading it would cost time quadratic in its digits.
     */
    record ProseAmount(BigDecimal value, String unit, int start, int end) {
        Money money() {
            return new Money(value, unit, io.github.jixiao.load.Src.NONE);
        }
    }

    /**
     * An amount: a match starts only where a number starts (not after a digit, nor after a digit and its point or
     * separator), and its quantifiers never give back what they took, so a text is read in time linear in its length.
     * Before, "111…1X元" (20,000 digits) was tried from every digit with backtracking, quadratic: eight such goals took
     * the check two minutes (review S).
     */
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile(
            "(?<!\\d)(?<!\\d[.,，])(\\d{1,3}+(?:[,，]\\d{3})++(?:\\.\\d++)?+|\\d++(?:\\.\\d++)?+)\\s*+(亿元|万元|元)");

    /** The separators String.replaceAll compiled at every amount. */
    private static final java.util.regex.Pattern COMMAS = java.util.regex.Pattern.compile("[,，]");

    /**
     * The most digits of an amount whose value is read: well beyond any budget (10^15 元 has 16), and few enough that
     * reading each costs little. Java reads a number of n digits in time quadratic in n: a goal of a million digits
     * before "元" took 26 s at each reading, minutes for a department file of such goals (session 37).
     */
    static final int MAX_AMOUNT_DIGITS = 40;

    static List<ProseAmount> amounts(String text) {
        List<ProseAmount> out = new java.util.ArrayList<>();
        if (text == null) {
            return out;
        }
        java.util.regex.Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            String unit = m.group(2);
            if (digits(text, m.start(1), m.end(1)) > MAX_AMOUNT_DIGITS) {
                out.add(new ProseAmount(null, unit.equals("亿元") ? Money.WAN : unit, m.start(), m.end()));
                continue;
            }
            BigDecimal v = new BigDecimal(COMMAS.matcher(m.group(1)).replaceAll(""));
            if (unit.equals("亿元")) {
                v = v.multiply(BigDecimal.valueOf(10_000));
                unit = Money.WAN;
            }
            out.add(new ProseAmount(v, unit, m.start(), m.end()));
        }
        return out;
    }

    /** The digits in text[from, to). */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    /** The strings of a text array in department.json (overallGoals/expected …), with their pointers. */
    static List<String[]> texts(Submission s, String pointer) {
        List<String[]> out = new java.util.ArrayList<>();
        tools.jackson.databind.JsonNode n = s.node("department", pointer);
        if (n == null) {
            return out;
        }
        if (n.isString()) {
            out.add(new String[] {pointer, n.asString()});
        } else if (n.isArray()) {
            for (int k = 0; k < n.size(); k++) {
                if (n.get(k).isString()) {
                    out.add(new String[] {pointer + "/" + k, n.get(k).asString()});
                }
            }
        }
        return out;
    }

    /**
     * Whether the row states its points in full (or more), points above 0: what score-ignores-missed-target reports on a
     * missed target, and where indicator-target-missed leaves its hint to that rule.
     */
    static boolean fullPoints(Indicator i) {
        return i.points() != null && i.score() != null && i.points().signum() > 0 && i.score().compareTo(i.points()) >= 0;
    }

    /**
     * Whether score-ignores-missed-target reports this missed row at full points ({@link #fullPoints}): not where the
     * proportion it keeps rounds to its stated points at the one decimal the table scores in (1.96 of 2 is 2.0 there;
     * {@link io.github.jixiao.score.IndicatorScoring#roundedAsTheTable}, as score-claim-mismatch reads a stated score).
     * {@code tableDecimals}: {@link io.github.jixiao.score.IndicatorScoring#tableDecimals} of the submission's rows.
     */
    static boolean fullPointsOnAMiss(Indicator i, int tableDecimals) {
        if (!fullPoints(i)) {
            return false;
        }
        io.github.jixiao.score.IndicatorScoring.Missed m =
                io.github.jixiao.score.IndicatorScoring.missed(i);
        return m == null || !m.fullAsTheTable(tableDecimals, i.score());
    }
}
