package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A vague target ("增加": how many?) that the scorer still graded from its actual (南昌 蚕茶卫生院 2021, t81, row 0:
 * 门诊住院人次 增加 → 增372人次, read as 达成) said "无法判断是否完成" beside "按‘达成’理解并据此核对得分" at one row, the two
 * read as a contradiction (helper A2's audit, session 47). One warning now, saying the reading the score rests on, with
 * the fingerprint it had; with the vague-target rule off, the scorer's note tells as before.
 */
class VagueReadOnceTest {

    private static List<Finding> at(RuleConfig rules, String row) {
        Path project = Samples.realTable("t81-nanchang-cancha-2021");
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null, rules)).findings()
                .stream().filter(f -> f.pointer().startsWith(row + "/")).toList();
    }

    @Test
    void theWarningSaysTheReadingAndTheNoteGoes() {
        List<Finding> fs = at(null, "/indicators/0");
        // read-as-direction since session 52 (audit s52 B6): "增372人次" does meet 增加, so the reading can be checked; what the
        // target lacks is the amount and the base year. The same finding, the reading still said
        assertEquals(List.of("indicator-target-unmeasurable read-as-direction"), fs.stream().map(f -> f.ruleId() + " " + f.key()).toList());
        Finding f = fs.get(0);
        String zh = new Messages(Messages.ZH).message(f);
        assertEquals(true, zh.contains("只写了方向，没有写变化多少、与哪一年相比；评分时把实际完成值“增372人次”读作“达成”计分。"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertEquals(true, en.contains("The score reads its actual \"增372人次\" as \"achieved\"."), en);
        assertEquals(Fingerprints.of("indicator-target-unmeasurable", f.file(), "", f.args().subList(0, 2)), Fingerprints.of(f));
    }

    @Test
    void withTheRuleOffTheScorersNoteTells() {
        List<Finding> fs = at(RuleConfig.of(List.of(new RuleConfig.Entry("indicator-target-unmeasurable", "OFF", null))), "/indicators/0");
        assertEquals(List.of("score-assumption achievement"), fs.stream().map(f -> f.ruleId() + " " + f.key()).toList());
    }
}
