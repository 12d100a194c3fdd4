package io.github.jixiao.lint.rules;

/**
 * Words before a day or an act that make it a plan, not a fact: 预计8月10日完成, 计划于9月验收, 拟于下年支付, 将于下年支付.
 * The one list of monitoring-deviation-unexplained's planned days (the day after one is the day planned, not the day done)
 * and of the reason read in a table's problems ({@link Checks#moneyReason}: a clause that only plans is no reason). Until
 * session 53 the second knew only its improvement words (加快, 继续 …), and "剩余资金将于下年支付" read as a reason (X1's
 * left-alone).
 */
final class Plans {

    private Plans() {
    }

    /** The leads of a plan, longest of a stem first (预计于 before 预计): a match reads what follows as the thing planned. */
    static final String[] LEADS = {"预计于", "预计在", "预计", "计划于", "计划在", "计划", "拟于", "拟", "将于"};

    /**
     * The leads that say a future wherever they stand, for reading free text ({@link Checks#moneyReason}): {@link #LEADS}
     * without bare 计划 and 拟, which are also a noun and part of words ("项目计划调整，资金结转下年" gives a reason; 模拟).
     * Before a day (monitoring's planned days) the bare ones are leads still: "计划8月完成".
     */
    static final String[] FUTURE_LEADS = java.util.Arrays.stream(LEADS).filter(l -> !l.equals("计划") && !l.equals("拟"))
            .toArray(String[]::new);
}
