package io.github.jixiao.score;

import io.github.jixiao.load.Src;
import io.github.jixiao.model.Figure;
import io.github.jixiao.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A value expression of a framework: a figure of the submission ({@code "role#/pointer"}), a constant, or
 * sum / difference / ratio / percent / abs of expressions. Money is converted to 元 before any arithmetic;
 * money and plain numbers never mix in a sum or a ratio (a framework error).
 */
public sealed interface Expr {

    /** Display name (for inputs and messages), or null. */
    String label();

    /** Display unit of the value ("%", "人"), or null. */
    String unit();

    /** The kind of a computed value: how it combines and how it is shown. */
    enum Kind { NUMBER, MONEY, FRACTION, PERCENT }

    /**
     * A computed value.
     *
     * @param number    full precision; money in 元
     * @param moneyUnit for money, the unit to show it in (the unit its figures were written in, else 元)
     */
    record Value(BigDecimal number, Kind kind, String moneyUnit) {
        /** The value as shown: "68.11%", "888.3", "40". */
        String show() {
            return switch (kind) {
                case FRACTION -> Num.pct(number.multiply(Num.HUNDRED)) + "%";
                case PERCENT -> Num.pct(number) + "%";
                case MONEY -> Num.plain(Money.WAN.equals(moneyUnit) ? Num.divide(number, BigDecimal.valueOf(10_000)) : number);
                case NUMBER -> Num.plain(number);
            };
        }

        /** A threshold in this value's terms: "90%" for a percent, "100%" for the fraction 1, else "8". */
        String showBound(BigDecimal b) {
            return switch (kind) {
                case FRACTION -> Num.plain(b.multiply(Num.HUNDRED)) + "%";
                case PERCENT -> Num.plain(b) + "%";
                default -> Num.plain(b);
            };
        }

        /** The number alone, as in "(15.00 − 10)": 2 decimals for a percent, else at most 4. */
        String showNumber() {
            return switch (kind) {
                case FRACTION -> Num.plain(number);
                case PERCENT -> Num.pct(number);
                default -> Num.plain(number);
            };
        }
    }

    Value eval(ScoringContext ctx);

    /** The formula with the figures as written, in {@code l}'s words; refs carry their units when money units are mixed. */
    String render(ScoringContext ctx, ScoringContext.Lang l, boolean units);

    default String render(ScoringContext ctx, ScoringContext.Lang l) {
        return render(ctx, l, moneyUnits(ctx).size() > 1);
    }

    /** Does this expression read budget.json's funds block? */
    default boolean readsFunds() {
        if (this instanceof FundsFigure) {
            return true;
        }
        if (this instanceof FirstOf f) {
            return f.alternatives().stream().anyMatch(Expr::readsFunds);
        }
        if (this instanceof Sum s) {
            return s.terms().stream().anyMatch(Expr::readsFunds);
        }
        if (this instanceof Difference d) {
            return d.minuend().readsFunds() || d.subtrahend().readsFunds();
        }
        if (this instanceof Ratio r) {
            return r.numerator().readsFunds() || r.denominator().readsFunds();
        }
        if (this instanceof Percent p) {
            return p.of().readsFunds();
        }
        return this instanceof Abs a && a.of().readsFunds();
    }

    /** Is this a bare figure or constant (nothing to show but the value)? */
    default boolean atomic() {
        return this instanceof Ref || this instanceof Const;
    }

    /** The money units of the figures read so far. */
    default Set<String> moneyUnits(ScoringContext ctx) {
        Set<String> out = new LinkedHashSet<>();
        collectUnits(ctx, out);
        return out;
    }

    void collectUnits(ScoringContext ctx, Set<String> out);

    // ---- the expressions ----

    record Ref(String ref, String label, String unit) implements Expr {
        @Override
        public Value eval(ScoringContext ctx) {
            String name = label == null ? ref : label;
            Figure f = ctx.figure(ref, name);
            String shown = f.isMoney() ? Num.written(f.value()) + " " + ctx.unit(f.unit())
                    : Num.written(f.value()) + (unit == null ? "" : unit.equals("%") ? "%" : " " + ctx.unit(unit));
            ctx.input(ctx.name(name), shown, ref);
            if (f.isMoney()) {
                return new Value(f.money().yuan(), Kind.MONEY, f.unit());
            }
            return new Value(f.value(), "%".equals(unit) ? Kind.PERCENT : Kind.NUMBER, null);
        }

        @Override
        public String render(ScoringContext ctx, ScoringContext.Lang l, boolean units) {
            Figure f = ctx.seen(ref);
            if (f == null) {
                return ref;
            }
            return Num.written(f.value()) + (units && f.isMoney() ? (l.english() ? " " : "") + l.unit(f.unit()) : "");
        }

        @Override
        public void collectUnits(ScoringContext ctx, Set<String> out) {
            Figure f = ctx.seen(ref);
            if (f != null && f.isMoney()) {
                out.add(f.unit());
            }
        }
    }

    record Const(BigDecimal value, String label, String unit) implements Expr {
        @Override
        public Value eval(ScoringContext ctx) {
            return new Value(value, Kind.NUMBER, null);
        }

        @Override
        public String render(ScoringContext ctx, ScoringContext.Lang l, boolean units) {
            return Num.written(value);
        }

        @Override
        public void collectUnits(ScoringContext ctx, Set<String> out) {
        }
    }

    record Sum(List<Expr> terms, String label, String unit) implements Expr {
        public Sum {
            terms = List.copyOf(terms);
        }

        @Override
        public Value eval(ScoringContext ctx) {
            List<Value> vs = new ArrayList<>();
            for (Expr t : terms) {
                vs.add(t.eval(ctx));
            }
            Kind k = combine(ctx, this, vs);
            BigDecimal s = BigDecimal.ZERO;
            for (Value v : vs) {
                s = s.add(v.number());
            }
            return new Value(s, k, moneyUnit(vs));
        }

        @Override
        public String render(ScoringContext ctx, ScoringContext.Lang l, boolean units) {
            List<String> parts = new ArrayList<>();
            for (Expr t : terms) {
                parts.add(t.render(ctx, l, units));
            }
            return String.join(" + ", parts);
        }

        @Override
        public void collectUnits(ScoringContext ctx, Set<String> out) {
            terms.forEach(t -> t.collectUnits(ctx, out));
        }
    }

    record Difference(Expr minuend, Expr subtrahend, String label, String unit) implements Expr {
        @Override
        public Value eval(ScoringContext ctx) {
            List<Value> vs = List.of(minuend.eval(ctx), subtrahend.eval(ctx));
            Kind k = combine(ctx, this, vs);
            return new Value(vs.get(0).number().subtract(vs.get(1).number()), k, moneyUnit(vs));
        }

        @Override
        public String render(ScoringContext ctx, ScoringContext.Lang l, boolean units) {
            return minuend.render(ctx, l, units) + " − " + wrap(subtrahend, ctx, l, units);
        }

        @Override
        public void collectUnits(ScoringContext ctx, Set<String> out) {
            minuend.collectUnits(ctx, out);
            subtrahend.collectUnits(ctx, out);
        }
    }

    record Ratio(Expr numerator, Expr denominator, String label, String unit) implements Expr {
        @Override
        public Value eval(ScoringContext ctx) {
            Value n = numerator.eval(ctx);
            Value d = denominator.eval(ctx);
            if ((n.kind() == Kind.MONEY) != (d.kind() == Kind.MONEY)) {
                throw mixed(ctx, this);
            }
            if (d.number().signum() == 0) {
                throw ctx.zeroDenominator(ctx.say(l -> denominator.render(ctx, l)), denominatorSrc(ctx));
            }
            return new Value(Num.divide(n.number(), d.number()), Kind.FRACTION, null);
        }

        private Src denominatorSrc(ScoringContext ctx) {
            Expr e = denominator;
            while (!(e instanceof Ref)) {
                if (e instanceof Sum s) {
                    e = s.terms().get(0);
                } else if (e instanceof Difference df) {
                    e = df.minuend();
                } else if (e instanceof Abs a) {
                    e = a.of();
                } else if (e instanceof Percent p) {
                    e = p.of();
                } else if (e instanceof Ratio r) {
                    e = r.numerator();
                } else {
                    return Src.NONE;
                }
            }
            return ctx.src(((Ref) e).ref());
        }

        @Override
        public String render(ScoringContext ctx, ScoringContext.Lang l, boolean units) {
            return wrap(numerator, ctx, l, units) + " / " + wrap(denominator, ctx, l, units);
        }

        @Override
        public void collectUnits(ScoringContext ctx, Set<String> out) {
            numerator.collectUnits(ctx, out);
            denominator.collectUnits(ctx, out);
        }
    }

    record Percent(Expr of, String label, String unit) implements Expr {
        @Override
        public Value eval(ScoringContext ctx) {
            Value v = of.eval(ctx);
            return new Value(v.number().multiply(Num.HUNDRED), Kind.PERCENT, null);
        }

        @Override
        public String render(ScoringContext ctx, ScoringContext.Lang l, boolean units) {
            return of.render(ctx, l, units);
        }

        @Override
        public void collectUnits(ScoringContext ctx, Set<String> out) {
            of.collectUnits(ctx, out);
        }
    }

    record Abs(Expr of, String label, String unit) implements Expr {
        @Override
        public Value eval(ScoringContext ctx) {
            Value v = of.eval(ctx);
            return new Value(v.number().abs(), v.kind(), v.moneyUnit());
        }

        @Override
        public String render(ScoringContext ctx, ScoringContext.Lang l, boolean units) {
            return "|" + of.render(ctx, l, units) + "|";
        }

        @Override
        public void collectUnits(ScoringContext ctx, Set<String> out) {
            of.collectUnits(ctx, out);
        }
    }

    /**
     * A column of budget.json's funds block (项目资金): the total row's figure; the sum of its components when the
     * total row is left at 0 or blank while they carry money; without a funds block, the budget's own
     * initialBudget / fullYearBudget / actualExpenditure.
     */
    record FundsFigure(io.github.jixiao.model.Funds.Column column, String label, String unit) implements Expr {
        @Override
        public Value eval(ScoringContext ctx) {
            io.github.jixiao.model.Funds funds = ctx.submission.funds();
            String name = label == null ? column.label : label;
            String shownName = label == null ? ctx.t("score.funds." + column.field) : ctx.name(label);
            if (funds == null) {
                String legacy = legacyRef();
                // a project's table prints a funds block (项目资金): where neither it nor any of the department's three
                // figures is there, the finding asks for the block's figure (P2, session 25: a 四川 自评表 was told to
                // write actualExpenditure); with one of the three written, for the one missing beside it (review V3)
                if (legacy == null || "project".equals(ctx.submission.kind()) && ctx.submission.node("budget#/initialBudget") == null
                        && ctx.submission.node("budget#/fullYearBudget") == null && ctx.submission.node("budget#/actualExpenditure") == null) {
                    throw ctx.missing(name, shownName, "budget#/funds/total/" + column.field);
                }
                return new Ref(legacy, name, null).eval(ctx);
            }
            io.github.jixiao.model.Funds.Row total = funds.total();
            if (total != null && total.get(column) != null && !funds.totalEmptyWhilePartsCarry(column)) {
                Money m = total.get(column);
                ctx.input(inputLabel(ctx, total, ctx.t("score.funds.total"), true, shownName), Num.written(m.value()) + " " + ctx.unit(m.unit()),
                        "budget#" + total.pointer() + "/" + column.field);
                ctx.shown(this, Num.written(m.value()));
                return new Value(m.yuan(), Kind.MONEY, m.unit());
            }
            List<io.github.jixiao.model.Funds.Row> parts = funds.componentsWith(column);
            if (parts.isEmpty()) {
                String ref = "budget#" + (total != null ? total.pointer() : "/funds/total") + "/" + column.field;
                throw ctx.missing(name, shownName, ref);
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<String> shown = new ArrayList<>();
            for (io.github.jixiao.model.Funds.Row r : parts) {
                Money m = r.get(column);
                ctx.input(inputLabel(ctx, r, ctx.t("score.funds.part"), false, shownName), Num.written(m.value()) + " " + ctx.unit(m.unit()),
                        "budget#" + r.pointer() + "/" + column.field);
                sum = sum.add(m.value());
                shown.add(Num.written(m.value()));
            }
            ctx.shown(this, shown.size() == 1 ? shown.get(0) : "(" + String.join(" + ", shown) + ")");
            return new Value(new Money(sum, funds.unit(), null).yuan(), Kind.MONEY, funds.unit());
        }

        /** The budget's own figure for this column where there is no funds block; null for the monitoring columns. */
        String legacyRef() {
            return switch (column) {
                case INITIAL -> "budget#/initialBudget";
                case FULL_YEAR -> "budget#/fullYearBudget";
                case EXECUTED -> "budget#/actualExpenditure";
                case EXECUTED_TO_DATE, FORECAST -> null; // the monitoring columns exist only in the block
            };
        }

        private static String rowLabel(io.github.jixiao.model.Funds.Row r, String fallback) {
            return r.label() == null || r.label().isBlank() ? fallback : r.label().strip();
        }

        /**
         * A figure's label among the inputs: the row and the column. In Chinese as the table prints them ("年度资金总额
         * 全年执行数"); in English the total row by its English, the table's own label after it, then the column ("Total
         * funds for the year (年度资金总额), executed in the year"), a component by its label as printed (the department's
         * data), then the column: not a Chinese label run into an English column.
         */
        private static String inputLabel(ScoringContext ctx, io.github.jixiao.model.Funds.Row r, String fallback, boolean total,
                                         String shownName) {
            if (!ctx.english()) {
                return rowLabel(r, fallback) + " " + shownName;
            }
            String own = r.label() == null || r.label().isBlank() ? null : r.label().strip();
            String row = total ? (own == null || own.equals(fallback) ? fallback : fallback + " (" + own + ")") : own == null ? fallback : own;
            // the column after a comma in lower case ("Executed in the year", a framework's labelEn, reads mid-phrase)
            String column = shownName.length() > 1 && Character.isUpperCase(shownName.charAt(0)) && Character.isLowerCase(shownName.charAt(1))
                    ? Character.toLowerCase(shownName.charAt(0)) + shownName.substring(1) : shownName;
            return row + ", " + column;
        }

        @Override
        public String render(ScoringContext ctx, ScoringContext.Lang l, boolean units) {
            String s = ctx.shown(this);
            return s == null ? l.t("score.funds." + column.field) : s;
        }

        @Override
        public void collectUnits(ScoringContext ctx, Set<String> out) {
            if (ctx.submission.funds() != null) {
                out.add(ctx.submission.funds().unit());
            }
        }
    }

    /**
     * The first alternative whose figures are all there (e.g. the amounts, else the rate the table states).
     *
     * @param assumptions for each alternative, the {@code score-assumption} key of the assumption computing it makes
     *                    (年初预算数 standing for the 全年预算数 not printed: {@code initial-as-full-year}), or null for
     *                    none. Such an alternative is tried only where every one before it lacks a figure (a figure
     *                    printed as 0 is a fault to correct, not one to assume away); computed, the scorer reports
     *                    the assumption at the last figure it read (a ratio's denominator: the one standing in).
     *                    Nor where the figure the first alternative lacks is one the imported table prints a column
     *                    for and left blank ({@link io.github.jixiao.model.Submission#printedBlank}: a 全年预算数 the unit
     *                    did not fill in): that figure is then missing ({@code score-input-missing} {@code blank}).
     */
    record FirstOf(List<Expr> alternatives, List<String> assumptions, String label, String unit) implements Expr {
        public FirstOf {
            alternatives = List.copyOf(alternatives);
            assumptions = java.util.Collections.unmodifiableList(new ArrayList<>(assumptions));
            if (assumptions.size() != alternatives.size()) {
                throw new IllegalArgumentException("one assumption (or null) for each alternative");
            }
        }

        public FirstOf(List<Expr> alternatives, String label, String unit) {
            this(alternatives, java.util.Collections.nCopies(alternatives.size(), null), label, unit);
        }

        @Override
        public Value eval(ScoringContext ctx) {
            ScoringProblem first = null;
            boolean allMissing = true;
            ScoringProblem[] thrown = new ScoringProblem[alternatives.size()];
            for (int k = 0; k < alternatives.size(); k++) {
                String assumption = assumptions.get(k);
                if (assumption != null && !allMissing) {
                    continue;
                }
                if (assumption != null && first != null && first.figureRef() != null
                        && ctx.submission.printedBlank(first.figureRef())) {
                    // the figure the assumption stands in for is in a column the imported table prints, its cell left
                    // blank: a figure the unit did not fill in, not one the table lacks (a hand-written JSON cannot say)
                    throw first.printedBlank();
                }
                if (assumption != null && first != null && first.figureRef() != null && ctx.written(first.figureRef())) {
                    // the figure the assumption stands in for is written but unreadable (a bare number for an amount,
                    // "fullYearBudget": 960; a unit the check does not know): the finding at it says what to correct, and
                    // "the table prints no 全年预算数" would be false (trial E5, session 42)
                    throw first;
                }
                ctx.pushScope();
                try {
                    Value v = alternatives.get(k).eval(ctx);
                    List<ScoreInput> read = ctx.popScope();
                    ctx.chose(this, k);
                    if (assumption != null) {
                        ctx.assumed(assumption, read.isEmpty() ? "" : read.get(read.size() - 1).ref());
                    }
                    return v;
                } catch (ScoringProblem p) {
                    ctx.dropScope();
                    allMissing &= p.missingFigure();
                    thrown[k] = p;
                    if (first == null) {
                        first = p;
                    }
                }
            }
            int asked = allMissing ? askedFor(ctx) : 0;
            if (asked > 0 && thrown[asked] != null) {
                // 大英 2020 (t44): no 全年预算数 and no 全年执行数, the 年初预算数 (批复 10 万元) printed: the one figure to fill in
                // is the 全年执行数, the 年初预算数 then standing in for the other (said: the assumption's variant), not two
                // errors at one place asking for both (s47 audit, duplicates group 4)
                throw thrown[asked].assuming(assumptions.get(asked));
            }
            throw first;
        }

        /**
         * The alternative whose missing figures a firstOf that cannot be computed asks for: an assumption's whose missing
         * figures are a part of the first alternative's, and fewer (全年执行数 ÷ 年初预算数 lacking the 全年执行数, beside
         * 全年执行数 ÷ 全年预算数 lacking both); else the first (0).
         */
        int askedFor(ScoringContext ctx) {
            java.util.Set<String> firstRefs = missingRefs(ctx, alternatives.get(0));
            if (firstRefs == null || firstRefs.size() < 2) {
                return 0;
            }
            for (int k = 1; k < alternatives.size(); k++) {
                if (assumptions.get(k) == null) {
                    continue;
                }
                java.util.Set<String> refs = missingRefs(ctx, alternatives.get(k));
                if (refs != null && !refs.isEmpty() && refs.size() < firstRefs.size() && firstRefs.containsAll(refs)) {
                    return k;
                }
            }
            return 0;
        }

        /** The refs of the figures {@code e} lacks, as {@link Expr#missing} finds them; null where one has none. */
        private static java.util.Set<String> missingRefs(ScoringContext ctx, Expr e) {
            List<ScoringProblem> found = new ArrayList<>();
            collectMissing(ctx, e, found);
            java.util.Set<String> refs = new java.util.LinkedHashSet<>();
            for (ScoringProblem p : found) {
                if (p.figureRef() == null) {
                    return null;
                }
                refs.add(p.figureRef());
            }
            return refs;
        }


        private Expr chosen(ScoringContext ctx) {
            Integer k = ctx.choice(this);
            return k == null ? alternatives.get(0) : alternatives.get(k);
        }

        @Override
        public boolean atomic() {
            return false;
        }

        @Override
        public String render(ScoringContext ctx, ScoringContext.Lang l, boolean units) {
            return chosen(ctx).render(ctx, l, units);
        }

        @Override
        public void collectUnits(ScoringContext ctx, Set<String> out) {
            chosen(ctx).collectUnits(ctx, out);
        }
    }

    // ---- every missing figure ----

    /**
     * {@code first}, the problem met evaluating {@code exprs}, with every other figure of them that is missing when
     * {@code first} is a missing figure: the user learns of all of them at once, not one per run. Each figure is
     * looked for as evaluation would (a {@code firstOf} that cannot be computed: the figures of its first
     * alternative); {@code first} stays first, so its finding is the one it gave alone.
     */
    static ScoringProblem missing(ScoringContext ctx, ScoringProblem first, List<Expr> exprs) {
        if (!first.missingFigure()) {
            return first;
        }
        List<ScoringProblem> all = new ArrayList<>();
        for (Expr e : exprs) {
            collectMissing(ctx, e, all);
        }
        return ctx.together(first, all);
    }

    private static void collectMissing(ScoringContext ctx, Expr e, List<ScoringProblem> out) {
        if (e instanceof Sum s) {
            s.terms().forEach(t -> collectMissing(ctx, t, out));
        } else if (e instanceof Difference d) {
            collectMissing(ctx, d.minuend(), out);
            collectMissing(ctx, d.subtrahend(), out);
        } else if (e instanceof Ratio r) {
            collectMissing(ctx, r.numerator(), out);
            collectMissing(ctx, r.denominator(), out);
        } else if (e instanceof Percent p) {
            collectMissing(ctx, p.of(), out);
        } else if (e instanceof Abs a) {
            collectMissing(ctx, a.of(), out);
        } else if (e instanceof FirstOf f) {
            if (!evaluates(ctx, f, null)) {
                collectMissing(ctx, f.alternatives().get(f.askedFor(ctx)), out);
            }
        } else if (e instanceof Ref || e instanceof FundsFigure) {
            evaluates(ctx, e, out);
        }
    }

    /** Whether {@code e} evaluates; its missing figure added to {@code out} when it does not. Its inputs are dropped. */
    private static boolean evaluates(ScoringContext ctx, Expr e, List<ScoringProblem> out) {
        ctx.pushScope();
        try {
            e.eval(ctx);
            return true;
        } catch (ScoringProblem p) {
            if (out != null && p.missingFigure()) {
                out.add(p);
            }
            return false;
        } finally {
            ctx.dropScope();
        }
    }

    // ---- helpers ----

    private static String wrap(Expr e, ScoringContext ctx, ScoringContext.Lang l, boolean units) {
        String r = e.render(ctx, l, units);
        Expr x = e instanceof FirstOf f ? f.chosen(ctx) : e;
        return x instanceof Sum || x instanceof Difference ? "(" + r + ")" : r;
    }

    /** The kind of a sum or difference: all money → money; no money → number; a mix is a framework error. */
    private static Kind combine(ScoringContext ctx, Expr e, List<Value> vs) {
        // one pass, no streams (every sum and difference of every criterion comes here)
        boolean anyMoney = false;
        boolean allMoney = true;
        boolean same = true;
        Kind first = vs.get(0).kind();
        for (Value v : vs) {
            boolean money = v.kind() == Kind.MONEY;
            anyMoney |= money;
            allMoney &= money;
            same &= v.kind() == first;
        }
        if (anyMoney && !allMoney) {
            throw mixed(ctx, e);
        }
        if (allMoney) {
            return Kind.MONEY;
        }
        return same ? first : Kind.NUMBER;
    }

    private static String moneyUnit(List<Value> vs) {
        String u = null;
        for (Value v : vs) {
            if (v.moneyUnit() == null) {
                continue;
            }
            if (u == null) {
                u = v.moneyUnit();
            } else if (!u.equals(v.moneyUnit())) {
                return Money.YUAN;
            }
        }
        return u;
    }

    private static ScoringProblem mixed(ScoringContext ctx, Expr e) {
        Said shown = ctx.say(l -> e.render(ctx, l));
        return ctx.problem(ScoringContext.FRAMEWORK_INVALID, "units", List.of(ctx.where(), shown.zh()),
                ctx.leafSrc, ctx.t("score.reason.units", shown.shown())).quoting(shown);
    }
}
