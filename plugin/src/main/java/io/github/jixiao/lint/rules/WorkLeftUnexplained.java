package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.Framework;
import io.github.jixiao.target.Plans;
import io.github.jixiao.target.StatedMiss;
import io.github.jixiao.target.WorkLeft;
import java.util.List;

/**
 * At the self-evaluation the year is over: a row whose actual, or the year's goal whose 实际完成情况, says in words that the
 * work is not finished (随项目进度把控, 正在推进, 尚未完工, 待支付, 未能完成) needs its reason and the next steps somewhere, in
 * the row's 偏差原因分析及改进措施 or in the report's 存在问题 / 改进措施. indicator-target-missed says so of a row with a target
 * (in-progress, stated); this rule reads what it cannot: a row with no target (天津 东丽区 2020, t119: "按时完成建设 |
 * 随项目进度把控" with 三、偏离绩效目标的原因和下一步改进措施 blank) and the year's goal. And the goal's text that says it was met
 * and not met (天津 蓟州区 2020, t118), as a note.
 */
@RuleInfo(
        id = "work-left-unexplained",
        severity = Severity.WARNING,
        category = Category.COMPLETENESS,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "写明尚未完成，却没有说明原因和措施",
        titleEn = "Work said unfinished, with no reason or next step given",
        rationaleZh = "自评时年度已经结束。实际完成值用文字说明工作尚未完成的（“随项目进度把控”“正在推进”“项目实施中”“二期尚未完工”“未完成”“未能完成”“待支付”“剩余工程款待申请”，天津 东丽区 2020），"
                + "须写明未完成的原因和下一步措施：写在该行的偏差原因分析及改进措施，或报告的存在问题、改进措施（绩效自评报告的“偏离绩效目标的原因和下一步改进措施”）中。"
                + "该行没有写偏差原因、报告的存在问题和改进措施也都空着的，报告警告。年度总体目标的实际完成情况这样写的（“未能完成绩效任务目标”“项目尚未完工”），同样报告（goal）。"
                + "词表与 indicator-target-missed 的 in-progress、stated 相同（同一读法）：“已完成”“完成率100%”不是；“未发生”“未出现”（安全事故）是做到了；“无未完成事项”是否认，“未完成率0%”“未拨付资金为0”是数字的名称；"
                + "“在项目实施中未发生安全事故”的“实施中”是状语，已完成的设施“正在发挥作用”不是在建；“尚未拨付”“尚未验收”等收尾用语只在该行名称（总体目标的预期目标）本身要求拨付、验收时才算。"
                + "“基本完成”是完成档次（评分读作部分达成），没有指标值在旁时不作未完成报告。"
                + "不报告：有指标值的行（由 indicator-target-missed 的 in-progress、stated 报告，要求写明原因并扣分）；指标名称本身要求推进的（“按进度推进”）；"
                + "完成档次一栏已写未达成、部分达成的（由 indicator-miss-unexplained 报告）；同一格中已写明原因或下一步的（“因疫情影响，项目未能全部完工”“正在施工，预计6月完工”）；"
                + "存在问题或改进措施中写了内容的（不论是否写到这一行）；存稿不完整、报告末尾不在存稿中的（partial 框架，存在问题可能在截断之后；只截去开头的除外）；目标申报和运行监控阶段（年中尚在进行是常态，运行监控由 monitoring-deviation-unexplained 检查）。"
                + "年度总体目标的实际完成情况中，一个分句说完成了目标（“完成了……的目标”），另一个分句又说没有完成目标（“未能完成绩效任务目标”）的，看不出年度目标是否完成，作提示（goal-both，天津 蓟州区 2020）：两个分句都须以“目标”或“任务”结尾（说的是目标整体）；"
                + "“基本完成”“部分完成”、写明其中一部分（“3个项目”“部分”“其他指标”）、只是力争或确保完成的，以及“完成了A目标，B未能完成”“未完成目标的原因是……”，不报告。一段文字只报告一条：已按 goal 报告的，不再提示 goal-both。"
                + "“随项目进度把控”之类随进度的说法没有说工作未完成，也没有说已完成：自 session 56 起消息说的是没有说明年底是否完成（deferred，指纹与原来相同），“正在”“尚未”“未完成”“推进中”仍说工作尚未完成。",
        rationaleEn = "At the self-evaluation the year is over. An actual that says in words the work is not finished (随项目进度把控 (kept in step with the project), 正在推进 (being pushed forward), "
                + "项目实施中 (the project being carried out), 二期尚未完工 (phase two not yet finished), 未完成 (not done), 未能完成 (could not be done), 待支付 (still to be paid), "
                + "剩余工程款待申请 (the rest of the payment still to be applied for); Dongli, Tianjin 2020) needs the reason and the next steps: in the row's 偏差原因分析及改进措施 (analysis of the "
                + "gap and remedies), or in the report's 存在问题 (problems) and 改进措施 (improvements) (in a 绩效自评报告 (self-evaluation report), its section 偏离绩效目标的原因和下一步改进措施 (the causes of the "
                + "deviation and the next steps)). A row with no reason whose report leaves both problems and improvements blank is a warning. So is the year's overall goal whose actual "
                + "completion says so (未能完成绩效任务目标 (the performance goals could not be met), 项目尚未完工 (the project not yet finished)) (goal). "
                + "The words are indicator-target-missed's in-progress and stated ones, read alike: 已完成 (done) and 完成率100% (100% done) are none; 未发生 (did not happen) and 未出现 "
                + "(did not occur), of accidents, say the target was met; 无未完成事项 (nothing left undone) is a denial, 未完成率0% (rate not done 0%) and 未拨付资金为0 (funds not paid out: 0) "
                + "a figure's name; 实施中 (being carried out) as \"during\" in 在项目实施中未发生安全事故 (no accident happened during the project) and a finished facility 正在发挥作用 "
                + "(serving its purpose) are no work left; closing-out words, 尚未拨付 (not yet paid out) or 尚未验收 (not yet accepted), count only where the row's name (the goal's expected "
                + "text) itself sets that act. 基本完成 (basically done) is a grade (the scorer's partly achieved), and with no target beside it is not reported as work left. "
                + "Not flagged: a row with a target (indicator-target-missed's in-progress and stated report it, asking for the reason and a deduction); a row whose name itself asks for "
                + "progress (按进度推进, going on as scheduled); a row whose achievement column already says 未达成 (not achieved) or 部分达成 (partly achieved) (indicator-miss-unexplained "
                + "reports it); a cell that gives its own reason or next step (因疫情影响，项目未能全部完工, the project could not be finished for the epidemic; 正在施工，预计6月完工, under "
                + "construction, expected done in June); a report whose problems or improvements say anything (whether or not they speak of the row); a copy cut short whose end is not "
                + "in it (a partial framework: the problems may lie past the cut; one cut only at its start excepted); the target and monitoring stages (work in progress mid-year is normal, "
                + "and monitoring-deviation-unexplained checks it). "
                + "Where the overall goal's actual completion says in one clause that the goal was met (完成了……的目标, the goal of … was met) and in another that it was not "
                + "(未能完成绩效任务目标, the performance goals could not be met), nobody can tell whether the year's goal was met: a note (goal-both; Jizhou, Tianjin 2020). Both clauses "
                + "must end in 目标 (goal) or 任务 (task), the goal as a whole; not 基本完成 (basically done) or 部分完成 (partly done), a clause naming a part (3个项目, three projects; 部分, some; "
                + "其他指标, the other indicators), an aim (力争完成, striving to finish; 确保完成, ensuring it is done), 完成了A目标，B未能完成 (goal A met, B could not be done) nor 未完成目标的原因是…… "
                + "(the reason the goal was not met is …). One finding a text: one reported as goal gets no goal-both note."
                + " Words that defer to the project's pace (随项目进度把控, kept in step with the project) say neither that the work is unfinished nor that it is done: since session 56 the message says the actual does not say whether the work was finished by the year's end (deferred, the same fingerprint); 正在 (under way), 尚未 (not yet), 未完成 (not done) and 推进中 (being pushed forward) are still said to show the work unfinished.",
        source = "SC-1：财预〔2020〕10号 附件1 项目支出绩效自评表（偏差原因分析及改进措施）、附件 绩效自评报告提纲（偏离绩效目标的原因和下一步改进措施）；天津 东丽区 2020、蓟州区 2020 实例",
        sourceEn = "SC-1: MOF Caiyu [2020] No. 10, Annex 1, the project self-evaluation table (analysis of the gap and remedies), and the outline of the self-evaluation report "
                + "(the causes of deviating from the goals and the next steps); Dongli and Jizhou, Tianjin 2020 examples",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的实际完成值“{1}”说明工作尚未完成（“{2}”），但该行没有写偏差原因，报告的存在问题和改进措施也都空着。请写明年底实际完成的数量或状态；确未完成的，在该行的{@偏差原因分析及改进措施|explanation}或报告的存在问题（problems）、改进措施（improvements）中写明未完成的原因和下一步措施。",
                    en = "The actual \"{1}\" of indicator \"{0}\" says the work is not finished ({3}), yet the row gives no reason and the report's problems and improvements are both blank. "
                            + "State what was done by the end of the year; if the work is not finished, give the reason and the next steps in the row's {@偏差原因分析及改进措施|explanation} "
                            + "or in the report's 存在问题 (problems) and 改进措施 (improvements)."),
            // session 56 (audit A11 C3, 天津 东丽区 2020, t119: "随项目进度把控"): words that defer to the project's pace say nothing
            // of the work's being finished or not; the default's "说明工作尚未完成" asserted what the text does not state
            @RuleInfo.Message(key = "deferred", sameAs = "", zh = "指标“{0}”的实际完成值“{1}”没有说明年底是否完成（“{2}”只说随进度进行），该行没有写偏差原因，报告的存在问题和改进措施也都空着。请写明年底实际完成的数量或状态；确未完成的，在该行的{@偏差原因分析及改进措施|explanation}或报告的存在问题（problems）、改进措施（improvements）中写明未完成的原因和下一步措施。",
                    en = "The actual \"{1}\" of indicator \"{0}\" does not say whether the work was finished by the end of the year ({3}: it only defers to the work's pace), yet the row gives no reason and the report's problems and improvements are both blank. "
                            + "State what was done by the end of the year; if the work is not finished, give the reason and the next steps in the row's {@偏差原因分析及改进措施|explanation} "
                            + "or in the report's 存在问题 (problems) and 改进措施 (improvements)."),
            @RuleInfo.Message(key = "goal", zh = "年度总体目标的实际完成情况“{0}”说明目标尚未完成（“{1}”），但报告的存在问题和改进措施都空着。请在存在问题（problems）中写明未完成的部分及原因，在改进措施（improvements）中写明下一步措施。",
                    en = "The overall goal's actual completion \"{0}\" says the goal is not met ({2}), yet the report's problems and improvements are both blank. "
                            + "State what was not done and why in 存在问题 (problems), and the next steps in 改进措施 (improvements)."),
            @RuleInfo.Message(key = "goal-both", zh = "年度总体目标的实际完成情况既说完成了目标（“{0}”），又说没有完成（“{1}”），看不出年度目标是否完成。请写明年度目标中哪些已完成、哪些没有完成，未完成的写明原因。",
                    en = "The overall goal's actual completion says both that the goal was met (\"{0}\") and that it was not (\"{1}\"), so nobody can tell whether the year's goal was met. "
                            + "State which of the year's goals were met and which were not, with the reason for each one missed.")
        })
public final class WorkLeftUnexplained implements Rule {

    /**
     * Words in the cell itself that give a cause (因疫情影响，项目未能全部完工; 由于资金未到位; 受雨季影响) or, with
     * {@link Plans#FUTURE_LEADS}, the next step (预计6月完工, 将于下年支付): the cell explains itself.
     */
    private static final WordList CAUSES = WordList.of("因", "由于", "原因", "影响", "导致", "造成", "致使");

    private static final WordList NEXT = WordList.of(Plans.FUTURE_LEADS.toArray(String[]::new));

    @Override
    public void check(Submission s, RuleContext ctx) {
        boolean reportSilent = Checks.placeholder(s.text("department", "/problems"))
                && Checks.placeholder(s.text("department", "/improvements")) && !endCut(ctx.framework().orElse(null));
        if (reportSilent) {
            for (Indicator i : s.applicableIndicators()) {
                String t = i.effectiveTarget();
                if (t != null && !t.isBlank() || !Checks.placeholder(i.explanation()) || Checks.achievementShort(i)
                        || explainsItself(i.actual())) {
                    continue; // a row with a target is indicator-target-missed's (in-progress, stated)
                }
                String[] left = WorkLeft.leftUntargeted(i.name(), i.actual());
                if (left != null) {
                    // 随项目进度 (t119) defers to the pace and says nothing of the year's end: said so (deferred, session 56);
                    // 正在, 尚未, 未完成, 推进中 say the work is unfinished (the default)
                    ctx.report(left[0].startsWith("随") ? "deferred" : "", i.actualSrc(), Checks.name(i), Checks.quote(i.actual()), left[0],
                            left[0] + " (" + left[1] + ")");
                }
            }
        }
        // the expected goals read once, as the words they set (WorkLeft.actsOf), not again for each 实际完成情况: linear
        String expected = WorkLeft.actsOf(String.join("；",
                Checks.texts(s, "/overallGoals/expected").stream().map(e -> e[1]).toList()));
        for (String[] e : Checks.texts(s, "/overallGoals/achieved")) {
            String text = e[1];
            String[] left = reportSilent && !explainsItself(text) ? WorkLeft.leftUntargeted(expected, text) : null;
            if (left != null) {
                ctx.report("goal", s.src("department#" + e[0]), Checks.quote(text), left[0], left[0] + " (" + left[1] + ")");
                continue;
            }
            StatedMiss.BothWays both = StatedMiss.bothWays(text);
            if (both != null) {
                ctx.report(Severity.INFO, "goal-both", s.src("department#" + e[0]), null, Checks.quote(both.done()),
                        Checks.quote(both.missed()));
            }
        }
    }

    /** Whether {@code text} gives its own cause or next step ({@link #CAUSES}, {@link #NEXT}). */
    static boolean explainsItself(String text) {
        return text != null && (CAUSES.anyIn(text) || NEXT.anyIn(text));
    }

    /**
     * Whether the copy the framework scores breaks off before its end (a partial framework), so that the report's problems
     * and improvements may lie past the cut: not one cut only at its start ({@code partialCut.copyStart} alone, 大英 医保 2023).
     */
    static boolean endCut(Framework f) {
        if (f == null || f.partial() == null) {
            return false;
        }
        Framework.PartialCut c = f.partialCut();
        return c == null || !(c.copyStart() && !c.indicators() && !c.funds() && !c.actuals() && !c.executionReason()
                && c.endsIn().isEmpty() && c.targetOf().isEmpty() && c.pointsOf().isEmpty() && c.scoreOf().isEmpty());
    }
}
