package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

@RuleInfo(
        id = "actual-equals-target-pattern",
        severity = Severity.WARNING,
        category = Category.PLAUSIBILITY,
        stages = {Stage.SELF_EVALUATION},
        titleZh = "实际完成值大量照抄指标值",
        titleEn = "Actuals copy their targets",
        rationaleZh = "实际完成值来自统计和调查，恰好等于目标值的应是少数；带比较符的实际值（“≥266米”“2天以内”“≥90%”）是照抄目标的写法，不是实测，逐行报告；数值与目标相同的（“≥90%”对“≥90%”）计入照抄的比例，数值不同的（“>70%”对“>80%”，九亭镇 2020；“88.32%及以上”对“95%及以上”，吕梁 2021）是未达到目标，不计入，逐行说明的是实际值写成了范围而不是照抄；写成期限的（“2023年12月前”，宁德 人才驿站 2023；照抄指标值“2021年底”的“2021年底”，遂宁经开区 2021），请写实际完成的日期。大量指标（三成以上）的实际值与指标值分毫不差，或每个满意度指标都恰好等于目标，"
                + "通常说明实际值是照抄目标而非实测，满意度尤其应有调查依据。"
                + "不足十个指标的小表，至少 8 个指标、四分之三以上等于指标值的同样报告（湖北科技学院 2021：9 个中 7 个）；更小的表里几个达到 100% 的比率和政策定下的标准（每人每年 75 元）本来就等于指标值，不判断占比。"
                + "同一句完成结论（“达成预期指标”，棠溪 2022；“已完成100%”）填作多个指标值不同的指标的实际完成值的，是套话而不是实际完成情况，整表报告一次并列出这些指标，计分仍只能按所写的完成理解（没有一行写有分值的，不计分，不说这一句：boilerplate-unscored）。"
                + "照写指标值期间的（“2021.1.1-12.31”对“2021.1.1-12.31”，吕梁 2021）与期限一样，逐行请写实际完成的日期。"
                + "实际值原样照抄指标值文字的（“资源采购期以当年为主”对“资源采购期以当年为主”，黄石市图书馆 2022）同样计入，消息写明其中几个是照抄文字；达到目标时只能照写的评价词不计入：四个字以内的（“是”“合格”“及时”“专款专用”）、以“符合”“按”“不”“无”之类开头的（“符合相关规定”“不超过预算”“无安全事故”）、不分级的定性表述（“有效”“良好”“有效改善”，九亭镇 2020、吕梁 2021 的单位在其余各行如实写了未完成）以及日期、期间。"
                + "指标值本身没有比较符的（“90%”，实际值却写“≥90%”：金埠 2020），比较符不是照抄来的，提示的是实际值带比较符、说的是一个范围（copied-value；这一行没有指标值的，消息不引指标值：copied-value-no-target，红河州第二人民医院 2023 的自评报告只写完成情况，“服务对象满意度≥80%”）。没有满意度指标的，不提满意度指标的比例。"
                + "不报告（逐行）：写“=”或区间的实际值；定性实际值与目标相同（“高”对“高”，由 indicator-target-unmeasurable 处理）。"
                + "表式在实际完成值的位置印实施进度的（评分框架写明 \"actualIs\": \"progress\"，大英 2020 的“实施进度”一栏），各行都写“已完成100%”是各项都已做完时的自然写法，不按套话报告；进度百分比与指标值相同的（“100%”对“100%”）也不计入照抄的比例（自 session 56；indicator-actual-incommensurable 的 progress-column 说明这一栏按进度读）。",
        rationaleEn = "Actuals come from counts and surveys; few should equal their targets exactly. An actual that carries a comparator (\"≥ 266 m\", \"within 2 days\", \"≥90%\") copies the target's wording rather than reports a measurement: each such row is reported, and counts as a copy in the share when its value is the target's (\"≥90%\" for \"≥90%\"), not when it is another (\">70%\" for \">80%\", Jiuting 2020; 88.32% with 及以上 (or more) written after it, for a target of 95% so written, Lvliang 2021: a target missed, not copied), whose row says the actual states a range rather than that it copies the target; one written as a deadline (\"2023年12月前\" (before December 2023), Ningde 2023; the target \"2021年底\" (by the end of 2021) written back word for word, Suining economic development zone 2021) is asked for the date the work was done. When a large share (30 % or more) of indicators, or every "
                + "satisfaction indicator, reports exactly the target, the actuals were most likely copied from the targets rather than measured; satisfaction above all needs a survey behind it."
                + " A smaller table whose actuals equal their targets on three quarters of its rows or more, 8 rows at least, is reported too (Hubei University of Science and Technology 2021: 7 of 9); in a smaller one still, a few rates met at 100 % and a standard fixed by policy (75 yuan a person a year) equal their targets by nature, and no share is judged."
                + " One verdict of completion (\"达成预期指标\" (expected target reached), Tangxi 2022; \"已完成\" (done) followed by 100%) given as the actual of several rows whose targets differ is boilerplate, not what was done: the table is reported once, naming the rows, and scoring can only take the verdict as written (not said where no row prints its points, as nothing is scored: boilerplate-unscored)."
                + " An actual that writes the target's period again (\"2021.1.1-12.31\" for the same, Lvliang 2021) is, like a deadline, asked on its row for the date the work was done."
                + " An actual that writes the target's words again (\"资源采购期以当年为主\" (resources bought mainly in the year) for the same, Huangshi library 2022) counts too, and the message says how many of the equal ones are words; verdicts that a met target can only be answered with again do not: four characters or fewer (\"是\" (yes), \"合格\" (passed), \"及时\" (on time), \"专款专用\" (spent on its purpose)), a sentence opening with a verdict's word (符合 (complies with), 按 (as), 不 (not), 无 (no): \"不超过预算\" (within budget), \"无安全事故\" (no accident)), a vague qualitative word (\"有效\" (effective), \"良好\" (good), \"有效改善\" (effectively improved): Jiuting 2020 and Lvliang 2021 reported their misses on every other row), a date or a period."
                + " Where the target itself has no comparator (\"90%\", the actual \"≥90%\": Jinbu 2020), the comparator was copied from nothing, and the actual is told it states a range (copied-value; where the row has no target, the message quotes none: copied-value-no-target, Honghe No. 2 People's Hospital 2023, whose self-evaluation report gives results only, its satisfaction given as \"≥80%\"). With no satisfaction indicator, the satisfaction share is left out."
                + " Not flagged (per row): actuals written with \"=\" or as a range; qualitative actuals repeating the target (\"高\" (high) for \"高\" (high), indicator-target-unmeasurable's). Where the form prints the work's progress in the actual's place (the framework says \"actualIs\": \"progress\", Daying 2020's 实施进度 (progress) column), \"已完成\" (done) with 100% on every row is the natural answer where every row is done and is not boilerplate, and a progress percentage equal to the target (100% for 100%) is not counted as a copy (since session 56; indicator-actual-incommensurable's progress-column says the column is read as progress).",
        source = "VAL-7：中江 2022 实例（“≥266米”作为实际完成值）；参考报告（福田区科技和工业信息化局 2024）附件2 满意度评分标准（“一般采用社会调查”）；棠溪 2022、重庆 2021 实例",
        sourceEn = "VAL-7: Zhongjiang 2022 example (\"≥266 m\" as the actual); the reference report (Futian District Bureau of Science, Technology, Industry and Information Technology, 2024), Annex 2, scoring standard of satisfaction (\"usually by a social survey\"); Tangxi 2022 and Chongqing 2021 examples",
        messages = {
            @RuleInfo.Message(zh = "{0} 个适用指标中有 {1} 个（{2}）的实际完成值恰好等于指标值，{3} 个满意度指标更是全部如此。请按统计和调查数据如实填写实际完成值，并附满意度调查等佐证。",
                    en = "{1} of the {0} applicable indicators ({2}) report an actual exactly equal to the target, and so do all {3} satisfaction indicators. Fill in the actuals from counts and survey data, and attach the satisfaction survey as evidence."),
            @RuleInfo.Message(key = "share", zh = "{0} 个适用指标中有 {1} 个（{2}）的实际完成值恰好等于指标值（满意度指标 {4}/{3}）。请按统计和调查数据如实填写实际完成值。",
                    en = "{1} of the {0} applicable indicators ({2}) report an actual exactly equal to the target (satisfaction: {4} of {3}). Fill in the actuals from counts and survey data."),
            @RuleInfo.Message(key = "words", sameAs = "", details = {5, 6},
                    zh = "{0} 个适用指标中有 {1} 个（{2}）的实际完成值与指标值相同，其中 {5} 个是原样照抄指标值的文字（如“{6}”），{3} 个满意度指标更是全部如此。请按统计和调查数据如实填写实际完成值（实际做到的数量、时间或结果），并附满意度调查等佐证。",
                    en = "{1} of the {0} applicable indicators ({2}) report an actual the same as the target, {5} of them by writing the target's words again (e.g. \"{6}\"), and so do all {3} satisfaction indicators. Fill in the actuals from counts and survey data (the quantity, date or result actually reached), and attach the satisfaction survey as evidence."),
            @RuleInfo.Message(key = "share-words", sameAs = "share", details = {5, 6},
                    zh = "{0} 个适用指标中有 {1} 个（{2}）的实际完成值与指标值相同（满意度指标 {4}/{3}），其中 {5} 个是原样照抄指标值的文字（如“{6}”）。请按统计和调查数据如实填写实际完成值（实际做到的数量、时间或结果）。",
                    en = "{1} of the {0} applicable indicators ({2}) report an actual the same as the target (satisfaction: {4} of {3}), {5} of them by writing the target's words again (e.g. \"{6}\"). Fill in the actuals from counts and survey data (the quantity, date or result actually reached)."),
            @RuleInfo.Message(key = "share-no-satisfaction", zh = "{0} 个适用指标中有 {1} 个（{2}）的实际完成值恰好等于指标值。请按统计和调查数据如实填写实际完成值。",
                    en = "{1} of the {0} applicable indicators ({2}) report an actual exactly equal to the target. Fill in the actuals from counts and survey data."),
            @RuleInfo.Message(key = "share-no-satisfaction-words", sameAs = "share-no-satisfaction", details = {5, 6},
                    zh = "{0} 个适用指标中有 {1} 个（{2}）的实际完成值与指标值相同，其中 {5} 个是原样照抄指标值的文字（如“{6}”）。请按统计和调查数据如实填写实际完成值（实际做到的数量、时间或结果）。",
                    en = "{1} of the {0} applicable indicators ({2}) report an actual the same as the target, {5} of them by writing the target's words again (e.g. \"{6}\"). Fill in the actuals from counts and survey data (the quantity, date or result actually reached)."),
            @RuleInfo.Message(key = "satisfaction", zh = "{3} 个满意度指标的实际完成值全部与指标值相同（全部 {0} 个适用指标中为 {1} 个）。满意度应来自调查：请按调查结果填写实际值，并附调查佐证。",
                    en = "All {3} satisfaction indicators report an actual the same as the target ({1} of all {0} applicable indicators do). Satisfaction comes from a survey: fill in its results and attach it as evidence."),
            @RuleInfo.Message(key = "copied", zh = "指标“{0}”的实际完成值“{1}”带有比较符（指标值 {2}），是照抄的目标写法而不是实测值。请按统计或调查结果填写实际达到的数值。",
                    en = "The actual \"{1}\" of indicator \"{0}\" carries a comparator (target {2}): it copies the target's wording instead of reporting a measurement. Give the value actually reached, from counts or a survey."),
            @RuleInfo.Message(key = "copied-value", sameAs = "copied",
                    zh = "指标“{0}”的实际完成值“{1}”带有比较符，说的是一个范围，不是实际达到的数值（指标值 {2}）。请去掉比较符，按统计或调查结果写明实际达到的数值。",
                    en = "The actual \"{1}\" of indicator \"{0}\" carries a comparator: it states a range, not the value reached (target {2}). Drop the comparator and give the value actually reached, from counts or a survey."),
            @RuleInfo.Message(key = "copied-value-no-target", sameAs = "copied", unprinted = {2},
                    zh = "指标“{0}”的实际完成值“{1}”带有比较符，说的是一个范围，不是实际达到的数值；这一行也没有指标值可以对照。请去掉比较符，按统计或调查结果写明实际达到的数值。",
                    en = "The actual \"{1}\" of indicator \"{0}\" carries a comparator: it states a range, not the value reached, and the row has no target to set it against. Drop the comparator and give the value actually reached, from counts or a survey."),
            @RuleInfo.Message(key = "copied-period", sameAs = "copied",
                    zh = "指标“{0}”的实际完成值“{1}”照写了指标值的期间（指标值 {2}），说的是计划的时段，不是实际完成的日期。请填写实际完成的日期（年、月，能确定到日的写到日），未按期完成的写明原因。",
                    en = "The actual \"{1}\" of indicator \"{0}\" writes the target's period again (target {2}): the span planned, not the date the work was done. Give the date it was done (year and month, and the day where it is known), and the reason where it was late."),
            @RuleInfo.Message(key = "boilerplate",
                    zh = "{0} 个指标的实际完成值都只写了同一句“{1}”（{2}），用一句话回答了 {3} 种不同的指标值：这是套话，不是实际完成情况，看不出每一项做到了什么（计分只能按所写的完成理解，未经核实）。请逐项写明实际完成的数量、时间、质量或效果（如验收结论、调查结果）。",
                    en = "{0} indicators give one and the same sentence as their actual, \"{1}\" ({2}), in answer to {3} different targets: boilerplate, not what was done, and nothing says what each achieved (scoring can only take it as done, unchecked). Give each row what was actually achieved: the quantity, date, quality or effect (an acceptance conclusion, a survey result)."),
            @RuleInfo.Message(key = "boilerplate-unscored", sameAs = "boilerplate",
                    zh = "{0} 个指标的实际完成值都只写了同一句“{1}”（{2}），用一句话回答了 {3} 种不同的指标值：这是套话，不是实际完成情况，看不出每一项做到了什么。请逐项写明实际完成的数量、时间、质量或效果（如验收结论、调查结果）。",
                    en = "{0} indicators give one and the same sentence as their actual, \"{1}\" ({2}), in answer to {3} different targets: boilerplate, not what was done, and nothing says what each achieved. Give each row what was actually achieved: the quantity, date, quality or effect (an acceptance conclusion, a survey result)."),
            @RuleInfo.Message(key = "copied-date", sameAs = "copied",
                    zh = "指标“{0}”的实际完成值“{1}”是期限的写法（指标值 {2}），不是实际完成的日期。请填写实际完成的日期（年、月，能确定到日的写到日）。",
                    en = "The actual \"{1}\" of indicator \"{0}\" is written as a deadline (target {2}), not as the date the work was done. Give the date it was done (year and month, and the day where it is known).")
        },
        thresholds = {
            @RuleInfo.Threshold(name = "share", value = "30", unit = "%",
                    zh = "实际完成值恰好等于指标值的适用指标占比达到此值即报告", en = "share of applicable indicators whose actual equals the target from which the pattern is reported"),
            @RuleInfo.Threshold(name = "minIndicators", value = "10", unit = "个", unitEn = "indicators",
                    zh = "适用指标少于此数时不判断占比", en = "fewer applicable indicators than this say nothing about a share"),
            @RuleInfo.Threshold(name = "highShare", value = "75", unit = "%",
                    zh = "适用指标不足 minIndicators 个时，实际完成值等于指标值的占比达到此值也报告", en = "share from which the pattern is reported where there are fewer applicable indicators than minIndicators"),
            @RuleInfo.Threshold(name = "minIndicatorsHigh", value = "8", unit = "个", unitEn = "indicators",
                    zh = "适用指标少于此数时，占比再高也不判断", en = "fewer applicable indicators than this say nothing about a share, however high"),
            @RuleInfo.Threshold(name = "boilerplateRows", value = "3", unit = "个", unitEn = "indicators",
                    zh = "同一句完成结论（“达成预期指标”“已完成100%”）作为不同指标值的实际完成值，达到此行数即报告", en = "rows answering different targets with one and the same verdict (\"达成预期指标\" (expected target reached), \"已完成\" (done) followed by 100%) from which it is reported"),
            @RuleInfo.Threshold(name = "minSatisfaction", value = "3", unit = "个", unitEn = "indicators",
                    zh = "满意度指标少于此数时，全部等于指标值也不算模式", en = "fewer satisfaction indicators than this, all equal to their targets, are no pattern")
        })
public final class ActualEqualsTargetPattern implements Rule {

    @Override
    public void check(Submission submission, RuleContext ctx) {
        if (submission.document("indicators").isEmpty()) {
            return;
        }
        List<Indicator> applicable = submission.applicableIndicators();
        int equal = 0;
        int sats = 0;
        int satsEqual = 0;
        int words = 0; // of the equal ones, those whose words (not a figure) are the target's
        Indicator example = null; // one of them, quoted
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        // Checks.progress is false but in a 实施进度 column: the framework asked once, not at every row
        boolean progressColumn = ctx.framework().isPresent() && ctx.framework().get().actualIsProgress();
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & IndicatorFacts.APPLICABLE) == 0) {
                continue;
            }
            boolean copied = (b & IndicatorFacts.COPIED_COMPARATOR) != 0;
            if (copied) {
                Indicator i = facts.row(k);
                // the target's wording copied whole ("≥90%" for "≥90%"); a deadline for the date done ("2023年12月前", t59); or a
                // value of its own with a comparator ("88.32%及以上" for 95%及以上, t58; ">70%" for ">80%", t16): no copy of the target
                String key = i.actualValue().isDate() || i.targetValue().isDate() ? "copied-date"
                        // "≥90%" for a bare "90%" (金埠 2020, t56): the comparator is the actual's own, copied from no target
                        : i.targetValue().explicitComparator() && ((b & IndicatorFacts.EQUALS_TARGET) != 0 || sameValue(i)) ? "copied"
                        // a report of results with no target on the row ("服务对象满意度≥80%", 红河州第二人民医院 2023, t109):
                        // the message quoted an empty target, "（指标值 ）", until session 50
                        : Checks.blank(i.target()) ? "copied-value-no-target"
                        : "copied-value";
                ctx.report(key, i.actualSrc(), Checks.name(i), Checks.quote(i.actual()), Checks.target(i));
            } else if ((b & IndicatorFacts.ACTUAL_BLANK) == 0 && copiesPeriod(facts.row(k))) {
                // the target's period written again ("2021.1.1-12.31" for "2021.1.1-12.31", 吕梁 2021): the span, no date done
                Indicator i = facts.row(k);
                ctx.report("copied-period", i.actualSrc(), Checks.name(i), Checks.quote(i.actual()), Checks.target(i));
            } else if ((b & IndicatorFacts.ACTUAL_BLANK) == 0 && copiesDeadline(facts.row(k))) {
                // the target's deadline written again with no comparator ("2021年底" for "2021年底", 遂宁经开区 2021 /14):
                // the end of a span set as the deadline, not the date done (audit s50 A5 §3)
                Indicator i = facts.row(k);
                ctx.report("copied-date", i.actualSrc(), Checks.name(i), Checks.quote(i.actual()), Checks.target(i));
            }
            // a copied comparator is reported on its row; it counts as equal to the target only at the target's value
            // ("≥90%" for "≥90%"), not at another one (九亭镇 2020 prints ">70%" for ">80%": a miss, not a copy)
            // (not a progress figure: "100%" in a 实施进度 column beside a target of 100% is the work done, not a copy;
            // "actualIs": "progress", session 56)
            boolean eq = (b & IndicatorFacts.EQUALS_TARGET) != 0 && !(progressColumn && Checks.progress(ctx, facts.row(k)));
            // or the target's words written again ("资源采购期以当年为主" → "资源采购期以当年为主", 黄石 图书馆 2022)
            if (!eq && (b & (IndicatorFacts.T_QUALITATIVE | IndicatorFacts.T_VAGUE | IndicatorFacts.ACTUAL_BLANK))
                    == IndicatorFacts.T_QUALITATIVE && copiesWords(facts.row(k))) {
                eq = true;
                words++;
                // the first of them, or the first in words alone ("资源采购期以当年为主" says what was copied; "100%覆盖" reads
                // as a figure)
                if (example == null || io.github.jixiao.text.Chars.hasAsciiDigit(example.actual())
                        && !io.github.jixiao.text.Chars.hasAsciiDigit(facts.row(k).actual())) {
                    example = facts.row(k);
                }
            }
            if (eq) {
                equal++;
            }
            if ((b & IndicatorFacts.SATISFACTION) != 0) {
                sats++;
                if (eq) {
                    satsEqual++;
                }
            }
        }
        int n = applicable.size();
        // VAL-7: this share (percent) of applicable indicators reporting exactly their target is a pattern
        BigDecimal share100 = ctx.threshold("share");
        BigDecimal equal100 = BigDecimal.valueOf(equal).multiply(Checks.HUNDRED);
        boolean share = BigDecimal.valueOf(n).compareTo(ctx.threshold("minIndicators")) >= 0
                && equal100.compareTo(share100.multiply(BigDecimal.valueOf(n))) >= 0
                // a smaller table copied almost whole (湖北科技学院 2021: 7 of 9 rows, 100% → 100%, 99% → 99%, 95% → 95%); under
                // minIndicatorsHigh rows a few rates met at 100 % and a standard fixed by policy are no pattern (稷山 医保 2020, 鄂州
                // 2021: 5 of 6, each reporting its miss on the sixth)
                || BigDecimal.valueOf(n).compareTo(ctx.threshold("minIndicatorsHigh")) >= 0
                && equal100.compareTo(ctx.threshold("highShare").multiply(BigDecimal.valueOf(n))) >= 0;
        boilerplate(facts, ctx, submission);
        boolean allSatisfaction = sats > 0 && BigDecimal.valueOf(sats).compareTo(ctx.threshold("minSatisfaction")) >= 0 && satsEqual == sats;
        if (!share && !allSatisfaction) {
            return;
        }
        // no satisfaction row at all (萧县 2023, t22): "（满意度指标 0/0）" said nothing
        String key = share && allSatisfaction ? "" : share ? sats == 0 ? "share-no-satisfaction" : "share" : "satisfaction";
        String pct = n == 0 ? "0%" : BigDecimal.valueOf(equal).multiply(Checks.HUNDRED)
                .divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).toPlainString() + "%";
        if (words > 0 && !key.equals("satisfaction")) {
            // the count says how many of the equal actuals are words copied, with the first of them
            ctx.report(key.isEmpty() ? "words" : key + "-words", submission.src("indicators#/indicators"), n, equal, pct, sats,
                    satsEqual, words, Checks.quote(example.actual()));
            return;
        }
        ctx.report(key, submission.src("indicators#/indicators"), n, equal, pct, sats, satsEqual);
    }

    /**
     * The actual is written with a comparator (≥, ≤, >, <, 以上, 以内 …): "≥ 266 米" or "2天以内" as the 实际完成值.
     * "=" and ranges are left alone (an actual "= 100%" is still a value), and so is a count given roughly ("200余人",
     * "100多人次": read as ≥, but no target's comparator copied).
     */
    static boolean copiedComparator(Indicator i) {
        TargetValue a = i.actualValue();
        if (!a.isQuantitative() || !a.explicitComparator() || a.isRange() || TargetParser.roughly(a.text())) {
            return false;
        }
        return switch (a.comparator()) {
            case GE, LE, GT, LT -> true;
            default -> false;
        };
    }

    /**
     * The actual, a comparator and a value, has the target's value ("≥90%" for "≥90%", "≥266米" for "≥266米"): the
     * target's wording copied, whatever {@link #equalsTarget} (a single value) says.
     */
    private static boolean sameValue(Indicator i) {
        TargetValue t = i.targetValue();
        if (!t.isQuantitative() || t.isRange()) {
            return false;
        }
        BigDecimal v = TargetParser.inUnitOf(i.actualValue(), t);
        return v != null && v.compareTo(t.low()) == 0;
    }

    /**
     * Spaces and the punctuation a copy may gain or lose ("独有数据资源查询,查询范围…" typed with "，"), anywhere in the text: the
     * regular expressions' {@code \s} (space, \t, \n, \x0B, \f, \r) and these.
     */
    static final String PUNCTUATION = " \t\n\u000B\f\r\u3000，,。、；;：:“”\"'‘’！!？?（）()【】[]《》…·";

    /** Full stops, left out at the end of the text only. */
    static final String STOPS = ".．";

    /**
     * {@code text} stripped, without its spaces and punctuation ({@link #PUNCTUATION}) and the full stops ending it
     * ({@link #STOPS}, before a line terminator ending it where there is one): the words a copy is compared by. (Until
     * session 57 a regular expression's replaceAll, {@code [\s\u3000，,…·]+|[.．]+$}: issue 17, one scan now and no
     * matcher; ActualEqualsWordsScanTest holds it to that.)
     */
    static String words(String text) {
        String s = text.strip();
        int n = s.length();
        // $: the end, or before a line terminator that ends the text (strip leaves \u0085 there)
        int end = n;
        if (n > 1 && s.charAt(n - 2) == '\r' && s.charAt(n - 1) == '\n') {
            end = n - 2;
        } else if (n > 0 && "\n\r\u0085\u2028\u2029".indexOf(s.charAt(n - 1)) >= 0) {
            end = n - 1;
        }
        int stops = end; // the full stops ending the text start here
        while (stops > 0 && STOPS.indexOf(s.charAt(stops - 1)) >= 0) {
            stops--;
        }
        int k = 0;
        while (k < n && (k < stops || k >= end) && PUNCTUATION.indexOf(s.charAt(k)) < 0) {
            k++;
        }
        if (k == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, k);
        for (; k < n; k++) {
            char c = s.charAt(k);
            if ((k < stops || k >= end) && PUNCTUATION.indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A date or a period in words or figures ("2021年12月完成", "2023年12月前", "2021.1.1-12.31"). */
    private static final java.util.regex.Pattern DATED =
            java.util.regex.Pattern.compile("[0-9０-９]\\s*[年月日号]|[0-9]{4}[.．/-][0-9]{1,2}|[0-9]{1,2}[.．/-][0-9]{1,2}[.．/-][0-9]{1,2}");

    /**
     * Words that open a verdict rather than a description: compliance (符合…, 按…, 严格执行…, 控制在…, 在…内, 本着…), absence
     * (无…, 不…, 未…, 没有…), a yes or no (是, 否, 有), completion (已…, 全部…, 达…, 完成 is left: "完成六安市…" lists the work).
     */
    private static final List<String> VERDICT_HEADS = List.of(
            "符合", "按", "严格", "遵守", "执行", "控制", "在", "本着", "确保", "保证", "无", "不", "未", "没有", "是", "否", "有",
            "已", "全部", "全面", "达", "均");

    /**
     * The actual writes the target's words again, word for word (spaces and punctuation aside), where the target
     * describes what was to be delivered ("资源采购期以当年为主", "公益性事业", "100%覆盖": 黄石 图书馆 2022) rather than gives
     * a verdict that a met target is honestly answered with again. Not counted: a verdict word of four characters or
     * fewer (是 → 是, 原阳 马铃薯 2022; 合格, 及时, 达标, 专款专用); a sentence that opens with a verdict's word (符合相关规定,
     * 不超过预算, 无安全事故, 按时限完成: {@link #VERDICT_HEADS}); a vague or graded one (有效 → 有效 beside 较及时, 基本达标 and
     * 较健全 on the same 九亭镇 2020 table, a unit that reported its misses; 有效减轻 → 有效减轻, 吕梁 2021: the target sets no
     * level, an actual can but repeat it, and indicator-target-unmeasurable says so); a date or a period (2021.1.1-12.31, a
     * training year run as planned, 吕梁 2021; 2020年).
     */
    static boolean copiesWords(Indicator i) {
        String target = i.effectiveTarget();
        String actual = i.actual();
        if (target == null || actual == null) {
            return false;
        }
        TargetValue t = i.targetValue();
        if (!t.isQualitative() || t.vague() || t.graded()) {
            return false;
        }
        String words = words(target);
        if (words.codePointCount(0, words.length()) <= 4 || DATED.matcher(words).find() || !words.equals(words(actual))) {
            return false;
        }
        for (String head : VERDICT_HEADS) {
            if (words.startsWith(head)) {
                return false;
            }
        }
        return true;
    }

    /** A period of dates: a date, then a dash, 至 or 到 and another number ("2021.1.1-12.31", "2021年1月至12月", "1-12月"). */
    private static final java.util.regex.Pattern PERIOD =
            java.util.regex.Pattern.compile("[0-9０-９][年月日号.．]?\\s*[-—–~～至到]\\s*[0-9０-９]");

    /**
     * The actual writes again, word for word, a target that is a date read as a deadline by the end of a span and names no
     * day ("2021年底", "2023年末", "2022年内", "6月底": 遂宁经开区 2021's 任务完成时间, t106): the deadline set, not the day
     * the work was done, as "2023年12月前" written back is (copied-date). A month or a day written back ("2021年12月完成",
     * 银川 2021) names when it was done, and is left alone.
     */
    static boolean copiesDeadline(Indicator i) {
        String target = i.effectiveTarget();
        String actual = i.actual();
        if (target == null || actual == null || !i.targetValue().isDate() || !SPAN_END.matcher(target.strip()).matches()) {
            return false;
        }
        return words(target).equals(words(actual));
    }

    /** A year or a month and the end of its span, nothing else: 2021年底, 2023年末, 2022年内, 2022年6月底. */
    private static final java.util.regex.Pattern SPAN_END = java.util.regex.Pattern.compile(
            "(?:(?:19|20)[0-9]{2}\\s*年)?\\s*(?:[0-9]{1,2}\\s*月)?\\s*(?:底|末|内)");

    /**
     * The actual writes the target's period again, word for word ("2021.1.1-12.31" for "2021.1.1-12.31", 吕梁 护工培训 2021):
     * the span planned, not the day the work was done, as "2023年12月前" written back is a deadline (copied-date). A single
     * date written back ("2021年12月完成", 银川 2021; "2020年", 大英 民政 2020) names when it was done, and is left alone.
     */
    static boolean copiesPeriod(Indicator i) {
        String target = i.effectiveTarget();
        String actual = i.actual();
        if (target == null || actual == null || !io.github.jixiao.target.Period.mayBe(target) || !io.github.jixiao.target.Period.mayBe(actual)) {
            return false;
        }
        String words = words(target);
        return words.equals(words(actual)) && DATED.matcher(words).find() && PERIOD.matcher(words).find();
    }

    /**
     * One verdict of completion ("达成预期指标", 棠溪 2022 (two projects); "已完成100%", 大英 2020) given as the actual of
     * {@code boilerplateRows} rows or more, against targets that differ and are not the verdict's words: boilerplate, not
     * what was done (VAL-7, 重庆's "达成预期指标"). Reported once for the table, naming the rows; the largest such group.
     * A verdict that is the target's own words (完成 → 完成, 是 → 是) answers its row, and a figure ("100%" beside 98, 99,
     * 75: 城安 2020) is a result, not a verdict.
     */
    private static void boilerplate(IndicatorFacts facts, RuleContext ctx, Submission submission) {
        if (ctx.framework().isPresent() && ctx.framework().get().actualIsProgress()) {
            // a 实施进度 column ("actualIs": "progress", 大英 双心 2020, t44): "已完成100%" on every row is the natural answer
            // where every row is done, how far the work has gone and not what it achieved (session 56, s55 A10 A2);
            // indicator-actual-incommensurable's progress-column says once that the column is read so
            return;
        }
        java.util.Map<String, List<Indicator>> groups = new java.util.LinkedHashMap<>();
        // per group: the distinct words of its rows' targets ("" for none), each row's read once
        java.util.Map<String, java.util.Set<String>> targetWords = new java.util.HashMap<>();
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & IndicatorFacts.APPLICABLE) == 0 || (b & IndicatorFacts.ACTUAL_BLANK) != 0) {
                continue;
            }
            Indicator i = facts.row(k);
            if (!mayBeVerdict(i.actual())) {
                continue; // no character any verdict holds: most actuals (figures), read with no expression
            }
            String target = i.effectiveTarget();
            String actual = words(i.actual());
            if (!verdict(actual)) {
                continue;
            }
            String targetWord = target == null ? "" : words(target);
            if (target != null && targetWord.equals(actual)) {
                continue;
            }
            groups.computeIfAbsent(actual, a -> new java.util.ArrayList<>()).add(i);
            targetWords.computeIfAbsent(actual, a -> new java.util.HashSet<>()).add(targetWord);
        }
        List<Indicator> most = null;
        long mostTargets = 0;
        BigDecimal rows = groups.isEmpty() ? null : ctx.threshold("boilerplateRows");
        for (java.util.Map.Entry<String, List<Indicator>> e : groups.entrySet()) {
            List<Indicator> g = e.getValue();
            long targets = targetWords.get(e.getKey()).size();
            if (BigDecimal.valueOf(g.size()).compareTo(rows) >= 0 && targets > 1
                    && (most == null || g.size() > most.size())) {
                most = g;
                mostTargets = targets;
            }
        }
        if (most != null) {
            // no row with 分值 (大英 2020, t44: no points column, the total stated only): nothing is scored on what the rows
            // write, so the clause "计分只能按所写的完成理解" is left out (audit s49 row 6)
            ctx.report(pointed(submission) ? "boilerplate" : "boilerplate-unscored", submission.src("indicators#/indicators"),
                    most.size(), Checks.quote(most.get(0).actual()),
                    allNames(most), mostTargets);
        }
    }

    /** Whether any indicator row carries its points (分值): else no row is scored on what it writes. */
    private static boolean pointed(Submission submission) {
        for (Indicator i : submission.indicators()) {
            if (i.points() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} holds a character every verdict {@link #verdict} knows holds (达成, 完成, 竣工, 办结, 到位): a scan,
     * so that an actual that is a figure costs no expression (session 48: the verdict's and the period's expressions on every
     * row made this rule the costliest by far, 1.76 ms a department of benchmark/run.sh).
     */
    static boolean mayBeVerdict(String text) {
        if (text == null) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '达' || c == '完' || c == '竣' || c == '结' || c == '到') {
                return true;
            }
        }
        return false;
    }

    /** A verdict of completion and nothing else: 达成预期指标, 已完成, 按时完成 (Checks.ACHIEVED_WORDS), or 已完成 with 100%. */
    private static boolean verdict(String words) {
        TargetParser.ShareDone done = TargetParser.shareDone(words);
        String core = done == null ? words : done.whole() ? done.words() : null;
        return core != null && (Checks.ACHIEVED_WORDS.contains(core) || TargetParser.doneWithoutDate(core));
    }

    /** Names of the rows, quoted, each of them up to eight, then "…". */
    private static String allNames(List<Indicator> rows) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(8, rows.size());
        for (int k = 0; k < shown; k++) {
            sb.append(k > 0 ? "、" : "").append('“').append(Checks.name(rows.get(k))).append('”');
        }
        return rows.size() > shown ? sb.append('…').toString() : sb.toString();
    }

    /** The actual is a single value in the target's terms, equal to the target's single value. */
    static boolean equalsTarget(Indicator i) {
        TargetValue t = i.targetValue();
        TargetValue a = i.actualValue();
        if (!t.isQuantitative() || t.isRange() || t.isDate()) {
            return false; // done on the deadline day (2022年12月31日 for 2022年底前) is a date, not a copied figure
        }
        BigDecimal v = TargetParser.inUnitOf(a, t);
        return v != null && v.compareTo(t.low()) == 0;
    }
}
