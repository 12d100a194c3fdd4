package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import java.util.HashMap;
import java.util.Map;

/**
 * One indicator filed under two 二级指标: 宁夏福彩 2023 (t61) gives the same target "同比2022年销量显著提高" as its 经济效益 and
 * its 社会效益 (audit s52 A7 row D4): one effect, the year's sales, claimed and counted as two benefits. Over the 110 real
 * tables with indicators that was the only target of words repeated under another 二级; no name was (t21's "88" rows are
 * numbers, placeholder-left's). Nothing said it before session 53.
 */
@RuleInfo(
        id = "indicator-repeated-across-categories",
        severity = Severity.WARNING,
        category = Category.CONSISTENCY,
        titleZh = "同一指标填在两个二级指标下",
        titleEn = "One indicator filed under two categories",
        rationaleZh = "绩效指标按二级指标分类（数量、质量、时效、成本；经济、社会、生态效益、可持续影响；满意度），每类说明项目一个方面的产出或效果。"
                + "同一个指标名称，或同一句文字写成的指标值，出现在两个不同的二级指标下（宁夏福彩 2023：经济效益和社会效益都是“同比2022年销量显著提高”），"
                + "是把一项产出或效果重复计为两类：两行的完成情况同升同降，一项成绩得两次分，另一类实际没有指标。请把重复的一行改为这一类自己的指标。"
                + "只比较写成文字的指标值（至少 8 个字、其中至少 4 个汉字，如“同比2022年销量显著提高”），不比较数字和比率（“100%”“≥95%”在各类中常见），"
                + "也不比较“效果明显”“高中低”这类短的套话（由 indicator-target-unmeasurable 提示）；名称只比较含汉字的（数字名称由 placeholder-left 提示）。",
        rationaleEn = "Indicators are sorted by 二级指标 (second-level category: quantity, quality, timeliness, cost; economic, social, ecological "
                + "benefit, sustainability; satisfaction), each telling one side of the project's outputs or effects. The same indicator name, or the "
                + "same target in words, under two different categories (Ningxia welfare lottery 2023: both the economic and the social benefit are "
                + "\"同比2022年销量显著提高\" (sales markedly up on 2022)) counts one output or effect as two: the two rows rise and fall together, one "
                + "result scores twice, and the other category has no indicator of its own. Make the repeated row an indicator of its own category. "
                + "Only targets in words are compared (at least 8 characters, 4 of them Chinese), not figures and rates (\"100%\", \"≥95%\" are common "
                + "in every category), nor short stock phrases such as \"效果明显\" (clearly effective) or \"高中低\" (high, medium, low), which "
                + "indicator-target-unmeasurable reports; names only where they hold Chinese (a name that is a number is placeholder-left's).",
        source = "ST-2：财预〔2020〕10号 附件 项目支出绩效自评表的指标分类（产出：数量、质量、时效、成本；效益：经济、社会、生态、可持续影响；满意度）；宁夏福彩 2023 项目支出绩效自评表",
        sourceEn = "ST-2: MOF Caiyu [2020] No. 10, annex, the project self-evaluation table's categories (outputs: quantity, quality, timeliness, cost; "
                + "benefits: economic, social, ecological, sustainability; satisfaction); Ningxia welfare lottery centre 2023 project self-evaluation table",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”（{1}）的指标值“{2}”与指标“{3}”（{4}）的相同：同一项效果计为两类。请把其中一行改为本类自己的指标。",
                    en = "Indicator \"{0}\" ({1}) has the target \"{2}\" of indicator \"{3}\" ({4}): one effect counted in two categories. Make one of the rows an indicator of its own category."),
            @RuleInfo.Message(key = "name", zh = "指标“{0}”同时填在“{1}”和“{2}”之下：同一个指标计为两类。请把其中一行改为本类自己的指标。",
                    en = "Indicator \"{0}\" is filed under both \"{1}\" and \"{2}\": one indicator counted in two categories. Make one of the rows an indicator of its own category.")
        })
public final class IndicatorRepeatedAcrossCategories implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        // sized for every row at once: no table of rehashing as 600 names go in
        int capacity = (int) (submission.indicators().size() / 0.75f) + 1;
        Map<String, Indicator> byName = new HashMap<>(capacity);
        Map<String, Indicator> byTarget = new HashMap<>(capacity);
        for (Indicator i : submission.indicators()) {
            if (i.notApplicable() || i.isTemplateRow() || Checks.blank(i.level2())) {
                continue;
            }
            String name = i.name() == null ? "" : i.name().strip();
            Indicator same = han(name, 2) < 2 ? null : byName.putIfAbsent(name, i);
            // (a template name, 指标1 under each 二级, is asked only where it repeats: the regular expression once a pair)
            if (same != null && !level2(same).equals(level2(i)) && !IndicatorTemplateRow.templateName(name)) {
                ctx.report("name", i.src(), Checks.name(i), same.level2().strip(), i.level2().strip());
                continue; // said once for the row: its target is the same row's again
            }
            String t = i.effectiveTarget() == null ? "" : i.effectiveTarget().strip();
            Indicator sameTarget = words(t) ? byTarget.putIfAbsent(t, i) : null;
            if (sameTarget != null && !level2(sameTarget).equals(level2(i))) {
                ctx.report("", i.targetSrc(), Checks.name(i), i.level2().strip(), Checks.quote(t), Checks.name(sameTarget),
                        sameTarget.level2().strip());
            }
        }
    }

    /**
     * {@code i}'s 二级 as compared: stripped, and without a closing 指标, so that one category spelt two ways in a table
     * (数量 / 数量指标) is one (review s53 R3); the findings quote the cells as written.
     */
    private static String level2(Indicator i) {
        String l = i.level2() == null ? "" : i.level2().strip();
        return l.endsWith("指标") && l.length() > 2 ? l.substring(0, l.length() - 2) : l;
    }

    /** A target in words, long enough to be the row's own: at least 8 characters, 4 of them Chinese. */
    static boolean words(String t) {
        return t.length() >= 8 && t.codePointCount(0, t.length()) >= 8 && han(t, 4) >= 4;
    }

    /** The Chinese characters in {@code s}, counted up to {@code enough} (a loop, no stream: it runs on every row). */
    private static int han(String s, int enough) {
        int n = 0;
        for (int k = 0; k < s.length() && n < enough; ) {
            int c = s.codePointAt(k);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                n++;
            }
            k += Character.charCount(c);
        }
        return n;
    }
}
