package io.github.jixiao.target;

import java.util.List;

/**
 * The direction a bare target ("100%", "2200 篇": no comparator written) is read in, from what the indicator
 * measures: 反向 (the less the better: 控制率, 变动率, 调整率, 结转结余率, 投诉, 事故, 成本, 超支 …) means ≤;
 * 正向 (everything else: 完成率, 执行率, 利用率, 数量 …) means ≥. A bare number is how most published tables
 * write a target; reading it as "= exactly" would score 2859 篇 against 2200 篇 as missed. A bare amount of a cost
 * indicator (or an amount per unit, "1600元/亩") is its ceiling (≤), as 财预〔2021〕101号 asks a cost target to be
 * written; likewise a bare period of a 时效 indicator ("1年", "12个月", "3个工作日") is a time limit, its ceiling (≤), as
 * "24小时内" is written. A bare 0 is ≤: none of it (≥ 0 would be met by anything), but a growth rate's
 * (增长率 0%: no decline, ≥) unless it is a growth of spending (三公经费增长率: ≤). A bare date is a deadline, ≤.
 */
public final class Direction {
    private Direction() {
    }

    /**
     * Words that make a name 正向 even when it also holds a 反向 word ("成本节约率", "投诉办结率", 衡山 2020's
     * "库存成本核算率" and "利息费用保障率"; 稷山 2021's "高血压随访控制数" and "糖尿病随访控制数", patients followed up and
     * kept under control, and the 血压 / 血糖控制率 of the same service: the more the better).
     */
    static final List<String> FORWARD_OVERRIDES = List.of(
            "节约", "节省", "降低率", "下降率", "减少率", "处理率", "办结率", "回复率", "答复率", "解决率", "受理率",
            "完成率", "达标率", "合格率", "覆盖率", "及时率", "满意", "执行率", "利用率", "到位率", "使用率", "化解率",
            "整改率", "查处率", "核算率", "保障率", "随访控制", "血压控制", "血糖控制");

    /**
     * Words that make a name 反向: the less, the better (衡山 2020: "粮食安全事件发生数" 0 起, "库存粮食明显变质比例" 0; 巴南区一品街道
     * 2022: "森林受灾率" 1%, a share struck by disaster, as 成灾率 and 受害率 are: a rate, not 受灾 alone, whose people helped
     * (受灾群众救助人数) are 正向). Deaths likewise: a 死亡率, a count of deaths (死亡人数, 死亡数, 死亡病例) or a fatal accident
     * (死亡事故), not 死亡 alone, whose families helped are 正向 (昭化 2021, t133: "对符合政策法规的独生子伤残、死亡家庭进行扶助
     * 63人", the 计生 特扶 families to be helped, was read as ≤ 63 人 until session 57).
     */
    static final List<String> REVERSE = List.of(
            "控制率", "控制数", "变动率", "调整率", "调剂率", "结转结余率", "结余率", "结转率", "投诉", "事故", "成本",
            "超支", "差错", "出错", "失误", "误差", "发生率", "违规", "违纪", "违法", "逾期", "超期", "拖欠", "损失",
            "能耗", "耗时", "用时", "费用", "单价", "不合格", "缺陷", "故障", "返工", "伤亡", "死亡率", "死亡人数", "死亡数",
            "死亡病例", "死亡例数", "死亡事故", "闲置率", "空置率",
            "流失率", "辍学率", "超标", "赤字", "负债率", "欠款", "上访", "信访量", "案发", "发生数", "发生次数", "发生起数",
            "变质", "霉变", "受灾率", "成灾率", "受害率");

    /** Units of a period or a point in the year: a bare one under 时效 is a time limit (≤). */
    static final List<String> PERIOD_UNITS = List.of("年", "个月", "月", "季度", "周", "天", "日", "工作日", "个工作日", "小时", "分钟");

    /**
     * Names of a 时效 row whose period is a length to provide or to last, not a limit (开放天数 300天, 服务时长 8小时,
     * 设备质保期 3年, 培训时间 3天): ≥.
     */
    static final List<String> SERVICE_DURATION = List.of("天数", "时长", "开放", "服务时间", "运行时间", "质保", "保修", "有效期",
            "使用年限", "使用期限", "寿命", "服务期", "服务周期", "培训");

    /** ≤ when {@code indicatorName} names a 反向 quantity, else ≥. */
    public static Comparator of(String indicatorName) {
        return isReverse(indicatorName) ? Comparator.LE : Comparator.GE;
    }

    /** Whether {@code indicatorName} holds a word of {@link #FORWARD_OVERRIDES} (节约, 完成率 …). */
    private static boolean forward(String indicatorName) {
        return FORWARD_SET.foundIn(indicatorName);
    }

    /** Words of a growth whose bare 0% means "not below 0" (增长率 0%: no decline), not none. */
    static final List<String> GROWTH = List.of("增长", "增幅", "增速", "增加率", "增长率");

    /** A growth of spending (三公经费增长率, 公用经费增长率, 成本增长率) is to be held down: its 0% stays ≤. */
    private static final List<String> SPENDING = List.of("经费", "支出", "开支", "三公", "费用", "成本");

    private static boolean growth(String indicatorName) {
        return GROWTH_SET.foundIn(indicatorName) && !SPENDING_SET.foundIn(indicatorName) && !isReverse(indicatorName);
    }

    /** Whether {@code indicatorName} names a length of service to provide ({@link #SERVICE_DURATION}: 开放天数, 服务时长 …). */
    private static boolean serviceDuration(String indicatorName) {
        return SERVICE_DURATION_SET.foundIn(indicatorName);
    }

    /** The word lists above, each read in one pass over a name ({@link WordSet}). */
    private static final WordSet FORWARD_SET = new WordSet(FORWARD_OVERRIDES);
    private static final WordSet REVERSE_SET = new WordSet(REVERSE);
    private static final WordSet GROWTH_SET = new WordSet(GROWTH);
    private static final WordSet SPENDING_SET = new WordSet(SPENDING);
    private static final WordSet SERVICE_DURATION_SET = new WordSet(SERVICE_DURATION);

    /** Whether {@code indicatorName} names a quantity that should stay low. */
    public static boolean isReverse(String indicatorName) {
        return !forward(indicatorName) && REVERSE_SET.foundIn(indicatorName);
    }

    /** The cost category: 成本指标 (and 经济成本指标, or 成本 printed without its 指标) at either level. */
    public static boolean isCostCategory(String level1, String level2) {
        return level2 != null && level2.contains("成本") || level1 != null && level1.contains("成本");
    }

    /** A row's name saying it is a time or a day (完成时间, 完工日期, 时限). */
    private static final java.util.regex.Pattern TIME_NAME = java.util.regex.Pattern.compile("时间|日期|时限|期限|时效");

    /**
     * A row of a time: under the time category ({@link #isTimeCategory}) or named as a time or a day (完成时间: 宁夏 福彩
     * 2023, t61, whose 12月 is December beside 已完成).
     */
    public static boolean isTimeRow(String level2, String name) {
        return isTimeCategory(level2) || name != null && TIME_NAME.matcher(name).find();
    }

    /**
     * The time category at level 2: the one answer to "is this a 时效 row" (the binding's, {@code IndicatorFacts}'
     * L2_TIMELINESS for every lint rule, the direction read here). Every spelling of it among the real tables holds 时效:
     * 时效指标 (64 rows), 时效 (襄阳 2021, 黄石 2019), 产出时效 (吕梁 2021, t58: its 一级's name run in front), 时效值 (临沂
     * 2025), 时效目标 (宁德 2023), "时效指标 (必填)" (原州 2022), "时效指标(工期指标、形象进度指标)" (东莞 2019). Until session 50
     * the lint rules asked a stricter question (the label, normalised, equal to 时效指标 or 时效), so t58's 产出时效 rows were
     * no 时效 rows to them while the binding read them as such. 黄冈 2020's 进度指标 (t27) is not read so: a word the taxonomy
     * does not know, which indicator-category-unknown asks to be filed as 时效指标.
     */
    public static boolean isTimeCategory(String level2) {
        return level2 != null && level2.contains("时效");
    }

    /**
     * {@link #target(TargetValue, String, String, String, boolean, boolean)} for a row of the categories
     * {@code level1} / {@code level2} name (成本: a bare amount is a ceiling; 时效: a bare period is a limit).
     */
    public static TargetValue target(TargetValue parsed, String comparatorColumn, String unitColumn, String indicatorName,
                                     String level1, String level2) {
        return target(parsed, comparatorColumn, unitColumn, indicatorName, isCostCategory(level1, level2), isTimeCategory(level2));
    }

    /**
     * {@link #target(TargetValue, String, String, String, boolean)} for a row outside the cost category.
     */
    public static TargetValue target(TargetValue parsed, String comparatorColumn, String unitColumn, String indicatorName) {
        return target(parsed, comparatorColumn, unitColumn, indicatorName, false);
    }

    /**
     * The target in force as the row states it: the 指标性质 column's comparator when there is one, else the
     * direction the indicator's name implies for a bare number; the 度量单位 column where the value has no unit. In
     * the cost category ({@code costCategory}) a bare amount ("15万元", "150万") or amount per unit ("1600元/亩": a cost
     * standard, which the 衔接资金 templates write "≤475元/亩") is a ceiling, ≤, whatever the name (市民中心运行维护费,
     * 项目计划总投资, 岳阳县 2022's 财政资金补助), unless the name says it is a saving (成本节约额: ≥).
     */
    public static TargetValue target(TargetValue parsed, String comparatorColumn, String unitColumn, String indicatorName,
                                     boolean costCategory) {
        return target(parsed, comparatorColumn, unitColumn, indicatorName, costCategory, false);
    }

    /**
     * As {@link #target(TargetValue, String, String, String, boolean)}; and in the time category ({@code timeCategory})
     * a bare period ("1年", "12个月", "30天") is a time limit, ≤, unless the name says it is a length of service
     * ({@link #SERVICE_DURATION}) or is 正向 by {@link #FORWARD_OVERRIDES}.
     */
    public static TargetValue target(TargetValue parsed, String comparatorColumn, String unitColumn, String indicatorName,
                                     boolean costCategory, boolean timeCategory) {
        return target(parsed, comparatorColumn, null, unitColumn, indicatorName, costCategory, timeCategory);
    }

    /**
     * {@link #target(TargetValue, String, String, String, String, String)} with the row's 指标方向 column
     * ({@code directionColumn}: 正向 / 反向 / 正向指标 / 反向指标, or null) and its categories.
     */
    public static TargetValue target(TargetValue parsed, String comparatorColumn, String directionColumn, String unitColumn,
                                     String indicatorName, String level1, String level2) {
        return target(parsed, comparatorColumn, directionColumn, unitColumn, indicatorName, isCostCategory(level1, level2),
                isTimeCategory(level2));
    }

    /**
     * The side {@code t} would be read in were its comparator left off and no 指标方向 column printed: the direction its
     * name and categories ({@code level1} / {@code level2}) give a bare number (a cost ceiling, a time limit, a 0 as none,
     * else {@link #of}); null for what has no side of its own (a range, a date, words). The 指标方向 warning of
     * indicator-target-no-comparator holds its peace where the written comparator is this side: 正向 printed on every row
     * as a form's default (乌海 2021, 井研 2023) beside 投诉率 ≤5%, ≤0 起, a cost ceiling or a time limit.
     */
    public static Comparator nameReading(TargetValue t, String indicatorName, String level1, String level2) {
        if (!t.isQuantitative() || t.isRange() || t.isDate()) {
            return null;
        }
        return target(t.withComparator(Comparator.EQ, false), null, null, null, indicatorName, level1, level2).comparator();
    }

    /** Why a bare target is read in its direction ({@link #reading}), for the words that say so. */
    public enum Reading {
        /** ≥: the more the better (正向). */
        FORWARD,
        /** ≤: the less the better (反向: its name, its cost category or the 指标方向 column). */
        REVERSE,
        /** ≤ for a bare 0: none of it, whatever the name or a 正向 column says (≥ 0 would be met by anything). */
        NONE,
        /** ≤ for a bare period of a 时效 row: a time limit, no longer than that. */
        TIME_LIMIT,
        /**
         * ≤ for a bare amount, amount per unit or expense by its name under the cost category: a cost ceiling, no more than
         * that ({@link #reading(TargetValue, String, String, String, String)} only; session 50).
         */
        COST_CEILING,
        /**
         * = for a bare standard paid to a person or thing under the cost category ({@link #paidStandard}: 年均补助标准
         * 260元/辆, 生均公用经费 780元/生/年): paid in full at that standard, not "no more than it" (session 56).
         */
        PAID_STANDARD
    }

    /**
     * Why the bare target {@code t}, read by {@link #target}, has its comparator: ≥ is {@link Reading#FORWARD}; ≤ is
     * {@link Reading#NONE} for a 0 whose name is not 反向 or whose 指标方向 column says 正向 (the 0 read so against the
     * column or the name, not as 反向), {@link Reading#TIME_LIMIT} for a period of a 时效 row ({@code level2}), else
     * {@link Reading#REVERSE}. Before session 27 indicator-target-no-comparator called every ≤ 反向指标, also a 0 under
     * 正向 and a time limit under 正向, which contradicts the column it stands beside.
     */
    public static Reading reading(TargetValue t, String directionColumn, String indicatorName, String level2) {
        if (t.comparator() != Comparator.LE && t.comparator() != Comparator.LT) {
            return Reading.FORWARD;
        }
        boolean zero = t.low() != null && t.low().signum() == 0 && t.high() != null && t.high().signum() == 0;
        if (zero && (stated(directionColumn) == Comparator.GE || !isReverse(indicatorName))) {
            return Reading.NONE;
        }
        return isTimeCategory(level2) && (PERIOD_UNITS.contains(t.unit()) || unitlessLimit(t, indicatorName))
                ? Reading.TIME_LIMIT : Reading.REVERSE;
    }

    /**
     * As {@link #reading(TargetValue, String, String, String)}, and {@link Reading#COST_CEILING} for a ≤ that the cost
     * category gave a bare amount, amount per unit or expense by its name ({@link #target}'s cost path: 银川 2021's
     * 办公所需成本 15万元, 新田镇 2022's 每公里补助 20万元, 岳阳县 2022's 财政资金补助 1600元/亩, 甘孜's 培训费 "320 人/天"), where
     * "反向指标（越低越好）" was said of a subsidy standard as of a complaint rate (F16's left-alone, session 49). Not where the
     * 指标方向 column states the side (反向 printed is the reading then), nor a 0 or a time limit.
     */
    public static Reading reading(TargetValue t, String directionColumn, String indicatorName, String level1, String level2) {
        if (t.comparator() == Comparator.EQ && stated(directionColumn) == null && isCostCategory(level1, level2)
                && paidStandard(t, indicatorName)) {
            return Reading.PAID_STANDARD;
        }
        Reading r = reading(t, directionColumn, indicatorName, level2);
        return r == Reading.REVERSE && stated(directionColumn) == null && isCostCategory(level1, level2) && costPath(t, indicatorName)
                ? Reading.COST_CEILING : r;
    }

    /** Whether {@link #target}'s cost path reads bare {@code t} ≤ under the cost category: an amount, a cost standard, an expense. */
    private static boolean costPath(TargetValue t, String indicatorName) {
        return (t.isAmount() || t.isMoneyPerUnit() || t.unit().startsWith("/") || !t.isPercent() && costName(indicatorName))
                && !forward(indicatorName);
    }

    /**
     * A name of a standard paid to a person or thing: 补助标准, 补贴标准, 发放标准, 资助标准, 救助标准, 奖补标准, 生均…经费 (镜湖区残联
     * 2023's 年均补助标准, 临沂 2025's 生均公用经费). Not a standard met by a service's or a work's cost (培训补贴标准: a course's
     * cost per trainee, which may come in under it; 每公里补助: a road's cap), read as ceilings.
     */
    private static final java.util.regex.Pattern PAID_STANDARD_NAME =
            java.util.regex.Pattern.compile("(补助|补贴|发放|资助|救助|奖补)标准|生均\\S{0,6}经费");

    /** Words of a standard whose cost a service or a work may keep under: its ceiling stays ≤. */
    private static final java.util.regex.Pattern COST_STANDARD_NAME = java.util.regex.Pattern.compile("培训|公里|工程|建设|维修|施工");

    /**
     * Whether bare {@code t} under the cost category is a standard paid to a person or thing ({@link #PAID_STANDARD_NAME}),
     * an amount per unit (元/辆, 元/生/年): paid at that standard, "=", not a cost's ceiling "≤", where 200 元/辆 paid would
     * be met (session 56, audit A11 C5: cost-ceiling's own rationale says a subsidy standard is not the lower the better).
     */
    static boolean paidStandard(TargetValue t, String indicatorName) {
        return indicatorName != null && (t.isMoneyPerUnit() || t.unit().indexOf('/') > 0 && t.isQuantitative() && !t.isPercent())
                && PAID_STANDARD_NAME.matcher(indicatorName).find() && !COST_STANDARD_NAME.matcher(indicatorName).find();
    }

    /** A name ending in 费 / 费用 / 成本 (a bracketed note after it aside): what it names is an expense, not 免费. */
    private static final java.util.regex.Pattern COST_NAME =
            java.util.regex.Pattern.compile("(?<!免)(费|费用|成本)\\s*([（(][^（()）]*[）)])?$");

    /**
     * Whether {@code indicatorName} names an expense (检查差旅费, 培训费, 人均培训成本, 运行费用): under the cost category its
     * bare target is the expense's ceiling, ≤, whatever its unit says (甘孜 t105's 差旅费 / 培训费 "470 人/天", "320 人/天",
     * 元 a person-day with the 元 left off, were read ≥ 470 by name until session 49: a cost to be at least 470).
     */
    static boolean costName(String indicatorName) {
        return indicatorName != null && COST_NAME.matcher(indicatorName.strip()).find();
    }

    /** A name ending in 时限 (a bracketed note after it aside): 完成时限, 办结时限. */
    private static final java.util.regex.Pattern LIMIT_NAME =
            java.util.regex.Pattern.compile("时限\\s*([（(][^（()）]*[）)])?$");

    /** Whether {@code indicatorName} names a time limit (完成时限, 审批办结时限). */
    public static boolean limitName(String indicatorName) {
        return indicatorName != null && LIMIT_NAME.matcher(indicatorName.strip()).find();
    }

    /**
     * A bare figure with no unit at all on a row named a time limit (甘孜 t105's 完成时限 "1"): a period whose unit is not
     * said, or a day; either way a limit, ≤ (read ≥ 1 by its name until session 49, as if more time were the aim).
     */
    static boolean unitlessLimit(TargetValue t, String indicatorName) {
        return t.unit().isEmpty() && !t.isPercent() && !t.isRange() && (limitName(indicatorName) || periodLimitName(indicatorName));
    }

    /** A name ending in 期限, 周期 or 工期 (a bracketed note after it aside): 建设期限, 项目建设周期, 工期. */
    private static final java.util.regex.Pattern PERIOD_LIMIT_NAME =
            java.util.regex.Pattern.compile("(期限|周期|工期)\\s*([（(][^（()）]*[）)])?$");

    /**
     * Whether {@code indicatorName} names the period the work is to take (建设期限, 项目建设周期, 工期): under 时效 a bare
     * figure with no unit is a limit, ≤, as a 时限's is (read ≥ until session 50, as if a longer construction were the aim;
     * F16's left-alone). Not a period to provide or to last ({@link #SERVICE_DURATION}: 湘潭 2024's 服务周期 "180" under 时效,
     * t91, the 180 days its fog-cannon truck serves, ≥; 保修期限, 使用期限).
     */
    static boolean periodLimitName(String indicatorName) {
        return indicatorName != null && PERIOD_LIMIT_NAME.matcher(indicatorName.strip()).find() && !serviceDuration(indicatorName);
    }

    /**
     * The comparator the 指标方向 column states for a bare target: ≥ for 正向 (正向指标: the more the better), ≤ for 反向
     * (反向指标: the less the better); null for anything else (blank, or no direction word).
     */
    public static Comparator stated(String directionColumn) {
        if (directionColumn == null) {
            return null;
        }
        return switch (directionColumn.strip()) {
            case "正向", "正向指标" -> Comparator.GE;
            case "反向", "反向指标" -> Comparator.LE;
            default -> null;
        };
    }

    /**
     * As {@link #target(TargetValue, String, String, String, boolean, boolean)}, and where the row's 指标方向 column
     * ({@code directionColumn}) states the direction (正向 ≥, 反向 ≤; {@link #stated}) a bare number is read in it: the
     * table's word over the name's guess (内蒙古 乌海 2021, 四川 井研 2023 print it). A comparator written in the target or
     * in the comparator column still wins (乌海 prints "=" beside 正向); a bare date stays a deadline (乌海 prints 正向 on
     * its 时效 rows, dates: the column gives no side of a day), a bare period of a 时效 row ({@code timeCategory}: "3个工作日",
     * "12个月") is read as its name gives it, a time limit (≤) or a length of service ({@link #SERVICE_DURATION}, ≥), for
     * the same reason (乌海 prints 正向 on every row outside 成本, a form's default: read in it, a time limit of 3 days
     * became a minimum), and a bare 0 of no growth stays "none", ≤ (read ≥ 0 it is met by anything; a 正向 printed on it
     * is the form's default, not a target).
     */
    public static TargetValue target(TargetValue parsed, String comparatorColumn, String directionColumn, String unitColumn,
                                     String indicatorName, boolean costCategory, boolean timeCategory) {
        TargetValue t = parsed.withDefaultUnit(unitColumn);
        if (!t.isQuantitative() || t.explicitComparator()) {
            return t;
        }
        Comparator written = TargetParser.comparatorWord(comparatorColumn);
        if (written != null) {
            return TargetParser.withDateComparator(t, written);
        }
        if (t.isDate()) {
            return t.withComparator(Comparator.LE, false); // a bare day is a deadline: done by then
        }
        if (t.low() != null && t.low().signum() == 0 && t.high() != null && t.high().signum() == 0 && !growth(indicatorName)) {
            // a bare 0 ("0%", "0起") can only mean none: read as ≥ it is met by anything (东莞 2019 补助款结算争议率 0%)
            return t.withComparator(Comparator.LE, false);
        }
        boolean period = timeCategory && (PERIOD_UNITS.contains(t.unit()) || unitlessLimit(t, indicatorName));
        Comparator stated = stated(directionColumn);
        if (stated != null && !period) {
            // a 时效 row's bare period is read as its name gives it, as a date is: the column names no side of a period
            return t.withComparator(stated, false);
        }
        // a cost per unit with its money unit left off ("每亩300", "28.40/株": 零陵 2021, 同心 2023) is the same standard
        // and so is a cost by its name whose money unit is lost ("检查差旅费 470 人/天": 甘孜 t105, 元 a person-day)
        if (costCategory && paidStandard(t, indicatorName)) {
            // 年均补助标准 260元/辆 (镜湖区残联 2023, t125), 生均公用经费 780元/生/年 (临沂 2025, t67): paid in full at it, "="
            // (≤ until session 56, where paying less met it)
            return t.withComparator(Comparator.EQ, false);
        }
        if (costCategory && costPath(t, indicatorName)) {
            return t.withComparator(Comparator.LE, false);
        }
        if (period && !forward(indicatorName) && !serviceDuration(indicatorName)) {
            return t.withComparator(Comparator.LE, false);
        }
        return t.withComparator(of(indicatorName), false);
    }
}
