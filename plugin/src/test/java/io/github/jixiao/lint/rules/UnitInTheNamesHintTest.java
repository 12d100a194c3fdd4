package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A name's bracketed unit (session 36, item 4 of session 35's units left alone). The units real tables print in a name's
 * bracket, (万美元), (%), (个), (月), are read as the row's unit; those a finance officer would write ((平方公里), (公里),
 * (亩), (吨), (立方米), (千瓦), (台套)) are units {@link io.github.jixiao.target.UnitKind} knows. What real tables print
 * that is not read is the template's hint left in the name: 同心 2023 (t64), 南岳 2018 (t28), 濉溪 2019 (t54) keep
 * "(≥**%)", "( ≥**个 )", "(≤**元/株)" in their names. The hint is no unit of the row (placeholder-left asks for it to go),
 * so a target without a unit is still noted; the note now says the unit the hint states, and the target to write.
 */
class UnitInTheNamesHintTest {

    @Test
    void tongxinsSurvivalRateIsToldToWriteThePercent() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t64-tongxin-xiamaguan-2023");
        Finding f = r.findings().stream()
                .filter(x -> x.ruleId().equals("indicator-target-no-unit") && x.pointer().equals("/indicators/1/target"))
                .findFirst().orElseThrow();
        assertEquals("unit-in-hint", f.key());
        assertEquals("指标“种植作物成活率(≥**%)”的指标值“>=85”没有度量单位，单位“%”只写在名称的模板提示里：提示删去后，指标值就看不出单位。"
                + "请把单位写在指标值中，如“≥ 85%”。", new Messages(Messages.ZH).message(f));
        assertEquals("The target \">=85\" of indicator \"种植作物成活率(≥**%)\" has no unit: the unit \"%\" is only in the template's hint in "
                + "the name, and once the hint is removed the target says none. Write the unit in the target, e.g. \"≥ 85%\".",
                new Messages(Locale.ENGLISH).message(f));
        // the plain note's fingerprint, which it was until session 36: a baseline entry still holds it
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "", f.args().subList(0, 2)), Fingerprints.of(f));
    }

    @Test
    void theHintsUnit() {
        assertEquals("%", IndicatorTargetNoUnit.hintUnit("种植作物成活率(≥**%)"));
        assertEquals("个", IndicatorTargetNoUnit.hintUnit("贫困地区旅游景点开发数量( ≥**个 )"));
        assertEquals("元/株", IndicatorTargetNoUnit.hintUnit("黄金蜜(葡萄)补助成本(≤**元/株)"));
        assertEquals("人次", IndicatorTargetNoUnit.hintUnit("接受临时救助的人次数(≥**人次)"));
        // every spelling the target parser reads as a comparator (Comparator.SIGNS): ⩾ and ﹤ were no comparator here
        assertEquals("%", IndicatorTargetNoUnit.hintUnit("种植作物成活率(⩾**%)"));
        assertEquals("元/株", IndicatorTargetNoUnit.hintUnit("补助成本(﹤**元/株)"));
        // no comparator, no asterisks, no unit, or words: no hint's unit
        for (String name : List.of("开展修复工程(个)", "黄金蜜(葡萄)", "受益户数(≥**)", "受益户数(≥*户)", "建设项目个数(含续建)", "受益户数(≥**累计)")) {
            assertEquals("", IndicatorTargetNoUnit.hintUnit(name), name);
        }
    }
}
