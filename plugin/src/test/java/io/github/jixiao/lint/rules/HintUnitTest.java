package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The unit a template's hint in a name's bracket states (session 52, 昌宁 2022, t116): with the template's stars
 * ("(≥**平方米)") as before, and, for indicator-target-no-comparator's no-unit-hint, a comparator then a unit with no
 * stars ("(≥米)", "(≥万元)"). A figure or a word in the bracket is no unit.
 */
class HintUnitTest {

    @Test
    void aHintStatesItsUnit() {
        assertEquals("平方米", IndicatorTargetNoUnit.hintUnit("公猪舍(≥**平方米)"));
        // no stars: the same hint for every rule since session 53 (audit s53 A8 rows C3, E1; until then only no-unit-hint)
        assertEquals("米", IndicatorTargetNoUnit.hintUnit("排污沟(≥米)"));
        assertEquals("万元", IndicatorTargetNoUnit.hintUnit("投入资金(≥万元)"));
        assertEquals("", IndicatorTargetNoUnit.hintUnit("满意度(≥90%)"), "a figure: a target in the name, not a unit");
        assertEquals("台", IndicatorTargetNoUnit.hintUnit("粉碎拌合机(11kw)(≥台)"));
        assertEquals("", IndicatorTargetNoUnit.hintUnit("建设项目个数(≥含续建)"));
        assertEquals("", IndicatorTargetNoUnit.hintUnit("公猪舍(≥*平方米)"), "one star: neither the template's ** nor none");
        assertEquals("", IndicatorTargetNoUnit.hintUnit("培训人数(人次)"), "a bracketed unit with no comparator is the name's own");
    }
}
