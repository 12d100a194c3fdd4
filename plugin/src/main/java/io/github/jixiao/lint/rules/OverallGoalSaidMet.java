package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.MoneyOutput;
import io.github.jixiao.target.StatedMiss;
import io.github.jixiao.target.WorkLeft;
import java.util.List;

/**
 * The year's goal said met as a whole beside a row the same copy shows missed: 云南 航消 2022 (t122), "较好实现了年度目标"
 * beside 飞机飞行时长 ≥ 928 小时 flown 909.93 (audit s55 A10 E2). The row's miss is read as the rules that report it read it
 * (indicator-target-missed: the comparison, the achievement column, the miss said in words {@link StatedMiss}, the work
 * left {@link WorkLeft}; work-left-unexplained: a row with no target), the claim by {@link StatedMiss#claimedMet}.
 */
@RuleInfo(
        id = "overall-goal-said-met",
        severity = Severity.INFO,
        category = Category.CONSISTENCY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "年度总体目标称已完成，但有指标未完成",
        titleEn = "The overall goal said met beside a target missed",
        rationaleZh = "年度总体目标的实际完成情况要如实说明做成了什么（财预〔2020〕10号 附件1）。实际完成情况说年度目标整体已完成（“完成年度目标”“较好实现了年度目标”“完成了预期目标”“年度绩效目标已全部完成”“各项…指标均按要求完成”，或只写“已完成”），"
                + "同一份表中却有指标未完成的（云南 2022 森林草原航空消防租机补助经费：“较好实现了年度目标”，飞机飞行时长指标值 ≥928 小时，实际 909.93 小时），两处说法不一致，作提示：请核实，写明哪些目标没有完成及原因。"
                + "未完成的读法与 indicator-target-missed 和 work-left-unexplained 相同：实际完成值按指标值比较未达到的（资金数额的产出指标少花了钱的除外），完成档次一栏写未达成、部分达成的，实际完成值用文字说明未完成、尚在进行或仍有收尾未做的。该行写了偏差原因的，也算未完成：说明了原因的未完成仍是没有完成目标，不能说成已完成；提示中写明其中几项写了原因。"
                + "“较好”说的是完成得好，不是只完成了一部分，仍是说已完成；“基本完成”“部分完成”“初步完成”是完成档次，本身就承认没有全部完成，不报告。"
                + "也不报告：只说完成了某项具体任务的（“完成履职任务”“全面完成2022年度10个省级中心村各项建设任务”）、只是力争或确保完成的、实际完成情况本身已写明未完成的（由 work-left-unexplained 报告），以及没有一行未完成的。"
                + "自 session 58 起提示引用所说的原话（“不要笼统地说‘较好实现了年度目标’”），不再一律说“已完成”。",
        rationaleEn = "The overall goal's actual completion reports what was achieved (MOF Caiyu [2020] No. 10, Annex 1). Where it says the year's goal was met as a whole (完成年度目标 (the year's goal met), "
                + "较好实现了年度目标 (the year's goal achieved well), 完成了预期目标 (the expected goal met), 年度绩效目标已全部完成 (the year's performance goals all met), 均按要求完成 (all done as required), or only 已完成 (done)) "
                + "while a row of the same copy is missed (Yunnan 2022, aerial forest fire-fighting charter funds: 较好实现了年度目标 (the year's goal achieved well) beside flight hours ≥ 928 flown 909.93), the two disagree: a note asking to check and to say which goals were not met and why. "
                + "A row is missed as indicator-target-missed and work-left-unexplained read it: an actual short of its target by the comparison (not an output row of money spent short of it), "
                + "an achievement column saying 未达成 (not achieved) or 部分达成 (partly achieved), an actual saying in words the work was not done, is still under way or has its closing out left. A row that gives a reason for its deviation is missed all the same: "
                + "a miss explained is still a goal not met, not one met; the note says how many of the missed rows give a reason. "
                + "较好 (well) says how well, not how much, and still claims the goal met; 基本完成 (basically done), 部分完成 (partly done) and 初步完成 (initially done) are grades that admit the whole was not done: not flagged. "
                + "Nor is a text that names one task done (完成履职任务, its duties done), one that only aims (力争完成, striving to finish), one that itself says a goal was not met (work-left-unexplained's), or a copy with no row missed."
                + " Since session 58 the note quotes the claim (\"rather than only 较好实现了年度目标 (the year's goal achieved well)\"), not \"that all was done\".",
        source = "财预〔2020〕10号 附件1（年度总体目标实际完成情况）；云南 2022年度中央自然灾害资金绩效自评报告（森林草原航空消防租机补助经费）实例",
        sourceEn = "MOF Caiyu [2020] No. 10, Annex 1 (the overall goal's actual completion); Yunnan 2022 central natural-disaster funds self-evaluation report (aerial forest fire-fighting charter funds) example",
        messages = {
            @RuleInfo.Message(zh = "年度总体目标的实际完成情况说“{0}”，但指标“{1}”未完成（指标值 {2}，实际完成值 {3}）。请核实：确已完成的，核对该行；未完成的，在实际完成情况中写明哪些目标没有完成及原因，不要笼统地说“{0}”。",
                    en = "The overall goal's actual completion says \"{0}\", yet indicator \"{1}\" was missed (target {2}, actual {3}). Check it: if it was met, check that row; if not, "
                            + "say in the actual completion which goals were not met and why, rather than only \"{0}\"."),
            @RuleInfo.Message(key = "rows", sameAs = "", details = {4},
                    zh = "年度总体目标的实际完成情况说“{0}”，但指标“{1}”未完成（指标值 {2}，实际完成值 {3}），另有 {4} 项指标也未完成。请核实：确已完成的，核对这些行；未完成的，在实际完成情况中写明哪些目标没有完成及原因，不要笼统地说“{0}”。",
                    en = "The overall goal's actual completion says \"{0}\", yet indicator \"{1}\" was missed (target {2}, actual {3}), and other indicators were missed too ({4} more). Check it: if they were met, "
                            + "check those rows; if not, say in the actual completion which goals were not met and why, rather than only \"{0}\"."),
            // the miss explained (its 偏差原因 written, as indicator-target-missed's -explained keys read it) is still a goal not
            // met: the same finding, the count of explained rows said (session 57, E4's left-alone)
            @RuleInfo.Message(key = "explained", sameAs = "",
                    zh = "年度总体目标的实际完成情况说“{0}”，但指标“{1}”未完成（指标值 {2}，实际完成值 {3}）。该行写了偏差原因，但写明原因的未完成仍是没有完成目标：请在实际完成情况中如实写明哪些目标没有完成，不要笼统地说“{0}”。",
                    en = "The overall goal's actual completion says \"{0}\", yet indicator \"{1}\" was missed (target {2}, actual {3}). That row gives a reason for the deviation, but a miss "
                            + "explained is still a goal not met: say in the actual completion which goals were not met, rather than only \"{0}\"."),
            @RuleInfo.Message(key = "rows-explained", sameAs = "", details = {4, 5, 6},
                    zh = "年度总体目标的实际完成情况说“{0}”，但指标“{1}”未完成（指标值 {2}，实际完成值 {3}），另有 {4} 项指标也未完成；未完成的 {5} 项中有 {6} 项写了偏差原因，但写明原因的未完成仍是没有完成目标。请核实：确已完成的，核对这些行；未完成的，在实际完成情况中写明哪些目标没有完成，不要笼统地说“{0}”。",
                    en = "The overall goal's actual completion says \"{0}\", yet indicator \"{1}\" was missed (target {2}, actual {3}), and other indicators were missed too ({4} more); of the {5} "
                            + "missed, {6} with a reason given for the deviation, but a miss explained is still a goal not met. Check it: if they were met, check those rows; if not, say in the actual "
                            + "completion which goals were not met, rather than only \"{0}\".")
        })
public final class OverallGoalSaidMet implements Rule {

    @Override
    public void check(Submission s, RuleContext ctx) {
        // the claims first: most goals' texts make none, and then no row is read
        List<String[]> claims = new java.util.ArrayList<>();
        for (String[] e : Checks.texts(s, "/overallGoals/achieved")) {
            String claim = StatedMiss.claimedMet(e[1]);
            if (claim != null) {
                claims.add(new String[] {e[0], claim});
            }
        }
        if (claims.isEmpty()) {
            return;
        }
        // the rows as the run's IndicatorFacts read them once for every rule (indicator-target-missed's bits): the
        // applicable rows in order, and each row's tests below from its bits where a bit is the test
        IndicatorFacts facts = IndicatorFacts.of(s, ctx);
        Indicator first = null;
        int missed = 0;
        int explained = 0;
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.APPLICABLE) && missed(s, facts, k)) {
                first = first == null ? facts.row(k) : first;
                missed++;
                explained += Checks.placeholder(facts.row(k).explanation()) ? 0 : 1;
            }
        }
        if (first == null) {
            return;
        }
        String target = Checks.blank(first.effectiveTarget()) ? "—" : Checks.target(first);
        for (String[] c : claims) {
            if (missed == 1) {
                ctx.report(explained == 0 ? "" : "explained", s.src("department#" + c[0]), Checks.quote(c[1]), Checks.name(first), target,
                        Checks.quote(first.actual()));
            } else if (explained == 0) {
                ctx.report("rows", s.src("department#" + c[0]), Checks.quote(c[1]), Checks.name(first), target,
                        Checks.quote(first.actual()), String.valueOf(missed - 1));
            } else {
                ctx.report("rows-explained", s.src("department#" + c[0]), Checks.quote(c[1]), Checks.name(first), target,
                        Checks.quote(first.actual()), String.valueOf(missed - 1), String.valueOf(missed), String.valueOf(explained));
            }
        }
    }

    /**
     * Whether row {@code k} of {@code facts} is missed as the rules that report it read it: its achievement column says short
     * (未达成, 部分达成); its actual short of its target by the comparison (as scored: a rate above 100 % read at its
     * ceiling), not an output row of money spent short of it ({@link MoneyOutput#spending}, which is no output missed);
     * a qualitative actual under a target that is not a figure saying the work is left or was not done
     * ({@link WorkLeft#saysLeft}, {@link StatedMiss#of(String, String)}), not where the target asks for progress itself;
     * a row with no target whose actual says so ({@link WorkLeft#leftUntargeted}). Each test that is
     * one of the row's {@link IndicatorFacts} bits is read from the bit, worked out once per run (session 57, issue 17: the rule
     * asked them of every row again, the second costliest rule on the generated departments).
     */
    static boolean missed(Submission s, IndicatorFacts facts, int k) {
        long b = facts.bits(k);
        if ((b & IndicatorFacts.ACHIEVEMENT_SHORT) != 0) { // Checks.achievementShort(i)
            return true;
        }
        if ((b & IndicatorFacts.ACTUAL_BLANK) != 0) { // Checks.blank(i.actual())
            return false;
        }
        Indicator i = facts.row(k);
        String a = i.actual();
        if ((b & IndicatorFacts.TARGET_BLANK) != 0) { // Checks.blank(i.effectiveTarget())
            return WorkLeft.leftUntargeted(i.name(), a) != null;
        }
        if ((b & IndicatorFacts.MISSED) != 0) { // Checks.outcome(i) == Outcome.MISSED
            return !MoneyOutput.spending(s, i);
        }
        // i.targetValue().isQuantitative() || i.actualValue().isQuantitative()
        if ((b & (IndicatorFacts.T_QUANTITATIVE | IndicatorFacts.A_QUANTITATIVE)) != 0) {
            return false;
        }
        String t = i.effectiveTarget();
        if (WorkLeft.asksProgress(t)) {
            return false;
        }
        return WorkLeft.saysLeft(t, a) || StatedMiss.of(t, a) != null;
    }
}
