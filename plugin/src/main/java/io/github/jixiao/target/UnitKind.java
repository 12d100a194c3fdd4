package io.github.jixiao.target;

import java.util.Set;

/**
 * What a unit measures: money, a percentage, time, a count, a length, an area, a volume, a mass, energy or power. Two
 * units of one kind (万元 and 元, 个 and 家, 天 and 个月, 万千瓦时 and 千瓦时) measure the same thing; two of different kinds
 * (万元 and %, 次 and %, 天 and 万元, 千瓦时 and 千瓦) cannot both be the unit of one figure. A unit the lists below do not
 * know (元/人, 万美元/年, 分, 级) has no kind. Session 33: the units real tables print beside their figures (万粒 in 元谋's
 * 马铃薯 table, 厘米 in 中江's 水标尺) and those of the national 指标库's terms (万千瓦时, 吨标准煤, 床位, 班次, 架次, 标准箱,
 * 人·次 …) were added, as a name's bracket is read as the row's unit only where it is a unit this knows.
 */
public enum UnitKind {
    MONEY, PERCENT, TIME, COUNT, LENGTH, AREA, VOLUME, MASS, ENERGY, POWER;

    private static final Set<String> PERCENT_UNITS = Set.of("%", "‰", "个百分点", "百分点");
    private static final Set<String> TIME_UNITS = Set.of(TargetParser.DATE_UNIT, "年", "个月", "月", "季度", "个季度", "周", "天",
            "日", "工作日", "个工作日", "小时", "分钟", "年度", "秒", "学年", "学期");
    private static final Set<String> COUNT_UNITS = Set.of("个", "家", "次", "人", "场", "项", "户", "人次", "所", "名", "篇", "份",
            "件", "条", "部", "台", "套", "处", "座", "本", "册", "张", "班", "支", "辆", "批", "期", "轮", "场次", "批次", "期次",
            "例", "位", "只", "头", "株", "棵", "间", "栋", "宗", "起", "种", "类", "门", "节", "课时", "学时", "村", "盏", "组",
            "队", "户次", "家次", "床", "口", "篇次", "册次", "粒", "床位", "张床", "班次", "架次", "车次", "航次", "标准箱", "艘",
            "艘次", "趟", "趟次", "匹", "枚", "颗", "盒", "箱", "瓶", "袋", "剂", "剂次", "针次", "个次", "幅", "所次", "笔",
            "件次", "台次", "辆次");
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
        if (unit.indexOf('·') >= 0 || unit.indexOf('・') >= 0 || unit.indexOf('‧') >= 0) {
            // 人·次, 人・次: a form's dot between the two characters of a compound unit (人次)
            String u = unit.replace("·", "").replace("・", "").replace("‧", "");
            return u.isEmpty() || u.length() == unit.length() ? null : of(u);
        }
        if (TargetParser.isMoneyUnit(unit) || unit.length() <= 3 && unit.endsWith("元") && unit.indexOf('/') < 0) {
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
