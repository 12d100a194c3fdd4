package io.github.jixiao.target;

import java.util.List;

/**
 * A percentage target of no measured thing: the row's name states an aim (促进农村集体经济发展 ≥ 95 %, 井研 2023, t89;
 * 是否解决建档立卡人员看病难贵问题 95 %, 稷山 2020, t31), names a piece of work (工程质量管理 ≥ 95 %, 裕安 2022, t37) or an
 * effectiveness (免费开放管理制度健全、执行有效性 100%, 历城 2019, t17), and neither the name nor the target's own words
 * name what the share is of: 95 % of what? Nobody can tell whether it was met (ST-9, VAL-2). The one reading, for the lint
 * rule that says so (indicator-target-unmeasurable's aim-rate, area-rate and effectiveness-rate) and for the scorer, which
 * takes such a row's printed score as printed rather than award its points on a target it cannot measure (session 52;
 * until then the reading was the rule's own, and the scorer read "95 % beside 95 %" as met, at full points).
 */
public final class AimRate {

    private AimRate() {
    }

    /**
     * What {@link #of} reads: the rule's key ({@code aim-rate}, {@code area-rate} or {@code effectiveness-rate}) and the
     * word of the name it quotes (the aim word, the word of work, or 有效性).
     */
    public record Reading(String key, String word) {
    }

    /**
     * The reading of a row named {@code name} whose target is {@code t}: a share (a percentage, not a date) while the name
     * holds an aim word ({@link #AIM_WORDS}), or ends in a piece of work or an effectiveness ({@link #areaOf}), and
     * neither the name nor the target's words name anything measured ({@link #MEASURED}). Null otherwise, and for a row
     * without a name (what it measures may be in its category alone).
     */
    public static Reading of(String name, TargetValue t) {
        if (name == null || name.isBlank() || t == null || !t.isQuantitative() || !t.isPercent() || t.isDate()) {
            return null;
        }
        String first = AIMS.first(name);
        if (first == null) {
            first = AIM_NOUNS.first(name); // 持续发展 ≥ 95% (a name only of an aim's noun: 发展, no verb before it)
        }
        String aim = first != null ? aimWord(name, first) : areaOf(name);
        if (aim == null) {
            return null;
        }
        // a name ending in 有效性 measures an effectiveness, whatever it is of (执行有效性: the words before it name what is
        // effective, 执行 no rate of execution here): only the target's own words may name a measure. Each read alone, as
        // the two joined by a space were (no word of MEASURED or NOT_MEASURED holds a space), with no copy made (issue 17)
        if (!EFFECTIVENESS.equals(aim) && measured(name) || t.text() != null && measured(t.text())) {
            return null;
        }
        return new Reading(first != null ? "aim-rate" : EFFECTIVENESS.equals(aim) ? "effectiveness-rate" : "area-rate", aim);
    }

    /**
     * Words of an aim: what the money is to further, keep or better (促进, 保障, 提高, 改善, 可持续 …), or a problem it is
     * to solve (解决). Beside a share with nothing measured named, the name is a purpose, not an indicator (促进农村集体经济发展
     * ≥ 95 %; 是否解决建档立卡人员看病难贵问题 95 %, 稷山 2020, t31).
     */
    private static final List<String> AIM_WORDS = List.of("促进", "保障", "推动", "推进", "加强", "增强", "提高", "提升", "改善",
            "可持续", "维护", "保护", "助推", "带动", "确保", "保证", "解决");
    private static final WordSet AIMS = new WordSet(AIM_WORDS);

    /**
     * Nouns and adverbs of an aim with no verb of {@link #AIM_WORDS} before them: 发展 (development), 持续 (continuing), 增加
     * (an increase). 同心 2023's "持续发展" (t64 /8, no target) states only an aim; beside a percentage it is a share of
     * nothing named, as 促进…发展 is. Quoted only where the name holds no verb of an aim (促进农村集体经济发展 quotes 促进,
     * as before), and 增加 beside a percentage is measured ({@link #MEASURED}). Until session 53 indicator-incomplete's
     * empty-category-target-aim held these three in a list of its own beside this one.
     */
    private static final WordSet AIM_NOUNS = new WordSet(List.of("发展", "持续", "增加"));

    /**
     * Whether {@code name} states an aim: it holds a word of {@link #AIM_WORDS} or of {@link #AIM_NOUNS} and names nothing
     * measured ({@link #MEASURED}), the one reading indicator-incomplete's empty-category-target-aim reads a row's name by,
     * as {@link #of} reads a percentage's. Since session 54 a name that names its measure is none (富源 2022's
     * "解决贫困人口饮水安全问题人数", t99 /4: a count of people, its target what is missing, not an aim; 解决 has been an aim
     * word since session 53, and 提高…人数 read so before).
     */
    public static boolean statesAnAim(String name) {
        return name != null && (AIMS.first(name) != null || AIM_NOUNS.first(name) != null) && !measured(name);
    }

    /** Whether {@code words} name something measured ({@link #MEASURED}, {@link #NOT_MEASURED} taken out first). */
    static boolean measured(String words) {
        String w = words;
        for (String n : NOT_MEASURED) {
            w = w.replace(n, " ");
        }
        return MEASURED.foundIn(w);
    }

    /**
     * Words that name what a share is of, or a quantity that can change by a share: a rate or its parts (率, 比例, 占比,
     * 满意, 覆盖, 达标, 合格, 程度, 及时性 …), a count or an amount (人数, 产量, 金额, 产值, 收入, 面积, 成本 …), a change
     * (增长, 降低, 节约 …), or an event counted towards a rate (拨付, 发放, 验收, 受益, 落实 …): 足额保障率, 营养改善计划覆盖率,
     * 农民人均收入提高 5%, 确保资金及时拨付 100% all say what the share is of. 质量 is no quantity (教学质量提高), and 年度,
     * 季度, 制度, 力度 and 态度 are no measure of degree: they are taken out before these are looked for. A quality (…性)
     * is measured only where it is one a row can be checked for, with a rate of its own (及时性 → 及时率, 准确性, 完整性,
     * 规范性 …): "促进各项工作正常开展有效性 100%" (the sample, /indicators/61) names an aim's effectiveness, no share of
     * anything; nor is a bare 程度 a measure: "满意程度", "了解程度" are measured by what they are the degree of.
     */
    private static final WordSet MEASURED = new WordSet(List.of("率", "比例", "比重", "占比", "满意", "覆盖", "达标", "合格", "完成",
            "普及", "知晓", "了解", "熟悉", "认知", "到位", "执行", "度", "准确性", "完整性", "规范性", "合规性", "真实性",
            "安全性", "一致性", "精准性", "精确性", "准时性", "稳定性", "连续性", "指数", "份额", "数", "量", "额", "值", "收入", "增收", "增长", "增幅",
            "增加", "减少", "降低", "下降", "节约", "人均", "面积", "成本", "费用", "利润", "价格", "规模", "及时", "按时", "按期",
            "拨付", "发放", "支付", "兑付", "兑现", "验收", "受益", "参与", "参保", "入学", "就业", "救助", "安置", "落实", "使用"));

    /** Words holding a character of {@link #MEASURED} that measure nothing: taken out first ({@link #of}). */
    private static final String[] NOT_MEASURED = {"质量", "年度", "季度", "制度", "力度", "态度", "程度"};

    /**
     * Words that end a name naming a piece of work or a field of it, no quantity: 工程质量管理, 文明施工, 食品安全工作齐抓共管
     * (裕安 2022, t37; 甘孜, t105). A share of one is a share of nothing named, as of an aim ({@link #of}).
     */
    private static final String[] AREAS = {"管理", "施工", "工作", "共管", "有效性"};

    /**
     * The ending of a name that states an effectiveness (…执行有效性, 历城 2019, t17): whether a thing is effective is a
     * judgement, not a share, and "有效性 100%" names no rate (D4 took 有效性 out of the measured words, session 50; the
     * sample's /61 has an aim word before it). Read by {@link #areaOf} as one of {@link #AREAS}, and reported as its own
     * key, {@code effectiveness-rate}: it names no piece of work.
     */
    static final String EFFECTIVENESS = "有效性";

    /**
     * The word of {@link #AREAS} the name ends in (a last bracket, a full stop left out), or null. A scan from the end, as
     * {@code replaceAll("[（(][^（()）]*[)）]$", "")} then {@code replaceAll("[。.;；,，、\\s]+$", "")} would cut the name:
     * those compiled two expressions for every percentage row without an aim word, the rule's cost rising from 0.1 to
     * 0.39 ms a department (run.sh 200 --phases, session 50).
     */
    static String areaOf(String name) {
        String n = name.strip();
        int end = wordsEnd(n);
        for (String w : AREAS) {
            if (end >= w.length() && n.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }

    /**
     * The aim word to quote of a name that holds {@code first} ({@link #AIM_WORDS}' earliest listed): the one the name ends
     * in, its predicate ("业务保障能力提升": 提升; 保障 is part of the noun 业务保障, 重庆 融媒体 2021, t24 /18, audit s51 A6
     * row 6), else {@code first} (促进农村集体经济发展: 促进, the verb before its object).
     */
    private static String aimWord(String name, String first) {
        String n = name.strip();
        int end = wordsEnd(n);
        for (String w : AIM_WORDS) {
            if (end >= w.length() && n.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return first;
    }

    /** Where the words of {@code n} (stripped) end: before a last bracketed note and a full stop, a comma or spaces after it. */
    private static int wordsEnd(String n) {
        int end = n.length();
        if (end > 0 && (n.charAt(end - 1) == ')' || n.charAt(end - 1) == '）')) {
            int k = end - 2;
            while (k >= 0 && BRACKETS.indexOf(n.charAt(k)) < 0) {
                k--;
            }
            if (k >= 0 && (n.charAt(k) == '(' || n.charAt(k) == '（')) {
                end = k;
            }
        }
        while (end > 0 && TRAILING.indexOf(n.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** The brackets a last bracketed note is read between ({@link #areaOf}). */
    private static final String BRACKETS = "（()）";

    /** What a name may end in after its words ({@link #areaOf}): a full stop, a comma, spaces (ASCII, as regex's \\s). */
    private static final String TRAILING = "。.;；,，、 \t\n\u000B\f\r";
}
