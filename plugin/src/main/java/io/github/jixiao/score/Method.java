package io.github.jixiao.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * How a criterion is scored: a closed set of methods, each with typed parameters (see
 * {@code framework.schema.json}). A method computes full-precision points and says how, with the figures
 * it used; it throws {@link ScoringProblem} when a figure is missing.
 */
public sealed interface Method {

    /** The method id as written in framework files ("band", "quarterly-progress", …). */
    String type();

    /** Scores the criterion (or sub-item) of {@code ctx} out of {@code weight} points. */
    Outcome score(ScoringContext ctx, BigDecimal weight);

    /**
     * What a method gives.
     *
     * @param points      full precision (clamped to [0, weight] by the caller)
     * @param term        the formula as a summand of a {@code sub-items} sum ("448.01 / 657.77 = 68.11% × 1"); null for
     *                    "(explanation)", built by {@link #term()} when a sum asks for it (a criterion's own never is)
     * @param explanation the formula as applied, ending with the result (in Chinese, which a finding quotes, and in
     *                    the report language, which the summary shows)
     * @param items       sub-item (or indicator) scores, else empty
     * @param weight      the weight actually available when the method sets it (indicator points), else null
     */
    record Outcome(BigDecimal points, Said term, Said explanation, List<CriterionScore> items, BigDecimal weight) {
        static Outcome of(BigDecimal points, Said term, Said explanation) {
            return new Outcome(points, term, explanation, List.of(), null);
        }

        /** A core formula {@code core}, "(core)" as a summand. */
        static Outcome of(BigDecimal points, Said core) {
            return of(points, null, core);
        }

        /** The formula as a summand: {@link #term} as given, else "(explanation)". */
        @Override
        public Said term() {
            return term != null ? term : explanation.map(c -> "(" + c + ")");
        }
    }

    // ---- assessed ----

    /** The department's own score from self-assessment.json, capped to the weight. */
    record Assessed() implements Method {
        @Override
        public String type() {
            return "assessed";
        }

        @Override
        public Outcome score(ScoringContext ctx, BigDecimal weight) {
            BigDecimal claimed;
            String ref;
            JsonNode claim; // the claim's object in self-assessment.json, which holds its reason
            if (ctx.item() == null) {
                Optional<Claims.Claim> c = ctx.claims.criterion(ctx.criterion);
                if (c.isEmpty() || c.get().score() == null) {
                    // on an imported submission, what to do in the table it came from (a self-assessment.json the
                    // officer never wrote is not where to fill it in)
                    ScoringProblem inTable = inTable(ctx, c);
                    if (inTable != null) {
                        throw inTable;
                    }
                    throw ctx.problem(ScoringContext.INPUT_MISSING, "assessed", List.of(ctx.where(), ctx.criterion),
                            c.map(Claims.Claim::src).orElse(ctx.claims.where()), ctx.t("score.reason.assessed"));
                }
                claimed = c.get().score();
                ref = c.get().scoreRef();
                claim = c.get().node();
            } else {
                Optional<Claims.ItemClaim> ic = ctx.claims.item(ctx.criterion, ctx.item());
                if (ic.isEmpty() || ic.get().score() == null) {
                    // imported: a table gives no sub-item's score, only its criterion's row (read as the parts when it
                    // allows one reading); that row missing or its score not given is what to correct in the table
                    ScoringProblem inTable = inTable(ctx, ctx.claims.criterion(ctx.criterion));
                    if (inTable != null) {
                        throw inTable;
                    }
                    throw ctx.problem(ScoringContext.INPUT_MISSING, "assessed-item",
                            List.of(ctx.criterionName, ctx.itemName(), ctx.criterion, ctx.item()),
                            ctx.claims.criterion(ctx.criterion).map(Claims.Claim::src).orElse(ctx.claims.where()),
                            ctx.t("score.reason.assessedItem", ctx.name(ctx.itemName())));
                }
                claimed = ic.get().score();
                ref = ic.get().scoreRef();
                claim = ic.get().node();
            }
            ctx.input(ctx.item() == null ? ctx.t("score.input.assessed") : ctx.t("score.input.assessedItem", ctx.name(ctx.itemName())),
                    Num.written(claimed), ref);
            BigDecimal s = claimed.min(weight).max(BigDecimal.ZERO);
            // the department's reason, so the summary explains an assessed point too: whole (the schema bounds it at
            // 20,000 characters), as it is the evidence a reviewer weighs; only the console cuts it (ConsoleReport)
            JsonNode reason = claim.get("reason");
            String why = reason != null && reason.isString() && !reason.asString().isBlank() ? reason.asString().strip() : null;
            Said explanation = ctx.say(l -> (claimed.compareTo(weight) > 0
                    ? l.t("score.assessed.above", Num.written(claimed), Num.plain(weight))
                    : l.t("score.assessed", Num.written(claimed))) + (why == null ? "" : l.t("score.assessed.reason", why)));
            return Outcome.of(s, Said.of(Num.plain(s)), explanation);
        }
    }

    /**
     * On a submission imported from a table ({@link io.github.jixiao.model.ImportedTable}), the finding for a criterion
     * whose own score ({@code claim}, the criterion's row) was not given, in the table's terms: its score cell left blank
     * ({@code assessed-blank}) or not a number ({@code assessed-unreadable}), its row not in the table
     * ({@code assessed-no-row}), or no table of the criteria's scores imported at all ({@code assessed-no-table}); each
     * with {@code -table} where the criteria rows are the indicator table's (the 自评表), not a 评分表's. Null for a
     * submission written by hand, and where the table gave the row and its score cell holds nothing the import noted.
     */
    static ScoringProblem inTable(ScoringContext ctx, Optional<Claims.Claim> claim) {
        io.github.jixiao.model.ImportedTable t = ctx.submission.table();
        if (!t.imported()) {
            return null;
        }
        String table = t.criteriaInIndicatorTable() ? "-table" : "";
        String key;
        List<String> args = List.of(ctx.criterionName, ctx.criterion);
        io.github.jixiao.load.Src at = claim.map(Claims.Claim::src).orElse(ctx.claims.where());
        if (claim.isPresent()) {
            String ref = claim.get().scoreRef();
            key = ctx.submission.printedBlank(ref) ? "assessed-blank" + table
                    : t.unreadable().contains(ref) ? "assessed-unreadable" + table : null;
            if (key != null && key.startsWith("assessed-unreadable")) {
                // at the score cell the import could not read, where workbook-cell-unreadable was (Engine.unreadableOnce)
                at = ctx.submission.src(ref);
            }
        } else if (ctx.claims.anyCriterion()) {
            key = "assessed-no-row" + table; // the table's criteria rows were read; this one is not among them
        } else if (!"department".equals(ctx.submission.kind()) || t.workbook() == null) {
            // a project's criteria are rows of its indicator table (read under the framework named); a sidecar that names
            // no workbook (not the import's) cannot say where to add a table
            key = "project".equals(ctx.submission.kind()) ? "assessed-no-row-table" : null;
        } else {
            key = "assessed-no-table"; // the indicator table only: the 评分表 is to be added to the workbook
            args = List.of(ctx.criterionName, ctx.criterion, t.workbook());
        }
        return key == null ? null : ctx.problem(ScoringContext.INPUT_MISSING, key, args, at, ctx.t("score.reason.assessed"));
    }

    // ---- ratio ----

    /** value × points; value capped at {@code cap}; 0 when value exceeds {@code zeroWhenAbove}. */
    /**
     * {@code value × points}, at most {@code cap × points}, 0 above {@code zeroWhenAbove}. With {@code pointsFrom} (a ref of
     * the table's own 分值 for this criterion: 财预〔2020〕10号's funds row prints 预算执行率's), the points the table prints
     * there replace {@code points} and are the criterion's weight, as the indicators' printed 分值 are theirs (裕安 2022
     * prints 9: 95.86 % × 9); a figure that is no part of the whole (0, or the whole's points and more, as 鄂州 2021's 100
     * there, its total) is not taken.
     */
    record Ratio(Expr value, BigDecimal points, BigDecimal cap, BigDecimal zeroWhenAbove, String pointsFrom) implements Method {
        public Ratio(Expr value, BigDecimal points, BigDecimal cap, BigDecimal zeroWhenAbove) {
            this(value, points, cap, zeroWhenAbove, null);
        }

        @Override
        public String type() {
            return "ratio";
        }

        /** The points the table prints at {@code pointsFrom} when they are a part of the whole other than {@code points}, else null. */
        BigDecimal printedPoints(ScoringContext ctx) {
            if (pointsFrom == null) {
                return null;
            }
            BigDecimal p = ctx.submission.figure(pointsFrom).map(io.github.jixiao.model.Figure::value).orElse(null);
            BigDecimal whole = ctx.framework == null ? BigDecimal.valueOf(100) : ctx.framework.weight();
            return p != null && p.signum() > 0 && p.compareTo(whole) < 0 && p.compareTo(points) != 0 ? p : null;
        }

        @Override
        public Outcome score(ScoringContext ctx, BigDecimal weight) {
            BigDecimal printed = printedPoints(ctx);
            BigDecimal points = printed == null ? this.points : printed;
            if (printed != null) { // ST-4: 10 in principle; the table's points are used, and the departure said
                ctx.report(ScoringContext.WEIGHTS, io.github.jixiao.finding.Severity.WARNING, "split-printed",
                        ctx.submission.src(pointsFrom), ctx.criterionName, Num.plain(printed), Num.plain(this.points));
            }
            Expr.Value v = eval(ctx, value);
            Said formula = formula(ctx, value, v);
            BigDecimal s;
            Said term;
            if (zeroWhenAbove != null && v.number().compareTo(zeroWhenAbove) > 0) {
                s = BigDecimal.ZERO;
                term = formula.map(f -> "(" + f + " > " + v.showBound(zeroWhenAbove) + " → 0)");
            } else if (cap != null && v.number().compareTo(cap) > 0) {
                s = cap.multiply(points);
                term = formula.map(f -> f + " → " + v.showBound(cap) + " × " + Num.plain(points));
            } else {
                s = v.number().multiply(points);
                term = formula.map(f -> f + " × " + Num.plain(points));
            }
            BigDecimal score = s;
            return new Outcome(s, term, term.map(t -> t + " = " + Num.score(score)), List.of(), printed);
        }

        /**
         * Where the value is the execution rate the table states (a funds row's {@code executionRatePercent}) and no amount
         * went into it ({@code firstOf}'s later alternative: 执行数 or 全年预算数 blank), the words that say the score rests on
         * it unchecked, as the "自评 N 分，未经核对" texts say a self-score taken on trust: "（按所写执行率 100% 计，执行数空白，
         * 未经核对）" (塘湖镇 2020, t69: 执行数 blank, 100 % printed, rate-mismatch executed-blank; until session 57 the
         * formula alone, "100% / 100 × 20 = 20.00", which reads as computed: audit s56 A11 C10); null otherwise. Said
         * after the criterion's formula (Scorer), not in the formula a finding quotes (its fingerprint stays).
         */
        static Said statedRateOnly(ScoringContext ctx) {
            ScoreInput rate = ScoreInput.statedRateOnly(ctx.inputs());
            if (rate == null) {
                return null;
            }
            java.util.Optional<io.github.jixiao.model.Figure> pct = ctx.submission.figure(rate.ref());
            if (pct.isEmpty()) {
                return null;
            }
            String shown = Num.plain(pct.get().value()) + "%";
            io.github.jixiao.model.Funds f = ctx.submission.funds();
            String key = blank(f, io.github.jixiao.model.Funds.Column.EXECUTED) ? "score.statedRate.executedBlank"
                    : blank(f, io.github.jixiao.model.Funds.Column.FULL_YEAR) ? "score.statedRate.fullYearBlank" : "score.statedRate";
            return ctx.say(l -> l.t(key, shown));
        }

        /** Neither the funds' total row nor any row under it carries {@code c}. */
        private static boolean blank(io.github.jixiao.model.Funds f, io.github.jixiao.model.Funds.Column c) {
            return f == null || (f.total() == null || f.total().get(c) == null) && f.componentsWith(c).isEmpty();
        }
    }

    // ---- band ----

    /** One band: [min, max] with explicit inclusive ends (either end may be open). */
    record Range(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, BigDecimal points) {
        boolean contains(BigDecimal v) {
            boolean lo = min == null || (minInclusive ? v.compareTo(min) >= 0 : v.compareTo(min) > 0);
            boolean hi = max == null || (maxInclusive ? v.compareTo(max) <= 0 : v.compareTo(max) < 0);
            return lo && hi;
        }

        String describe(Expr.Value v) {
            if (min != null && max != null) {
                return "∈ " + (minInclusive ? "[" : "(") + v.showBound(min) + ", " + v.showBound(max) + (maxInclusive ? "]" : ")");
            }
            if (min != null) {
                return (minInclusive ? "≥ " : "> ") + v.showBound(min);
            }
            if (max != null) {
                return (maxInclusive ? "≤ " : "< ") + v.showBound(max);
            }
            return "";
        }
    }

    /** The points of the first band holding the value (0 when none does). */
    record Band(Expr value, List<Range> bands) implements Method {
        public Band {
            bands = List.copyOf(bands);
        }

        @Override
        public String type() {
            return "band";
        }

        @Override
        public Outcome score(ScoringContext ctx, BigDecimal weight) {
            Expr.Value v = eval(ctx, value);
            for (Range r : bands) {
                if (r.contains(v.number())) {
                    String d = r.describe(v);
                    return Outcome.of(r.points(), ctx.say(l -> formula(ctx, l, value, v) + (d.isEmpty() ? "" : " " + d) + " → "
                            + Num.plain(r.points())));
                }
            }
            return Outcome.of(BigDecimal.ZERO, ctx.say(l -> l.t("score.band.none", formula(ctx, l, value, v))));
        }
    }

    // ---- linear deduction ----

    /** Full points up to {@code threshold}; beyond it, {@code perUnit} off per unit over; floor 0. */
    record LinearDeduction(Expr value, BigDecimal points, BigDecimal threshold, BigDecimal perUnit) implements Method {
        @Override
        public String type() {
            return "linear-deduction";
        }

        /** The points at {@code x}: all of them up to the threshold, then {@code perUnit} fewer a unit above it, never below 0. */
        public BigDecimal at(BigDecimal x) {
            return x.compareTo(threshold) <= 0 ? points : points.subtract(perUnit.multiply(x.subtract(threshold))).max(BigDecimal.ZERO);
        }

        @Override
        public Outcome score(ScoringContext ctx, BigDecimal weight) {
            Expr.Value v = eval(ctx, value);
            Said formula = formula(ctx, value, v);
            Said core;
            BigDecimal s = at(v.number());
            if (v.number().compareTo(threshold) <= 0) {
                core = formula.map(f -> f + " ≤ " + v.showBound(threshold) + " → " + Num.plain(points));
            } else {
                BigDecimal raw = points.subtract(perUnit.multiply(v.number().subtract(threshold))); // as shown, before max(0, …)
                String calc = Num.plain(points) + " − " + Num.plain(perUnit) + " × (" + v.showNumber() + " − "
                        + Num.plain(threshold) + ")";
                core = formula.map(f -> f + " > " + v.showBound(threshold) + " → "
                        + (raw.signum() < 0 ? "max(0, " + calc + ")" : calc) + " = " + Num.plain(s));
            }
            return Outcome.of(s, core);
        }
    }

    // ---- conditions ----

    /** One condition: {@code left op right} gives {@code points}; {@code label} says it in words (or null). */
    record Condition(Expr left, String op, Expr right, BigDecimal points, String label) {
        boolean holds(BigDecimal l, BigDecimal r) {
            int c = l.compareTo(r);
            return switch (op) {
                case "lt" -> c < 0;
                case "le" -> c <= 0;
                case "eq" -> c == 0;
                case "ge" -> c >= 0;
                default -> c > 0;
            };
        }

        String symbol() {
            return switch (op) {
                case "lt" -> "<";
                case "le" -> "≤";
                case "eq" -> "=";
                case "ge" -> "≥";
                default -> ">";
            };
        }
    }

    /**
     * The points of the first condition that holds, else {@code otherwise} (0 when absent): for 评分标准 that
     * compare two figures, e.g. 资金结余 "无结余 3 分；有结余但不超过上年结转 2 分；结余超过上年结转不得分".
     */
    record Conditions(List<Condition> cases, BigDecimal otherwise) implements Method {
        public Conditions {
            cases = List.copyOf(cases);
        }

        @Override
        public String type() {
            return "conditions";
        }

        @Override
        public Outcome score(ScoringContext ctx, BigDecimal weight) {
            for (Condition c : cases) {
                Expr.Value l;
                Expr.Value r;
                try {
                    l = c.left().eval(ctx);
                    r = c.right().eval(ctx);
                } catch (ScoringProblem p) {
                    List<Expr> all = new ArrayList<>();
                    cases.forEach(k -> all.addAll(List.of(k.left(), k.right())));
                    throw Expr.missing(ctx, p, all);
                }
                if (c.holds(l.number(), r.number())) {
                    Expr.Value left = l;
                    Expr.Value right = r;
                    return Outcome.of(c.points(), ctx.say(w -> formula(ctx, w, c.left(), left) + " " + c.symbol() + " "
                            + formula(ctx, w, c.right(), right)
                            + (c.label() == null ? "" : w.t("score.paren", w.name(c.label()))) + " → " + Num.plain(c.points())));
                }
            }
            BigDecimal s = otherwise == null ? BigDecimal.ZERO : otherwise;
            return Outcome.of(s, ctx.say(w -> w.t("score.conditions.none", Num.plain(s))));
        }
    }

    // ---- deduct per item ----

    /** points − perItem × count, floor 0. */
    record DeductPerItem(Expr count, BigDecimal points, BigDecimal perItem) implements Method {
        @Override
        public String type() {
            return "deduct-per-item";
        }

        @Override
        public Outcome score(ScoringContext ctx, BigDecimal weight) {
            Expr.Value c = eval(ctx, count);
            BigDecimal raw = points.subtract(perItem.multiply(c.number()));
            BigDecimal s = raw.max(BigDecimal.ZERO);
            String calc = Num.plain(points) + " − " + Num.plain(perItem) + " × " + c.show();
            return Outcome.of(s, Said.of((raw.signum() < 0 ? "max(0, " + calc + ")" : calc) + " = " + Num.plain(s)));
        }
    }

    // ---- lookup ----

    /** One row of a lookup table: a string, boolean or number, its points, and how to say it (or null). */
    record Case(Object equals, BigDecimal points, String label) {
        boolean matches(JsonNode n) {
            if (equals instanceof String s) {
                return n.isString() && n.asString().equals(s);
            }
            if (equals instanceof Boolean b) {
                return n.isBoolean() && n.asBoolean() == b;
            }
            return n.isNumber() && equals instanceof BigDecimal d && n.decimalValue().compareTo(d) == 0;
        }
    }

    /** A categorical or yes/no value looked up in a table. */
    record Lookup(String ref, String label, List<Case> cases, BigDecimal otherwise) implements Method {
        public Lookup {
            cases = List.copyOf(cases);
        }

        @Override
        public String type() {
            return "lookup";
        }

        @Override
        public Outcome score(ScoringContext ctx, BigDecimal weight) {
            String name = label == null ? ref : ctx.name(label);
            JsonNode n = ctx.node(ref, label == null ? ref : label);
            Said value = n.isBoolean() ? ctx.say(l -> l.t(n.asBoolean() ? "score.yes" : "score.no"))
                    : Said.of(n.isNumber() ? Num.written(n.decimalValue()) : n.asString());
            String shown = value.shown();
            BigDecimal p = null;
            Case matched = null;
            for (Case c : cases) {
                if (c.matches(n)) {
                    p = c.points();
                    matched = c;
                    break;
                }
            }
            String said = matched == null || matched.label() == null ? shown : ctx.name(matched.label());
            ctx.input(name, said.equals(shown) ? shown : said + ctx.t("score.paren", shown), ref);
            if (p == null) {
                if (otherwise == null) {
                    // the finding names the figure as the framework writes it (its English is shown in English reports)
                    throw ctx.problem(ScoringContext.INPUT_MISSING, "lookup", List.of(ctx.where(), label == null ? ref : label, value.zh()),
                            ctx.src(ref), ctx.t("score.reason.lookup", name, shown)).quoting(value);
                }
                p = otherwise;
            }
            BigDecimal points = p;
            Case m = matched;
            Said core = m == null || m.label() == null ? value.map(v -> v + " → " + Num.plain(points))
                    : ctx.say(l -> l.name(m.label()) + " → " + Num.plain(points));
            return Outcome.of(p, core);
        }
    }

    // ---- quarterly progress ----

    /**
     * Σ_q min(cap, cumulative_q / schedule_q) × perQuarter + mean_q(cumulative_q / schedule_q) × meanPoints.
     * The mean is of the uncapped ratios unless {@code capMean}; no cap at all when {@code cap} is null.
     */
    record QuarterlyProgress(String quarters, List<BigDecimal> schedule, BigDecimal cap, BigDecimal perQuarter,
                             BigDecimal meanPoints, boolean capMean) implements Method {
        public QuarterlyProgress {
            schedule = List.copyOf(schedule);
        }

        @Override
        public String type() {
            return "quarterly-progress";
        }

        @Override
        public Outcome score(ScoringContext ctx, BigDecimal weight) {
            JsonNode arr = ctx.submission.node(io.github.jixiao.model.Submission.ref(quarters));
            if (arr == null || !arr.isArray()) {
                throw ctx.missing("季度累计执行进度", ctx.t("score.quarters"), quarters);
            }
            List<String> terms = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            List<String> meanParts = new ArrayList<>();
            BigDecimal sumQuarters = BigDecimal.ZERO;
            BigDecimal sumForMean = BigDecimal.ZERO;
            int n = schedule.size();
            // every quarter that is missing, not only the first: the user files them all before the next run
            List<ScoringProblem> missing = new ArrayList<>();
            int[] at = new int[n]; // each quarter's element, looked for once
            for (int q = 1; q <= n; q++) {
                int idx = indexOf(arr, q);
                at[q - 1] = idx;
                if (idx < 0 || io.github.jixiao.model.Submission.number(arr.get(idx).get("cumulativePercent")) == null) {
                    missing.add(ctx.missing("第 " + q + " 季度末累计执行进度", ctx.t("score.quarter", q), quarters));
                }
            }
            if (!missing.isEmpty()) {
                throw ctx.together(missing.get(0), missing);
            }
            for (int q = 1; q <= n; q++) {
                int idx = at[q - 1];
                String label = ctx.t("score.quarter", q);
                String ref = quarters + "/" + idx + "/cumulativePercent";
                BigDecimal cum = io.github.jixiao.model.Submission.number(arr.get(idx).get("cumulativePercent"));
                BigDecimal sched = schedule.get(q - 1);
                ctx.input(label, Num.written(cum) + "%", ref);
                BigDecimal ratio = Num.divide(cum, sched);
                BigDecimal capped = cap == null ? ratio : ratio.min(cap);
                BigDecimal pts = capped.multiply(perQuarter);
                sumQuarters = sumQuarters.add(pts);
                sumForMean = sumForMean.add(capMean ? capped : ratio);
                meanParts.add(Num.plain(capMean ? capped : ratio));
                String r = Num.written(cum) + "% / " + Num.plain(sched) + "%";
                // a ratio the cap cut that the mean takes uncapped is shown (55.25% / 50% = 1.105): the mean's 1.105 was
                // otherwise a figure the reviewer found nowhere else (review R7, session 42)
                String shown = cap != null && !capMean && ratio.compareTo(capped) != 0 ? r + " = " + Num.plain(ratio) : r;
                terms.add("Q" + q + " " + (cap == null ? r : "min(" + Num.plain(cap) + ", " + shown + ")") + " × "
                        + Num.plain(perQuarter) + " = " + Num.plain(pts));
                parts.add(Num.plain(pts));
            }
            BigDecimal mean = Num.divide(sumForMean, BigDecimal.valueOf(n));
            BigDecimal meanScore = mean.multiply(meanPoints);
            parts.add(Num.plain(meanScore));
            BigDecimal s = sumQuarters.add(meanScore);
            Said explanation = ctx.say(l -> {
                List<String> all = new ArrayList<>(terms);
                all.add(l.t("score.quarters.mean", String.join(" + ", meanParts), n, Num.plain(meanPoints), Num.plain(meanScore)));
                return String.join(l.t("score.sep"), all) + l.t("score.sep") + String.join(" + ", parts) + " = " + Num.score(s);
            });
            return Outcome.of(s, explanation);
        }

        private static int indexOf(JsonNode arr, int quarter) {
            for (int i = 0; i < arr.size(); i++) {
                JsonNode e = arr.get(i);
                Integer q = e.isObject() ? io.github.jixiao.model.Submission.integer(e.get("quarter")) : null;
                if (q != null && q == quarter
                        && e.path("cumulativePercent").isNumber()) {
                    return i;
                }
            }
            return -1;
        }
    }

    // ---- sub-items ----

    /** One sub-item of a criterion, scored by its own method out of its own points. */
    record Item(String id, String name, BigDecimal points, String standard, Method method) {
    }

    /** A yes/no sub-item the department states (items[].value); true zeroes the whole criterion. */
    record ZeroWhen(String item, String name) {
    }

    /** The sum of the sub-items' points; zero when the {@code zeroWhen} judgement is true. */
    record SubItems(List<Item> items, ZeroWhen zeroWhen) implements Method {
        public SubItems {
            items = List.copyOf(items);
        }

        @Override
        public String type() {
            return "sub-items";
        }

        /**
         * The sentence of a subitems-from-total note that names, for each part not scored for want of a figure of the
         * data (not one the department assesses), the figures it lacks and where each is written (“政府采购执行率”缺少
         * “全年预算”（budget.json 的 "procurement": {"plan": …}）), in Chinese and the report language; empty when no part
         * lacks one. Before, the note said only "缺少所需数字", and a reviewer had to find which.
         */
        private Said lacking(ScoringContext ctx, List<Integer> failed, java.util.Map<Integer, ScoringProblem> why) {
            List<String[]> parts = new ArrayList<>(); // the part's name, then label and ref of each figure it lacks
            for (int k : failed) {
                ScoringProblem p = why.get(k);
                if (p == null) {
                    continue;
                }
                List<String> figures = new ArrayList<>();
                figures.add(items.get(k).name());
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (ScoringProblem q : p.all()) {
                    boolean figure = ScoringContext.INPUT_MISSING.equals(q.ruleId)
                            && (q.key.isEmpty() || ScoringProblem.BLANK.equals(q.key)) && q.args.size() > 2;
                    if (figure && seen.add(q.args.get(2))) {
                        figures.add(q.args.get(1));
                        figures.add(q.args.get(2));
                    }
                }
                if (figures.size() > 1) {
                    parts.add(figures.toArray(String[]::new));
                }
            }
            if (parts.isEmpty()) {
                return Said.of("");
            }
            return ctx.say(l -> {
                List<String> each = new ArrayList<>();
                for (String[] part : parts) {
                    List<String> figures = new ArrayList<>();
                    for (int f = 1; f + 1 < part.length; f += 2) {
                        String[] ref = io.github.jixiao.model.Submission.splitRef(part[f + 1]);
                        String json = io.github.jixiao.load.Pointers.asJson(ref[1]);
                        figures.add(l.t("score.subitemsFromTotal.figure", l.name(part[f]), ref[0] + ".json", json));
                    }
                    each.add(l.t("score.subitemsFromTotal.lacks", l.name(part[0]), String.join(l.t("score.list"), figures)));
                }
                // (the texts are formula texts, FormulaText's: a finding read back from a stored report shows them in English)
                return l.t("score.subitemsFromTotal.lacking", String.join(l.t("score.sep"), each));
            });
        }

        @Override
        public Outcome score(ScoringContext ctx, BigDecimal weight) {
            BigDecimal total = BigDecimal.ZERO;
            // in item order; a slot stays empty for an item that could not be scored
            Said[] termAt = new Said[items.size()];
            CriterionScore[] scoreAt = new CriterionScore[items.size()];
            // the problems of every sub-item, not only the first's: the criterion scores 0 on any of them, and the
            // user learns of all of them at once
            List<ScoringProblem> problems = new ArrayList<>();
            List<Integer> unclaimed = new ArrayList<>(); // assessed sub-items without the department's score
            List<Integer> failed = new ArrayList<>(); // every sub-item not scored, whatever it lacked
            java.util.Map<Integer, ScoringProblem> failedWhy = new java.util.HashMap<>(); // what each of them lacked
            for (int k = 0; k < items.size(); k++) {
                Item it = items.get(k);
                ctx.item(it.id(), it.name());
                ctx.pushScope();
                Outcome o;
                try {
                    o = it.method().score(ctx, it.points());
                } catch (ScoringProblem p) {
                    ctx.dropScope();
                    failed.add(k);
                    failedWhy.put(k, p);
                    // (the criterion's row of an imported table, said by each of its parts: once)
                    if (!p.key.startsWith("assessed-") || ScoringContext.ASSESSED_KEYS.contains(p.key)
                            || problems.stream().noneMatch(q -> q.key.equals(p.key) && q.args.equals(p.args))) {
                        problems.add(p);
                    }
                    if (it.method() instanceof Assessed && "assessed-item".equals(p.key)) {
                        unclaimed.add(k);
                    }
                    continue;
                }
                BigDecimal s = Num.clamp(o.points(), BigDecimal.ZERO, it.points());
                Optional<Claims.ItemClaim> claim = ctx.claims.item(ctx.criterion, it.id());
                CriterionScore score = new CriterionScore(it.id(), it.name(), ctx.level1, ctx.level2, it.points(), Num.round2(s),
                        it.method().type(), ctx.popScope(), o.explanation().shown(),
                        claim.map(Claims.ItemClaim::score).orElse(null), claim.map(Claims.ItemClaim::scoreSrc).orElse(null),
                        List.of(), false, it.standard(), claim.map(Claims.ItemClaim::reviewed).orElse(null))
                        .withReviewedReason(claim.map(Claims.ItemClaim::reviewedReason).orElse(null));
                ctx.explained(score, o.explanation());
                scoreAt[k] = score;
                termAt[k] = o.term();
                total = total.add(s);
            }
            ctx.item(null, null);
            Optional<Claims.ItemClaim> flag = zeroWhen == null ? Optional.empty() : ctx.claims.item(ctx.criterion, zeroWhen.item());
            boolean flagMissing = zeroWhen != null && (flag.isEmpty() || flag.get().value() == null);
            // imported: the criterion's row missing or its score not given is the one thing to correct in the table,
            // however many of its parts (and its judgement) it leaves without a score: said once
            ScoringProblem rowMissing = flagMissing ? inTable(ctx, ctx.claims.criterion(ctx.criterion)) : null;
            if (rowMissing != null) {
                if (problems.stream().noneMatch(p -> p.key.equals(rowMissing.key))) {
                    problems.add(rowMissing);
                }
            } else if (flagMissing) {
                problems.add(ctx.problem(ScoringContext.INPUT_MISSING, "assessed-flag",
                        List.of(ctx.criterionName, zeroWhen.name(), ctx.criterion, zeroWhen.item()),
                        ctx.claims.criterion(ctx.criterion).map(Claims.Claim::src).orElse(ctx.claims.where()),
                        ctx.t("score.reason.flag", ctx.name(zeroWhen.name()))));
            }
            Boolean inferredFlag = null;
            Optional<Claims.Claim> row = ctx.claims.criterion(ctx.criterion);
            if (!problems.isEmpty() && byTableTotal(ctx, row)) {
                // imported: the table's row gives this criterion's total and no part of it (深圳 附件2 as printed); the
                // total stands for every part not computed from the data, and for the 一票否决 judgement
                Claims.Claim whole = row.get();
                BigDecimal claimed = whole.score();
                BigDecimal max = BigDecimal.ZERO;
                for (int k : failed) {
                    max = max.add(items.get(k).points());
                }
                // (less the computed parts as the table adds them up, each to its 2 decimals: 1.68 − 0.68 leaves the 1 of
                // 政府采购 政策功能, not 0.9989)
                BigDecimal computed = BigDecimal.ZERO;
                for (int k = 0; k < items.size(); k++) {
                    if (scoreAt[k] != null) {
                        computed = computed.add(scoreAt[k].score());
                    }
                }
                BigDecimal rest = Num.clamp(claimed.subtract(computed), BigDecimal.ZERO, max);
                // what the parts not computed score each: the rest shared by their points (one reading when there is one
                // part, when the rest is all their points, and when it is none of them)
                boolean unique = failed.size() == 1 || rest.signum() == 0 || rest.compareTo(max) == 0;
                List<String> names = new ArrayList<>();
                // the parts that lack a figure of the data, each with the figures and where to write them: a reviewer
                // who supplies them has those parts computed, not taken from the total (said in the note)
                Said lacking = lacking(ctx, failed, failedWhy);
                for (int k : failed) {
                    Item it = items.get(k);
                    BigDecimal s = max.signum() == 0 ? BigDecimal.ZERO : Num.divide(rest.multiply(it.points()), max);
                    ctx.item(it.id(), it.name());
                    ctx.pushScope();
                    ctx.input(ctx.t("score.input.fromTotal", ctx.name(it.name())), Num.plain(s), whole.scoreRef());
                    BigDecimal shared = rest;
                    Said said = ctx.say(l -> unique ? l.t("score.partsFromTotal.item", Num.plain(s), Num.written(claimed))
                            : l.t("score.subitemsFromTotal.share", Num.plain(s), Num.written(claimed), Num.plain(shared)));
                    CriterionScore score = new CriterionScore(it.id(), it.name(), ctx.level1, ctx.level2, it.points(), Num.round2(s),
                            it.method().type(), ctx.popScope(), said.shown(), null, null, List.of(), false, it.standard(), null);
                    ctx.explained(score, said);
                    scoreAt[k] = score;
                    termAt[k] = Said.of(Num.plain(s));
                    total = total.add(s);
                    names.add(it.name());
                }
                ctx.item(null, null);
                // each part quoted: a name may hold a 、 of its own (资金调整、调剂规范性)
                String quoted = "“" + String.join("”、“", names) + "”";
                String cell = ctx.submission.table().scoreCell(whole.scoreRef());
                String at = cell != null ? cell : ctx.submission.table().workbook() != null ? ctx.submission.table().workbook() : "";
                // a total above 0 rules the judgement out (yes makes the criterion 0); a total of 0 needs no judgement
                boolean judged = flagMissing && claimed.signum() > 0;
                ctx.quote(lacking);
                ctx.report(ScoringContext.ASSUMPTION, judged ? "subitems-from-total-flag" : "subitems-from-total", whole.scoreSrc(),
                        judged ? new String[] {ctx.criterionName, at, Num.written(claimed), quoted, Num.plain(computed),
                                Num.plain(rest), ctx.criterion, zeroWhen.name(), lacking.zh()}
                                : new String[] {ctx.criterionName, at, Num.written(claimed), quoted,
                                Num.plain(computed), Num.plain(rest), ctx.criterion, lacking.zh()});
                if (flagMissing && !judged) {
                    List<CriterionScore> scores = new ArrayList<>(java.util.Arrays.asList(scoreAt));
                    Said sum = sum(termAt, total);
                    Said explanation = ctx.say(l -> l.t("score.subitemsFromTotal.zero", l.english() ? sum.shown() : sum.zh(),
                            Num.written(claimed)));
                    return new Outcome(BigDecimal.ZERO, null, explanation, scores, null);
                }
                if (flagMissing) {
                    inferredFlag = false;
                }
            } else if (!problems.isEmpty()) {
                BigDecimal parts = fromTotal(ctx, total, unclaimed, flag, flagMissing, problems.size());
                if (parts == null) {
                    throw ctx.together(problems.get(0), problems);
                }
                // the 评分表 states this criterion's total only (深圳 附件2), and it leaves one reading: every part the
                // department assesses at full points, and no 一票否决 judgement
                Claims.Claim whole = ctx.claims.criterion(ctx.criterion).orElseThrow();
                List<String> names = new ArrayList<>();
                for (int k : unclaimed) {
                    Item it = items.get(k);
                    BigDecimal s = it.points();
                    ctx.item(it.id(), it.name());
                    ctx.pushScope();
                    ctx.input(ctx.t("score.input.assessedItem", ctx.name(it.name())), Num.plain(s), whole.scoreRef());
                    Said said = ctx.say(l -> l.t("score.partsFromTotal.item", Num.plain(s), Num.written(whole.score())));
                    CriterionScore score = new CriterionScore(it.id(), it.name(), ctx.level1, ctx.level2, it.points(), Num.round2(s),
                            it.method().type(), ctx.popScope(), said.shown(), null, null, List.of(), false, it.standard(),
                            ctx.claims.item(ctx.criterion, it.id()).map(Claims.ItemClaim::reviewed).orElse(null))
                            .withReviewedReason(ctx.claims.item(ctx.criterion, it.id()).map(Claims.ItemClaim::reviewedReason).orElse(null));
                    ctx.explained(score, said);
                    scoreAt[k] = score;
                    termAt[k] = Said.of(Num.plain(s));
                    total = total.add(s);
                    names.add(it.name());
                }
                ctx.item(null, null);
                if (flagMissing) {
                    inferredFlag = false;
                }
                if (names.isEmpty()) {
                    ctx.report(ScoringContext.ASSUMPTION, "flag-from-total", whole.scoreSrc(), ctx.criterionName,
                            Num.written(whole.score()), zeroWhen.name());
                } else if (flagMissing) {
                    ctx.report(ScoringContext.ASSUMPTION, "parts-from-total-flag", whole.scoreSrc(), ctx.criterionName,
                            Num.written(whole.score()), String.join("、", names), Num.plain(parts), zeroWhen.name());
                } else {
                    ctx.report(ScoringContext.ASSUMPTION, "parts-from-total", whole.scoreSrc(), ctx.criterionName,
                            Num.written(whole.score()), String.join("、", names), Num.plain(parts));
                }
            }
            List<CriterionScore> scores = new ArrayList<>(java.util.Arrays.asList(scoreAt));
            Said sum = sum(termAt, total);
            if (zeroWhen == null) {
                return new Outcome(total, null, sum, scores, null); // its term: "(sum)"
            }
            boolean yes = inferredFlag != null ? inferredFlag : flag.get().value();
            String flagName = ctx.name(zeroWhen.name());
            ctx.input(flagName, ctx.t(yes ? "score.yes" : "score.no"),
                    inferredFlag != null ? ctx.claims.criterion(ctx.criterion).orElseThrow().scoreRef() : flag.get().valueRef());
            Said explanation = ctx.say(l -> l.t(yes ? "score.zeroWhen.yes" : "score.zeroWhen.no", l.english() ? sum.shown() : sum.zh(),
                    l.name(zeroWhen.name())));
            BigDecimal s = yes ? BigDecimal.ZERO : total;
            return new Outcome(s, null, explanation, scores, null); // its term: "(explanation)"
        }

        /** The parts' terms added up: "1 + 0.68 = 1.68". */
        private static Said sum(Said[] terms, BigDecimal total) {
            return Said.join(" + ", java.util.Arrays.asList(terms)).map(t -> t + " = " + Num.score(total));
        }

        /**
         * Whether an imported table's row gives this criterion's total, and nothing of its parts, for what the data cannot
         * compute: the criterion has parts the department assesses or a 一票否决 judgement (a criterion all of whose parts
         * are computed from the data is scored from the data, as any other), the submission was imported (a sidecar), and
         * its self-assessment.json gives the criterion's score and no items (the import reads no sub-item rows; a file
         * written by hand, or items added after the import, are read as written).
         */
        private boolean byTableTotal(ScoringContext ctx, Optional<Claims.Claim> row) {
            return ctx.submission.table().imported() && row.isPresent() && row.get().score() != null && row.get().items().isEmpty()
                    && (zeroWhen != null || items.stream().anyMatch(i -> i.method() instanceof Assessed));
        }

        /**
         * What the department's assessed sub-items score together when it stated only the criterion's total (a 评分表
         * such as 深圳's 附件2 prints no parts) and that total leaves one reading: the parts it assesses all at full points
         * (the total is what was computed plus all of their points); a 一票否决 judgement not stated is then no (it
         * would have made the total 0). Null, and each part asked for, when any other input is missing, when the
         * department stated a part's score, or when the total is lower (which part lost points is the department's to
         * say).
         */
        private BigDecimal fromTotal(ScoringContext ctx, BigDecimal computed, List<Integer> unclaimed,
                                     Optional<Claims.ItemClaim> flag, boolean flagMissing, int problems) {
            Optional<Claims.Claim> whole = ctx.claims.criterion(ctx.criterion);
            if (whole.isEmpty() || whole.get().score() == null || whole.get().score().signum() <= 0
                    || problems != unclaimed.size() + (flagMissing ? 1 : 0)
                    // a part stated by its score rules the reading out, and so does a 一票否决 judgement stated yes (the
                    // criterion is 0 whatever its parts); a judgement stated no does not
                    || whole.get().items().values().stream().anyMatch(i -> i.score() != null)
                    || flag.map(f -> Boolean.TRUE.equals(f.value())).orElse(false)) {
                return null;
            }
            BigDecimal max = BigDecimal.ZERO;
            for (int k : unclaimed) {
                max = max.add(items.get(k).points());
            }
            BigDecimal claimed = Num.round2(whole.get().score());
            // every assessed part at full points: no other split gives this total, as no part can score above its points
            // (a total equal to what jixiao computes is not read as every part at 0: the department may have put the
            // computed part lower and given the others something, so the parts are asked for)
            return claimed.compareTo(Num.round2(computed.add(max))) == 0 ? max : null;
        }
    }

    // ---- indicator points ----

    /**
     * Every applicable indicator of the given 一级 categories that carries points: met → full points; a
     * missed quantitative target → points × actual / target (target / actual for ≤ and <); a qualitative
     * target → the department's score, kept within the band of its stated achievement.
     *
     * @param level1  the 一级 categories counted; empty for every indicator (a table without categories)
     * @param bands   achievement ("达成", "部分达成", "未达成") → [min, max] percent of the points
     * @param implied actuals of a qualitative indicator read as 达成 where the table has no 完成档次 column
     * @param split   how a category's points printed on its 二级 (indicators.json {@code categories}) are shared among
     *                its rows that print none of their own
     * @param also    the other names the framework's taxonomy gives the categories of {@code level1} (their aliases, and the
     *                taxonomy's own name where {@code level1} gives an alias), so that a row is counted here when
     *                {@link Framework#category} files it under one of them ({@link #withTaxonomy})
     */
    record IndicatorPoints(List<String> level1, Map<String, BigDecimal[]> bands, List<String> implied, List<String> impliedPartial,
                           Split split, List<String> also)
            implements Method {
        public IndicatorPoints {
            level1 = List.copyOf(level1);
            bands = Collections.unmodifiableMap(new LinkedHashMap<>(bands));
            implied = List.copyOf(implied);
            impliedPartial = List.copyOf(impliedPartial);
            split = split == null ? Split.DEFAULT : split;
            also = also == null ? List.of() : List.copyOf(also);
        }

        /** Without names of the taxonomy's ({@link #withTaxonomy}). */
        public IndicatorPoints(List<String> level1, Map<String, BigDecimal[]> bands, List<String> implied, List<String> impliedPartial,
                               Split split) {
            this(level1, bands, implied, impliedPartial, split, List.of());
        }

        /**
         * This block counting also the rows filed under another name {@code taxonomy} gives one of its 一级 (an alias, or
         * the category's own name where the block names an alias): the block reads a row as {@link Framework#category}
         * does, so that a row the framework files under 效益指标 by an alias it lists is not left out of every block
         * (session 44). This block itself where the taxonomy gives no other name.
         */
        public IndicatorPoints withTaxonomy(List<Framework.Category> taxonomy) {
            if (level1.isEmpty() || taxonomy.isEmpty()) {
                return this;
            }
            java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
            for (String l : level1) {
                for (Framework.Category c : taxonomy) {
                    if (c.matches(l)) {
                        names.add(c.level1());
                        names.addAll(c.aliases());
                    }
                }
            }
            names.removeIf(n -> level1.stream().anyMatch(l -> Taxonomy.same(l, n)));
            return names.isEmpty() ? this : new IndicatorPoints(level1, bands, implied, impliedPartial, split, List.copyOf(names));
        }

        /** With the default split ({@link Split#DEFAULT}). */
        public IndicatorPoints(List<String> level1, Map<String, BigDecimal[]> bands, List<String> implied, List<String> impliedPartial) {
            this(level1, bands, implied, impliedPartial, null);
        }

        /** Without words read as 部分达成 (a lower grade of the target's word is still read so). */
        public IndicatorPoints(List<String> level1, Map<String, BigDecimal[]> bands, List<String> implied) {
            this(level1, bands, implied, List.of());
        }

        /** Whether this criterion counts an indicator filed under {@code label}. */
        public boolean counts(String label) {
            if (level1.isEmpty()) {
                return true;
            }
            // 产出目标 counts where the framework says 产出指标 (福建 2020), and so does 产出, as lint reads it (session 44:
            // a row filed 产出 was in no block, its points and score lost)
            // (and a row filed under another name the framework's taxonomy gives the category: withTaxonomy)
            return level1.stream().anyMatch(x -> Taxonomy.same(x, label)) || also.stream().anyMatch(x -> Taxonomy.same(x, label));
        }

        @Override
        public String type() {
            return "indicator-points";
        }

        @Override
        public Outcome score(ScoringContext ctx, BigDecimal weight) {
            return IndicatorScoring.score(this, ctx, weight);
        }
    }

    /**
     * How a category's points (printed on its 二级, indicators.json {@code categories}) are shared among its rows that
     * print none of their own: {@code even}, each row the points ÷ the number of rows, rounded to {@code scale} decimals by
     * {@code rounding} (广水 2021: 三级指标分值按三级指标个数平均确定，四舍五入保留整数 → scale 0, HALF_UP). The parts need
     * not add up (15 ÷ 2 → 8 + 8 = 16): score-weights says so where they do not.
     */
    record Split(String method, int scale, java.math.RoundingMode rounding) {
        /** Where the framework states none: even, to the score's 2 decimals, HALF_UP. */
        public static final Split DEFAULT = new Split("even", 2, java.math.RoundingMode.HALF_UP);

        /** One row's share of {@code points} among {@code rows} rows. */
        public BigDecimal share(BigDecimal points, int rows) {
            return points.divide(BigDecimal.valueOf(rows), scale, rounding);
        }
    }

    // ---- a criterion the framework file does not define validly ----

    /**
     * A leaf the framework file does not define validly: it holds an invalid number (a weight, points, a threshold …:
     * negative, out of range, not a number, or one no framework can hold), or breaks framework.schema.json otherwise
     * (an unknown method, a missing or unknown parameter, a reference to no submission file, a field missing). Its
     * method is not bound and it is not scored (it counts 0 and is listed as unscored, with the place of the fault).
     * The loader reported the fault as {@code framework-invalid}; scoring does not report it again.
     *
     * @param type          the method type the file names (shown in the summary), {@link #UNKNOWN} when it names none
     *                      of the closed set
     * @param file          the framework file
     * @param pointer       where the fault is
     * @param weightInvalid the leaf's own weight is invalid or missing (the leaf then weighs 0 and the weights cannot
     *                      add up)
     * @param number        the fault is an invalid number (else another violation of the schema)
     */
    record Invalid(String type, String file, String pointer, int line, int column, boolean weightInvalid, boolean number)
            implements Method {
        /** The type of a leaf whose method names no known type. */
        public static final String UNKNOWN = "invalid";

        @Override
        public Outcome score(ScoringContext ctx, BigDecimal weight) {
            throw ctx.problem(null, "", List.of(), io.github.jixiao.load.Src.NONE,
                    ctx.t(number ? "score.reason.framework" : "score.reason.frameworkSchema", file, line, column, pointer));
        }
    }

    // ---- shared ----

    /** The value of {@code e}; when figures are missing, a problem naming every one of them. */
    private static Expr.Value eval(ScoringContext ctx, Expr e) {
        try {
            return e.eval(ctx);
        } catch (ScoringProblem p) {
            throw Expr.missing(ctx, p, List.of(e));
        }
    }

    /** "448.01 / 657.77 = 68.11%", or just "95.00%" for a bare figure; in {@code l}'s words. */
    private static String formula(ScoringContext ctx, ScoringContext.Lang l, Expr e, Expr.Value v) {
        return e.atomic() ? v.show() : e.render(ctx, l) + " = " + v.show();
    }

    /** {@link #formula} in Chinese and in the report language. */
    private static Said formula(ScoringContext ctx, Expr e, Expr.Value v) {
        return ctx.say(l -> formula(ctx, l, e, v));
    }
}
