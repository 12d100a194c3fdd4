package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.Outcome;
import io.github.jixiao.target.TargetParser;

/**
 * A mid-year monitoring table (运行监控) says, row by row, how likely the target is to be reached (完成目标可能性) and, in
 * some forms, what the year will reach (全年预计完成值). A row whose outlook is in doubt needs the deviation's cause and
 * the correction planned; a row whose forecast falls short of its target while its outlook says 确定能 contradicts itself.
 */
@RuleInfo(
        id = "monitoring-deviation-unexplained",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        stages = {Stage.MONITORING},
        titleZh = "运行监控：预计完不成目标却没有分析原因",
        titleEn = "Monitoring: a target in doubt without its cause",
        rationaleZh = "运行监控表逐项填写完成目标可能性（确定能、有可能、不可能、完全不可能），有的表还填全年预计完成值；表中在其旁印有“偏差或不能完成目标原因分析”"
                + "和“相关建议或举措”栏。完成目标可能性为“有可能”“不可能”“完全不可能”的，或全年预计完成值达不到指标值的，要写明偏差原因和纠偏措施，"
                + "否则监控发现了偏差却无从纠正。全年预计完成值达不到指标值、完成目标可能性却填“确定能”的，两者自相矛盾。"
                + "不报告：“确定能”且预计完成值达到指标值的；该行偏差原因（explanation）或表末存在问题（department.json 的 problems）已填写的；"
                + "预计完成值或指标值无法比较的（定性、无数字）；自评和目标申报阶段（由各自的规则检查）。",
        rationaleEn = "A mid-year monitoring table gives each indicator's likelihood of reaching its target (确定能 (certain), 有可能 (possible), 不可能 (unlikely), 完全不可能 (impossible)), "
                + "some forms also the year's forecast, and print beside them the columns for the cause of a deviation and the measures proposed. "
                + "A target whose likelihood is possible, unlikely or impossible, or whose forecast falls short, needs its cause and the correction planned: "
                + "otherwise monitoring finds a deviation and nothing corrects it. A forecast short of the target with the likelihood certain contradicts itself."
                + " Not flagged: certain with a forecast that reaches the target; a row whose explanation, or the table's problems (department.json problems), is filled in; "
                + "a forecast or target that cannot be compared (qualitative, no figure); the self-evaluation and target stages (their own rules check them).",
        source = "湖北 黄石 2019 项目支出绩效监控表（申遗经费）：完成目标可能性（确定能、有可能、不可能）栏，及“偏差或不能完成目标原因分析”“相关建议或举措”栏",
        sourceEn = "Hubei, Huangshi 2019 project spending performance monitoring table (World Heritage application funds): the likelihood column (certain, possible, unlikely) "
                + "and the columns for the cause of a deviation or of a target that cannot be met and for the measures proposed",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的完成目标可能性为“{1}”，但没有分析偏差原因、提出纠偏措施。请在该指标的{@偏差或不能完成目标原因分析|explanation}中写明原因和措施。",
                    en = "Indicator \"{0}\" gives its likelihood of reaching the target as \"{1}\" (on the scale 确定能 (certain), 有可能 (possible), 不可能 (unlikely), 完全不可能 (impossible)), but no cause of the deviation and no correction. "
                            + "State both in the indicator's {@偏差或不能完成目标原因分析|explanation}."),
            @RuleInfo.Message(key = "forecast", zh = "指标“{0}”的全年预计完成值 {1} 达不到指标值 {2}，但没有分析偏差原因、提出纠偏措施。请在该指标的{@偏差或不能完成目标原因分析|explanation}中写明原因和措施。",
                    en = "Indicator \"{0}\" forecasts {1} for the year, short of its target {2}, but gives no cause of the deviation and no correction. "
                            + "State both in the indicator's {@偏差或不能完成目标原因分析|explanation}."),
            @RuleInfo.Message(key = "contradiction", zh = "指标“{0}”的全年预计完成值 {1} 达不到指标值 {2}，完成目标可能性却填“确定能”。请核对预计完成值或完成目标可能性。",
                    en = "Indicator \"{0}\" forecasts {1} for the year, short of its target {2}, yet gives its likelihood as \"确定能\" (certain). "
                            + "Check the forecast or the likelihood.")
        })
public final class MonitoringDeviationUnexplained implements Rule {

    /** The likelihood that leaves no doubt. */
    static final String CERTAIN = "确定能";

    @Override
    public void check(Submission s, RuleContext ctx) {
        boolean tableExplains = !Checks.placeholder(s.text("department", "/problems"));
        for (Indicator i : s.applicableIndicators()) {
            String likelihood = i.columns().likelihood();
            String forecast = i.columns().forecast();
            if (likelihood == null && forecast == null) {
                continue;
            }
            boolean falls = falls(i, forecast);
            String at = "indicators#" + i.pointer();
            if (falls && CERTAIN.equals(likelihood)) {
                ctx.report("contradiction", s.src(at + "/likelihood"), Checks.name(i), Checks.quote(forecast), Checks.target(i));
                continue;
            }
            if (tableExplains || !Checks.placeholder(i.explanation())) {
                continue;
            }
            if (likelihood != null && !CERTAIN.equals(likelihood)) {
                ctx.report("", s.src(at + "/likelihood"), Checks.name(i), likelihood);
            } else if (falls) {
                ctx.report("forecast", s.src(at + "/forecast"), Checks.name(i), Checks.quote(forecast), Checks.target(i));
            }
        }
    }

    /** The forecast, read as an actual is (in the row's unit, or the target's), misses the target in force. */
    private static boolean falls(Indicator i, String forecast) {
        if (Checks.blank(forecast) || Checks.blank(i.effectiveTarget())) {
            return false;
        }
        return TargetParser.compare(i.forecastTarget(), i.readAsActual(forecast)) == Outcome.MISSED;
    }
}
