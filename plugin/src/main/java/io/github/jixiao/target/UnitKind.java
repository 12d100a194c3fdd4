package io.github.jixiao.target;

import java.util.Set;

/**
 * What a unit measures: money, a percentage, time, a count, a length, an area, a volume, a mass, energy or power. Two
 * units of one kind (万元 and 元, 个 and 家, 天 and 个月, 万千瓦时 and 千瓦时) measure the same thing; two of different kinds
 * (万元 and %, 次 and %, 天 and 万元, 千瓦时 and 千瓦) cannot both be the unit of one figure. A unit the lists below do not
 * know (万美元/年 with its 年 in a rate's place is one, 分, 级) has no kind. Session 33: the units real tables print beside their
 * figures (万粒 in 元谋's 马铃薯 table, 厘米 in 中江's 水标尺) and those of the national 指标库's terms (万千瓦时, 吨标准煤, 床位,
 * 班次, 架次, 标准箱, 人·次 …) were added, as a name's bracket is read as the row's unit only where it is a unit this knows.
 * Session 34: a rate, a unit of a known kind per one or more units of known kinds (元/人, 立方米/日, 元/平方米, 元/人*月 as
 * 濉溪 2019 prints it, 元/人·月, 元/人/月), is of its own kind, {@link #RATE}: two rates compare where they are per the same
 * thing ({@link #per}: 元/人 and 万元/人 convert, 元/人*月 and 元/人·月 are one unit) and not where they are not (元/人 and
 * 元/户: per person and per household are two measures). A count per a count that together spell a count (人/次, 户/次, as
 * a 度量单位 column writes 人次) is that count.
 */
public enum UnitKind {
    MONEY, PERCENT, TIME, COUNT, LENGTH, AREA, VOLUME, MASS, ENERGY, POWER,
    /** A quantity per something: 元/人, 立方米/日, 元/人·月 ({@link #per}). */
    RATE;

    /**
     * A rate as {@link #per} reads it: {@code of} the unit counted or paid (元, 万元, 立方米), {@code per} what it is per,
     * its parts joined by "·" whatever the form wrote between them (人*月, 人/月 and 人·月 are 人·月).
     */
    public record Rate(String of, String per) {
    }

    /** What a form writes between the parts of what a rate is per: 人*月, 人·月, 人×月, 人/月. */
    private static final String PER_SEPARATORS = "*·・‧×/";

    /**
     * {@code unit} as a rate ({@link Rate}), or null: a unit with a kind of its own before the first "/", and after it one
     * or more units each with a kind of its own (money or a percentage is no thing a rate is per), parted by
     * {@link #PER_SEPARATORS}; not a count per a count that spell a count together (人/次 is 人次).
     */
    public static Rate per(String unit) {
        int slash = unit == null ? -1 : unit.indexOf('/');
        if (slash <= 0 || slash == unit.length() - 1) {
            return null;
        }
        String of = unit.substring(0, slash);
        // neither what it counts nor any part of what it is per holds a slash (the first one parts them, and a later one
        // parts what it is per: 元/人/月), so none is itself a rate: only a kind, or none, is asked of each
        if (of(of) == null) {
            return null;
        }
        StringBuilder per = new StringBuilder();
        int from = slash + 1;
        for (int k = from; k <= unit.length(); k++) {
            if (k == unit.length() || PER_SEPARATORS.indexOf(unit.charAt(k)) >= 0) {
                String part = unit.substring(from, k);
                UnitKind kind = of(part);
                if (kind == null || kind == MONEY || kind == PERCENT) {
                    return null;
                }
                per.append(per.length() == 0 ? "" : "·").append(part);
                from = k + 1;
            }
        }
        return countSpelt(of, per.toString()) != null ? null : new Rate(of, per.toString());
    }

    /**
     * Whether two rates' {@link Rate#per()}s are per the same thing: equal, or one the other with a year beside it
     * (人·年 and 人, 户·年 and 户). A form is a year's: a figure per person in it is per person for that year, so 元/人·年
     * and 元/人 are one measure there (session 36; {@link TargetParser} compares them and the check notes the reading). A
     * month or a day is no such part (元/人·月 is a twelfth of a year's), nor is a year alone (元/年 is no rate per 人).
     */
    public static boolean samePer(String a, String b) {
        return a.equals(b) || a.length() != b.length() && (withoutYear(a).equals(b) || a.equals(withoutYear(b)));
    }

    /** {@code per} without a part that is a year (人·年 → 人, 年·人 → 人); itself where it has none, or is nothing else. */
    private static String withoutYear(String per) {
        if (per.endsWith("·年")) {
            return per.substring(0, per.length() - 2);
        }
        return per.startsWith("年·") ? per.substring(2) : per;
    }

    /**
     * The count {@code unit} spells with a slash between its two characters (人/次 → 人次, 户/次 → 户次), or null: a form's
     * 度量单位 writes 人次 so, and it counts persons' attendances, not persons per attendance.
     */
    public static String countSpelt(String unit) {
        int slash = unit == null ? -1 : unit.indexOf('/');
        return slash <= 0 || unit.indexOf('/', slash + 1) >= 0 ? null : countSpelt(unit.substring(0, slash), unit.substring(slash + 1));
    }

    private static String countSpelt(String of, String per) {
        String joined = of + per;
        return COUNT_UNITS.contains(of) && COUNT_UNITS.contains(per) && COUNT_UNITS.contains(joined) ? joined : null;
    }

    /**
     * The kind a figure in {@code unit} is counted or paid in: {@link #of}, and for a rate its {@link Rate#of()}'s kind
     * (元/人 is money, 立方米/日 a volume); null for none known.
     */
    public static UnitKind base(String unit) {
        Rate r = per(unit);
        return r != null ? of(r.of()) : of(unit);
    }

    private static final Set<String> PERCENT_UNITS = Set.of("%", "‰", "个百分点", "百分点");
    private static final Set<String> TIME_UNITS = Set.of(TargetParser.DATE_UNIT, "年", "个月", "月", "季度", "个季度", "周", "天",
            "日", "工作日", "个工作日", "小时", "分钟", "年度", "秒", "学年", "学期");
    private static final Set<String> COUNT_UNITS = Set.of("个", "家", "次", "人", "场", "项", "户", "人次", "所", "名", "篇", "份",
            "件", "条", "部", "台", "套", "处", "座", "本", "册", "张", "班", "支", "辆", "批", "期", "轮", "场次", "批次", "期次",
            "例", "位", "只", "头", "株", "棵", "间", "栋", "宗", "起", "种", "类", "门", "节", "课时", "学时", "村", "盏", "组",
            "队", "户次", "家次", "床", "口", "篇次", "册次", "粒", "床位", "张床", "班次", "架次", "车次", "航次", "标准箱", "艘",
            "艘次", "趟", "趟次", "匹", "枚", "颗", "盒", "箱", "瓶", "袋", "剂", "剂次", "针次", "个次", "幅", "所次", "笔",
            "件次", "台次", "辆次", "台套");
    private static final Set<String> LENGTH_UNITS = Set.of("米", "公里", "千米", "延米", "延长米", "延公里", "厘米", "毫米", "km");
    private static final Set<String> AREA_UNITS = Set.of("平方米", "平米", "亩", "公顷", "平方公里", "平方千米");
    private static final Set<String> VOLUME_UNITS = Set.of("立方米", "立方", "方", "升", "毫升");
    private static final Set<String> MASS_UNITS = Set.of("吨", "公斤", "千克", "斤", "市斤", "克", "毫克");
    /** Energy: electricity (千瓦时, 度 is left out: 年度, 温度), fuel as standard coal, heat. */
    private static final Set<String> ENERGY_UNITS = Set.of("千瓦时", "瓦时", "兆瓦时", "吨标准煤", "吨标煤", "吨标准煤当量", "焦耳",
            "兆焦", "吉焦", "kWh");
    private static final Set<String> POWER_UNITS = Set.of("瓦", "千瓦", "兆瓦", "吉瓦", "kW", "MW");

    /**
     * The kind of {@code unit} as {@link TargetParser} spells it ("%", "万元", "人次", {@link TargetParser#DATE_UNIT}); a
     * count, length, area or mass with 万, 亿 or 千 before it (万人次, 万亩, 万吨) is of its unit's kind; null for none
     * known (or no unit).
     */
    public static UnitKind of(String unit) {
        if (unit == null || unit.isEmpty()) {
            return null;
        }
        if (unit.indexOf('/') > 0) {
            String count = countSpelt(unit);
            return count != null ? COUNT : per(unit) != null ? RATE : null;
        }
        if (unit.indexOf('·') >= 0 || unit.indexOf('・') >= 0 || unit.indexOf('‧') >= 0) {
            // 人·次, 人・次: a form's dot between the two characters of a compound unit (人次)
            String u = unit.replace("·", "").replace("・", "").replace("‧", "");
            return u.isEmpty() || u.length() == unit.length() ? null : of(u);
        }
        if (TargetParser.isMoneyUnit(unit) || unit.length() <= 3 && unit.endsWith("元")) {
            return MONEY; // 元, 万元, 亿元, 千元, 美元, 万美元
        }
        if (PERCENT_UNITS.contains(unit)) {
            return PERCENT;
        }
        if (TIME_UNITS.contains(unit)) {
            return TIME;
        }
        UnitKind whole = kindOf(unit);
        if (whole != null) {
            return whole; // 千米, 千克, 千瓦时, 千瓦: units of their own with 千 in them
        }
        return unit.length() > 1 && (unit.charAt(0) == '万' || unit.charAt(0) == '亿' || unit.charAt(0) == '千')
                ? kindOf(unit.substring(1)) : null;
    }

    private static UnitKind kindOf(String u) {
        if (COUNT_UNITS.contains(u)) {
            return COUNT;
        }
        if (LENGTH_UNITS.contains(u)) {
            return LENGTH;
        }
        if (AREA_UNITS.contains(u)) {
            return AREA;
        }
        if (VOLUME_UNITS.contains(u)) {
            return VOLUME;
        }
        if (MASS_UNITS.contains(u)) {
            return MASS;
        }
        if (ENERGY_UNITS.contains(u)) {
            return ENERGY;
        }
        return POWER_UNITS.contains(u) ? POWER : null;
    }
}
