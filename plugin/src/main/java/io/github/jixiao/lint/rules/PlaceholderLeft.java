package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.TreeRule;
import io.github.jixiao.lint.TreeWalk;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.model.Task;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

@RuleInfo(
        id = "placeholder-left",
        severity = Severity.ERROR,
        category = Category.COMPLETENESS,
        titleZh = "仍有 jixiao:init 留下的占位内容",
        titleEn = "Placeholder left from jixiao:init",
        rationaleZh = "jixiao:init 生成的新申报用“（请填写…）”、为 0 的预算和空的填报人、联系电话占位。占位内容不是申报：在年终自评时仍留着的是错误，"
                + "之前的阶段是警告，提醒在提交前填写。",
        rationaleEn = "A new submission written by jixiao:init holds placeholders: \"（请填写…）\" (please fill in) texts, budgets of 0, an empty preparer and contact. "
                + "A placeholder is not a submission: one still there at the self-evaluation is an error, at the earlier stages a warning, a reminder to fill it in before submitting.",
        source = "jixiao：jixiao:init 的占位；财预〔2020〕10号 附件1 单位自评表栏目（联系人、联系电话、预算数）",
        sourceEn = "jixiao: the placeholders of jixiao:init; MOF Caiyu [2020] No. 10, Annex 1, columns of the unit self-evaluation table (contact, telephone, budget)",
        messages = {
            @RuleInfo.Message(zh = "“{0}”是 jixiao:init 留下的占位文字，请填写实际内容。",
                    en = "\"{0}\" is a placeholder left by jixiao:init: fill in the real text."),
            @RuleInfo.Message(key = "zero-budget", zh = "{0}（{1}）为 0，是 jixiao:init 留下的占位值，请填写实际预算数。",
                    en = "{1} is 0, the placeholder jixiao:init wrote: fill in the real budget."),
            @RuleInfo.Message(key = "zero-task-budget", zh = "任务“{0}”的预算数为 0，是 jixiao:init 留下的占位值，请填写实际预算数。",
                    en = "The budget of task \"{0}\" is 0, the placeholder jixiao:init wrote: fill in the real budget."),
            @RuleInfo.Message(key = "blank", zh = "{0}（{1}）为空，请填写。",
                    en = "{1} is empty: fill it in.")
        })
public final class PlaceholderLeft implements TreeRule {

    /** The placeholder texts jixiao:init writes: （请填写年度总体目标）, （请填写任务名称）… */
    static final Pattern PLACEHOLDER = Pattern.compile("[（(]\\s*请填写[^）)]*[）)]");

    /** Fields init leaves empty, with their names in both languages. */
    private static final String[][] BLANKS = {{"/preparer", "填报人", "preparer"}, {"/contact", "联系电话", "contact"}};

    @Override
    public int interests() {
        return STRINGS;
    }

    @Override
    public void check(Submission submission, RuleContext ctx) {
        Severity sev = severity(submission);
        if (!ctx.treesWalked()) {
            TreeWalk.walk(submission, this, ctx);
        }
        submission.document("department").ifPresent(doc -> {
            for (String[] b : BLANKS) {
                JsonNode n = doc.root().at(b[0]);
                if (n.isString() && n.asString().isBlank()) {
                    ctx.report(sev, "blank", doc.src(n, b[0]), null, b[1], b[2]);
                }
            }
        });
        zero(Figures.of(submission, ctx).money("budget#/initialBudget"), sev, ctx, "zero-budget", "年初预算", "initialBudget");
        zero(Figures.of(submission, ctx).money("budget#/fullYearBudget"), sev, ctx, "zero-budget", "全年预算", "fullYearBudget");
        for (Task t : submission.tasks()) {
            zero(Optional.ofNullable(t.budget()), sev, ctx, "zero-task-budget",
                    SubmissionLoader.excerpt(t.label() == null ? "" : t.label(), 40));
        }
    }

    private static Severity severity(Submission submission) {
        return submission.stage() == Stage.SELF_EVALUATION ? Severity.ERROR : Severity.WARNING;
    }

    private static void zero(Optional<Money> m, Severity sev, RuleContext ctx, String key, Object... args) {
        if (m.isPresent() && m.get().value() != null && m.get().value().signum() == 0) {
            ctx.report(sev, key, m.get().src(), null, args);
        }
    }

    /** Every string value of every tree; its pointer is built only for a placeholder found. */
    @Override
    public void visitString(TreeWalk.Cursor at, String value, RuleContext ctx) {
        // 请 first: a one-character search (none at all in a string of Latin-1 text), then the words and the pattern
        if (value.indexOf('请') >= 0 && value.contains("请填写") && PLACEHOLDER.matcher(value).find()) {
            ctx.report(severity(at.submission()), "", at.document().src(at.node(), at.pointer()), null,
                    SubmissionLoader.excerpt(value.strip(), 40));
        }
    }
}
