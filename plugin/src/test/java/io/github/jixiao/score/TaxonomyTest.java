package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Taxonomy.normalise against the two regular expressions it replaced, and a third for the bracket of other names
 * (kept here as the oracle).
 */
class TaxonomyTest {

    static String oracle(String label) {
        if (label == null) {
            return "";
        }
        String s = label.replaceAll("[\\s\u3000]+", "");
        s = s.replaceAll("[（(]\\d+(\\.\\d+)?分[)）]$", "");
        return s.replaceAll("^(.+?)[（(](或[^()（）]*|[^()（）]*指标|[必选]填[^()（）]*)[)）]$", "$1");
    }

    @Test
    void printedWeightsAndSpacesGo() {
        assertEquals("产出指标", Taxonomy.normalise("产出指标（50分）"));
        assertEquals("产出指标", Taxonomy.normalise("产出 指标 (12.5 分)"));
        assertEquals("效益指标（分）", Taxonomy.normalise("效益指标（分）"));
        assertEquals("效益指标(.5分)", Taxonomy.normalise("效益指标(.5分)"));
        assertEquals("效益指标(5.分)", Taxonomy.normalise("效益指标(5.分)"));
        assertEquals("效益指标（３０分）", Taxonomy.normalise("效益指标（３０分）"), "full-width digits are not \\d");
        assertEquals("", Taxonomy.normalise(null));
        // 东莞 2019 prints the other names a category goes by after it: they go too
        assertEquals("数量指标", Taxonomy.normalise("数量指标(或建筑规模指标)"));
        assertEquals("时效指标", Taxonomy.normalise("时效指标(工期指标、形象进度指标)"));
        assertEquals("预算(或投资规模)控制指标", Taxonomy.normalise("预算(或投资规模)控制指标"), "a bracket inside the label stays");
        assertEquals("产出指标", Taxonomy.normalise("产出指标(或建筑规模指标)(50分)"));
        assertEquals("(或其他指标)", Taxonomy.normalise("(或其他指标)"), "nothing before the bracket: unchanged");
        // 原州 2022 (t100) prints the template's note whether the category must be filled after it: it goes too
        assertEquals("质量指标", Taxonomy.normalise("质量指标 (必填)"));
        assertEquals("经济效益指标", Taxonomy.normalise("经济效益 指标 (选填)"));
        assertEquals("数量指标", Taxonomy.normalise("数量指标 (必填硬性指标)"));
        assertEquals("(必填)", Taxonomy.normalise("(必填)"), "nothing before the bracket: unchanged");
        String plain = "满意度指标";
        assertSame(plain, Taxonomy.normalise(plain), "nothing to take out: no copy");
    }

    @Test
    void sameAsTheRegularExpressionsOnRandomLabels() {
        String alphabet = "产出指标效益或必选填（）()分0123456789.５ \t\n\u3000\u00a0\u2003x";
        Random rnd = new Random(7);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(12); k > 0; k--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            if (rnd.nextInt(3) == 0) {
                sb.append(rnd.nextBoolean() ? "（" : "(").append(rnd.nextInt(100));
                if (rnd.nextBoolean()) {
                    sb.append('.').append(rnd.nextInt(10));
                }
                sb.append(rnd.nextBoolean() ? "分）" : "分)");
            }
            String s = sb.toString();
            assertEquals(oracle(s), Taxonomy.normalise(s), s);
        }
    }

    /** 福建 2020 (宁德市地震局, real-tables t46) prints 产出目标 / 数量目标 for the taxonomy's 产出指标 / 数量指标. */
    @Test
    void aTrailingGoalSpellsTheSuffix() {
        assertTrue(Taxonomy.same("数量指标", List.of(), "数量目标"));
        assertTrue(Taxonomy.same("产出指标", List.of(), "产出目标"));
        assertTrue(Taxonomy.same("社会效益指标", List.of(), "社会效益目标"));
        assertTrue(Taxonomy.same("成本指标", List.of("经济成本指标"), "经济成本目标"), "an alias spelt with 目标");
        assertTrue(Taxonomy.same("数量", List.of(), "数量目标"), "a name printed without its suffix");
        assertTrue(Taxonomy.same("时效指标", List.of(), "时效"), "as before");
        assertFalse(Taxonomy.same("数量指标", List.of(), "目标"), "目标 alone names nothing");
        assertFalse(Taxonomy.same("年度指标", List.of(), "目标"));
        assertFalse(Taxonomy.same("数量指标", List.of(), "年度目标"), "the stem must be the taxonomy's name");
        assertFalse(Taxonomy.same("效益指标", List.of(), "社会效益目标"), "a 二级 stem is no 一级");
        assertFalse(Taxonomy.same("数量指标", List.of(), "数量目标指标"), "one suffix only");
        assertEquals("产出指标", Taxonomy.goalAsIndicator("产出目标"));
        assertEquals("产出指标", Taxonomy.goalAsIndicator("产出指标"));
        assertEquals("目标", Taxonomy.goalAsIndicator("目标"));
        assertEquals(null, Taxonomy.goalAsIndicator(null));
    }

    /**
     * 山东 临邑县师范附属小学 2025 (real-tables/t67) prints every category with 值 for 指标: 产出值 / 数量值 … 可持续影响值. The stem
     * must still be the taxonomy's name; 值 alone names nothing, and neither does 指标值 or 年度数值.
     */
    @Test
    void aTrailingValueSpellsTheSuffix() {
        assertTrue(Taxonomy.same("数量指标", List.of(), "数量值"));
        assertTrue(Taxonomy.same("产出指标", List.of(), "产出值"));
        assertTrue(Taxonomy.same("可持续影响指标", List.of(), "可持续影响值"));
        assertTrue(Taxonomy.same("成本指标", List.of("经济成本指标"), "经济成本值"), "an alias spelt with 值");
        assertFalse(Taxonomy.same("数量指标", List.of(), "值"), "值 alone names nothing");
        assertFalse(Taxonomy.same("数量指标", List.of(), "年度数值"), "the stem must be the taxonomy's name");
        assertFalse(Taxonomy.same("数量指标", List.of(), "数量指标值"), "one suffix only");
        assertFalse(Taxonomy.same("效益指标", List.of(), "社会效益值"), "a 二级 stem is no 一级");
        assertEquals("数量指标", Taxonomy.goalAsIndicator("数量值"));
        assertEquals("产出指标", Taxonomy.goalAsIndicator("产出值"));
        assertEquals("指标值", Taxonomy.goalAsIndicator("指标值"));
        assertEquals("值", Taxonomy.goalAsIndicator("值"));
    }

    /** The English of a category is its 目标 spelling's too, so an English report glosses 产出目标 as it does 产出指标. */
    @Test
    void aGoalSpellingHasTheCategorysEnglish() {
        java.util.Map<String, String> en = FrameworkLoader.builtIn("mof-project-2020").english();
        assertEquals("Output indicators", en.get("产出目标"));
        assertEquals(en.get("数量指标"), en.get("数量目标"));
        assertEquals(en.get("数量指标"), en.get("数量值"));
    }
}
