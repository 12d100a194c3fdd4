package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleDescriptor;
import io.github.jixiao.lint.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A formula a scoring finding quotes in Chinese, read back from a stored report (a diff's resolved finding), is shown in
 * English by the formula texts it was made of ({@link FormulaText}): the English the run itself built, where the
 * formula was not cut short, and never a Chinese word of ours.
 */
class FormulaTextTest {
    @TempDir
    Path tmp;

    /** Each formula argument of the project's Chinese run: translated, it is the English run's text of it. */
    private static int translatesAsTheRunBuiltIt(Path project, String framework) throws Exception {
        EngineResult en = FingerprintLanguageTest.run(project, framework, Locale.ENGLISH);
        String allowed = EnglishPageTest.allowed(project);
        int n = 0;
        for (Finding f : en.findings()) {
            RuleDescriptor d = RuleRegistry.descriptor(f.ruleId()).orElseThrow();
            for (int i = 0; i < f.args().size(); i++) {
                if (d.mark(f.key(), i) != io.github.jixiao.lint.RuleDescriptor.Mark.FORMULA) {
                    continue;
                }
                String zh = f.args().get(i);
                String built = en.sheet().quoted().getOrDefault(zh, zh);
                String translated = FormulaText.english(zh, en.sheet().english());
                if (!zh.endsWith("…")) {
                    assertEquals(built, translated, zh);
                }
                assertEquals(java.util.Set.of(), EnglishPageTest.foreign(translated, allowed), translated);
                n++;
            }
        }
        return n;
    }

    @Test
    void everyFormulaOfTheRealFormsTranslatesAsTheRunBuiltIt() throws Exception {
        int n = 0;
        for (String it : List.of("form-lijiang-2020", "form-cq-rongmeiti-2021", "form-tangxi-2022", "form-yueyang-glj",
                "form-daying-2023-a", "form-daying-2023-b", "project-self-evaluation")) {
            n += translatesAsTheRunBuiltIt(FingerprintLanguageTest.it(it), null);
        }
        // and two real tables whose missed rows are scored by their ratio (九亭镇 2020: 70 / 80 × 3; 稷山 2021: 4044 / 5662 × 2), since
        // 丽江 2020's money row, taken as printed since session 50 (MoneyOutput), quotes no formula any more
        for (String t : List.of("t16-jiuting-chengzhen-2020", "t53-jishan-gongwei-2021")) {
            n += translatesAsTheRunBuiltIt(io.github.jixiao.testing.Samples.realTable(t), null);
        }
        assertTrue(n >= 8, "formulas: " + n);
    }

    /** The sample with stated scores the figures do not give: 预算执行率 (quarterly), 政府采购 (ratio), 资产管理 (sub-items). */
    @Test
    void theSamplesStatedScoresTranslateAsTheRunBuiltThem() throws Exception {
        Path project = tmp.resolve("p");
        io.github.jixiao.testing.Samples.copyTree(ScoreSummaryTest.sample().resolve("submission"), project.resolve("submission"));
        java.nio.file.Path sa = project.resolve("submission/self-assessment.json");
        String s = java.nio.file.Files.readString(sa);
        List<String> changed = new ArrayList<>();
        for (String[] c : new String[][] {{"\"score\": 5.47,", "\"score\": 6,"}, {"\"score\": 1.68", "\"score\": 2"}}) {
            if (s.contains(c[0])) {
                s = s.replace(c[0], c[1]);
                changed.add(c[0]);
            }
        }
        assertEquals(2, changed.size(), changed.toString());
        java.nio.file.Files.writeString(sa, s);
        assertTrue(translatesAsTheRunBuiltIt(project, null) >= 2);
    }

    /** A zero denominator and an expression adding money to a count, with their money units. */
    @Test
    void denominatorsAndExpressionsWithMoneyUnits() {
        assertEquals("1422800 yuan − 142.28 × 10,000 yuan", FormulaText.english("1422800元 − 142.28万元", Map.of()));
        assertEquals("yes", FormulaText.english("是", Map.of()));
    }

    /**
     * A row scored by its own 评分标准 (RowStandard): the scorer's text was not among the formula texts, so a diff's resolved
     * score-claim-mismatch on such a row showed its words as "…" in English.
     */
    @Test
    void aRowScoredByItsOwnStandard() {
        assertEquals("8个 misses 9 个; by the row's own 评分标准 (scoring standard) \"少检查一个扣1分\": 6 − 1 × (9 − 8) = 5",
                FormulaText.english("8个 未达到 9 个，按本行评分标准“少检查一个扣1分”：6 − 1 × (9 − 8) = 5", Map.of()));
    }

    /** Cut short inside a formula text: that piece is dropped, the "…" stays. */
    @Test
    void aFormulaCutShortLosesThePieceItWasCutIn() {
        assertEquals("Q4 min(1, 84.58% / 100%) × 1 = 0.8458; …",
                FormulaText.english("Q4 min(1, 84.58% / 100%) × 1 = 0.8458；全年平…", Map.of()));
        assertEquals("3.2 + 4 = 7.20 (…", FormulaText.english("3.2 + 4 = 7.20（分值按表中各…", Map.of()));
    }

    /**
     * Not made of these formula texts (another version's, where a word of ours stands elsewhere): its figures and
     * symbols, "…" for its words, never a Chinese fragment.
     */
    @Test
    void aFormulaOfOtherWordsKeepsItsFiguresAndNoChinese() {
        assertEquals("…(0.8 + 1) / 2 × 1 = 0.9", FormulaText.english("全年平均值(0.8 + 1) / 2 × 1 = 0.9", Map.of()));
        assertEquals("… 0.8 → 2", FormulaText.english("达成 0.8 → 2", Map.of()));
    }

    /** The department's own words in a formula (a target with its unit, an actual) stay as written. */
    @Test
    void theDepartmentsWordsStay() {
        assertEquals("72890 meets = 72890 元 → 10", FormulaText.english("72890 达到 = 72890 元 → 10", Map.of()));
        assertEquals("yes → 3", FormulaText.english("是 → 3", Map.of()));
    }

    /** A name of the framework in a formula (a condition's label) is shown in the framework's English. */
    @Test
    void theFrameworksNamesInEnglish() {
        assertEquals("0 ≤ 0 (No balance) → 3", FormulaText.english("0 ≤ 0（无结余） → 3", Map.of("无结余", "No balance")));
    }

    @Test
    void thePiecesOfEveryFormulaTextAgree() {
        // the static initialiser checks that no Chinese piece has two English ones, and the argument counts
        assertTrue(FormulaText.PIECES.size() > 20, FormulaText.PIECES.toString());
    }
}
