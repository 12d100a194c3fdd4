package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 51 (D5, G1's left-alone): t84's 20 + 80 form gives the reasons for its deviations once, under the total, as
 * 偏差大或目标未完成原因分析 (department.json {@code problems}), with no cell beside the execution. 隆阳 2022 (t111) is on that
 * form and spends 10.77 %; its copy ends before the cell (its framework's {@code partialCut.executionReason}). Here the flag
 * is taken out, as for a whole copy, and the cell written: a clause about the money is the execution's reason; "暂无问题"
 * (耒阳 2022, t108), "无" (t84 itself) and a cell about the indicators alone are none.
 */
class ExecutionReasonInProblemsTest {

    /** The findings of the copy at {@code project} (stage {@code stage}) with {@code problems} written in department.json. */
    private static List<Finding> checkedWithProblems(Path project, String stage, String problems) throws Exception {
        Path dept = project.resolve("submission/department.json");
        String d = Files.readString(dept);
        String at = "\"stage\": \"" + stage + "\",";
        assertEquals(true, d.contains(at));
        Files.writeString(dept, d.replace(at, at + "\n  \"problems\": \"" + problems + "\","));
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings();
    }

    private static List<String> unexplained(Path tmp, String problems) throws Exception {
        Samples.copyTree(Samples.realTable("t111-longyang-huafei-2022"), tmp);
        Path fw = tmp.resolve("longyang-huafei-2022.json");
        String s = Files.readString(fw);
        String flag = ",\n  \"partialCut\": {\n    \"executionReason\": true\n  }";
        assertEquals(true, s.contains(flag));
        Files.writeString(fw, s.replace(flag, ""));
        return checkedWithProblems(tmp, "自评", problems).stream()
                .filter(f -> f.ruleId().equals("execution-rate-unexplained") || f.ruleId().startsWith("schema"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).sorted().toList();
    }

    @Test
    void aReasonAboutTheMoneyInTheFormsCellIsTheReason(@TempDir Path tmp) throws Exception {
        assertEquals(List.of(), unexplained(tmp,
                "项目资金于2022年12月下达，示范区建设按农时在2023年春耕前实施，剩余资金248.44万元结转下年支付。"));
    }

    @Test
    void noProblemIsNoReason(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("execution-rate-unexplained  /funds/total/executed"), unexplained(tmp.resolve("a"), "无"));
        assertEquals(List.of("execution-rate-unexplained  /funds/total/executed"),
                unexplained(tmp.resolve("b"), "项目运转正常,暂无问题"));
    }

    /**
     * Session 52: a clause about the money that only plans says what will be done, not why the money went as it did: no
     * reason. Read as a reason before, as every clause with a money word was. The plans are real ones: 耒阳 2022's 改进措施
     * (t108, "拨款应及时一点") and 四川 2017's (t42, "…确保预算安排的准确性…及时拨付资金").
     */
    @Test
    void aPlanIsNoReason(@TempDir Path tmp) throws Exception {
        // a plan's lead (target.Plans.FUTURE_LEADS, of the list monitoring reads a planned day by; session 53, X1's left-alone: "将于" read as
        // a reason, no plan word in it)
        assertEquals(List.of("execution-rate-unexplained  /funds/total/executed"), unexplained(tmp.resolve("e"), "剩余资金将于下年支付。"));
        assertEquals(List.of("execution-rate-unexplained  /funds/total/executed"), unexplained(tmp.resolve("f"), "结余资金预计下年拨付。"));
        assertEquals(List.of("execution-rate-unexplained  /funds/total/executed"), unexplained(tmp.resolve("a"), "下年继续加快资金支付。"));
        assertEquals(List.of("execution-rate-unexplained  /funds/total/executed"), unexplained(tmp.resolve("b"), "拨款应及时一点"));
        assertEquals(List.of("execution-rate-unexplained  /funds/total/executed"), unexplained(tmp.resolve("c"),
                "一是年初编制预算时应对项目实施对象准确摸底,确保预算安排的准确性.二是按要求开展专项工作,及时拨付资金."));
    }

    /**
     * 计划 and 拟 as nouns or inside words (项目计划, 模拟) are no plan's lead: "项目计划调整，资金结转下年" says why the money was
     * carried over (the project's plan changed), a reason, as before session 53; only the leads that say a future (计划于,
     * 拟于, 预计, 将于) make a clause a plan (review s53 R3 B4).
     */
    @Test
    void thePlanAsANounIsNoLead(@TempDir Path tmp) throws Exception {
        assertEquals(List.of(), unexplained(tmp.resolve("a"), "项目计划调整，资金结转下年。"));
        assertEquals(List.of(), unexplained(tmp.resolve("b"), "模拟测算后预算资金调减。"));
        assertEquals(List.of("execution-rate-unexplained  /funds/total/executed"), unexplained(tmp.resolve("c"), "资金计划于下年拨付。"));
    }

    /**
     * The reasons the real cells give, plans beside them or not: 四川 2017's 存在问题 (t42: "造成预算资金过大", "专项资金申报
     * 不够及时"), 黄石 2020's (t114: its 定额 and "由于养护人员经费严重不足,导致…预算安排中大部分用于人员工资福利支出"), and a
     * plan that says its cause.
     */
    @Test
    void aReasonBesideOrInAPlanIsTheReason(@TempDir Path tmp) throws Exception {
        assertEquals(List.of(), unexplained(tmp.resolve("a"),
                "一是年初编制项目资金预算时对对象摸底不够准确,造成预算资金过大.二是专项资金申报不够及时."));
        assertEquals(List.of(), unexplained(tmp.resolve("b"),
                "二是由于养护人员经费严重不足,导致公路养护类项目小修经费在当地财政年度部门预算安排中大部分用于人员工资福利支出。"));
        assertEquals(List.of(), unexplained(tmp.resolve("c"), "因农时未到剩余资金下年继续支付。"));
        assertEquals(List.of(), unexplained(tmp.resolve("d"), "受农时影响资金尚未支付，下年继续加快资金支付。"));
    }

    /**
     * Session 52: execution-over-budget reads the reason where execution-rate-unexplained does. 金寨 2023 (t34) spends
     * 338.31 of 329.77 万元 (a warning, no reason beside it); its form has no 存在问题 cell, so one is written here: a clause
     * about the money makes the warning the note that quotes it, as a reason in funds.executionExplanation does; a plan
     * alone, or a cell about the indicators, leaves the warning. Before, the cell was not read: the warning stayed.
     */
    @Test
    void executionOverBudgetReadsTheSameCell(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("execution-over-budget explained /funds/total/executed info 上级年中追加农村人居环境整治资金8.54万元，已按程序拨付"),
                overBudget(tmp.resolve("a"), "上级年中追加农村人居环境整治资金8.54万元，已按程序拨付。"));
        assertEquals(List.of("execution-over-budget  /funds/total/executed warning"),
                overBudget(tmp.resolve("b"), "下年继续加强预算管理。"));
        assertEquals(List.of("execution-over-budget  /funds/total/executed warning"),
                overBudget(tmp.resolve("c"), "部分村庄改厕户验收不够及时。"));
    }

    private static List<String> overBudget(Path tmp, String problems) throws Exception {
        Samples.copyTree(Samples.realTable("t34-jinzhai-chagu-2023"), tmp);
        return checkedWithProblems(tmp, "自评", problems).stream()
                .filter(f -> f.ruleId().equals("execution-over-budget") || f.ruleId().startsWith("schema"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer() + " " + f.severity().id()
                        + (f.key().equals("explained") ? " " + f.args().get(4).replace("“", "").replace("”", "") : ""))
                .sorted().toList();
    }

    @Test
    void aCellAboutTheIndicatorsAloneIsNoReasonForTheExecution(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("execution-rate-unexplained  /funds/total/executed"),
                unexplained(tmp, "部分示范区农户施肥习惯难以改变，化肥减量目标完成不够理想。"));
    }

    /**
     * 西平 2022 (t104), a 运行监控 report: 0 of 39.2696 万元 spent by July, execution-behind. Its problems cell written as a
     * reason for the money silences it, as at the year end; one that only plans, or speaks of the indicators alone, does
     * not (session 53: until then any problems text was taken for the reason, Checks.executionReasonAnywhere now).
     */
    @Test
    void monitoringReadsTheSameCell(@TempDir Path tmp) throws Exception {
        assertEquals(List.of(), behind(tmp.resolve("a"), "项目资金于7月下达，尚未支付。"));
        assertEquals(List.of("monitoring-deviation-unexplained execution-behind /funds/total/executedToDate"),
                behind(tmp.resolve("b"), "下半年加快项目实施进度。"));
        assertEquals(List.of("monitoring-deviation-unexplained execution-behind /funds/total/executedToDate"),
                behind(tmp.resolve("c"), "养殖基地选址待村民代表大会确定。"));
    }

    private static List<String> behind(Path tmp, String problems) throws Exception {
        Samples.copyTree(Samples.realTable("t104-xiping-caizhai-2022"), tmp);
        return checkedWithProblems(tmp, "运行监控", problems).stream()
                .filter(f -> f.ruleId().equals("monitoring-deviation-unexplained") || f.ruleId().startsWith("schema"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).sorted().toList();
    }
}
