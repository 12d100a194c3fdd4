package io.github.jixiao.target;

import java.util.Set;

/**
 * What a unit measures: money, a percentage, time, a count, a length, an area, a volume or a mass. Two units of one
 * kind (万元 and 元, 个 and 家, 天 and 个月) measure the same thing; two of different kinds (万元 and %, 次 and %, 天 and
 * 万元) cannot both be the unit of one figure. A unit the lists below do not know (元/人, 万美元/年, 分, 级) has no kind.
 */
public enum UnitKind {
    MONEY, PERCENT, TIME, COUNT, LENGTH, AREA, VOLUME, MASS;

    private static final Set<String> PERCENT_UNITS = Set.of("%", "‰", "个百分点", "百分点");
    private static final Set<String> TIME_UNITS = Set.of(TargetParser.DATE_UNIT, "年", "个月", "月", "季度", "个季度", "周", "天",
            "日", "工作日", "个工作日", "小时", "分钟", "年度");
    private static final Set<String> COUNT_UNITS = Set.of("个", "家", "次", "人", "场", "项", "户", "人次", "所", "名", "篇", "份",
            "件", "条", "部", "台", "套", "处", "座", "本", "册", "张", "班", "支", "辆", "批", "期", "轮", "场次", "批次", "期次",
            "例", "位", "只", "头", "株", "棵", "间", "栋", "宗", "起", "种", "类", "门", "节", "课时", "学时", "村", "盏", "组",
            "队", "户次", "家次", "床", "口", "篇次", "册次");
    private static final Set<String> LENGTH_UNITS = Set.of("米", "公里", "千米", "延米", "km");
    private static final Set<String> AREA_UNITS = Set.of("平方米", "亩", "公顷", "平方公里", "平方千米");
    private static final Set<String> VOLUME_UNITS = Set.of("立方米", "方", "升");
    private static final Set<String> MASS_UNITS = Set.of("吨", "公斤", "千克", "斤", "克");

    /**
     * The kind of {@code unit} as {@link TargetParser} spells it ("%", "万元", "人次", {@link TargetParser#DATE_UNIT}); a
     * count, length, area or mass with 万, 亿 or 千 before it (万人次, 万亩, 万吨) is of its unit's kind; null for none
     * known (or no unit).
     */
    public static UnitKind of(String unit) {
        if (unit == null || unit.isEmpty()) {
            return null;
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
        String u = unit.length() > 1 && (unit.charAt(0) == '万' || unit.charAt(0) == '亿' || unit.charAt(0) == '千')
                && !unit.equals("千米") && !unit.equals("千克") ? unit.substring(1) : unit;
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
        return MASS_UNITS.contains(u) ? MASS : null;
    }
}
