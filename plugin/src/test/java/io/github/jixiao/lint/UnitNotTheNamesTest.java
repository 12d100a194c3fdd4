package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 南岳 2023's 雨露计划绩效目标申报表 (real table t60) counts 年度申请就学补助户数, households, and writes its target ">=101人/次",
 * person-times (helper N1, session 34: no rule compared a name's unit with its target's). Since session 35 a name that
 * counts households beside a target counting persons (or the other way round) is indicator-target-no-unit's warning
 * `unit-name-households` (`unit-name-persons`), asking which of the two is counted.
 */
class UnitNotTheNamesTest {

    @Test
    void householdsCountedInPersonTimes() throws Exception {
        List<Finding> at = RealTableRuns.asFiled("t60-nanyue-yulu-2023").findings().stream()
                .filter(f -> f.ruleId().equals("indicator-target-no-unit")).sorted().toList();
        assertEquals(List.of("/indicators/0/target unit-name-households warning"),
                at.stream().map(f -> f.pointer() + " " + f.key() + " " + f.severity().id()).toList());
        Finding f = at.get(0);
        assertEquals("指标“年度申请就学补助户数”按名称计的是户数，指标值“>=101人/次”却以“人/次”计：户数不能以人或人次计，无从知道实际完成值按哪一个核对。"
                + "请核实计的是户还是人：按户计的，指标值写作“≥ 101 户”；按人计的，把指标名称改为“……人数”或“……人次”。",
                new Messages(Messages.ZH).message(f));
        assertEquals("By its name indicator \"年度申请就学补助户数\" counts households (户数 (number of households)), but the target "
                + "\">=101人/次\" is in \"人/次\": households are not counted in persons or person-times, and which of the two the "
                + "actual is checked in cannot be told. Check what is counted: households, then write the target as \"≥ 101 户\"; "
                + "persons, then name the indicator as a count of persons (……人数 (number of persons) or ……人次 (person-times)).",
                new Messages(Locale.ENGLISH).message(f));
    }
}
