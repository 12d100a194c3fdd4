package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A row whose name is only a number (宁乡 坝塘镇 2021, real table t21: 指标内容 "88", 指标值 "100", eight rows) names nothing it
 * measures, so its target cannot be read for direction or unit either: placeholder-left's number-name is the one finding
 * at the row, and says to write the target with its comparator and unit. Before session 34 each row also had a
 * no-comparator note reading "100" as "≥ 100" from the category alone (and the 成本 row a cost-rate note, which it no longer
 * gets even with placeholder-left off: since session 46 a unitless figure under a name that is no rate is not called a rate).
 */
class NumberNameOnceTest {

    private static Path batang() throws Exception {
        return Path.of(NumberNameOnceTest.class.getResource("/real-tables/t21-ningxiang-batang-2021").toURI());
    }

    private static List<String> atRow(EngineResult r, int row) {
        return r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/" + row + "/"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).sorted().toList();
    }

    @Test
    void aRowNamedByANumberIsOneFindingAtItsName() throws Exception {
        Path project = batang();
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        for (int row = 0; row < 8; row++) {
            assertEquals(List.of("placeholder-left number-name-target /indicators/" + row + "/name"), atRow(r, row));
        }
        Finding cost = r.findings().stream().filter(f -> f.pointer().equals("/indicators/3/name")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(cost);
        assertTrue(zh.contains("指标名称“88”只是一个数字") && zh.contains("指标值“100”") && zh.contains("带比较符和单位"), zh);
        String en = new Messages(Locale.ENGLISH).message(cost);
        assertTrue(en.contains("its target \"100\"") && en.contains("with a comparator and unit"), en);
        // the target is a detail: the finding is the plain number-name's for a baseline
        Finding plain = new Finding(cost.ruleId(), cost.severity(), "number-name", cost.args().subList(0, 1), cost.file(),
                cost.pointer(), cost.line(), cost.column(), cost.criterion());
        assertEquals(Fingerprints.of(plain), Fingerprints.of(cost));
    }

    @Test
    void withPlaceholderLeftOffTheNotesTell() throws Exception {
        Path project = batang();
        EngineResult off = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null,
                RuleConfig.of(List.of(new RuleConfig.Entry("placeholder-left", "OFF", null))), Locale.SIMPLIFIED_CHINESE));
        // the target "100" beside the name "88" names no unit either: the note asks for it (no-unit, session 44)
        assertEquals(List.of("indicator-target-no-comparator no-unit /indicators/0/target"), atRow(off, 0));
        // the 成本 row's "100" under the name "88": no cost-rate note since session 46 (a figure with no unit under a name that
        // is no rate is not known to be a rate: 原州 2022's "6070", t100); its missing unit is the no-unit note's
        assertEquals(List.of("indicator-target-no-comparator no-unit /indicators/3/target"), atRow(off, 3));
    }
}
