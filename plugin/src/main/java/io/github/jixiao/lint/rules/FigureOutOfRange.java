package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.TreeRule;
import io.github.jixiao.lint.TreeWalk;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.load.Pointers;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Figure;
import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Quarter;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NumericNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

@RuleInfo(
        id = "figure-out-of-range",
        severity = Severity.ERROR,
        category = Category.PLAUSIBILITY,
        titleZh = "金额为负、大得与单位不符，或累计比例远超 100%",
        titleEn = "Negative amount, an amount too large for its unit, or cumulative rate far above 100%",
        rationaleZh = "预算、支出、结转、采购等金额不可能为负（只有调整金额以负数表示调减）；季度累计执行进度和全年执行率是占全年预算的比例，"
                + "远超 100% 不是真实数据。格式允许这些数（金额与调减共用一种写法，比率的上限很宽），评分却会照用，因此单独检查。"
                + "项目资金块以万元填列（自评表印“项目资金（万元）”）而金额达到 1 万亿元（10^8 万元）以上的，"
                + "不是一个项目的资金，多半是按元填在了万元栏里（九亭镇 2020：一个镇的项目 145000000.00 万元，即 1.45 万亿元）；"
                + "中央对地方转移支付等中央项目可以超过 1000 亿元，所以上限定在 1 万亿元；"
                + "每个资金块报告一次，在第一个这样的金额处。部门预算、任务预算等带单位的金额（{\"value\": …, \"unit\": \"万元\"}）同样检查："
                + "一个部门（单位）的全部预算也到不了 1 万亿元（那是一个省全年一般公共预算支出的量级），所以上限同为 1 万亿元，"
                + "每个文件报告一次，在第一个这样的金额处。执行率只看比例，不受影响，所以这是警告。"
                + "市县级单位（名称中没有省、厅、自治区等，也不是中央单位）的资金块达到 100 亿元、而同一报送中另有金额小到其 1/1000 以下的，"
                + "也多半是按元填在了万元栏里，作提示。单看金额不够：深圳、广州等副省级市和北京、上海的区的局，一个部门的资金确可超过 100 亿元，"
                + "按名称列举这些城市也列不全（苏州、郑州等），所以须有同一报送中的另一金额佐证：依次取 budget.json 的全年预算（fullYearBudget）、"
                + "年初预算（initialBudget）、tasks.json 各任务预算数之和、资金块“其中”各行中同一栏的最大数（仅当达到此数的是合计行时），"
                + "用第一个有的。按元误填会差 10000 倍；任务或“其中”一行只是整体的一部分，取 1000 倍，部分须小于整体的千分之一才会误报。"
                + "没有这样的另一金额时，单位的类别也可以佐证：党史和地方志、政策研究、文史、参事机构，文联、社科联、侨联、工商联，台办、编办这类市县级单位，"
                + "一年的资金只是人员和办公经费，几百万元（宁德方志委 2019 年 171.41 万元），"
                + "深圳、上海的同类单位也到不了 10 亿元（阈值 officeFundsCeiling），资金块中的金额达到 10 亿元的，就是表头单位为万元而金额按元填写，作警告"
                + "（宁德 2018 方志委：2751417.82“万元”，即 275 亿元，按元计为 275 万元；表中各金额同按元填写、没有别的金额）。"
                + "科协（管着科技馆）、档案馆（新馆建设）等会有大额建设项目的单位不在此列；省级、中央单位（中国科协）也不在此列。"
                + "真实的表中，市县级单位资金块最大的是广水市教育局 2023 年的 122641.5 万元（12.26 亿元），不是这些类别。",
        rationaleEn = "Budgets, spending, carry-overs and procurement cannot be negative (only an adjustment amount is negative, for a cut); the cumulative "
                + "quarterly execution and the annual execution rate are shares of the full-year budget, and far above 100% they are not real data. "
                + "The format lets such numbers through (money is written alike for cuts, and rates have a wide ceiling) while scoring would use them. "
                + "A project's funds block in 10,000 yuan (the self-evaluation table prints its funds in 10,000 yuan) holding an amount of "
                + "1 trillion yuan (10^8 × 10,000 yuan) or more is no project's money: it is most likely an amount in yuan typed under a "
                + "heading in 10,000 yuan (Jiuting 2020: a township's project at 145000000.00 × 10,000 yuan, 1.45 trillion yuan). A central "
                + "project such as a transfer payment to local governments can exceed 100 billion yuan, hence the ceiling of 1 trillion. Reported "
                + "once per funds block, at the first such amount. The amounts written with their unit (a {value, unit} object in 10,000 yuan: a "
                + "department's budget and spending, a task's budget) are checked alike: no department's whole budget reaches 1 trillion "
                + "yuan either (the order of a whole province's general public budget spending for a year), so the ceiling is the same, "
                + "and each file is reported once, at its first such amount. A warning, as the execution rate takes only the ratio. "
                + "A funds block of 10 billion yuan or more of a body below the provincial level (no 省 (province), 厅 (provincial department), "
                + "自治区 (autonomous region) … in its name, and not a central body) is most likely in yuan too when another amount of the same "
                + "submission is a thousandth of it or less: a hint. The amount alone is not enough: a bureau of a sub-provincial city (Shenzhen, "
                + "Guangzhou) or of a Beijing or Shanghai district can hold more than 10 billion yuan, and a list of such cities by name is never "
                + "complete (Suzhou, Zhengzhou), so another amount of the submission must bear it out: the first there is of budget.json's "
                + "full-year budget (fullYearBudget), its initial budget (initialBudget), the tasks' budgets in tasks.json added up, and the largest "
                + "amount of the same column among the block's component rows (only when the amount is the total row's). Yuan typed as 10,000 yuan "
                + "is a factor of 10,000; a task or a component is a part of the whole, hence a factor of 1,000: a part would have to be under a "
                + "thousandth of the whole to be taken for a slip. Without such a second amount, the kind of body can bear it out: a party "
                + "history and gazetteer office, a policy research, history or counsellors' office, a federation of literary and art circles, "
                + "of social sciences, of returned overseas Chinese or of industry and commerce, a Taiwan affairs office or an establishment "
                + "office below the provincial level spends its staff's and its office's money, a few million yuan a year (Ningde chronicles "
                + "office 2019: 171.41 × 10,000 yuan), and never 1 billion yuan even in Shenzhen or Shanghai (threshold officeFundsCeiling): an amount of "
                + "its funds block at or above that is yuan under a heading in 10,000 yuan, a warning (Ningde 2018 chronicles office: "
                + "2751417.82 \"10,000 yuan\", 27.5 billion yuan, in yuan 2.75 million; every amount of its table typed alike, no other "
                + "amount). A science association (which runs a science museum) or an archive (a new archive building) may have a large "
                + "building project, and is left out; so are provincial and central bodies (the China Association for Science and "
                + "Technology). Among the real tables, the largest funds block of a body below the provincial level is Guangshui education "
                + "bureau 2023's 122641.5 × 10,000 yuan (1.23 billion yuan), none of these kinds.",
        source = "财预〔2013〕53号 附件2（预算执行率）；财预〔2020〕10号 附件1 项目支出绩效自评表（项目资金以万元填列）；jixiao",
        sourceEn = "MOF Caiyu [2013] No. 53, Annex 2 (budget execution rate); MOF Caiyu [2020] No. 10, Annex 1, project self-evaluation "
                + "table (funds in 10,000 yuan); jixiao",
        messages = {
            @RuleInfo.Message(zh = "金额 {0} 为负数，此处应为非负金额。请检查正负号。",
                    en = "The amount {0} is negative where the format means an amount that cannot be. Check the sign."),
            @RuleInfo.Message(key = "percent", zh = "{0} 写为 {1}%，远超 100%（上限 {2}%），不可能是占全年预算的比例。请检查此数。",
                    en = "{3} is stated as {1}%, far above 100% (limit {2}%): it cannot be a share of the full-year budget. Check this figure."),
            @RuleInfo.Message(key = "magnitude", zh = "资金块“{0}”的{1}为 {2}，即 {3} 亿元，达到 {4} 亿元以上，不会是一个项目的资金："
                    + "金额看来是按元填在了万元栏里（按元计为 {5}）。请核对资金块表头所印的金额单位（budget.json 的 funds.unit）与各金额（本资金块共 {6} 个金额达到此数）。",
                    en = "The funds row \"{0}\" gives {7} as {2}, that is {3} × 100 million yuan, at or above {4} × 100 million yuan: "
                            + "no project's funds. The amounts look written in yuan under a heading in 10,000 yuan (in yuan: {5}). "
                            + "Check the unit printed in the funds block's heading (funds.unit in budget.json) and the amounts (amounts of this block that reach this figure: {6})."),
            @RuleInfo.Message(key = "magnitude-unlabelled", zh = "资金块中一行（未填名称）的{1}为 {2}，即 {3} 亿元，达到 {4} 亿元以上，不会是一个项目的资金："
                    + "金额看来是按元填在了万元栏里（按元计为 {5}）。请核对资金块表头所印的金额单位（budget.json 的 funds.unit）与各金额（本资金块共 {6} 个金额达到此数）。",
                    en = "A funds row without a label gives {7} as {2}, that is {3} × 100 million yuan, at or above {4} × 100 million yuan: "
                            + "no project's funds. The amounts look written in yuan under a heading in 10,000 yuan (in yuan: {5}). "
                            + "Check the unit printed in the funds block's heading (funds.unit in budget.json) and the amounts (amounts of this block that reach this figure: {6})."),
            @RuleInfo.Message(key = "magnitude-amount", zh = "{0} 中 {1} 的金额为 {2}，即 {3} 亿元，达到 {4} 亿元以上，不会是一个部门或项目的资金："
                    + "金额看来是按元填写而单位写成了万元（按元计为 {5}）。请核对 {0} 中各金额的 unit（本文件共 {6} 个金额达到此数）。",
                    en = "{0} gives {1} as {2}, that is {3} × 100 million yuan, at or above {4} × 100 million yuan: no department's or "
                            + "project's money. The amounts look written in yuan with their unit given as 10,000 yuan (in yuan: {5}). "
                            + "Check the unit of the amounts in {0} (amounts of this file that reach this figure: {6})."),
            @RuleInfo.Message(key = "magnitude-suspect", zh = "资金块“{0}”的{1}为 {2}，即 {3} 亿元，"
                    + "而同一报送中{6}只有 {7}（前者是后者的 {8} 倍）；对“{4}”这样的市县级单位，金额可能是按元填在了万元栏里（按元计为 {3} 万元）。"
                    + "请核对资金块表头所印的金额单位（budget.json 的 funds.unit）和{6}。",
                    en = "The funds row \"{0}\" gives {5} as {2}, that is {3} × 100 million yuan, "
                            + "while {9} in the same submission is only {7} (the former is {8} times the latter): for a body below the "
                            + "provincial level such as \"{4}\", the amounts may be in yuan under a heading in 10,000 yuan (in yuan: {3} × 10,000 yuan). "
                            + "Check the unit printed in the funds block's heading (funds.unit in budget.json) and {9}."),
            @RuleInfo.Message(key = "magnitude-suspect-unlabelled", zh = "资金块中一行（未填名称）的{1}为 {2}，即 {3} 亿元，"
                    + "而同一报送中{6}只有 {7}（前者是后者的 {8} 倍）；对“{4}”这样的市县级单位，金额可能是按元填在了万元栏里（按元计为 {3} 万元）。"
                    + "请核对资金块表头所印的金额单位（budget.json 的 funds.unit）和{6}。",
                    en = "A funds row without a label gives {5} as {2}, that is {3} × 100 million yuan, "
                            + "while {9} in the same submission is only {7} (the former is {8} times the latter): for a body below the "
                            + "provincial level such as \"{4}\", the amounts may be in yuan under a heading in 10,000 yuan (in yuan: {3} × 10,000 yuan). "
                            + "Check the unit printed in the funds block's heading (funds.unit in budget.json) and {9}."),
            @RuleInfo.Message(key = "magnitude-office", zh = "资金块“{0}”的{1}为 {2}，即 {3} 亿元；“{4}”是{5}，一年的资金到不了 {6} 亿元。"
                    + "表头单位为万元，金额像是以元填写，请核对（按元计为 {3} 万元；本资金块共 {7} 个金额达到 {6} 亿元）：确是以元填写的，"
                    + "把 budget.json 的 funds.unit 改为“元”，或把各金额换算成万元。",
                    en = "The funds row \"{0}\" gives {8} as {2}, that is {3} × 100 million yuan, while \"{4}\" is {9}, whose money "
                            + "for a year never reaches {6} × 100 million yuan. The heading's unit is 10,000 yuan and the amounts look written "
                            + "in yuan: check them (in yuan: {3} × 10,000 yuan; amounts of this block at or above {6} × 100 million yuan: {7}). "
                            + "If they are in yuan, set funds.unit in budget.json to \"元\" (yuan), or convert the amounts to 10,000 yuan."),
            @RuleInfo.Message(key = "magnitude-office-unlabelled", zh = "资金块中一行（未填名称）的{1}为 {2}，即 {3} 亿元；“{4}”是{5}，一年的资金到不了 {6} 亿元。"
                    + "表头单位为万元，金额像是以元填写，请核对（按元计为 {3} 万元；本资金块共 {7} 个金额达到 {6} 亿元）：确是以元填写的，"
                    + "把 budget.json 的 funds.unit 改为“元”，或把各金额换算成万元。",
                    en = "A funds row without a label gives {8} as {2}, that is {3} × 100 million yuan, while \"{4}\" is {9}, whose money "
                            + "for a year never reaches {6} × 100 million yuan. The heading's unit is 10,000 yuan and the amounts look written "
                            + "in yuan: check them (in yuan: {3} × 10,000 yuan; amounts of this block at or above {6} × 100 million yuan: {7}). "
                            + "If they are in yuan, set funds.unit in budget.json to \"元\" (yuan), or convert the amounts to 10,000 yuan.")
        },
        thresholds = {
            @RuleInfo.Threshold(name = "projectFundsCeiling", value = "10000", unit = "亿元", unitEn = "× 100 million yuan",
                    zh = "资金块（万元）中的金额达到此数即不像一个项目的资金",
                    en = "an amount of a funds block in 10,000 yuan at or above this is no project's money"),
            @RuleInfo.Threshold(name = "departmentFundsCeiling", value = "10000", unit = "亿元", unitEn = "× 100 million yuan",
                    zh = "带单位的金额（部门预算、任务预算等，单位为万元）达到此数即不像一个部门或项目的资金",
                    en = "an amount written with its unit (a department's or a task's budget, in 10,000 yuan) at or above this is no "
                            + "department's or project's money"),
            @RuleInfo.Threshold(name = "localFundsSuspect", value = "100", unit = "亿元", unitEn = "× 100 million yuan",
                    zh = "市县级单位的资金块（万元）中的金额达到此数、且为同一报送中另一金额的 suspectFactor 倍以上，即提示可能按元填写（info）",
                    en = "an amount of a funds block in 10,000 yuan of a body below the provincial level at or above this, and suspectFactor "
                            + "times another amount of the same submission or more, is said to be possibly in yuan (info)"),
            @RuleInfo.Threshold(name = "officeFundsCeiling", value = "10", unit = "亿元", unitEn = "× 100 million yuan",
                    zh = "党史和地方志、政策研究、文史、参事机构，文联、社科联、侨联、工商联，台办、编办等市县级单位的资金块（万元）中的金额达到此数，即是按元填在了万元栏里",
                    en = "an amount of a funds block in 10,000 yuan at or above this, of a body below the provincial level such as a party "
                            + "history and gazetteer office, a policy research, history or counsellors' office, a federation of literary and art "
                            + "circles, of social sciences, of returned overseas Chinese or of industry and commerce, a Taiwan affairs office or "
                            + "an establishment office, is in yuan under a heading in 10,000 yuan"),
            @RuleInfo.Threshold(name = "suspectFactor", value = "1000", unit = "×",
                    zh = "资金块中的金额须达到同一报送中另一金额（全年预算、年初预算、各任务预算数之和或“其中”一行）的此倍数，才提示可能按元填写",
                    en = "the funds block's amount must be at least this multiple of another amount of the same submission (the full-year "
                            + "budget, the initial budget, the tasks' budgets added up or a component row) for the hint that it may be in yuan")
        })
public final class FigureOutOfRange implements TreeRule {

    /** Money that may be negative: adjustment amounts (a cut is written negative). */
    static final Set<String> SIGNED = Set.of("adjustments#/adjustments/amount", "budget#/stated/adjustmentAmount");
    /** A cumulative share of the year's budget above this is not a slip of rounding or of carry-over. */
    static final BigDecimal FAR_ABOVE = BigDecimal.valueOf(150);

    @Override
    public int interests() {
        return OBJECTS;
    }

    @Override
    public void check(Submission submission, RuleContext ctx) {
        if (!ctx.treesWalked()) {
            TreeWalk.walk(submission, this, ctx);
        }
        for (Quarter q : submission.quarters()) {
            far(ctx, q.cumulativePercent(), q.src(), "第" + q.quarter() + "季度末累计执行进度",
                    "The cumulative execution at the end of Q" + q.quarter());
        }
        Optional<Figure> rate = Figures.of(submission, ctx).figure("budget#/stated/executionRatePercent").filter(f -> !f.isMoney());
        rate.ifPresent(f -> far(ctx, f.value(), f.src(), "预算执行率", "The budget execution rate"));
        Funds funds = submission.funds();
        if (funds != null && Money.WAN.equals(funds.unit()) && !tooLarge(funds, ctx) && !suspect(submission, funds, ctx)) {
            office(submission, funds, ctx);
        }
        Large large = ctx.shared(LARGE, Large::new);
        for (Large.Hit h : large.hits.values()) {
            BigDecimal yi = yi(h.value);
            ctx.report(Severity.WARNING, "magnitude-amount", h.src, null, h.file, h.pointer,
                    Checks.num(h.value) + " 万元", Checks.num(yi), Checks.num(large.ceilingYi), Checks.num(yi) + " 万元", h.count);
        }
    }

    private static final Object LARGE = new Object();

    /**
     * The amounts {value, unit: 万元} of a run at or above {@code departmentFundsCeiling}, by file: the first with its
     * place, and how many ({@link #visitObject}).
     */
    private static final class Large {
        BigDecimal ceilingYi;
        BigDecimal ceiling;
        final java.util.Map<String, Hit> hits = new java.util.LinkedHashMap<>();

        static final class Hit {
            String file;
            String pointer;
            Src src;
            BigDecimal value;
            int count;
        }

        BigDecimal ceiling(RuleContext ctx) {
            if (ceiling == null) {
                ceilingYi = ctx.threshold("departmentFundsCeiling");
                ceiling = ceilingYi.multiply(YI_IN_WAN);
            }
            return ceiling;
        }
    }

    private static final BigDecimal YI_IN_WAN = BigDecimal.valueOf(10_000);

    /**
     * A funds block in 万元 with amounts a project cannot have (九亭镇 2020: 145000000.00 under "(万元)", its amounts in
     * 元): one finding, at the first such amount, counting them all.
     */
    private static boolean tooLarge(Funds funds, RuleContext ctx) {
        BigDecimal ceilingYi = ctx.threshold("projectFundsCeiling");
        Reached at = reached(funds, ceilingYi.multiply(YI_IN_WAN), false);
        if (at == null) {
            return false;
        }
        Money m = at.row().get(at.column());
        BigDecimal yi = yi(m.value());
        // a row without a label is said as such, not as “” (the finding points at the amount)
        String label = at.row().label() == null ? "" : at.row().label();
        ctx.report(Severity.WARNING, label.isBlank() ? "magnitude-unlabelled" : "magnitude", m.src(), null, label,
                at.column().label, Checks.money(m), Checks.num(yi), Checks.num(ceilingYi), Checks.num(yi) + " 万元",
                at.count(), at.column().labelEn);
        return true;
    }

    /** The amount a hint is said at ({@code row}, {@code column}) and how many amounts of the block's rows reach the figure. */
    private record Reached(Funds.Row row, Funds.Column column, int count) {
    }

    /**
     * The first amount of {@code funds} at or above {@code ceiling} (万元), the total's 全年预算 first where {@code totalFirst}
     * and it reaches it, else the first of the rows in order, with the count of the rows' amounts that reach it; null when
     * none does. tooLarge, suspect and office each scanned the block so.
     */
    private static Reached reached(Funds funds, BigDecimal ceiling, boolean totalFirst) {
        Funds.Row row = null;
        Funds.Column column = null;
        Money total = !totalFirst || funds.total() == null ? null : funds.total().get(Funds.Column.FULL_YEAR);
        if (total != null && total.value() != null && total.value().compareTo(ceiling) >= 0) {
            row = funds.total();
            column = Funds.Column.FULL_YEAR;
        }
        int count = 0;
        for (Funds.Row r : funds.rows()) {
            for (Funds.Column c : Funds.Column.values()) {
                Money m = r.get(c);
                if (m != null && m.value() != null && m.value().compareTo(ceiling) >= 0) {
                    count++;
                    if (row == null) {
                        row = r;
                        column = c;
                    }
                }
            }
        }
        return row == null ? null : new Reached(row, column, count);
    }

    /**
     * A funds block in 万元 of a body below the provincial level reaching {@code localFundsSuspect} with another amount of the
     * same submission {@code suspectFactor} times smaller or more ({@link #reference}): one hint, at the total's 全年预算
     * where it reaches it (else the first amount that does), the figure re-read as 元. Nothing for a unit whose name is
     * blank or names a province-level or central body, nor without such a second amount: a 深圳 or 上海 区 bureau can hold
     * 100 亿元, and 宁德 2018 方志委 (2751417.82 under "(万元)", every amount of the table alike) has no second amount.
     */
    private static boolean suspect(Submission submission, Funds funds, RuleContext ctx) {
        String unitName = submission.departmentName();
        if (unitName == null || unitName.isBlank() || provincialOrCentral(unitName.strip())) {
            return false;
        }
        BigDecimal ceilingYi = ctx.threshold("localFundsSuspect");
        Reached at = reached(funds, ceilingYi.multiply(YI_IN_WAN), true);
        if (at == null) {
            return false;
        }
        Funds.Row row = at.row();
        Funds.Column column = at.column();
        Money m = row.get(column);
        Reference ref = reference(submission, funds, row == funds.total() ? column : null, ctx);
        BigDecimal factor = ctx.threshold("suspectFactor");
        if (ref == null || m.value().compareTo(ref.wan.multiply(factor)) < 0) {
            return false; // nothing in the submission bears the slip out: the amount alone may be a large city's or district's
        }
        BigDecimal yi = yi(m.value());
        BigDecimal times = m.value().divide(ref.wan, 0, RoundingMode.DOWN);
        // a row without a label is said as such, not as “” (as tooLarge's magnitude-unlabelled)
        String label = row.label() == null ? "" : row.label();
        ctx.report(Severity.INFO, label.isBlank() ? "magnitude-suspect-unlabelled" : "magnitude-suspect", m.src(), null, label, column.label,
                Checks.money(m), Checks.num(yi), Checks.quote(unitName), column.labelEn, ref.zh, Checks.num(ref.wan) + " 万元",
                Checks.num(times), ref.en);
        return true;
    }

    /**
     * Kinds of body whose whole year's money is their staff's and their office's, with no programme or building of
     * their own, by words of their name: zh, en (what they are), the words. A party history and gazetteer office's
     * funds are a few million yuan (宁德 方志委 2019, t38: 171.41 万元), a city's federation of literary and art circles'
     * or its policy research office's alike.
     */
    private static final String[][] OFFICE_KINDS = {
        {"党史、地方志机构", "a party history or local gazetteer office", "党史", "地方志", "方志", "史志"},
        {"政策研究、参事、文史机构", "a policy research, counsellors' or history office", "研究室", "参事室", "文史馆", "文史研究馆"},
        {"人民团体", "a people's federation",
            "文联", "文学艺术界联合会", "社科联", "社会科学界联合会", "侨联", "归国华侨联合会", "工商联", "工商业联合会"},
        {"党委、政府的办事机构", "an administrative office of the Party committee or the government",
            "台办", "台湾事务办公室", "编办", "机构编制委员会办公室"}
    };

    /** The kind of {@code name} among {@link #OFFICE_KINDS} (its row), or null. */
    static String[] officeKind(String name) {
        for (String[] kind : OFFICE_KINDS) {
            for (int k = 2; k < kind.length; k++) {
                if (name.contains(kind[k])) {
                    return kind;
                }
            }
        }
        return null;
    }

    /**
     * A funds block in 万元 of a body below the provincial level whose kind ({@link #OFFICE_KINDS}) spends a few million
     * yuan a year, with an amount at or above {@code officeFundsCeiling}: the amounts are 元 under the 万元 heading, the
     * kind bears it out where no second amount does (宁德 2018 方志委, t47: 2751417.82 "万元", 275.14 亿元; its 2019 total
     * 171.41 万元). One finding, at the total's 全年预算 where it reaches the bound (else the first amount that does),
     * counting the block's amounts at it.
     */
    private static void office(Submission submission, Funds funds, RuleContext ctx) {
        String unitName = submission.departmentName();
        if (unitName == null || unitName.isBlank() || provincialOrCentral(unitName.strip())) {
            return; // a province's or the centre's federation or office may hold more (中国科协)
        }
        String[] kind = officeKind(unitName.strip());
        if (kind == null) {
            return;
        }
        BigDecimal ceilingYi = ctx.threshold("officeFundsCeiling");
        Reached at = reached(funds, ceilingYi.multiply(YI_IN_WAN), true);
        if (at == null) {
            return;
        }
        Funds.Row row = at.row();
        Funds.Column column = at.column();
        int count = at.count();
        Money m = row.get(column);
        BigDecimal yi = yi(m.value());
        String label = row.label() == null ? "" : row.label();
        ctx.report(Severity.WARNING, label.isBlank() ? "magnitude-office-unlabelled" : "magnitude-office", m.src(), null, label,
                column.label, Checks.money(m), Checks.num(yi), Checks.quote(unitName), kind[0], Checks.num(ceilingYi), count,
                column.labelEn, kind[1]);
    }

    /** A second amount of the submission, in 万元, with what it is in a message (zh, en). */
    private record Reference(BigDecimal wan, String zh, String en) {}

    /**
     * The amount a funds block's figure is set against: the first there is of budget.json's fullYearBudget, its
     * initialBudget (the same whole: a slip of unit is a factor 10,000), the tasks' budgets added up, and, when the figure
     * is the total row's ({@code totalColumn}), the largest amount of that column among the component rows (parts of it).
     * A part of the same block typed alike (宁德: its one component equals the total) bears nothing out. Null when none is
     * positive.
     */
    private static Reference reference(Submission submission, Funds funds, Funds.Column totalColumn, RuleContext ctx) {
        Figures figures = Figures.of(submission, ctx);
        Optional<Money> full = figures.money("budget#/fullYearBudget");
        if (full.isPresent() && full.get().value().signum() > 0) {
            return new Reference(full.get().wan(), "全年预算（budget.json 的 fullYearBudget）", "the full-year budget (fullYearBudget in budget.json)");
        }
        Optional<Money> initial = figures.money("budget#/initialBudget");
        if (initial.isPresent() && initial.get().value().signum() > 0) {
            return new Reference(initial.get().wan(), "年初预算（budget.json 的 initialBudget）", "the initial budget (initialBudget in budget.json)");
        }
        BigDecimal tasks = BigDecimal.ZERO;
        for (io.github.jixiao.model.Task t : submission.tasks()) {
            if (t.budget() != null && t.budget().value() != null && t.budget().value().signum() > 0) {
                tasks = tasks.add(t.budget().wan());
            }
        }
        if (tasks.signum() > 0) {
            return new Reference(tasks, "各任务预算数之和（tasks.json 的 budget.total）", "the sum of the tasks' budgets (budget.total in tasks.json)");
        }
        if (totalColumn == null) {
            return null;
        }
        Funds.Row largest = null;
        for (Funds.Row r : funds.components()) {
            Money c = r.get(totalColumn);
            if (c != null && c.value() != null && c.value().signum() > 0
                    && (largest == null || c.value().compareTo(largest.get(totalColumn).value()) > 0)) {
                largest = r;
            }
        }
        if (largest == null) {
            return null;
        }
        String l = largest.label() == null || largest.label().isBlank() ? null : largest.label();
        return new Reference(largest.get(totalColumn).wan(),
                (l == null ? "资金块“其中”一行（未填名称）的" : "资金块“其中”的“" + l + "”行的") + totalColumn.label,
                (l == null ? "a component row without a label's " : "the component row \"" + l + "\"'s ") + totalColumn.labelEn.replaceFirst("^the ", ""));
    }

    /**
     * Whether {@code name} names a province-level body (省, 厅, 自治区; 北京市, 上海市, 天津市, 重庆市 without a 区 or 县 below
     * them) or a central one (国家, 中央, 中共中央, 中国 but not 中国共产党…市委, 中华人民共和国 …; a 部 or 总局 of no 市, 县, 区 …):
     * such a budget may reach 100 亿元.
     */
    static boolean provincialOrCentral(String name) {
        if (name.contains("省") || name.contains("厅") || name.contains("自治区") || name.contains("兵团")) {
            return true;
        }
        for (String p : new String[] {"北京市", "上海市", "天津市", "重庆市"}) {
            if (name.startsWith(p)) {
                String rest = name.substring(p.length());
                return !rest.contains("区") && !rest.contains("县");
            }
        }
        if (name.startsWith("国家") || name.startsWith("中央") || name.startsWith("中共中央") || name.startsWith("中华人民共和国")
                || name.startsWith("全国") || name.startsWith("中国") && !name.startsWith("中国共产党")) {
            return true;
        }
        // a ministry (财政部, 海关总署), not a county's 宣传部
        return (name.endsWith("部") || name.endsWith("总局") || name.endsWith("总署")) && !name.matches(".*[市县区州旗乡镇盟].*");
    }

    /**
     * An amount in 万元 in 亿元, 2 decimals, half up. 万元 → 亿元 and 元 → 万元 are the same division by 10^4: the figure is
     * also, were the amount in 元, its 万元 (the messages' "按元计为 … 万元").
     */
    private static BigDecimal yi(BigDecimal wan) {
        return wan.divide(YI_IN_WAN, 2, RoundingMode.HALF_UP);
    }

    private static void far(RuleContext ctx, BigDecimal v, io.github.jixiao.load.Src src, String zh, String en) {
        if (v.compareTo(FAR_ABOVE) > 0) {
            ctx.report("percent", src, zh, Checks.num(v), Checks.num(FAR_ABOVE), en);
        }
    }

    /**
     * Every money object {value, unit}. The pointer (and the shape, the pointer without array indexes:
     * "adjustments#/adjustments/amount") is built only for a negative amount.
     */
    @Override
    public void visitObject(TreeWalk.Cursor at, ObjectNode n, RuleContext ctx) {
        JsonNode v = n.size() == 2 ? n.get("value") : null; // most objects are not {value, unit}: no lookup for them
        // the kinds by type checks (a number is a NumericNode, a string a StringNode), not isNumber()'s call per kind
        if (v instanceof NumericNode && n.get("unit") instanceof StringNode) {
            BigDecimal value = Submission.number(v);
            if (value != null && value.signum() < 0 && !SIGNED.contains(at.role() + "#" + shape(at))) {
                ctx.report(at.document().src(v, at.pointer() + "/value"), Checks.num(value) + " " + n.get("unit").asString());
            } else if (value != null && value.signum() > 0 && Money.WAN.equals(n.get("unit").asString())) {
                large(at, v, value, ctx);
            }
        }
    }

    /** An amount in 万元: counted for its file when it reaches the ceiling (its place built only then). */
    private static void large(TreeWalk.Cursor at, JsonNode v, BigDecimal value, RuleContext ctx) {
        Large large = ctx.shared(LARGE, Large::new);
        if (value.compareTo(large.ceiling(ctx)) < 0) {
            return;
        }
        String file = at.document().file();
        Large.Hit h = large.hits.get(file);
        if (h == null) {
            h = new Large.Hit();
            h.file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
            h.pointer = at.pointer();
            h.src = at.document().src(v, h.pointer + "/value");
            h.value = value;
            large.hits.put(file, h);
        }
        h.count++;
    }

    private static String shape(TreeWalk.Cursor at) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < at.depth(); i++) {
            if (at.keyAt(i) != null) {
                sb.append('/').append(Pointers.escape(at.keyAt(i)));
            }
        }
        return sb.toString();
    }
}
