package io.github.jixiao.score;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Figure;
import io.github.jixiao.model.Submission;
import io.github.jixiao.text.Texts;
import io.github.jixiao.validate.SchemaCatalog;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What a method may use while scoring one criterion: the submission, the department's claims, the figures
 * it has read (kept as inputs, in the order first read) and where it reports findings.
 */
final class ScoringContext {
    static final String INPUT_MISSING = "score-input-missing";
    /** The keys of a department's own score not given ({@link Method}); with "-no-file" when self-assessment.json is not there. */
    static final java.util.Set<String> ASSESSED_KEYS = java.util.Set.of("assessed", "assessed-item", "assessed-flag");
    static final String CLAIM_MISMATCH = "score-claim-mismatch";
    static final String FRAMEWORK_INVALID = "framework-invalid";
    static final String WEIGHTS = "score-weights";
    static final String ASSUMPTION = "score-assumption";

    final Submission submission;
    final Claims claims;
    /**
     * Whether score-ignores-missed-target carries the claim of a row at full points on a missed target (it runs); when
     * a project turned it off, the scorer reports that claim as a mismatch itself. True unless the engine says otherwise.
     */
    boolean missCarried = true;
    final String criterion;
    final String criterionName;
    final String level1;
    final String level2;
    /** Where the criterion is defined in its framework file (for framework errors found while scoring). */
    final Src leafSrc;
    /** The framework scored on; null where a caller gave none. */
    final Framework framework;
    private final List<Finding> findings;
    private final Deque<Map<String, ScoreInput>> scopes = new ArrayDeque<>();
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    /** Made when first written ({@link #chose}, {@link #shown}): most criteria use neither. */
    private Map<Expr, Integer> choices;
    private Map<Expr, String> shown;
    private final List<ScoreSheet.Unscored> unscored = new ArrayList<>();
    private String item;
    private String itemName;
    /**
     * What the rows' stated scores that stand add to the rows' exact sum: each a rounding of its computed score (8.63
     * for 8.625: +0.005; 1.4 for 1.43 in a one-decimal table: −0.03; 9.68 for 9.685, the other rounding of a half cent
     * ({@link IndicatorScoring#halfCentTie}): −0.005). The criterion's stated score and the total may be the rows added
     * as printed (Scorer); 0 where every row is stated exactly or not at all.
     */
    BigDecimal rowRounding = BigDecimal.ZERO;
    /**
     * The row being scored carries an even share of its category's printed points that jixiao assumed (the table prints no
     * 分值 and the framework states no split): its printed 得分 is not held to that share (IndicatorScoring.checkClaim).
     */
    boolean assumedShare;
    /** The most decimals a stated indicator score of the submission is written with; -1 until first asked. */
    private int scoreDecimals = -1;

    /**
     * The most decimals any stated indicator score of the submission is written with (1.9 → 1, 2 → 0, 1.95 → 2): the
     * precision the table scores in. Counted once a context, over the rows, when first asked.
     */
    int scoreDecimals() {
        if (scoreDecimals < 0) {
            scoreDecimals = IndicatorScoring.tableDecimals(submission.indicators());
        }
        return scoreDecimals;
    }

    /** The words of the report language (its texts, and the framework that gives the English of its own names). */
    private final Lang lang;
    /**
     * The report-language text of each Chinese argument of a finding reported here that quotes a formula (shared by the
     * criteria of one scoring; empty in a Chinese run): {@link ScoreSheet#quoted}.
     */
    private final Map<String, String> quoted;

    ScoringContext(Submission submission, Claims claims, Framework.Leaf leaf, Src leafSrc, List<Finding> findings) {
        this(submission, claims, leaf, leafSrc, findings, Texts.chinese(), null, new LinkedHashMap<>());
    }

    ScoringContext(Submission submission, Claims claims, Framework.Leaf leaf, Src leafSrc, List<Finding> findings,
                   Texts texts, Framework framework, Map<String, String> quoted) {
        this.lang = texts == null || !texts.english() ? Lang.CHINESE : new Lang(texts, framework);
        this.quoted = quoted;
        this.submission = submission;
        this.claims = claims;
        this.criterion = leaf.id();
        this.criterionName = leaf.name();
        this.level1 = leaf.level1();
        this.level2 = leaf.level2();
        this.leafSrc = leafSrc == null ? Src.NONE : leafSrc;
        this.framework = framework;
        this.findings = findings;
        scopes.push(new LinkedHashMap<>());
    }

    /**
     * The words of one language for the texts scoring builds: the bundle's {@code score.*} texts, the framework's names,
     * money units. A text a finding quotes is built with each ({@link #say}); the others with the report language's.
     */
    static final class Lang {
        /** Chinese: the bundle's Chinese, and the framework's names as it writes them. */
        static final Lang CHINESE = new Lang(Texts.chinese(), null);

        private final Texts texts;
        private final Framework framework;

        Lang(Texts texts, Framework framework) {
            this.texts = texts;
            this.framework = framework;
        }

        /** A formula text from the message bundle ({@code score.*} keys). */
        String t(String key, Object... args) {
            return texts.get(key, args);
        }

        /** A name or label of the framework (never the department's data). */
        String name(String zh) {
            return texts.english() && framework != null ? framework.english(zh) : zh;
        }

        boolean english() {
            return texts.english();
        }

        /** A money unit (元, 万元, 亿元) or a framework's display unit. */
        String unit(String u) {
            if (u == null || !texts.english()) {
                return u;
            }
            return switch (u) {
                case "元" -> t("score.unit.yuan");
                case "万元" -> t("score.unit.wan");
                case "亿元" -> t("score.unit.yi");
                default -> name(u);
            };
        }
    }

    /** The words of the report language. */
    Lang lang() {
        return lang;
    }

    /**
     * A text built in Chinese and, in an English run, in English too, in this one pass: for a text a finding may
     * quote (its argument keeps the Chinese, the reports show the English). {@code text} must only build the text.
     */
    Said say(java.util.function.Function<Lang, String> text) {
        String zh = text.apply(Lang.CHINESE);
        return lang.english() ? new Said(zh, text.apply(lang)) : Said.of(zh);
    }

    /** The explanation of a criterion or sub-item scored here, in Chinese and the report language ({@link #explained}). */
    private Map<CriterionScore, Said> explained; // made when first written: empty in a Chinese run

    /** {@code c} was explained by {@code s} ({@code c.explanation()} is its report-language text). */
    void explained(CriterionScore c, Said s) {
        if (!s.one()) {
            if (explained == null) {
                explained = new java.util.IdentityHashMap<>();
            }
            explained.put(c, s);
        }
    }

    /**
     * {@code c} was explained by {@code s} and its report shows more after it ({@code c.explanation()} is {@code s} and
     * more: the stated rate's "未经核对"): what a finding quotes is {@code s}, in a Chinese run too.
     */
    void quoted(CriterionScore c, Said s) {
        if (explained == null) {
            explained = new java.util.IdentityHashMap<>();
        }
        explained.put(c, s);
    }

    /** The explanation of {@code c}, a criterion or sub-item scored here, in Chinese and the report language. */
    Said explanation(CriterionScore c) {
        Said s = explained == null ? null : explained.get(c);
        return s != null ? s : Said.of(c.explanation());
    }

    /** {@code s}'s Chinese is a finding's argument: the reports of this run show its report-language text. */
    void quote(Said s) {
        if (!s.one() && !s.zh().equals(s.shown())) {
            quoted.putIfAbsent(s.zh(), s.shown());
        }
    }

    /** A formula text from the message bundle ({@code score.*} keys), in the report language. */
    String t(String key, Object... args) {
        return lang.t(key, args);
    }

    /**
     * A text in Chinese whatever the report language: for a finding's arguments, which stay the same in every
     * language (its fingerprint rests on them); the report shows them in English (report.Messages).
     */
    String zh(String key, Object... args) {
        return Texts.chinese().get(key, args);
    }

    /** A name or label of the framework (never the department's data) in the report language. */
    String name(String zh) {
        return lang.name(zh);
    }

    boolean english() {
        return lang.english();
    }

    /**
     * The table's layout leaves a criterion of the framework out (Scorer: a funds block without points while the
     * indicators carry the whole base): the framework's split of the indicator points is no default for the table.
     */
    private boolean layoutOmits;

    void layoutOmits(boolean omits) {
        layoutOmits = omits;
    }

    boolean layoutOmits() {
        return layoutOmits;
    }

    /** The sub-item being scored, or null at the criterion level. */
    String item() {
        return item;
    }

    String itemName() {
        return itemName;
    }

    void item(String id, String name) {
        this.item = id;
        this.itemName = name;
    }

    /** The criterion's name, with the sub-item's when inside one: "财务合规性 · 资金支出规范性". */
    String where() {
        return itemName == null ? criterionName : criterionName + " · " + itemName;
    }

    // ---- inputs ----

    void input(String label, String value, String ref) {
        String key = ref == null || ref.isEmpty() ? label + "\u0000" + value : ref;
        scopes.peek().putIfAbsent(key, new ScoreInput(label, value, ref == null ? "" : ref));
    }

    void pushScope() {
        scopes.push(new LinkedHashMap<>());
    }

    /** Ends a scope: its inputs, which also stay with the enclosing scope. */
    List<ScoreInput> popScope() {
        Map<String, ScoreInput> top = scopes.pop();
        Map<String, ScoreInput> parent = scopes.peek();
        if (parent != null) {
            top.forEach(parent::putIfAbsent);
        }
        return new ArrayList<>(top.values());
    }

    /** Points of this criterion that could not be scored, and why. */
    void unscored(String name, java.math.BigDecimal points, String reason) {
        unscored.add(new ScoreSheet.Unscored(criterion, name, points, reason));
    }

    List<ScoreSheet.Unscored> unscored() {
        return unscored;
    }

    /**
     * The scores the table states for the indicator rows of this criterion, added up ({@code indicator-points}); null
     * when it states none that can be added (a score above its row's points, or below 0), or for another method.
     */
    private java.math.BigDecimal statedRows;
    /** Whether the table states a score for every row of {@link #statedRows} (else their sum is a lower bound). */
    private boolean statedEveryRow;

    void statedRows(java.math.BigDecimal sum, boolean everyRow) {
        statedRows = sum;
        statedEveryRow = everyRow;
    }

    boolean statedEveryRow() {
        return statedEveryRow;
    }

    java.math.BigDecimal statedRows() {
        return statedRows;
    }

    /** Ends a scope and forgets its inputs (an alternative that could not be computed). */
    void dropScope() {
        scopes.pop();
    }

    /** Which alternative of a {@code firstOf} was computed. */
    void chose(Expr e, int k) {
        if (choices == null) {
            choices = new java.util.IdentityHashMap<>();
        }
        choices.put(e, k);
    }

    /**
     * The assumptions the alternatives computed for this criterion make (a {@code firstOf}'s {@code assumption}): key →
     * the ref of the figure it rests on. Reported once the criterion is scored ({@link #reportAssumptions}); made when
     * first written.
     */
    private Map<String, String> assumed;

    void assumed(String key, String ref) {
        if (assumed == null) {
            assumed = new LinkedHashMap<>();
        }
        assumed.putIfAbsent(key, ref);
    }

    /** A {@code score-assumption} finding for each assumption made in scoring this criterion, at its figure. */
    void reportAssumptions() {
        if (assumed != null) {
            assumed.forEach((key, ref) -> report(ASSUMPTION, key, ref.isEmpty() ? leafSrc : src(ref), where()));
        }
    }

    Integer choice(Expr e) {
        return choices == null ? null : choices.get(e);
    }

    /** How an expression computed from several figures is shown in its formula. */
    void shown(Expr e, String text) {
        if (shown == null) {
            shown = new java.util.IdentityHashMap<>();
        }
        shown.put(e, text);
    }

    String shown(Expr e) {
        return shown == null ? null : shown.get(e);
    }

    List<ScoreInput> inputs() {
        return new ArrayList<>(scopes.peekLast().values());
    }

    // ---- reading the submission ----

    /** The number at {@code ref} (a framework's); a problem naming {@code label} when it is not there. */
    Figure figure(String ref, String label) {
        Figure f = figures.get(ref);
        if (f != null) {
            return f;
        }
        Optional<Figure> o = submission.figure(Submission.ref(ref));
        // a bare number where an amount with its unit belongs (the schema's type-money at it) is written but unreadable,
        // as a unit the check does not know is: not a plain number to divide by another (trial E5, session 42)
        if (o.isEmpty() || !o.get().isMoney() && submission.bareAmount(ref)) {
            throw missing(label, ref);
        }
        figures.put(ref, o.get());
        return o.get();
    }

    /** A figure read earlier by {@link #figure}. */
    Figure seen(String ref) {
        return figures.get(ref);
    }

    /** The value at {@code ref} (a framework's: a string, a boolean, a number); a problem when it is not there. */
    JsonNode node(String ref, String label) {
        JsonNode n = submission.node(Submission.ref(ref));
        if (n == null || n.isNull() || n.isContainer()) {
            throw missing(label, ref);
        }
        return n;
    }

    /** Where {@code ref} is, or its nearest ancestor; nowhere when its file is missing. */
    Src src(String ref) {
        String role = Submission.splitRef(ref)[0];
        return submission.document(role).isPresent() ? submission.src(ref) : Src.NONE;
    }

    // ---- problems and findings ----

    /** A figure that is not there; {@code label} is the framework's (Chinese) name of it. */
    ScoringProblem missing(String label, String ref) {
        return missing(label, name(label), ref);
    }

    /**
     * A figure that is not there: named {@code label} in the finding, {@code shown} in the explanation, which says where to
     * write it as the finding does (budget.json 的 "procurement": {"plan": …}; before trial G, session 30, the reference
     * budget#/procurement/plan, which finance staff cannot read); the finding's argument stays the reference.
     */
    ScoringProblem missing(String label, String shown, String ref) {
        return new ScoringProblem(INPUT_MISSING, "", List.of(where(), label, ref), src(ref),
                t(written(ref) ? "score.reason.unreadable" : "score.reason.missing", shown,
                        io.github.jixiao.validate.MoneyFields.place(ref, english(), false)));
    }

    /**
     * Whether something other than null is written at {@code ref} (a figure the scorer could not read: a unit it does not
     * know, "万圆", a number as text): the reason then says the figure is there but unreadable, not missing, and the
     * schema's finding at it says what to correct. An invalid pointer (a framework's own fault) is not written.
     */
    boolean written(String ref) {
        try {
            tools.jackson.databind.JsonNode n = submission.node(ref);
            return n != null && !n.isNull();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }


    /** A money unit (元, 万元, 亿元) or a framework's display unit, in the report language. */
    String unit(String u) {
        return lang.unit(u);
    }

    /** A denominator that is 0: the finding quotes it in Chinese, the reason says it in the report language. */
    ScoringProblem zeroDenominator(Said formula, Src src) {
        return new ScoringProblem(INPUT_MISSING, "zero", List.of(where(), formula.zh()), src,
                t("score.reason.zero", formula.shown())).quoting(formula);
    }

    ScoringProblem problem(String ruleId, String key, List<String> args, Src src, String reason) {
        return new ScoringProblem(ruleId, key, args, src, reason);
    }

    /** The findings of {@code p}: its own, then one for each problem found with it. */
    void report(ScoringProblem p) {
        for (ScoringProblem q : p.all()) {
            if (q.ruleId == null) {
                continue; // already a finding (a framework error the loader reported)
            }
            q.quoted.forEach(this::quote);
            String key = q.key;
            List<String> args = q.args;
            // a figure (key "") or a department's own score whose whole file is absent
            String role = !INPUT_MISSING.equals(q.ruleId) ? null : key.isEmpty() ? Submission.splitRef(args.get(2))[0]
                    : ASSESSED_KEYS.contains(key) ? "self-assessment" : null;
            if (role != null && submission.document(role).isEmpty() && SchemaCatalog.ROLES.contains(role)) {
                if (submission.unread(role)) {
                    continue; // the file is there but broken: its own finding is the one to fix, not "create it"
                }
                // not there at all (management.json after a 部门整体 import, self-assessment.json of a skeleton at 自评):
                // the finding says which file to create, its $schema and where the figure goes, in the user's terms
                List<String> more = new ArrayList<>(args);
                if (key.isEmpty()) {
                    key = ScoringProblem.NO_FILE;
                    more.add(role + ".json");
                    more.add(SchemaCatalog.idOf(role));
                    more.add(io.github.jixiao.load.Pointers.asJson(Submission.splitRef(args.get(2))[1]));
                } else {
                    key = key + "-no-file";
                    more.add(SchemaCatalog.idOf(role));
                }
                args = List.copyOf(more);
            }
            findings.add(new Finding(q.ruleId, ruleSeverity(q.ruleId), key, args, q.src.file(), q.src.pointer(),
                    q.src.line(), q.src.column(), criterion));
        }
    }

    /** {@code first} with the other problems of {@code others}: its reason names them all (see ScoringProblem). */
    ScoringProblem together(ScoringProblem first, List<ScoringProblem> others) {
        return ScoringProblem.together(first, others, t("score.sep"));
    }

    void report(String ruleId, String key, Src src, String... args) {
        Src s = src == null ? Src.NONE : src;
        findings.add(new Finding(ruleId, ruleSeverity(ruleId), key, List.of(args), s.file(), s.pointer(), s.line(),
                s.column(), criterion));
    }

    void report(String ruleId, Severity severity, String key, Src src, String... args) {
        Src s = src == null ? Src.NONE : src;
        findings.add(new Finding(ruleId, severity, key, List.of(args), s.file(), s.pointer(), s.line(), s.column(), criterion));
    }

    /**
     * The default severity of the scoring rules. Their metadata lives in {@code lint.scoring} ({@code @RuleInfo}),
     * which score must not import (lint reads the score sheet); {@code ScoringSeveritiesTest} checks the two agree,
     * and a severity configured per rule is applied by the engine afterwards.
     */
    static Severity ruleSeverity(String ruleId) {
        return switch (ruleId) {
            case CLAIM_MISMATCH -> Severity.WARNING;
            case ASSUMPTION -> Severity.INFO;
            default -> Severity.ERROR;
        };
    }
}
