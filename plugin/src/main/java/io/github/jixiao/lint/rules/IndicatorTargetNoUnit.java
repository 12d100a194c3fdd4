package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Stage;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.Comparator;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import io.github.jixiao.target.UnitKind;
import io.github.jixiao.text.Chars;

@RuleInfo(
        id = "indicator-target-no-unit",
        severity = Severity.INFO,
        category = Category.MEASURABILITY,
        titleZh = "定量指标值没有度量单位，或与计量单位、指标性质一栏或指标名称不符",
        titleEn = "Quantitative target has no unit, or one the unit or nature column or the name contradicts",
        rationaleZh = "定量指标除指标性质和指标值外还要有度量单位：“≥200”是 200 个村、200 户还是 200%，读者只能从名称去猜，实际完成值也无从核对口径。"
                + "本规则只看写明了比较符（或指标性质一栏给出比较符）的定量指标值；连比较符也没有的裸数字由 indicator-target-no-comparator 提示（哪里都没有单位的，该规则一并要求写明单位），"
                + "按实际完成值的单位理解的指标值由 indicator-actual-incommensurable（target-unit-assumed）提示，该规则不运行时才由本规则提示，不重复提示。"
                + "指标名称末尾括注了单位的（“服务外包在岸（万美元）”“（单位：万美元）”；括注的“参保率”“省级”之类不是单位）、度量单位一栏写了单位的（“—”或数字不算）、日期、Excel 日期序列号、写成年份或年月的期间（“2023.07-2024.01”）"
                + "、时效指标中写成年份或年月的指标值（“= 2023”“≤2023.7”）和 0（“= 0”起安全事故：没有就是没有，任何单位都一样）不在此列。"
                + "名称末尾留着模板提示（“(≥**%)”）的，提示不算单位（placeholder-left 请删去提示），本规则照常提示，并按提示写出指标值应有的单位（unit-in-hint，同心 2023 的“种植作物成活率(≥**%)”配“>=85”：写作“≥ 85%”）。"
                + "名称说明了计量对象的（以“人数”“户数”“次数”“人次”之类结尾，或是以“率”“满意度”结尾的比率），也写出应有的单位（unit-named，乌海 2021 的出差人数“= 8”：写作“= 8 人”；每百万人口报告数之类按人口计的，写出按多少人口计的单位，遂宁经开区 2021 的药品不良反应每百万人口报告数“≥150”：写作“≥ 150 份/百万人口”：unit-named-per-population）。"
                + "指标值自带单位、而计量单位（度量单位）一栏写了另一种量的单位的（“28.8万元”配“%”，“5次”配“%”，“30天”配“万元”），也提示（unit-column，警告）：该栏只用来补上指标值缺的单位，两者矛盾时无从知道实际值按哪一个核对。"
                + "同一种量的单位（“万元”与“元”，“个”与“家”；“元/人”按其“元”算作金额）、认不出是哪种量的单位（“分”“级”）不在此列。"
                + "两者都是按单位计的数额、却按不同的对象计的（计量单位一栏“万元/人”，指标值“≤0.3万元/次”，乌海 2021 的出差单位成本），也提示（unit-column-per，警告）：每人和每次不是同一个量，须写明按哪一个计。"
                + "指标名称说明计的是户还是人（“……户数”“……人数”“……人次”，末尾括注“（户）”“（人）”，或以“脱贫户”“监测户”之类的户结尾），指标值的单位却计的是另一种对象的（南岳 2023 雨露计划“年度申请就学补助户数”配“>=101人/次”），也提示（unit-name，警告）：户数不能以人或人次计，人数不能以户计，无从知道实际完成值按哪一个核对。"
                + "名称中同时写了两种对象的（“受益人口户数”“脱贫户人数”）、以“入户”“到户”“用户”“客户”之类结尾的、指标值以“个”“次”之类通用量词计的，不在此列。"
                + "指标性质（指标值类型）一栏也要与指标值相符（岳阳楼区价格认证鉴定中心 2023）：写“定量”而指标值没有数字的（“按月安排”），无从按数值核对（nature-no-number，警告）；"
                + "写“定性”却有计量单位的（“应保尽保”配“%”），单位说明它其实按数量计（nature-qualitative-unit，提示）；"
                + "满意度指标（一级、二级或名称里有“满意”）常标“定性”、指标值写满意比例（“≥90%”），不在此列。"
                + "同一行已由 indicator-time-cost-unspecified（时效、成本指标没有时限或金额）或 indicator-target-unmeasurable（不分级的定性表述）因没有数值报告的，不重复提示；"
                + "以“无”“零”“全”开头（“无安全事故”“全覆盖”）或用汉字写数（“三个”）的指标值有数值，不在此列。",
        rationaleEn = "A quantitative target needs a unit besides its nature and value: whether \"≥200\" means 200 villages, 200 households or 200 % the reader "
                + "can only guess from the name, and the actual cannot be checked against it. This rule looks only at quantitative targets with a comparator "
                + "(written, or given by the nature column); a bare number without one is noted by indicator-target-no-comparator (which asks for the unit too where none is named anywhere), "
                + "and a target read in its actual's unit by indicator-actual-incommensurable (target-unit-assumed; here only where that one does not run), not twice. "
                + "A name ending in its unit in brackets (\"offshore outsourcing (10,000 USD)\", \"(unit: 10,000 USD)\"; a rate or a level in brackets, \"(insured rate)\", \"(provincial)\", is none), "
                + "a unit column naming a unit (\"—\" or a number does not), dates, "
                + "Excel date serials, periods written as years or years and months (\"2023.07-2024.01\") and a timeliness target written as a year "
                + "or a year and month (\"= 2023\", \"≤2023.7\") and a zero (\"= 0\" accidents: none is none in any unit) are not noted."
                + " A template's hint left at the end of the name (\"(≥**%)\") is no unit (placeholder-left asks for it to be removed): the target is noted as usual, with the unit the hint states written into it (unit-in-hint; Tongxin 2023's 种植作物成活率 (survival rate of the crops) (≥**%) beside \">=85\": write \"≥ 85%\")."
                + " A name saying what it counts (ending in 人数 (number of persons), 户数 (households), 次数 (times), 人次 (person-times) and the like, or a rate ending in 率 (rate) or 满意度 (satisfaction)) likewise gets the unit written out (unit-named; Wuhai 2021's 出差人数 (number of persons on business trips) \"= 8\": write \"= 8 人\" (persons); a count per head of population writes the population it is per, Suining economic development zone 2021's 药品不良反应每百万人口报告数 (adverse drug reaction reports per million population) \"≥150\": write it as 150 reports per million population, unit-named-per-population)."
                + " A target with a unit of its own beside a unit column naming a unit of another kind (288,000 yuan under \"%\", 5 times under \"%\", 30 days under 10,000 yuan) is noted too (unit-column, a warning): "
                + "the column only fills in a unit the target lacks, and when the two disagree the actual cannot be told which to be checked in. "
                + "Units of one kind (10,000 yuan and yuan, items and organisations; yuan per person counts as yuan) and units of no known kind (points, levels) are not. "
                + "Two rates per different things (a unit column of 万元/人 (10,000 yuan per person) beside a target of ≤0.3万元/次 (10,000 yuan per trip), Wuhai 2021's travel cost per unit) are noted too (unit-column-per, a warning): per person and per trip are not one measure, and which is meant must be said. "
                + "A name saying it counts households or persons (……户数 (number of households), ……人数 (number of persons), ……人次 (person-times), a bracket (户) (households) or (人) (persons) at its end, or a household word such as 脱贫户 (households lifted out of poverty) at its end) beside a target in a unit counting the other (南岳 (Nanyue) 2023's 年度申请就学补助户数 (households applying for the schooling grant) with its target in 人次 (person-times)) is noted too (unit-name, a warning): households are not counted in persons or person-times, nor persons in households, and the actual cannot be told which to be checked in. "
                + "Not where the name names both (受益人口户数 (households of the people benefiting), 脱贫户人数 (persons in households lifted out of poverty)), where it ends in 入户 (into households), 到户 (reaching households), 用户 (users), 客户 (clients) and the like, or where the target counts in a general measure word (个 (items), 次 (times)). "
                + "The 指标性质 (nature) or 指标值类型 (value type) column must agree with the target too (Yueyanglou price certification centre 2023): "
                + "定量 (quantitative) over a target with no number (按月安排 (arranged monthly)) cannot be checked against a value (nature-no-number, a warning); "
                + "定性 (qualitative) with a unit (应保尽保 (cover all who qualify) under \"%\") says it is counted after all (nature-qualitative-unit, a note), "
                + "except on a satisfaction row (满意度 (satisfaction) in the 一级 (first-level) or 二级 (second-level) category, or 满意 (satisfied) in the name), which forms commonly mark 定性 (qualitative) while its target is the share satisfied (≥90%). "
                + "A row that indicator-time-cost-unspecified (a timeliness or cost row with no time or amount) or indicator-target-unmeasurable "
                + "(a qualitative word without grades) already reports for its missing value is not noted again; a target beginning with 无 (no), 零 (zero) "
                + "or 全 (all) (无安全事故 (no safety accident), 全覆盖 (full coverage)) or with a figure in Chinese numerals (三个 (three)) has a value.",
        source = "VAL-1：四川 部门预算项目支出绩效自评表（2023年度）栏目“指标性质/指标值/度量单位”；财预〔2021〕101号 附件2 模板；岳阳楼区价格认证鉴定中心 2023 整体绩效目标表（“28.8万元”配计量单位“%”；指标值类型“定量”配“按月安排”，“定性”配“%”）",
        sourceEn = "VAL-1: Sichuan self-evaluation table for department budget project spending (2023), columns \"nature / target / unit\"; MOF Caiyu [2021] No. 101, Annex 2 template; Yueyanglou price certification centre 2023 department target table (288,000 yuan under the unit \"%\"; value type quantitative over \"arranged monthly\", qualitative under \"%\")",
        messages = {
            @RuleInfo.Message(zh = "指标“{0}”的指标值“{1}”没有度量单位。请写明单位（如“个”“户”“人次”“%”），或填写度量单位（unit）一栏。",
                    en = "The target \"{1}\" of indicator \"{0}\" has no unit. Write its unit (items, households, person-times, %…), or fill in the 度量单位 (unit) column."),
            @RuleInfo.Message(key = "unit-in-hint", sameAs = "", details = {2, 3}, zh = "指标“{0}”的指标值“{1}”没有度量单位，单位“{2}”只写在名称的模板提示里：提示删去后，指标值就看不出单位。请把单位写在指标值中，如“{3}”。",
                    en = "The target \"{1}\" of indicator \"{0}\" has no unit: the unit \"{2}\" is only in the template's hint in the name, and once the hint is removed the target says none. Write the unit in the target, e.g. \"{3}\"."),
            @RuleInfo.Message(key = "unit-named", sameAs = "", details = {2, 3}, zh = "指标“{0}”的指标值“{1}”没有度量单位；按名称计的是“{2}”。请写作“{3}”，或在度量单位（unit）一栏填写“{2}”。",
                    en = "The target \"{1}\" of indicator \"{0}\" has no unit; by its name it counts in \"{2}\". Write \"{3}\", or fill in \"{2}\" in the 度量单位 (unit) column."),
            @RuleInfo.Message(key = "unit-named-per-population", sameAs = "", details = {2, 3, 4, 5}, zh = "指标“{0}”的指标值“{1}”没有度量单位；按名称是按人口计的数，单位是“{2}”。请写作“{3}”，或在度量单位（unit）一栏填写“{2}”。",
                    en = "The target \"{1}\" of indicator \"{0}\" has no unit; by its name it counts {4}. Write \"{5}\", or fill in that unit in the 度量单位 (unit) column."),
            @RuleInfo.Message(key = "as-actual", zh = "指标“{0}”的指标值“{1}”没有度量单位，按实际完成值“{2}”的单位理解为“{3}”。请在指标值中写明单位，如“{3}”。",
                    en = "The target \"{1}\" of indicator \"{0}\" has no unit and is read in the unit of its actual \"{2}\", as \"{3}\". Write the unit in the target, e.g. \"{3}\"."),
            @RuleInfo.Message(key = "unit-column", zh = "计量单位（unit）一栏写的是“{3}”，指标“{0}”的指标值“{1}”却以“{2}”计，两者不是同一种量，无从知道按哪一个核对。请改正指标值或计量单位，使两者一致。",
                    en = "The 计量单位 (unit) column says \"{3}\", but the target \"{1}\" of indicator \"{0}\" is in \"{2}\", a quantity of another kind: which of the two the actual is checked in cannot be told. Correct the target or the unit so that they agree."),
            @RuleInfo.Message(key = "unit-column-per", zh = "计量单位（unit）一栏写的是“{3}”，是按每{5}计的；指标“{0}”的指标值“{1}”却以“{2}”计，是按每{4}计的。两者不是同一个量，无从知道实际完成值按哪一个核对。请核实是按每{4}还是按每{5}计，改正指标值或计量单位，使两者一致。",
                    en = "The 计量单位 (unit) column says \"{3}\", per \"{5}\", but the target \"{1}\" of indicator \"{0}\" is in \"{2}\", per \"{4}\": the two are not one measure, and which of the two the actual is checked in cannot be told. Check whether it is per \"{4}\" or per \"{5}\", and correct the target or the unit so that they agree."),
            @RuleInfo.Message(key = "unit-name-households", zh = "指标“{0}”按名称计的是户数，指标值“{1}”却以“{2}”计：户数不能以人或人次计，无从知道实际完成值按哪一个核对。请核实计的是户还是人：按户计的，指标值写作“{3}”；按人计的，把指标名称改为“……人数”或“……人次”。",
                    en = "By its name indicator \"{0}\" counts households (户数 (number of households)), but the target \"{1}\" is in \"{2}\": households are not counted in persons or person-times, and which of the two the actual is checked in cannot be told. Check what is counted: households, then write the target as \"{3}\"; persons, then name the indicator as a count of persons (……人数 (number of persons) or ……人次 (person-times))."),
            @RuleInfo.Message(key = "unit-name-persons", zh = "指标“{0}”按名称计的是人数，指标值“{1}”却以“{2}”计：人数不能以户计，无从知道实际完成值按哪一个核对。请核实计的是人还是户：按人计的，指标值写作“{3}”；按户计的，把指标名称改为“……户数”。",
                    en = "By its name indicator \"{0}\" counts persons (人数 (number of persons)), but the target \"{1}\" is in \"{2}\": persons are not counted in households, and which of the two the actual is checked in cannot be told. Check what is counted: persons, then write the target as \"{3}\"; households, then name the indicator as a count of households (……户数 (number of households))."),
            @RuleInfo.Message(key = "nature-no-number", zh = "指标性质（nature）一栏写的是“{2}”，指标“{0}”的指标值“{1}”却没有数值，无从按数值核对。请写明数值及单位（如“≥ 12 次”“100%”），或把指标性质改为“定性”并写明分级分档标准。",
                    en = "The 指标性质 (nature) column says {3}, but the target \"{1}\" of indicator \"{0}\" holds no number, so it cannot be checked against a value. Write the value and its unit (e.g. \"≥ 12 times\", \"100%\"), or set the nature to 定性 (qualitative) and define graded levels."),
            @RuleInfo.Message(key = "nature-qualitative-unit", zh = "指标性质（nature）一栏写的是“{2}”，指标“{0}”却有计量单位“{4}”（指标值“{1}”）：定性指标不按数量计。请删去单位，或把指标性质改为“定量”并写明数值。",
                    en = "The 指标性质 (nature) column says {3}, yet indicator \"{0}\" has the unit \"{4}\" (target \"{1}\"): a qualitative indicator is not counted. Remove the unit, or set the nature to 定量 (quantitative) and write the value.")
        })
public final class IndicatorTargetNoUnit implements Rule {

    private static final long WANTED = IndicatorFacts.APPLICABLE | IndicatorFacts.T_QUANTITATIVE | IndicatorFacts.T_EXPLICIT;

    /**
     * The rule that says a target read in its actual's unit (target-unit-assumed, a warning) where it runs, and the
     * stages it runs at, both read from its own metadata.
     */
    private static final RuleInfo INCOMMENSURABLE = IndicatorActualIncommensurable.class.getAnnotation(RuleInfo.class);
    private static final java.util.Set<Stage> INCOMMENSURABLE_STAGES = java.util.EnumSet.copyOf(java.util.List.of(INCOMMENSURABLE.stages()));

    @Override
    public void check(Submission submission, RuleContext ctx) {
        IndicatorFacts facts = IndicatorFacts.of(submission, ctx);
        // a target read in its actual's unit is that rule's target-unit-assumed, at the same cell with the same advice:
        // one defect, one finding; this rule says it (as-actual) only where that one does not run
        boolean assumedSaid = INCOMMENSURABLE_STAGES.contains(submission.stage()) && !ctx.isOff(INCOMMENSURABLE.id());
        for (int k = 0; k < facts.size(); k++) {
            long b = facts.bits(k);
            if ((b & UNIT_COLUMN_WANTED) == UNIT_COLUMN_WANTED) {
                unitColumn(facts.row(k), ctx);
                unitName(facts.row(k), ctx);
            }
            if ((b & IndicatorFacts.APPLICABLE) != 0 && (b & IndicatorFacts.T_EMPTY) == 0 && facts.row(k).columns().nature() != null) {
                nature(facts, k, ctx);
            }
            if ((b & WANTED) != WANTED) {
                continue;
            }
            Indicator i = facts.row(k);
            TargetValue t = i.targetValue();
            boolean assumed = i.targetUnitAssumed();
            if (!assumed && !t.unit().isEmpty() || assumed && assumedSaid) {
                continue; // most rows: the unit is written (checked first, before the texts below are read)
            }
            if (!needsUnit(i, b, assumed)) {
                continue;
            }
            if (assumed) { // "≥200" beside "202个": read in the actual's unit; say so, with the target it should be
                ctx.report("as-actual", i.targetSrc(), Checks.name(i), Checks.quote(i.effectiveTarget()),
                        Checks.quote(i.actual()), t.format());
            } else {
                String hint = hintUnit(i.name());
                String[] perHead = hint.isEmpty() ? perPopulation(i.name()) : null;
                String named = hint.isEmpty() && perHead == null ? namedUnit(i.name(), t) : null;
                if (perHead != null) {
                    // 遂宁经开区 2021 (t106 /11–/13): 药品不良反应每百万人口报告数 "≥150", offered "个" "户" "人次" "%" until
                    // session 51 (audit s50 A5 row 9): counted per million population, "≥ 150 份/百万人口" (unit-named's fingerprint)
                    ctx.report("unit-named-per-population", i.targetSrc(), Checks.name(i), Checks.target(i), perHead[0],
                            t.withDefaultUnit(perHead[0]).format(), perHead[1], t.format() + " " + perHead[1]);
                } else if (named != null) {
                    // 受资助本专科学生人数 "≥14726" (湖北科技学院 2021), 合格率 "≥95": the name says the unit the value left out
                    ctx.report("unit-named", i.targetSrc(), Checks.name(i), Checks.target(i), named, t.withDefaultUnit(named).format());
                } else if (hint.isEmpty()) {
                    ctx.report("", i.targetSrc(), Checks.name(i), Checks.target(i));
                } else {
                    // 同心 2023's 种植作物成活率(≥**%) ">=85": the unit is in the template's hint only, which placeholder-left
                    // asks to remove; say which unit the value then needs (the plain finding's fingerprint: session 36)
                    ctx.report("unit-in-hint", i.targetSrc(), Checks.name(i), Checks.target(i), hint, t.withDefaultUnit(hint).format());
                }
            }
        }
    }

    private static final long UNIT_COLUMN_WANTED = IndicatorFacts.APPLICABLE | IndicatorFacts.T_QUANTITATIVE;

    /**
     * The unit {@code name} says its value counts in, or null: a count unit and 数 or 人次 at its end
     * ({@link IndicatorTargetNoComparator#countedUnit}), or % for a rate (率, 满意度) whose single value is above 1 and at
     * most 100 (a rate's 1 may be the whole written as one).
     */
    static String namedUnit(String name, TargetValue t) {
        String counted = IndicatorTargetNoComparator.countedUnit(name);
        if (counted != null) {
            return counted;
        }
        return IndicatorTargetNoComparator.rateName(name) && !t.isRange() && t.low() != null
                && t.low().compareTo(java.math.BigDecimal.ONE) > 0 && t.low().compareTo(java.math.BigDecimal.valueOf(100)) <= 0 ? "%" : null;
    }

    /**
     * The unit of a count per head of population a name says, in Chinese and in English, or null: "药品不良反应每百万人口报告数"
     * counts 份 per 百万人口, reports per million population (遂宁经开区 2021, t106 /11–/13: "≥150" was offered "个" "户"
     * "人次" "%", audit s50 A5 row 9); "每万人口病例数" 例, cases. Reports and cases only: another count per head (每千人口床位数)
     * keeps the plain note.
     */
    static String[] perPopulation(String name) {
        if (name == null) {
            return null;
        }
        java.util.regex.Matcher m = PER_POPULATION.matcher(name.strip());
        if (!m.find()) {
            return null;
        }
        boolean reports = m.group(2).endsWith("报告数");
        String per = m.group(1);
        String perEn = switch (per) {
            case "百万" -> "million";
            case "十万" -> "100,000";
            case "万" -> "10,000";
            case "千" -> "1,000";
            default -> "100";
        };
        return new String[] {(reports ? "份" : "例") + "/" + per + "人口", (reports ? "reports" : "cases") + " per " + perEn + " population"};
    }

    /** 每百万人口…报告数, 每万人口…病例数 at a name's end: the head count it is per, and what is counted. */
    private static final java.util.regex.Pattern PER_POPULATION = java.util.regex.Pattern.compile(
            "每(百万|十万|万|千|百)人口?([^每]{0,12}(?:报告数|例数))$");

    /**
     * Whether a quantitative target with no unit of its own ({@code assumed}: read in its actual's unit) names its unit
     * nowhere else and needs one: a 度量单位 cell holding no unit ("—", or the number again: TargetParser.unitOf) names
     * none, a unit in brackets at the end of the name does; a date, a zero, an Excel date serial on a 时效 row, a period
     * of years and months and a 时效 row's year or month need none.
     */
    private static boolean needsUnit(Indicator i, long b, boolean assumed) {
        TargetValue t = i.targetValue();
        if (t.isDate() || !TargetParser.unitOf(i.columns().unit()).isEmpty() || unitInName(i.name())
                || !assumed && numberWithUnitInName(i.name(), t)) {
            return false;
        }
        if (!assumed && !t.isRange() && t.low() != null && t.low().signum() == 0) {
            return false; // "= 0" (安全事故, 投诉): none of anything is the same in every unit
        }
        if ((b & IndicatorFacts.L2_TIMELINESS) != 0 && TargetParser.excelDate(t) != null) {
            return false; // 乌海 2021's "= 44,561": indicator-time-cost-unspecified's date-serial names its day
        }
        if (!assumed && (t.isRange() && year(t.low()) && year(t.high()) || yearMonth(t.low()))) {
            return false; // 湘潭 2023's 服务周期 "2023.07-2024.01": a period written as years and months, not a count
        }
        // a 时效 row's "= 2023" (完成年度) or "≤2023.7" (a one-digit month): a year or a month, not a count
        return assumed || (b & IndicatorFacts.L2_TIMELINESS) == 0 || t.isRange() || !yearOrMonth(t.low());
    }

    /**
     * Whether the name writes the target's own number with its unit after it: 南华 的 "配套电力设施1250KVA变压器3台"
     * beside "3" names its 台 (t49), "建设3个村" beside "3" its 个. The number must stand alone in the name (not the 3 of
     * "1250" or of "3.5"), and a unit must follow it at once ({@link TargetParser#unitOf} of the next one to four
     * characters).
     */
    static boolean numberWithUnitInName(String name, TargetValue t) {
        if (name == null || t.low() == null || t.isRange()) {
            return false;
        }
        String number = t.low().stripTrailingZeros().toPlainString();
        for (int from = name.indexOf(number); from >= 0; from = name.indexOf(number, from + 1)) {
            int end = from + number.length();
            if (from > 0 && numeral(name.charAt(from - 1)) || end >= name.length() || numeral(name.charAt(end))) {
                continue;
            }
            for (int k = 1; k <= 4 && end + k <= name.length(); k++) {
                if (!TargetParser.unitOf(name.substring(end, end + k)).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean numeral(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }

    /**
     * Whether a bare number with no comparator (indicator-target-no-comparator's) names no unit either: not in itself,
     * not in the 度量单位 column, not at the end of the name, and is none of what needs none ({@link #needsUnit}). That
     * rule then asks for the unit with the direction (no-unit): 湘潭 2024's 配备车辆数 "10" and 服务周期 "180". A target
     * read in its actual's unit has one (indicator-actual-incommensurable's target-unit-assumed says which).
     */
    static boolean bareWithoutUnit(Indicator i, long b) {
        return !i.targetUnitAssumed() && i.targetValue().unit().isEmpty() && needsUnit(i, b, false);
    }


    /**
     * A target with a unit of its own beside a 计量单位 column naming a unit of another kind ({@link UnitKind}: money, %,
     * time, a count …): 岳阳楼区价格认证鉴定中心 2023's 业务工作支出安排金额 "28.8万元" under 计量单位 "%". The column only
     * fills in a missing unit, so the row was read as 28.8 万元 without a word; which of the two the actual is to be
     * checked in cannot be told. Units of one kind (万元 and 元, 个 and 家) are no contradiction, nor is a unit no kind is
     * known of (分, 级), a column naming none ("—"), or a target read in its actual's unit (that one is the actual's). A
     * rate is taken by what it counts or pays ({@link UnitKind#base}): "500元/人" under 元 or 万元 left the per person out
     * of the column, no contradiction; "28.8万元/人" under "%" is one.
     */
    private static void unitColumn(Indicator i, RuleContext ctx) {
        String column = i.columns().unit();
        if (column == null || column.isBlank() || i.targetUnitAssumed()) {
            return;
        }
        String own = i.targetValue().unit();
        String named = TargetParser.unitOf(column);
        if (own.isEmpty() || named.isEmpty() || own.equals(named)) {
            return; // most rows: the target's unit is the column's (or was filled in from it)
        }
        UnitKind a = UnitKind.base(own);
        UnitKind c = UnitKind.base(named);
        if (a != null && c != null && a != c) {
            ctx.report(Severity.WARNING, "unit-column", i.targetSrc(), null, Checks.name(i), Checks.quote(i.effectiveTarget()),
                    own, Checks.quote(column.strip()));
        } else if (a != null && a == c && own.indexOf('/') > 0 && named.indexOf('/') > 0) {
            // 出差单位成本 "≤0.3万元/次" under 万元/人 (乌海 2021's column, session 36): the same money, per two things; the
            // column does not fill in the target's unit, so nothing said which the actual is to be checked in
            UnitKind.Rate ra = UnitKind.per(own);
            UnitKind.Rate rc = UnitKind.per(named);
            if (ra != null && rc != null && !UnitKind.samePer(ra.per(), rc.per())) {
                ctx.report(Severity.WARNING, "unit-column-per", i.targetSrc(), null, Checks.name(i),
                        Checks.quote(i.effectiveTarget()), own, Checks.quote(column.strip()), ra.per(), rc.per());
            }
        }
    }

    /** Count units of households (户, 户次) and of persons (人, 名, 位, 人次), each with or without 万 before it. */
    private static final java.util.Set<String> HOUSEHOLD_UNITS = java.util.Set.of("户", "户次");
    private static final java.util.Set<String> PERSON_UNITS = java.util.Set.of("人", "名", "位", "人次");

    /**
     * What an indicator's name ends with saying it counts, after any bracket and 数量 / 数: households ("…户数", "(户)",
     * "脱贫户") or persons ("…人数", "…人次", "(人)"); 0 for neither. A name ending in 户 where the 户 is not the thing
     * counted (入户, 到户, 进户, 落户, 开户, 用户, 账户, 门户, 窗户, 客户) counts no households.
     */
    static char counted(String name) {
        if (name == null) {
            return 0;
        }
        String bracket = TargetParser.unitInName(name);
        if (!bracket.isEmpty()) {
            return countOf(bracket);
        }
        String n = name.strip();
        int open = Chars.lastBracket(n);
        if (open > 0) {
            n = n.substring(0, open).strip(); // 受益户数（累计）: what the bracket says is no unit
        }
        if (n.endsWith("数量")) {
            n = n.substring(0, n.length() - 2);
        } else if (n.endsWith("数")) {
            n = n.substring(0, n.length() - 1);
        } else if (n.endsWith("户") && n.length() > 1 && "入到进落开用账门窗客".indexOf(n.charAt(n.length() - 2)) >= 0) {
            return 0;
        }
        return n.endsWith("户") ? 'H' : n.endsWith("人") || n.endsWith("人次") ? 'P' : 0;
    }

    /** 'H' for a unit counting households, 'P' persons (万 or 亿 before either, 人/次 as 人次), else 0. */
    private static char countOf(String unit) {
        String spelt = UnitKind.countSpelt(unit);
        String u = spelt != null ? spelt : unit.replace("·", "");
        if (u.length() > 1 && (u.charAt(0) == '万' || u.charAt(0) == '亿')) {
            u = u.substring(1);
        }
        return HOUSEHOLD_UNITS.contains(u) ? 'H' : PERSON_UNITS.contains(u) ? 'P' : 0;
    }

    /**
     * A name that counts households beside a target in persons, or one that counts persons beside a target in households
     * ({@link #counted}; 南岳 2023's 年度申请就学补助户数 ">=101人/次"): the two cannot both be what is counted. Not where the
     * name names the target's thing too (受益人口户数, 脱贫户人数), nor a target in a general measure word (个, 次), nor a
     * target read in its actual's unit.
     */
    private static void unitName(Indicator i, RuleContext ctx) {
        String own = i.targetValue().unit();
        if (own.isEmpty() || i.targetUnitAssumed() || i.targetValue().isDate()) {
            return;
        }
        char target = countOf(own);
        if (target == 0) {
            return; // most rows: a unit counting neither
        }
        char name = counted(i.name());
        if (name == 0 || name == target || i.name().indexOf(target == 'H' ? '户' : '人') >= 0) {
            return;
        }
        String prefix = own.startsWith("万") || own.startsWith("亿") ? own.substring(0, 1) : "";
        String as = i.targetValue().format().replace(own, prefix + (name == 'H' ? "户" : "人"));
        ctx.report(Severity.WARNING, name == 'H' ? "unit-name-households" : "unit-name-persons", i.targetSrc(), null,
                Checks.name(i), Checks.quote(i.effectiveTarget()), own, as);
    }

    /**
     * The 指标性质 / 指标值类型 column against the target (岳阳楼区价格认证鉴定中心 2023): 定量 over a target with no number
     * ("按月安排"), a warning; 定性 with a unit, in the 计量单位 column or in the target ("应保尽保" under "%"), a note. A
     * 定量 row whose missing number another rule already reports is left to it (one defect, one finding): a 时效 row
     * (indicator-time-cost-unspecified's time, or a period word that is its measure), a cost row that is money
     * (its cost), a vague, question-like or goal-verb target (indicator-target-unmeasurable). A target beginning 无, 零
     * or 全 (无安全事故, 全覆盖) or with a figure in Chinese numerals has a value.
     */
    private static void nature(IndicatorFacts facts, int k, RuleContext ctx) {
        Indicator i = facts.row(k);
        long b = facts.bits(k);
        String nature = i.columns().nature().strip();
        TargetValue t = i.targetValue();
        if (nature.startsWith("定量")) {
            if ((b & IndicatorFacts.T_QUALITATIVE) == 0 || io.github.jixiao.text.Chars.hasDigit(t.text())) {
                return;
            }
            String text = t.text().strip();
            if (text.isEmpty() || "无零全".indexOf(text.charAt(0)) >= 0 || IndicatorTargetUnmeasurable.chineseFigure(text)) {
                return;
            }
            boolean costRow = (b & (IndicatorFacts.L1_COST | IndicatorFacts.L2_COST)) != 0
                    && !IndicatorTimeCostUnspecified.notMoney(i.level2())
                    && !IndicatorTimeCostUnspecified.notMoneyName(i.name());
            if ((b & IndicatorFacts.L2_TIMELINESS) != 0 || costRow || (b & IndicatorFacts.T_VAGUE) != 0
                    || IndicatorTargetUnmeasurable.noValue(i) != null || IndicatorTargetUnmeasurable.goalVerb(i) != null) {
                return;
            }
            ctx.report(Severity.WARNING, "nature-no-number", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()), nature,
                    nature + " (quantitative)");
        } else if (nature.startsWith("定性") && !satisfaction(i, b)) {
            String column = i.columns().unit() == null ? "" : TargetParser.unitOf(i.columns().unit());
            String unit = !column.isEmpty() ? i.columns().unit().strip() : t.isQuantitative() && !i.targetUnitAssumed() ? t.unit() : "";
            if (!unit.isEmpty()) {
                ctx.report(Severity.INFO, "nature-qualitative-unit", i.targetSrc(), null, Checks.name(i), Checks.quote(t.text()),
                        nature, nature + " (qualitative)", unit);
            }
        }
    }

    /**
     * A satisfaction row (满意度 in the 一级 or 二级, or 满意 in the name: 群众满意度, 服务对象满意率, 群众满意程度): forms
     * commonly mark it 定性, as what it measures is an opinion, while its target is the share of those surveyed who are
     * satisfied (≥ 90%); the 定性 beside a % there says nothing wrong (review v27, item 9).
     */
    private static boolean satisfaction(Indicator i, long b) {
        return (b & IndicatorFacts.SATISFACTION_ROW) != 0 || i.name() != null && i.name().contains("满意");
    }

    private static final java.math.BigDecimal YEAR_FROM = java.math.BigDecimal.valueOf(1990);
    private static final java.math.BigDecimal YEAR_TO = java.math.BigDecimal.valueOf(2100);

    /** A number that reads as a year, or a year and month ("2023", "2023.07"): the ends of a range of them is a period. */
    private static boolean year(java.math.BigDecimal v) {
        return v != null && v.compareTo(YEAR_FROM) >= 0 && v.compareTo(YEAR_TO) < 0;
    }

    /** A year and month alone ("2023.07", "2024.12"); a whole number ("≥2000" households) may be a count. */
    private static boolean yearMonth(java.math.BigDecimal v) {
        if (!year(v) || v.scale() != 2) {
            return false;
        }
        int month = v.remainder(java.math.BigDecimal.ONE).movePointRight(2).intValue();
        return month >= 1 && month <= 12;
    }

    /** A year ("2023") or a year and month with a one- or two-digit month ("2023.7", "2023.07"). */
    private static boolean yearOrMonth(java.math.BigDecimal v) {
        if (!year(v)) {
            return false;
        }
        if (v.scale() <= 0) {
            return true;
        }
        int month = v.remainder(java.math.BigDecimal.ONE).movePointRight(v.scale()).intValue();
        return v.scale() == 1 ? month >= 1 : yearMonth(v);
    }

    /**
     * The template's hint at the end of {@code name} as printed, inside its bracket ("≥米", "≥**平方米"), where {@link
     * #hintUnit(String)} reads one; null otherwise (placeholder-left template-mark-name quotes it).
     */
    static String hintText(String name) {
        if (name == null || hintUnit(name).isEmpty()) {
            return null;
        }
        String n = name.strip();
        return n.substring(Chars.lastBracket(n) + 1, n.length() - 1).strip();
    }

    /**
     * The unit a template's hint at the end of a name states ("(≥**%)", "( ≥**个 )", "(≤**元/株)": % , 个, 元/株), where it
     * is a unit {@link TargetParser#unitInName} would read in brackets; "" for none. The hint is not the row's unit (it is
     * to be removed from the name: placeholder-left template-mark-name), only what the target's missing unit is. A bracket
     * of a comparator and a unit with no figure and no stars ("排污沟(≥米)", "投入资金(≥万元)": 昌宁 2022, 施甸 2021) is the
     * same hint: one reading for every rule that asks (since session 53; until then only no-unit-hint read it so, and
     * placeholder-left and budget-restated did not: audit s53 A8 rows C3, E1). A bare target beside such a hint is told its
     * unit is only in the name (indicator-target-no-comparator no-unit-hint, session 52).
     */
    static String hintUnit(String name) {
        if (name == null) {
            return "";
        }
        String n = name.strip();
        int end = n.length() - 1;
        int open = Chars.lastBracket(n);
        if (end < 3 || open < 0) {
            return "";
        }
        String in = n.substring(open + 1, end).strip();
        int k = 0;
        while (k < in.length() && Comparator.sign(in.charAt(k))) {
            k++;
        }
        int stars = k;
        while (k < in.length() && (in.charAt(k) == '*' || in.charAt(k) == '＊')) {
            k++;
        }
        // a figure after the comparator ("(≥95%)", "（≥3000元）") is a target written into the name, not the template's hint
        // one asterisk ("(≥*户)") is neither the template's ** nor a bracket with the stars left out
        return stars == 0 || k - stars == 1 || k == in.length() || Chars.hasDigit(in.substring(k)) ? ""
                : TargetParser.unitInName("(" + in.substring(k).strip() + ")");
    }

    /**
     * Whether the name ends with its unit in brackets: "服务外包在岸(万美元)", "培训人数（人次）", "服务外包在岸（单位：万美元）"
     * ({@link TargetParser#unitInName}).
     */
    static boolean unitInName(String name) {
        return !TargetParser.unitInName(name).isEmpty();
    }
}
