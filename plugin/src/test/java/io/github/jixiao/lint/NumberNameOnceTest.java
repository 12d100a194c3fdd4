package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

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
    void aTableNamedOnlyByNumbersIsOneFindingAtTheTable() throws Exception {
        Path project = batang();
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        // eight rows, all named by a bare number: the table names no indicator at all, said once at /indicators (audit
        // s57 A12 D4, session 58; until then eight warnings of the same text, one a row)
        for (int row = 0; row < 8; row++) {
            assertEquals(List.of(), atRow(r, row));
        }
        List<Finding> all = r.findings().stream().filter(f -> f.ruleId().equals("placeholder-left")).toList();
        assertEquals(1, all.size(), all.toString());
        Finding table = all.get(0);
        assertEquals("number-name-all /indicators warning", table.key() + " " + table.pointer() + " " + table.severity().id());
        assertEquals("8 个指标的名称都只是数字（88、68、20），没有一个写出衡量什么：表中没有写出任何指标，各行的指标值衡量什么、朝哪个方向、用什么单位也就无从判断。"
                + "请逐行写明指标衡量的内容（如“补助种植面积”），再按它写出带比较符和单位的指标值（如“≥ 500 亩”）。",
                new Messages(Messages.ZH).message(table));
        String en = new Messages(Locale.ENGLISH).message(table);
        assertTrue(en.startsWith("The names of all 8 indicators are only numbers (88, 68, 20)") && en.contains("names no indicator at all"), en);
        // the count and the numbers are details: a row named, or one more named by a number, leaves the same finding
        Finding fewer = new Finding(table.ruleId(), table.severity(), table.key(), List.of("7", "88"), table.file(),
                table.pointer(), table.line(), table.column(), table.criterion());
        assertEquals(Fingerprints.of(table), Fingerprints.of(fewer));
    }

    @Test
    void aRowNamedByANumberIsOneFindingAtItsName(@TempDir Path tmp) throws Exception {
        // one row named in words: the table names an indicator, and each row named by a number is its own row to fill in
        EngineResult r = RealTableRuns.run(tmp, "t21-ningxiang-batang-2021",
                root -> ((ObjectNode) root.get("indicators").get(7)).put("name", "生态保护面积"));
        for (int row = 0; row < 7; row++) {
            assertEquals(List.of("placeholder-left number-name-target /indicators/" + row + "/name"), atRow(r, row));
        }
        assertTrue(r.findings().stream().noneMatch(f -> f.key().equals("number-name-all")), r.findings().toString());
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
