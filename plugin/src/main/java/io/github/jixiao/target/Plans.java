package io.github.jixiao.target;

import java.util.List;

/**
 * Words before a day or an act that make it a plan or an aim, not a fact: 预计8月10日完成, 计划于9月验收, 拟于下年支付,
 * 将于下年支付, 力争6月底前完成. The one list of every reader of a plan or a deadline's lead (session 54):
 * <ul>
 * <li>{@link TargetParser}'s deadline set in words ({@link #DEADLINE_LEADS}: 力争6月底前完成 is checked as 6月底前完成;
 * {@link #OBJECT_LEADS}: 确保资金6月底前拨付到位);</li>
 * <li>monitoring-deviation-unexplained's planned days ({@link #LEADS}: the day after one is the day planned, not the day
 * done);</li>
 * <li>the reason read in a table's problems ({@link #FUTURE_LEADS}, lint.rules.Checks#moneyReason: a clause that only plans
 * is no reason).</li>
 * </ul>
 * Until session 54 the first was TargetParser's own list (力争, 争取 … with 拟在 but not 将于 or a bare 拟), the second and the
 * third lint.rules.Plans, whose {@code FUTURE_LEADS} were its leads filtered by two words. Each lead is written here once.
 */
public final class Plans {

    private Plans() {
    }

    /**
     * The leads of a plan that say a future wherever they stand, in free text too (剩余资金将于下年支付, 结余资金预计下年拨付):
     * longest of a stem first (预计于 before 预计).
     */
    public static final List<String> FUTURE_LEADS = List.of("预计于", "预计在", "预计", "计划于", "计划在", "拟于", "将于");

    /**
     * The leads of a plan only where a day follows them: bare 计划 is also a noun ("项目计划调整，资金结转下年" gives a reason),
     * 拟 a part of words (模拟); "计划8月完成", "拟在9月验收" plan a day.
     */
    private static final List<String> DAY_ONLY_LEADS = List.of("计划", "拟在", "拟");

    /**
     * The leads of a plan before a day ({@link #FUTURE_LEADS} and the day-only ones), longest of a stem first: a match reads
     * what follows as the day planned.
     */
    public static final List<String> LEADS = longestFirst(FUTURE_LEADS, DAY_ONLY_LEADS);

    /**
     * Words that aim at a deadline, not a plan of money (力争, 争取, 确保, 务必, 要求 and the one-character 须, 应 with 于 or
     * 在 only: 应急物资… is no 应).
     */
    private static final List<String> AIM_LEADS = List.of("力争于", "力争在", "力争", "争取于", "争取在", "争取", "确保于", "确保在", "确保",
        "务必于", "务必在", "务必", "要求于", "要求在", "要求", "须于", "须在", "应于", "应在");

    /**
     * Words before a deadline in a target that aim at it or plan it ({@link #AIM_LEADS} and {@link #LEADS}): 力争6月底前完成,
     * 计划于6月底前完成, 预计6月底前完成 are checked as 6月底前完成 is. Longest of a stem first.
     */
    public static final List<String> DEADLINE_LEADS = longestFirst(AIM_LEADS, LEADS);

    /**
     * The leads of two characters or more after which what is aimed at may be named before the day (确保资金6月底前拨付到位,
     * 力争项目9月底前完工): 1 to 4 CJK characters, then the day. Not the one-character 须, 应, 拟.
     */
    public static final List<String> OBJECT_LEADS = List.of("力争", "争取", "计划", "确保", "务必", "预计");

    /** The lists joined, each word once, longer words first (a word before any word it begins: 预计于 before 预计). */
    @SafeVarargs
    private static List<String> longestFirst(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }
}
