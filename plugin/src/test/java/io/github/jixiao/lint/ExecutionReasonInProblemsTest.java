package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
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

    private static List<String> unexplained(Path tmp, String problems) throws Exception {
        Samples.copyTree(Samples.realTable("t111-longyang-huafei-2022"), tmp);
        Path fw = tmp.resolve("longyang-huafei-2022.json");
        String s = Files.readString(fw);
        String flag = "\n \"partialCut\": { \"executionReason\": true },";
        assertEquals(true, s.contains(flag));
        Files.writeString(fw, s.replace(flag, ""));
        Path dept = tmp.resolve("submission/department.json");
        String d = Files.readString(dept);
        String stage = "\"stage\": \"自评\",";
        assertEquals(true, d.contains(stage));
        Files.writeString(dept, d.replace(stage, stage + "\n  \"problems\": \"" + problems + "\","));
        return new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission"))).findings().stream()
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

    @Test
    void aCellAboutTheIndicatorsAloneIsNoReasonForTheExecution(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("execution-rate-unexplained  /funds/total/executed"),
                unexplained(tmp, "部分示范区农户施肥习惯难以改变，化肥减量目标完成不够理想。"));
    }
}
