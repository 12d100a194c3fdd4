package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.validate.MoneyFields;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project unit's day one (session 41's trial): at 自评 score-input-missing asked for the year's spending as
 * {@code "actualExpenditure": …} in budget.json; the unit typed {@code "actualExpenditure": 912} and got a schema error
 * saying only "expected an object ({…}) here, found a whole number". An amount is written with its unit: the finding
 * now shows the object ({@code {"value": …, "unit": "万元"}}), and the schema's finding at a bare number where an amount
 * belongs says the object to write with that number (the same finding as before: same fingerprint).
 */
class AmountToTypeTest {
    private static final Messages ZH = new Messages(Messages.ZH);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    private static Path project(Path dir, String budget) throws Exception {
        return io.github.jixiao.init.ProjectAtSelfEvaluation.write(dir, budget);
    }

    private static List<Finding> findings(Path dir, String rule) {
        return new Engine().run(EngineOptions.of(dir, dir.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals(rule) && f.file().equals("submission/budget.json")).toList();
    }

    @Test
    void theYearsSpendingIsAskedForAsAnAmountWithItsUnit(@TempDir Path tmp) throws Exception {
        List<Finding> missing = findings(project(tmp.resolve("a"), ""), "score-input-missing");
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(ZH.message(missing.get(0)).endsWith("请把这一数字填在 budget.json 的 \"actualExpenditure\": {\"value\": …, \"unit\": \"万元\"} 处。"),
                ZH.message(missing.get(0)));
        assertTrue(EN.message(missing.get(0)).endsWith("Fill in this figure as \"actualExpenditure\": {\"value\": …, \"unit\": …} in budget.json "
                + "(the unit 万元 (10,000 yuan) or 元 (yuan))."), EN.message(missing.get(0)));

        // typed as a bare number: the schema's finding says the object to write, with that number
        List<Finding> bare = findings(project(tmp.resolve("b"), ",\n  \"actualExpenditure\" : 912"), "schema");
        assertEquals(1, bare.size(), bare.toString());
        Finding f = bare.get(0);
        assertEquals("type-money", f.key());
        assertEquals("/actualExpenditure：这里是带单位的金额，应为对象（{…}），实际写的是整数 912。请写作 {\"value\": 912, \"unit\": \"万元\"}（单位为元的写 \"元\"）。",
                ZH.message(f));
        assertEquals("/actualExpenditure: an amount with its unit belongs here, an object ({…}); found a whole number, 912. Write {\"value\": 912, \"unit\": …} "
                + "with the unit 万元 (10,000 yuan) or 元 (yuan).", EN.message(f));
        // the same finding as the plain type message's: a baseline entry of it still holds it
        assertEquals(Fingerprints.of("schema", f.file(), "type", f.args().subList(0, 3)), Fingerprints.of(f));

        // typed as the finding says: nothing about it is left
        assertTrue(findings(project(tmp.resolve("c"), ",\n  \"actualExpenditure\" : {\"value\": 912, \"unit\": \"万元\"}"), "schema").isEmpty());
        assertTrue(findings(tmp.resolve("c"), "score-input-missing").isEmpty());
    }

    @Test
    void amountsAreThoseTheFormatGivesAUnit() {
        assertTrue(MoneyFields.isMoney("budget", "/actualExpenditure"));
        assertTrue(MoneyFields.isMoney("budget", "/fullYearBudget"));
        assertTrue(MoneyFields.isMoney("adjustments", "/adjustments/0/amount"));
        assertFalse(MoneyFields.isMoney("adjustments", "/adjustments/0/reason"));
        assertFalse(MoneyFields.isMoney("indicators", "/indicators/0/points"));
        assertFalse(MoneyFields.isMoney("budget", "/actualExpenditure/value"));
        assertFalse(MoneyFields.isMoney("budget", "/nothing"));
        assertFalse(MoneyFields.isMoney("nothing", "/actualExpenditure"));
    }
}
