package io.github.jixiao.lint;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.Framework;
import io.github.jixiao.score.ScoreSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One run of the rules over one submission: every rule of the registry that applies at the submission's stage and is
 * not turned off, each with its own {@link RuleContext}, in catalogue order. The {@link TreeRule}s share one
 * {@link TreeWalk} over the trees' recorded nodes ({@link #walk()}) before the rules are checked ({@link #check(int)}); a rule that
 * throws, in the walk or in its check, loses its findings and is reported by the caller's {@code failure} finding.
 */
public final class RuleRunner {
    private final Submission submission;
    private final List<Rule> rules = new ArrayList<>();
    private final List<RuleContext> contexts = new ArrayList<>();
    private final Throwable[] failures;
    private boolean walked;

    public RuleRunner(Submission submission, ScoreSheet scores, Framework framework, RuleConfig config,
                      List<UnreadableCell> unreadable) {
        this.submission = submission;
        RuleConfig c = config == null ? RuleConfig.none() : config;
        Stage stage = submission.stage();
        for (Rule rule : RuleRegistry.all()) {
            RuleDescriptor d = rule.descriptor();
            if (!d.stages().contains(stage) || c.isOff(d.id())) {
                continue;
            }
            rules.add(rule);
            contexts.add(new RuleContext(d, scores, framework, c).withUnreadableCells(unreadable));
        }
        failures = new Throwable[rules.size()];
        java.util.Map<Object, Object> shared = new java.util.HashMap<>();
        for (RuleContext ctx : contexts) {
            ctx.share(shared);
        }
    }

    /**
     * Every rule run: the shared walk, then each rule's check; the findings in catalogue order, a rule that threw
     * replaced by {@code failure.apply(ruleId, throwable)}.
     */
    public List<Finding> run(BiFunction<String, Throwable, Finding> failure) {
        walk();
        for (int k = 0; k < rules.size(); k++) {
            check(k);
        }
        return findings(failure);
    }

    /** The number of rules that run. */
    public int size() {
        return rules.size();
    }

    /** The metadata of rule {@code k}. */
    public RuleDescriptor descriptor(int k) {
        return contexts.get(k).descriptor();
    }

    /** The one pass over the trees' recorded nodes for every tree rule of the run. */
    public void walk() {
        if (walked) {
            return;
        }
        walked = true;
        List<TreeRule> tree = new ArrayList<>();
        List<RuleContext> treeCtx = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k < rules.size(); k++) {
            if (rules.get(k) instanceof TreeRule t) {
                tree.add(t);
                treeCtx.add(contexts.get(k));
                at.add(k);
                contexts.get(k).walked();
            }
        }
        if (tree.isEmpty()) {
            return;
        }
        TreeWalk w = new TreeWalk(tree, treeCtx);
        w.walk(submission);
        for (int j = 0; j < tree.size(); j++) {
            failures[at.get(j)] = w.failure(j);
        }
    }

    /** Checks rule {@code k} (after {@link #walk()}; a rule that failed in the walk is not checked). */
    public void check(int k) {
        if (failures[k] != null) {
            return;
        }
        try {
            rules.get(k).check(submission, contexts.get(k));
        } catch (RuntimeException | StackOverflowError e) {
            // one rule's defect must not cost the department every other finding and its reports
            failures[k] = e;
        }
    }

    /** The findings of the rules checked, in catalogue order; a rule that threw gives {@code failure}'s finding instead. */
    public List<Finding> findings(BiFunction<String, Throwable, Finding> failure) {
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < rules.size(); k++) {
            if (failures[k] != null) {
                out.add(failure.apply(descriptor(k).id(), failures[k]));
            } else {
                out.addAll(contexts.get(k).findings());
            }
        }
        return out;
    }
}
