package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A target with a comparator and no unit under a name that says what it counts (乌海 2021's 出差人数 "= 8", t32) or a
 * rate (验收合格率 "≥95"): the plain note asked for "a unit (个, 户, 人次, %)", which the name already gives; it now says
 * which (unit-named) and the target to write, keeping the plain note's fingerprint. A name that says no unit (改造项目)
 * keeps the plain note (flags/unit-named-wuhai-2021.json).
 */
class IndicatorTargetNoUnitNamedTest {

    @Test
    void aNameThatSaysWhatItCountsGivesTheUnitToWrite() {
        RuleFixtures.Fixture f = RuleFixtures.load("indicator-target-no-unit", "flags",
                Path.of("src/test/resources/rules/indicator-target-no-unit/flags/unit-named-wuhai-2021.json"));
        List<Finding> found = RuleFixtures.run(new IndicatorTargetNoUnit(), f);
        assertEquals(List.of("unit-named", "unit-named", ""), found.stream().map(Finding::key).toList());
        Messages zh = new Messages(Messages.ZH);
        assertEquals("指标“出差人数”的指标值“= 8”没有度量单位；按名称计的是“人”。请写作“= 8 人”，或在度量单位（unit）一栏填写“人”。",
                zh.message(found.get(0)));
        assertEquals("指标“验收合格率”的指标值“≥95”没有度量单位；按名称计的是“%”。请写作“≥ 95%”，或在度量单位（unit）一栏填写“%”。",
                zh.message(found.get(1)));
        assertEquals("The target \"= 8\" of indicator \"出差人数\" has no unit; by its name it counts in \"人\". Write \"= 8 人\", "
                + "or fill in \"人\" in the 度量单位 (unit) column.", new Messages(Locale.ENGLISH).message(found.get(0)));
        Finding named = found.get(0);
        assertEquals(Fingerprints.of(named.ruleId(), named.file(), "", named.args().subList(0, 2)), Fingerprints.of(named));
    }
}
