package io.github.jixiao.lint.rules;

/**
 * A figure and the unit of a count, an amount, a length or a weight written into an indicator's name ("50人", "6户",
 * "320人次", "12.5万元", "1座", "3800m", "5000吨"): the outputs to deliver put in the name. The one pattern of
 * indicator-target-unmeasurable's counts-in-name (two or more beside a percentage, 保山 2022, t84) and indicator-incomplete's
 * empty-category-target-counts (one beside no target, 抚远 2022's "新建水房1座", t99). Until session 53 each rule had its
 * own, the second with the lengths, weights and structures (座 处 条 间 栋 亩 公里 米 吨) the first lacked.
 */
final class NameCounts {

    private NameCounts() {
    }

    /** A figure and its unit of a count or an amount ("50人", "1座", "2公里", "12.5万元"). */
    static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile(
            "[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*(?:人次|人|户|个|家|所|名|场|次|件|台|辆|套|项|座|处|条|间|栋|亩|公里|千米|km|米|m|吨|万元|元)");
}
