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
                + "自 session 58 起：提示引用所说的原话（“不要笼统地说‘较好实现了年度目标’”，不再一律说“已完成”）；未完成的行有几行的，先写与年度总体目标所说事项相关的一行（名称与目标文字共有的词最多的，濉溪 2019：目标说扶贫户临时救助，先写扶贫临时救助标准）；写明“≤”上限而实际超出的，说突破上限而不是未完成（worded，指纹仍与原来相同）。",
        rationaleEn = "The overall goal's actual completion reports what was achieved (MOF Caiyu [2020] No. 10, Annex 1). Where it says the year's goal was met as a whole (完成年度目标 (the year's goal met), "
                + "较好实现了年度目标 (the year's goal achieved well), 完成了预期目标 (the expected goal met), 年度绩效目标已全部完成 (the year's performance goals all met), 均按要求完成 (all done as required), or only 已完成 (done)) "
                + "while a row of the same copy is missed (Yunnan 2022, aerial forest fire-fighting charter funds: 较好实现了年度目标 (the year's goal achieved well) beside flight hours ≥ 928 flown 909.93), the two disagree: a note asking to check and to say which goals were not met and why. "
                + "A row is missed as indicator-target-missed and work-left-unexplained read it: an actual short of its target by the comparison (not an output row of money spent short of it), "
                + "an achievement column saying 未达成 (not achieved) or 部分达成 (partly achieved), an actual saying in words the work was not done, is still under way or has its closing out left. A row that gives a reason for its deviation is missed all the same: "
                + "a miss explained is still a goal not met, not one met; the note says how many of the missed rows give a reason. "
                + "较好 (well) says how well, not how much, and still claims the goal met; 基本完成 (basically done), 部分完成 (partly done) and 初步完成 (initially done) are grades that admit the whole was not done: not flagged. "
                + "Nor is a text that names one task done (完成履职任务, its duties done), one that only aims (力争完成, striving to finish), one that itself says a goal was not met (work-left-unexplained's), or a copy with no row missed."
                + " Since session 58 the note quotes the claim (rather than only \"较好实现了年度目标\", not \"that all was done\"); of several rows missed it names first the one about what the overall goal speaks of (the one whose name shares the most words with the goal's texts: Suixi 2019, 扶贫临时救助标准 (the poverty relief standard) beside a goal of relief for poor households), and a row over its written \"≤\" cap is said to go over it, not to be missed (worded, the fingerprint as before).",
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
                            + "completion which goals were not met, rather than only \"{0}\"."),
            // session 58 (audit s57 A12 C9, 濉溪 临时救助 2019, t54): the row named is the missed one that concerns the goal's
            // subject where one does (扶贫临时救助标准 beside a goal of 扶贫户临时救助), and a "≤" row over its cap is said to go
            // over it, not to be missed; identified as the finding it was ({1}–{3}, the table's first missed row, unprinted),
            // the row shown and the words details
            @RuleInfo.Message(key = "worded", sameAs = "", unprinted = {1, 2, 3}, details = {4, 5, 6, 7, 8, 9, 10, 11, 12},
                    zh = "年度总体目标的实际完成情况说“{0}”，但指标“{4}”{7}（指标值 {5}，实际完成值 {6}）{9}。请核实：确已完成的，核对{11}；未完成的，在实际完成情况中写明哪些目标没有完成及原因，不要笼统地说“{0}”。",
                    en = "The overall goal's actual completion says \"{0}\", yet indicator \"{4}\" {8} (target {5}, actual {6}){10}. Check it: if {12}; if not, "
                            + "say in the actual completion which goals were not met and why, rather than only \"{0}\".")
        })
public final class OverallGoalSaidMet implements Rule {

    @Override
    public void check(Submission s, RuleContext ctx) {
        // the claims first: most goals' texts make none, and then no row is read
        List<String[]> claims = new java.util.ArrayList<>();
        for (String[] e : Checks.texts(s, "/overallGoals/achieved")) {
            String claim = StatedMiss.claimedMet(e[1]);
            if (claim != null) {
                claims.add(new String[] {e[0], claim, e[1]});
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
        List<Integer> rows = new java.util.ArrayList<>(); // the missed rows, in order
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.APPLICABLE) && missed(s, facts, k)) {
                first = first == null ? facts.row(k) : first;
                missed++;
                explained += Checks.placeholder(facts.row(k).explanation()) ? 0 : 1;
                rows.add(k);
            }
        }
        if (first == null) {
            return;
        }
        String target = Checks.blank(first.effectiveTarget()) ? "—" : Checks.target(first);
        boolean[] capped = new boolean[rows.size()];
        boolean anyCapped = false;
        for (int r = 0; r < rows.size(); r++) {
            Indicator i = facts.row(rows.get(r));
            capped[r] = IndicatorTargetMissed.overCap(i.targetValue(), facts.actualInTarget(rows.get(r))) != null;
            anyCapped |= capped[r];
        }
        StringBuilder goals = new StringBuilder();
        for (String[] e : Checks.texts(s, "/overallGoals/expected")) {
            goals.append(e[1]).append('\n');
        }
        for (String[] c : claims) {
            int shown = subjectRow(facts, rows, goals + c[2]);
            if (shown > 0 || anyCapped) {
                worded(s, facts, rows, capped, shown, explained, c, first, target, ctx);
                continue;
            }
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
     * Which of the missed {@code rows} to name (its index in them): the one whose name shares the most two-character words
     * with the overall goal's texts ({@code goal}: its expected goals and the claim's text), where it shares two or more
     * and more than the first row does (濉溪 2019, t54: 扶贫临时救助标准 beside "救助建档立卡扶贫户临时救助87人次", where the first
     * missed row, 特困人员救助供养人数, shares only 救助); else 0, the first (audit s57 A12 C9, session 58).
     */
    static int subjectRow(IndicatorFacts facts, List<Integer> rows, String goal) {
        int best = 0;
        int bestShared = rows.size() < 2 ? 0 : shared(facts.row(rows.get(0)).name(), goal);
        for (int r = 1; r < rows.size(); r++) {
            int n = shared(facts.row(rows.get(r)).name(), goal);
            if (n >= 2 && n > bestShared) {
                best = r;
                bestShared = n;
            }
        }
        return best;
    }

    /** The distinct pairs of Chinese characters next to each other in {@code name} that {@code text} holds. */
    static int shared(String name, String text) {
        if (name == null || text == null) {
            return 0;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k + 1 < name.length(); k++) {
            char a = name.charAt(k);
            char b = name.charAt(k + 1);
            if (a >= '\u4e00' && a <= '\u9fff' && b >= '\u4e00' && b <= '\u9fff') {
                String pair = name.substring(k, k + 2);
                if (text.contains(pair)) {
                    seen.add(pair);
                }
            }
        }
        return seen.size();
    }

    /**
     * The finding {@code worded}: row {@code shown} of the missed {@code rows} named, said to go over its cap where it is a
     * "≤" row over it ({@code capped}), and the others counted, those over their caps said so; identified as the finding
     * naming the first missed row ({@code first}, {@code target}) would be.
     */
    private static void worded(Submission s, IndicatorFacts facts, List<Integer> rows, boolean[] capped, int shown, int explained,
                               String[] c, Indicator first, String target, RuleContext ctx) {
        Indicator i = facts.row(rows.get(shown));
        int others = rows.size() - 1;
        int othersCapped = 0;
        for (int r = 0; r < rows.size(); r++) {
            othersCapped += r != shown && capped[r] ? 1 : 0;
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        if (others > 0) {
            zh.append("，另有 ").append(others).append(" 项指标").append(othersCapped == others ? "突破上限"
                    : othersCapped == 0 ? "也未完成" : "也未完成（其中 " + othersCapped + " 项突破上限）");
            en.append(", and ").append(others).append(others == 1 ? " more indicator " : " more indicators ").append(
                    othersCapped == others ? (others == 1 ? "went over its cap" : "went over their caps")
                            : (others == 1 ? "was missed too" : "were missed too")
                            + (othersCapped == 0 ? "" : " (" + othersCapped + " of them over their caps)"));
            if (explained > 0) {
                zh.append("；这 ").append(rows.size()).append(" 项中有 ").append(explained).append(" 项写了偏差原因，但写明原因的偏差仍是没有完成目标");
                en.append("; ").append(explained).append(" of the ").append(rows.size()).append(explained == 1 ? " gives" : " give")
                        .append(" a reason for the deviation, but a deviation explained is still a goal not met");
            }
        } else if (explained > 0) {
            zh.append("；该行写了偏差原因，但写明原因的偏差仍是没有完成目标");
            en.append("; that row gives a reason for the deviation, but a deviation explained is still a goal not met");
        }
        ctx.report("worded", s.src("department#" + c[0]), Checks.quote(c[1]), Checks.name(first), target,
                Checks.quote(first.actual()), Checks.name(i), Checks.blank(i.effectiveTarget()) ? "—" : Checks.target(i),
                Checks.quote(i.actual()), capped[shown] ? "突破上限" : "未完成", capped[shown] ? "went over its cap" : "was missed",
                zh.toString(), en.toString(), others > 0 ? "这些行" : "该行",
                others > 0 ? "they were met, check those rows" : "it was met, check that row");
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
