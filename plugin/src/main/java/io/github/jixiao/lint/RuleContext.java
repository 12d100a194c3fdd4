package io.github.jixiao.lint;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.ScoreSheet;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a rule may use while checking, and where it reports. One context per rule run. */
public final class RuleContext {
    private final RuleDescriptor rule;
    private final ScoreSheet scores;
    private final Framework framework;
    private final RuleConfig config;
    private final List<Finding> out = new ArrayList<>();
    private List<UnreadableCell> unreadable = List.of();
    private boolean walked;
    /** Values computed once per run for every rule of the run (one map per context when a rule runs alone). */
    private java.util.Map<Object, Object> shared = new java.util.HashMap<>();

    public RuleContext(RuleDescriptor rule, ScoreSheet scores) {
        this(rule, scores, null, RuleConfig.none());
    }

    public RuleContext(RuleDescriptor rule, ScoreSheet scores, Framework framework) {
        this(rule, scores, framework, RuleConfig.none());
    }

    public RuleContext(RuleDescriptor rule, ScoreSheet scores, RuleConfig config) {
        this(rule, scores, null, config);
    }

    public RuleContext(RuleDescriptor rule, ScoreSheet scores, Framework framework, RuleConfig config) {
        this.rule = rule;
        this.scores = scores;
        this.framework = framework;
        this.config = config == null ? RuleConfig.none() : config;
    }

    /** The workbook cells jixiao:import could not read (none for a submission typed by hand). */
    public List<UnreadableCell> unreadableCells() {
        return unreadable;
    }

    /** Gives the rule the cells the import could not read; returns this context. */
    public RuleContext withUnreadableCells(List<UnreadableCell> cells) {
        this.unreadable = cells == null ? List.of() : List.copyOf(cells);
        return this;
    }

    /** Marks that {@link RuleRunner}'s shared {@link TreeWalk} visits this context's (tree) rule. */
    void walked() {
        walked = true;
    }

    /**
     * Whether a shared {@link TreeWalk} has visited the rule for this context; if not, a {@link TreeRule} walks the
     * trees itself in its check.
     */
    public boolean treesWalked() {
        return walked;
    }

    /** Makes {@code map} the run's shared values (every context of a {@link RuleRunner} run gets the same one). */
    void share(java.util.Map<Object, Object> map) {
        shared = map;
    }

    /**
     * A value every rule of the run reads, made by {@code make} at the first request and kept for the run (per-indicator
     * work done once, not once per rule). {@code key} names it: one key, one kind of value.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, java.util.function.Supplier<T> make) {
        Object v = shared.get(key);
        if (v == null) {
            v = make.get();
            shared.put(key, v);
        }
        return (T) v;
    }

    /** The rule this context reports for. */
    public RuleDescriptor descriptor() {
        return rule;
    }

    /** The framework the submission is scored on (its taxonomy of indicator categories), when it could be loaded. */
    public Optional<Framework> framework() {
        return Optional.ofNullable(framework);
    }

    /**
     * The value of the rule's threshold {@code name} in force: configured in the pom, or the default its
     * {@link RuleInfo#thresholds()} declares.
     */
    public java.math.BigDecimal threshold(String name) {
        return config.threshold(rule, name);
    }

    /**
     * The value in force of rule {@code id}'s threshold {@code name}: for a rule that defers to another's cut-off
     * (execution-over-budget reads execution-rate-unexplained's {@code rate}).
     */
    public java.math.BigDecimal threshold(String id, String name) {
        return config.threshold(RuleRegistry.descriptor(id).orElseThrow(() -> new IllegalArgumentException("no rule " + id)), name);
    }

    /**
     * Whether the project turned rule {@code id} off: a rule that leaves a defect to another (one defect, one finding)
     * reports it itself when that one does not run.
     */
    public boolean isOff(String id) {
        return config.isOff(id);
    }

    /** The score sheet, when the submission could be scored. */
    public Optional<ScoreSheet> scores() {
        return Optional.ofNullable(scores);
    }

    /**
     * Parses a target or actual as written (the one parser every rule and scoring method shares). An
     * indicator's target in force and actual are parsed once, at binding: {@link Indicator#targetValue()}.
     */
    public TargetValue parse(String written) {
        return TargetParser.parseShared(written);
    }

    /** Reports the rule's default message at {@code where}. */
    public void report(Src where, Object... args) {
        report("", where, args);
    }

    /** Reports message variant {@code key} at {@code where}, with the rule's default severity. */
    public void report(String key, Src where, Object... args) {
        report(rule.severity(), key, where, null, args);
    }

    /** Reports with an explicit severity and the scoring criterion it touches (or null). */
    public void report(Severity severity, String key, Src where, String criterion, Object... args) {
        Src s = where == null ? Src.NONE : where;
        // a loop, not a stream per finding: an unmodifiable list, which Finding keeps as it is (List.copyOf)
        String[] formatted = new String[args.length];
        for (int k = 0; k < args.length; k++) {
            formatted[k] = format(args[k]);
        }
        List<String> a = List.of(formatted);
        out.add(new Finding(rule.id(), severity, key, a, s.file(), s.pointer(), s.line(), s.column(), criterion));
    }

    private static String format(Object o) {
        if (o instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(o);
    }

    public List<Finding> findings() {
        return out;
    }
}
