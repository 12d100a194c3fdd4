package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.Comparator;
import io.github.jixiao.target.TargetValue;

@RuleInfo(
        id = "indicator-target-at-ceiling",
        severity = Severity.INFO,
        category = Category.MEASURABILITY,
        titleZh = "比率目标“≥ 100%”无法超额",
        titleEn = "Rate target \"≥ 100%\" cannot be exceeded",
        rationaleZh = "完成率、合格率、及时率之类的比率不会超过 100%，“≥ 100%”实际就是“= 100%”，应照实写明（单位写成“百分比”的同样按 % 判断，写法由 column-format-mixed 提示）；名称不是比率、比例的（永德 2022 的促进学校教育事业健康发展“100”，单位 %），说的是“该指标以百分比计”（percent）。"
                + "合格率、达标率、及时率、覆盖率、满意度、知晓率等比率的指标值高于 100% 的（没有比较符，或为“≥”“＞”“＝”），目标根本无法达到，多是录入或识别之误（发放率、拨付率、兑付率、成活率、保障率、就业率等同样不会超过 100%；资金到位率是实际到位资金与预算资金之比（财预〔2020〕10号 附件2），也不会超过 100%，招商引资、投资的到位率除外），请写明想要的比率；没有比较符的，indicator-target-no-comparator 不再建议“≥”。以“率”或“满意度”结尾的比率只写一个大于 100 的数、没有比较符、哪里都没有“%”的（合格率“120”），按比率读同样无法达到（above-hundred-no-unit，警告，并请写明“%”）；indicator-target-no-comparator 的 no-unit-rate-above 在同一单元格说的正是这些，开着时只报那一条，关闭它或它不作提示时（表中指标方向一栏写明“正向”）由本规则说明；写了比较符、仍没有“%”的（合格率“≥120”），同样无法达到，由本规则作警告并请写明“%”（above-hundred-no-unit-comparator，自 session 52；indicator-target-no-unit 在同一单元格请写单位的提示不再另报）。计分时，这类高于 100% 的比率目标按它只能表示的上限 100% 计（“≥ 120%”按“≥ 100%”，实际完成值 100% 即为达到；自 session 52，此前按所写的 120% 计比例，100% 只得 100/120 的分值），得分说明写明这一读法，指标值仍请改正。"
                + "扫描件把“≥”识别成“2”，“≥92%”就成了“292%”（鄂州 2022）。增长率、超额完成率、使用率、完成率（数量可以超额完成），写作上限（“≤ 105%”）的，实际完成值本身已超过 100% 的，不在此列。越低越好的比率（逾期、差错、事故、投诉之类的反向指标）写作“≥ 100%”的，方向写反了（南岳 2023 的“逾期发放率 >=100%”）：作警告，请改为“≤”的上限，而不是“= 100%”。名称和指标值都没有时限的及时率“≥ 100%”，由 indicator-time-cost-unspecified（time-rate）在同一单元格一并说明“≥ 100%”即“= 100%”，这里不再提示（一个缺陷一个问题）。"
                + "用文字写的“≥ 100%”同样如此（words）：“达100%”（新田镇 2022 的受益群体满意度“达100%”，与“达到”“不低于”“不少于”一样按“≥”读；实际完成值写“达95%”的，读作达到的数值 95%），以及没有实际值可对照、仍按文字保留的“验收合格率达到100%”。"
                + "名称只写目的、没有写出计量什么的百分比（“促进学校教育事业健康发展 ≥ 100%”）由 indicator-target-unmeasurable（aim-rate）在同一单元格说明，这里不再提示。",
        rationaleEn = "Completion, pass and timeliness rates cannot exceed 100 %, so \"≥ 100%\" really means \"= 100%\" and should say so (a unit spelt as the word 百分比 (percent) is read as % here; column-format-mixed notes the spelling); where the name is no rate or share (Yongde 2022's 促进学校教育事业健康发展 (furthering the school's development) \"100\" in %), it says the indicator is a percentage (percent). "
                + "A target above 100 % (with no comparator, or any but ≤ or <) for a pass, compliance, timeliness or coverage rate, a satisfaction or an awareness rate cannot be reached at all (so too a payment, disbursement, survival, assurance or employment rate; and a 资金到位率 (funds-in-place rate), the funds in place over the budget (MOF Caiyu [2020] No. 10, annex 2), unless it is of 招商引资 (investment attracted) or 投资 (investment)), and the rate meant is asked for (a bare one is offered no \"≥\" by indicator-target-no-comparator). A rate named so (ending in 率 (rate) or 满意度 (satisfaction)) given a bare figure above 100 with no comparator and no % anywhere (合格率 (pass rate) \"120\") cannot be reached either, read as a rate (above-hundred-no-unit, a warning, the % asked for too); indicator-target-no-comparator's no-unit-rate-above says just that at the same cell, and while it is on it alone is reported; with it turned off, or silent (a direction column printing 正向 (higher is better)), this rule says it; one with a comparator and still no % (合格率 (pass rate) \"≥120\") cannot be reached either, and this rule says so as a warning asking for the % (above-hundred-no-unit-comparator, since session 52; indicator-target-no-unit's note at the same cell asking for a unit is then not reported). The score reads such a target above 100 % as the ceiling it can only mean, 100 % (\"≥ 120%\" as \"≥ 100%\", an actual of 100 % meeting it; since session 52, before which it was scored as printed, 100 % earning 100/120 of the points), the explanation saying so; the target is still to be corrected. It "
                + "is mostly a slip of typing or of OCR: a scan reads \"≥\" as \"2\", and \"≥92%\" becomes \"292%\" (Ezhou 2022). Left alone: growth, over-fulfilment and use rates, "
                + "completion rates (a count can be exceeded), a ceiling (\"≤ 105%\"), and a row whose actual is itself above 100 %. A rate to keep low (late payments, errors, accidents, complaints: a reverse indicator) written \"≥ 100%\" has its direction the wrong way round (Nanyue 2023: a rate of late payments at least 100%): a warning asking for a ceiling with ≤, not for \"= 100%\". A timeliness rate \"≥ 100%\" with no date in the name or the target is not noted here: indicator-time-cost-unspecified (time-rate) says at the same cell that \"≥ 100%\" is \"= 100%\" (one defect, one finding)."
                + "The same holds for \"≥ 100%\" in words (words): 达100% (reaches 100%; Xintian 2022's satisfaction target, read as ≥ as 达到 (reach), 不低于 (not below) and 不少于 (not less than) are; an actual written 达95% is read as the figure reached, 95%), and a target such as 验收合格率达到 (acceptance pass rate reaches) 100% left as words with no actual to read it against. "
                + "A percentage whose name only states an aim (促进学校教育事业健康发展 (further the school's education) ≥ 100%) is said at the same cell by indicator-target-unmeasurable (aim-rate), not here.",
        source = "VAL-4：棠溪 2022 自评表实例；鄂州 2022 绩效目标表（经常性大型设备更新验收合格率“292%”）",
        sourceEn = "VAL-4: Tangxi 2022 self-evaluation table; Ezhou 2022 performance target table (a pass rate of \"292%\")",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的指标值“{1}”：该比率不会超过 100%，“≥ 100%”实际就是“= 100%”。请写成“= 100%”，或设一个留有余地的目标（如“≥ 95%”）。",
                    en = "The target \"{1}\" of indicator \"{0}\": this rate cannot exceed 100%, so \"≥ 100%\" means \"= 100%\". Write \"= 100%\", or set a target with room (e.g. \"≥ 95%\")."),
            @RuleInfo.Message(key = "percent", sameAs = "", zh = "指标“{0}”的指标值“{1}”：该指标以百分比计，不会超过 100%，“≥ 100%”实际就是“= 100%”。请写成“= 100%”，或设一个留有余地的目标（如“≥ 95%”）。",
                    en = "The target \"{1}\" of indicator \"{0}\": this indicator is a percentage, which cannot exceed 100%, so \"≥ 100%\" means \"= 100%\". Write \"= 100%\", or set a target with room (e.g. \"≥ 95%\")."),
            @RuleInfo.Message(key = "reverse", zh = "指标“{0}”的指标值“{1}”要求这一比率至少达到 100%，但它是越低越好的反向指标：照此写法，比率越高越算完成，与指标本意相反。请改为“≤”的上限（如“≤ 0%”，或允许的最高比率）。",
                    en = "The target \"{1}\" of indicator \"{0}\" asks this rate to be at least 100%, but it is a rate to keep low: as written, the higher it is the better it counts, the opposite of what it measures. Write a ceiling with ≤ (e.g. \"≤ 0%\", or the highest rate allowed)."),
            @RuleInfo.Message(key = "words", zh = "指标“{0}”的指标值“{1}”用文字写的是“≥ {2}”：该比率不会超过 100%，达到 100% 就是“= 100%”。请写成“= 100%”，或设一个留有余地的目标（如“≥ 95%”）。",
                    en = "The target \"{1}\" of indicator \"{0}\" says \"≥ {2}\" in words: this rate cannot exceed 100%, so reaching 100% means \"= 100%\". Write \"= 100%\", or set a target with room (e.g. \"≥ 95%\")."),
            @RuleInfo.Message(key = "above-hundred", zh = "指标“{0}”的指标值“{1}”高于 100%，而该比率不会超过 100%，这一目标无法达到。请核对指标值，写明想要的比率和比较符（如“≥ 95%”或“= 100%”）：开头的“2”可能是扫描识别时误认的“≥”（如“292%”原为“≥92%”）。",
                    en = "The target \"{1}\" of indicator \"{0}\" is above 100%, but this rate cannot exceed 100%, so the target cannot be reached. Check it, and write the rate meant with its comparator (e.g. \"≥ 95%\" or \"= 100%\"): a leading \"2\" may be a \"≥\" misread by OCR (\"292%\" for \"≥92%\")."),
            @RuleInfo.Message(key = "above-hundred-no-unit-comparator", sameAs = "above-hundred-no-unit", zh = "指标“{0}”是比率，指标值“{1}”却没有“%”：按比率读是 {2}%，而该比率不会超过 100%，这一目标无法达到。请核对指标值，写明想要的比率和“%”（如“≥ 95%”或“= 100%”）。",
                    en = "Indicator \"{0}\" is a rate, but its target \"{1}\" has no \"%\": read as a rate it is {2}%, and this rate cannot exceed 100%, so the target cannot be reached. Check it, and write the rate meant with the \"%\" (e.g. \"≥ 95%\" or \"= 100%\")."),
            @RuleInfo.Message(key = "above-hundred-no-unit", zh = "指标“{0}”是比率，指标值“{1}”却既没有比较符，也没有“%”：按比率读是 {2}%，而该比率不会超过 100%，这一目标无法达到。请核对指标值，写明想要的比率、比较符和“%”（如“≥ 95%”或“= 100%”）。",
                    en = "Indicator \"{0}\" is a rate, but its target \"{1}\" has neither a comparator nor the \"%\": read as a rate it is {2}%, and this rate cannot exceed 100%, so the target cannot be reached. Check it, and write the rate meant with its comparator and the \"%\" (e.g. \"≥ 95%\" or \"= 100%\").")
        })
public final class IndicatorTargetAtCeiling implements Rule {

    /** Names of rates that can exceed 100 % (growth, change), and rates that cannot: {@link io.github.jixiao.target.RateBound}'s (session 52). */

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        for (int k = 0; k < facts.size(); k++) {
            if (facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.T_QUALITATIVE)) {
                Indicator i = facts.row(k);
                String[] floor = wordsFloor(i.targetValue().text());
                if (floor != null && !unbounded(i.label() + " " + floor[0]) && !io.github.jixiao.target.Direction.isReverse(i.label())) {
                    // "满意度达100%": ≥ 100 % in words after a label, left as words by the parser (a bare "达100%", 新田镇 2022's
                    // t103, is read as ≥ since session 50, and said below), and "= 100%" all the same (audit s48 §3)
                    ctx.report("words", i.targetSrc(), Checks.name(i), Checks.quote(i.targetValue().text()), floor[1]);
                }
                continue;
            }
            if (!facts.all(k, IndicatorFacts.APPLICABLE | IndicatorFacts.T_QUANTITATIVE)) {
                continue;
            }
            Indicator i = facts.row(k);
            TargetValue t = i.targetValue();
            // what the target read measures: the row's name, or the words of the clause it was read by (验收合格率 of
            // 6月底前完成，验收合格率≥100% on a row named 完成时间: a rate, "= 100%", not "该指标以百分比计"; session 51, M9's
            // left-alone 1); Indicator.readName, as indicator-target-no-comparator reads it
            String named = measured(i);
            // (a unit spelt 百分比 is column-format-mixed's percent-word: it is read as %, and judged here as any other)
            if (aboveHundredBare(i, t, facts.bits(k))) {
                // 合格率 "120", no comparator and no % anywhere: the rate cannot be 120 % whatever indicator-target-no-
                // comparator says (its no-unit-rate-above says the same and the % with it; Engine.rateAboveNoUnitOnce leaves
                // this out beside it); said here too where that rule is off or says nothing (a 正向 column: N4's left-alone)
                ctx.report(Severity.WARNING, "above-hundred-no-unit", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()),
                        t.low().toPlainString());
            } else if (aboveHundredComparatorNoUnit(i, t, facts.bits(k))) {
                // 合格率 "≥120", a floor and no % anywhere: the same bound as "120" (above-hundred-no-unit), which it was not
                // told, nor above-hundred (no %), until session 52 (T4's left-alone); the % asked, the comparator kept
                ctx.report(Severity.WARNING, "above-hundred-no-unit-comparator", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()),
                        t.low().toPlainString());
            } else if (aboveHundred(i, t)) {
                // 292% on a pass rate (鄂州 2022: ≥92% as OCR read it), with no comparator or a floor: cannot be reached;
                // not a ceiling (≤ 105% is met by any rate), nor where the row's own actual is above 100 % (review V)
                ctx.report(Severity.WARNING, "above-hundred", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()));
            } else if (t.explicitComparator() && t.isPercent() && (t.comparator() == Comparator.GE || t.comparator() == Comparator.GT)
                    && t.low().compareTo(Checks.HUNDRED) >= 0 && !unbounded(named)) {
                if (io.github.jixiao.target.Direction.isReverse(named)) {
                    // 逾期发放率 >=100% (南岳 2023, t60): a rate to keep low written as a floor; "write = 100%" would keep it wrong
                    ctx.report(Severity.WARNING, "reverse", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()));
                    continue;
                }
                String[] reach = wordsFloor(t.text());
                if (reach != null) {
                    // "达100%" (新田镇 2022, t103): read as ≥ 100% by the parser since session 50 (words before), and said as
                    // before, in words (its key and fingerprint kept)
                    ctx.report("words", i.targetSrc(), Checks.name(i), Checks.quote(t.text()), reach[1]);
                    continue;
                }
                // 促进学校教育事业健康发展 "100" (永德 2022, t8): a percentage beside a piece of work, no rate: "该指标"
                ctx.report(IndicatorTargetNoComparator.rateLike(named) ? "" : "percent", i.targetSrc(), Checks.name(i), Checks.quote(t.text()));
            }
        }
    }

    /**
     * A target above 100 % (no comparator, or a floor) on a rate that cannot exceed it, whose own actual is not above 100 %:
     * it cannot be reached ({@code above-hundred}). indicator-target-no-comparator says nothing of its own at such a bare
     * target: "≥ 120%" is no direction to offer on a 满意度 (audit s48, left alone by N2).
     */
    static boolean aboveHundred(Indicator i, TargetValue t) {
        return t.isPercent() && !t.isRange() && t.low().compareTo(Checks.HUNDRED) > 0 && bounded(measured(i))
                && !(t.explicitComparator() && (t.comparator() == Comparator.LE || t.comparator() == Comparator.LT))
                && !actualAboveHundred(i);
    }

    /**
     * A bare figure above 100 with no unit anywhere (合格率 "120") on a rate that cannot exceed 100 %, whose own actual is not
     * above 100 %: read as the rate its name says, it cannot be reached, as {@link #aboveHundred} a written % (session 50).
     */
    static boolean aboveHundredNoUnit(Indicator i, TargetValue t) {
        return t.unit().isEmpty() && !t.isRange() && !t.isDate() && t.low() != null && t.low().compareTo(Checks.HUNDRED) > 0
                && bounded(i.label()) && !actualAboveHundred(i);
    }

    /**
     * A bare figure above 100 with no comparator and no unit anywhere (not the target, the 度量单位 column or the name's
     * bracket) on a row named a rate ({@link IndicatorTargetNoComparator#rateName}) that cannot exceed 100 %: the
     * {@link #aboveHundredNoUnit} indicator-target-no-comparator reads as its no-unit-rate-above (合格率 "120").
     */
    static boolean aboveHundredBare(Indicator i, TargetValue t, long bits) {
        return t.isQuantitative() && !t.explicitComparator() && IndicatorTargetNoUnit.bareWithoutUnit(i, bits)
                && IndicatorTargetNoComparator.rateName(i.name()) && aboveHundredNoUnit(i, t);
    }

    /**
     * A floor above 100 with no unit anywhere (合格率 "≥120", "＞120", "=120") on a row named a rate that cannot exceed 100 %:
     * as {@link #aboveHundredBare} with the comparator written, the % alone missing.
     */
    static boolean aboveHundredComparatorNoUnit(Indicator i, TargetValue t, long bits) {
        return t.isQuantitative() && t.explicitComparator() && t.comparator() != Comparator.LE && t.comparator() != Comparator.LT
                && IndicatorTargetNoUnit.bareWithoutUnit(i, bits) && IndicatorTargetNoComparator.rateName(i.name()) && aboveHundredNoUnit(i, t);
    }

    /**
     * The words that name what the row's target read measures: the row's label, or, where it was read by the other clause
     * of its cell ({@link Indicator#otherClauseRead()}), that clause's words ({@link Indicator#readName()}).
     */
    private static String measured(Indicator i) {
        return i.otherClauseRead() ? i.readName() : i.label();
    }

    /** A label (words, no digit) and 达 before a hundred per cent: "达100%", "满意度达 100%". */
    private static final java.util.regex.Pattern REACH = java.util.regex.Pattern.compile(
            "^([\\p{IsHan}A-Za-z]{0,16}?)达\\s*(100(?:\\.0+)?)\\s*[%％]$");

    /**
     * A target left as words that states a floor of 100 % in them, {@code [label, "100%"]}, or null: "达100%" and
     * "满意度达100%" (达, reach, before the figure: the parser reads 达到, 不低于 and, since session 50, 达 before the figure as ≥, but not after a label), and a label with a
     * comparator word or sign before 100 % that the binding did not read (no actual in its terms yet: "验收合格率达到100%",
     * "满意度≥100%"). A label of a growth or a reverse rate is judged by the caller, as the name is.
     */
    static String[] wordsFloor(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        java.util.regex.Matcher m = REACH.matcher(s);
        if (m.matches() && !m.group(1).endsWith("到")) {
            return new String[] {m.group(1), "100%"};
        }
        io.github.jixiao.target.TargetParser.Labelled l = io.github.jixiao.target.TargetParser.labelled(s);
        if (l == null) {
            return null;
        }
        TargetValue v = l.value();
        boolean floor = v.explicitComparator() && (v.comparator() == Comparator.GE || v.comparator() == Comparator.GT);
        return floor && v.isPercent() && !v.isRange() && v.low().compareTo(Checks.HUNDRED) == 0 ? new String[] {l.label(), "100%"} : null;
    }

    /** Whether the row's actual is a percent above 100: the rate can exceed it after all. */
    private static boolean actualAboveHundred(Indicator i) {
        TargetValue a = i.actualValue();
        return a != null && a.isQuantitative() && a.isPercent() && a.high() != null && a.high().compareTo(Checks.HUNDRED) > 0;
    }

    /** A rate that cannot exceed 100 % ({@link io.github.jixiao.target.RateBound#bounded}). */
    static boolean bounded(String name) {
        return io.github.jixiao.target.RateBound.bounded(name);
    }

    /**
     * Whether a rate named {@code name} would be told here that its "≥ 100%" is "= 100%" (or, a rate to keep low, that it
     * points the wrong way): indicator-target-no-comparator offers "= 100%" alone for such a bare 100 %.
     */
    static boolean cannotExceed(String name) {
        return !unbounded(name);
    }

    private static boolean unbounded(String name) {
        return io.github.jixiao.target.RateBound.unbounded(name);
    }
}
