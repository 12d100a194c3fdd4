package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

@RuleInfo(
        id = "overall-goal-not-a-goal",
        severity = Severity.WARNING,
        category = Category.MEASURABILITY,
        titleZh = "年度总体目标不是目标",
        titleEn = "The overall goal is not a goal",
        rationaleZh = "年度总体目标要说明资金要做成什么（产出和效果），实际完成情况要说明做成了什么。空着、只写“无”“/”“—”，照抄项目或单位名称、表名，"
                + "或只罗列金额（“申请资金 90 万元：30 万元用于……”“150万”，或只是资金块里的一个数字，如“43.2”；列举中被逗号隔开的短名称，如“村民组长,党小组长基本报酬252000元”，仍是列举）的，都不是目标；实际完成情况只写花了多少钱（连同“完成预算的 83.50%”）、照抄预期目标（整段、其中一段，或逐句照抄其中几句而删去其余的：南充 2023 退耕还林工作经费照抄了预期目标的各句，只删去“协助完成国家林业局对我市2018年度新一轮退耕还林检查验收”一段；或只在动词后加一个“了”：耒阳市第四中学 2022 的“保证了学校的正常运转”），或只写“完成”，也说不出结果；整栏逐条照抄预期目标的（零陵 林业 2021 的三条目标），报告一次，在第一条上，其余各条列在其中。"
                + "年度总体目标只说明资金的来由（结转、追加、调减、提前下达、资金紧张、财力不足之类，金安 2025 安徽省常规赛费用：“因财政资金紧张,结转2024年六运会项目资金”）、没有一个表示做什么或效果的词的，也不是目标（funding-note）；以“包括”或“用于”开头（主要包括、资金主要用于……）、列出开支项目（“办公用品费、水电费”，或只列人员工资、日常运转之类的开支对象：“用于人员工资和日常运转”）而没有一个数字的，只是资金的开支范围（井研 马踏镇 2023 基层组织活动经费：“包括必要的办公用品费、水电费、报刊费等村社区办公经费,…”），也不是目标（spending-scope）。"
                + "不报告：写了金额也写了要做的事或数量的（“投入 950 万元，在三县实施……项目”“完成 3 个项目”）；较长的概述，哪怕笼统；没有填年度总体目标一栏的申报（旧格式）。年度总体目标都只是保证单位正常运转、职能实现或人员经费的（浮梁林业局 2026：“保证林业局职能实现,保障人员经费”；耒阳四中 2022：“保证学校的正常运转”），没有一项产出或效果，报告警告（upkeep-only）；这样的一句与其他写了任务的目标并列时，只是其中一项，不报告。"
                + "年度总体目标都只说要做好、加强、推进或开展某项工作（以“工作”结尾），或只说要加强某方面的力度（“加强两品一械企业监管力度”），没有年份以外的数字、没有要做成的结果或效果（完成、实现、提高之类）的，无从考核，作提示（expected-vague，秀英 水务 2022：“…绩效目标为做好西秀镇龙头田洋产业农业灌溉用水的工作”）；"
                + "写了数量（“开展2个防洪水利设施水毁修复”）、要做成的建设或效果（“推进…能力建设”“…，提升…”），或与其他写了任务的目标并列的，不报告。自 session 58 起，实际完成情况说目标或指标已完成、其余只是文字描述的效果、全文没有一个数字的（保山 卫健委 慰问 2022：“效益指标全部完成,通过项目实施营造全社会尊医重卫、共享健康的良好风尚…”），同样作提示（achieved-vague-claim）；同一段同时有 overall-goal-said-met 指出未完成的行的，只保留那一条。",
        rationaleEn = "The overall goal says what the money is to achieve (outputs and effects); the actual-completion text says what was achieved. A goal left empty or written as \"无\" (none), \"/\" or \"—\", "
                + "equal to the project's or unit's name or the table's title, or only listing amounts (\"funds applied for: 900,000 yuan; 300,000 yuan for …\", \"150万\" (1.5 million, yuan left off), or just a figure of the funds block such as \"43.2\"; a short name that a comma cuts off a list item, as in \"group leaders, Party group leaders: pay 252,000 yuan\", is still the list) is not a goal; an "
                + "achievement that only repeats the amounts spent (with the share of the budget spent, if any), copies the expected goal (whole, a part of it, or sentence by sentence with some left out: Nanchong 2023, grain-for-green works funds, copies the goal's sentences and only leaves out the part on assisting the national inspection of the 2018 planting; or only adds the perfective particle le after a verb: Leiyang No. 4 Middle School 2022, \"保证了学校的正常运转\" (kept the school running) beside the goal \"保证学校的正常运转\" (keep the school running)), or just says \"完成\" (done) reports no result; a whole column that copies the goals line by line (Lingling forestry 2021, three goals) is one finding, at its first line, the others listed in it."
                + " Nor is a goal that only says where the money comes from (carried over, added, cut, sent down early, funds or revenue short: Jin'an 2025, Anhui league costs, whose goal says only that, funds being short, 2024's provincial games money is carried over) with no word of doing or effect (funding-note); nor one that begins 包括 (includes) or 用于 (is used for), 资金主要用于 (the funds are mainly used for) among them, lists expense lines (office supplies, utilities) or only what it pays for, 用于人员工资和日常运转 (for staff pay and day-to-day running), and states no figure, only what the money covers (Mata township, Jingyan 2023, grass-roots organisation funds: \"包括必要的办公用品费、水电费、报刊费等村社区办公经费\" (includes the necessary office supplies, utilities, newspapers and other village and community office funds), and so on; spending-scope)."
                + " Not flagged: goals that give an amount and also the work or a count (\"9.5 million yuan put into … projects in three counties\", \"3 projects completed\"); longer summaries, however general; submissions without the overall-goal field (older format). Where every overall goal only keeps the unit running, its functions carried out or its staff paid (Fuliang forestry bureau 2026: 保证林业局职能实现 (the bureau's functions ensured), 保障人员经费 (staff costs secured); Leiyang No. 4 middle school 2022: 保证学校的正常运转 (the school kept running normally)), with no output or effect, it is a warning (upkeep-only); such a sentence beside other goals that name tasks is one item of a list, not flagged."
                + " Where every overall goal only says some work is to be done well, strengthened, pushed forward or carried out (做好 (do well), 加强 (strengthen), 推进 (push forward), 开展 (carry out), the clause ending in 工作 (work)), or only to strengthen the force of something (加强两品一械企业监管力度 (strengthen the force of supervising drug and device firms)), with no figure but a year and no result or effect (完成 (complete), 实现 (achieve), 提高 (raise) and the like), nothing can be checked against it: a note (expected-vague; Xiuying water bureau 2022: \"…绩效目标为做好西秀镇龙头田洋产业农业灌溉用水的工作\" (the goal is to do the work of irrigation water for the Longtou fields of Xixiu town well)); not a goal with a figure (carry out the repair of two flood-control works), a building or an effect to reach (能力建设 (capacity building), 提升 (raise)), nor one beside other goals that name tasks. Since session 58 an actual completion that says the goal or its indicators were met and otherwise only describes effects in words, with no figure anywhere (Baoshan health commission 2022: 效益指标全部完成 (the benefit indicators all met), then only an ethos fostered, in words), is a note too (achieved-vague-claim); where overall-goal-said-met names a row missed beside the same text, that one alone is kept.",
        source = "财预〔2020〕10号 附件1（年度总体目标、实际完成情况）；棠溪 2022（委托业务项目、村级补助及运转经费）、丽江 2020、中江 2022、天长 2022、廊坊 2019、鄂州 2021、重庆 科学城融媒体中心 2021（年初绩效目标“无”）、井研 马踏镇 2023 基层组织活动经费（目标只列开支范围）、南充 2023 退耕还林工程建设专项工作经费（实际完成情况逐句照抄预期目标）实例",
        sourceEn = "MOF Caiyu [2020] No. 10, Annex 1 (overall annual goal, actual completion); Tangxi 2022 (two projects), Lijiang 2020, Zhongjiang 2022, Tianchang 2022, Langfang 2019, Ezhou 2021 and Chongqing Science City media centre 2021 (an initial goal written as \"none\") and Mata township, Jingyan 2023, grass-roots organisation funds (a goal listing only what the money covers) and Nanchong 2023, grain-for-green works funds (an achievement copying the goal sentence by sentence) examples",
        messages = {
            @RuleInfo.Message(key = "empty", zh = "年度总体目标（预期目标）为空。请写明本年度资金要完成的产出和达到的效果。",
                    en = "The overall goal (expected) is empty. State the outputs and effects the year's money is to achieve."),
            @RuleInfo.Message(key = "placeholder", zh = "{0}只写了“{1}”，等于没有填写。请写明{2}。",
                    en = "The {3} only says \"{1}\", which is as good as blank. State {4}."),
            @RuleInfo.Message(key = "name", zh = "{0}“{1}”只是{2}，不是目标。请写明本年度要完成的产出和达到的效果。",
                    en = "The {3} \"{1}\" is only the {4}, not a goal. State the outputs and effects of the year."),
            @RuleInfo.Message(key = "amounts", zh = "{0}“{1}”只罗列了金额，没有说明要完成的产出和效果。请写明资金要做成什么（数量、质量、时效、效果）。",
                    en = "The {3} \"{1}\" only lists amounts, not what the money is to achieve. State the outputs and effects (quantity, quality, timing, effect)."),
            @RuleInfo.Message(key = "funding-note", zh = "{0}“{1}”只说明了资金的来由（结转、资金紧张之类），没有说明要完成的产出和效果。请写明资金要做成什么（数量、质量、时效、效果）；资金的来由写在项目概况或备注中。",
                    en = "The {3} \"{1}\" only says where the money comes from (carried over, funds short), not what it is to achieve. State the outputs and effects (quantity, quality, timing, effect); put where the money comes from in the project's description or a note."),
            @RuleInfo.Message(key = "upkeep-only", zh = "{0}“{1}”只说要保证单位正常运转、人员经费之类，没有说明本年度要完成的产出和达到的效果。请写明资金要做成什么（数量、质量、时效、效果），如履行哪些职能、完成哪些工作任务。",
                    en = "The {3} \"{1}\" only says the unit is to keep running (its functions, its staff costs paid), not what the year's money is to achieve. State the outputs and effects (quantity, quality, timing, effect): which functions are carried out, which tasks completed."),
            @RuleInfo.Message(key = "spending-scope", zh = "{0}“{1}”只列了资金的开支范围（办公用品费、水电费之类），没有说明要完成的产出和效果。请写明资金要做成什么（数量、质量、时效、效果）；开支范围写在项目概况或预算明细中。",
                    en = "The {3} \"{1}\" only lists what the money covers (office supplies, utilities and the like), not what it is to achieve. State the outputs and effects (quantity, quality, timing, effect); put what the money covers in the project's description or the budget detail."),
            @RuleInfo.Message(key = "achieved-amounts", zh = "{0}“{1}”只写了花了多少钱，没有说明完成了什么。请写明实际完成的产出和达到的效果。",
                    en = "The {3} \"{1}\" only says how much was spent, not what was achieved. Report the outputs delivered and the effects reached."),
            @RuleInfo.Message(key = "achieved-copies", zh = "{0}“{1}”照抄了预期目标，没有写实际结果。请写明实际完成的产出和达到的效果（附数字）。",
                    en = "The {3} \"{1}\" copies the expected goal and reports no result. Report the outputs delivered and the effects reached, with figures."),
            @RuleInfo.Message(key = "achieved-copies-figures", sameAs = "achieved-copies",
                    zh = "{0}“{1}”与预期目标逐字相同，看不出是核实过的结果：数字是目标的数字。如已全部完成，请写明实际完成的数量和验收情况（如“完成……，经验收……”），不要照抄目标。",
                    en = "The {3} \"{1}\" is the expected goal word for word, which shows no checked result: its figures are the goal's. If it was all done, state the quantities actually delivered and how they were accepted, rather than copying the goal."),
            @RuleInfo.Message(key = "achieved-copies-all", sameAs = "achieved-copies", details = {4, 5}, lists = {5},
                    zh = "{0}逐条照抄了预期目标（共 {4} 条：“{1}”、{5}），没有写实际结果。请逐条写明实际完成的产出和达到的效果（附数字）。",
                    en = "The {3} copies the expected goals line by line ({4} lines: \"{1}\", {5}) and reports no result. Report, line by line, the outputs delivered and the effects reached, with figures."),
            @RuleInfo.Message(key = "achieved-copies-all-figures", sameAs = "achieved-copies", details = {4, 5}, lists = {5},
                    zh = "{0}逐条照抄了预期目标（共 {4} 条：“{1}”、{5}），与预期目标逐字相同，看不出是核实过的结果：数字是目标的数字。如已全部完成，请逐条写明实际完成的数量和验收情况（如“完成……，经验收……”），不要照抄目标。",
                    en = "The {3} copies the expected goals line by line ({4} lines: \"{1}\", {5}), word for word, which shows no checked result: its figures are the goals'. If it was all done, state for each line the quantities actually delivered and how they were accepted, rather than copying the goals."),
            @RuleInfo.Message(key = "expected-vague", zh = "{0}“{1}”只说要做好、加强、推进或开展某项工作，没有数量、没有要做成的产出，也没有要达到的效果，无从考核。请写明本年度资金要完成的产出（数量、质量、时效）和达到的效果。",
                    en = "The {3} \"{1}\" only says some work is to be done well, strengthened, pushed forward or carried out: no figure, no output to deliver, no effect to reach, so nothing can be checked against it. State the outputs (quantity, quality, timing) and the effects the year's money is to achieve."),
            @RuleInfo.Message(key = "achieved-vague", zh = "{0}只写了“{1}”，说不出完成了什么。请写明实际完成的产出和达到的效果（附数字）。",
                    en = "The {3} only says \"{1}\", which reports no result. Report the outputs delivered and the effects reached, with figures."),
            // session 58 (audit s57 A12 E2, 保山 卫健委 慰问 2022, t130: "效益指标全部完成,通过项目实施营造…良好风尚,激发…"): a
            // longer text that says the goal or its indicators were met, and beside the claim only effects in words, no figure
            @RuleInfo.Message(key = "achieved-vague-claim", zh = "{0}“{1}”说“{4}”，却没有一个数字：完成了多少、达到了什么效果都说不出。请写明实际完成的产出和达到的效果（附数字，如指标的实际完成值）。",
                    en = "The {3} \"{1}\" says \"{4}\" but gives no figure at all: it does not report how much was done or what effect was reached. Report the outputs delivered and the effects reached, with figures (such as the indicators' actuals).")
        })
public final class OverallGoalNotAGoal implements Rule {

    /**
     * A figure with a measure word or unit ("1.2万亩", "148个批次", "100%"): a goal that states a quantity, not a year ("2018年度")
     * nor a row number ("目标1:").
     */
    private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile(
            "[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*[万千亿]?\\s*(?:平方米|公里|千米|人次|批次|亩|米|个|人|户|座|次|项|台|套|辆|栋|条|名|吨|元|家|所|场|件|份|篇|株|头|只|%|％)");

    private static final String EXPECTED_ZH = "年度总体目标";
    private static final String EXPECTED_EN = "overall goal";
    private static final String ACHIEVED_ZH = "年度总体目标实际完成情况";
    private static final String ACHIEVED_EN = "overall goal's actual completion";

    /** Words of a budget breakdown: with amounts removed, a clause made only of these says nothing of a goal. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}\\s*年(度)?");
    /** What String.split and String.matches compiled at every call: the clause ends, and a figure (a line of them). */
    private static final java.util.regex.Pattern CLAUSES = java.util.regex.Pattern.compile("[；;。，,：:\n]");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile(".*[0-9０-９].*");

    @Override
    public void check(Submission s, RuleContext ctx) {
        JsonNode goals = s.node("department", "/overallGoals");
        if (goals == null || !goals.isObject()) {
            return;
        }
        List<String[]> expected = new ArrayList<>(Checks.texts(s, "/overallGoals/expected"));
        expected.addAll(Checks.texts(s, "/overallGoals/adjusted"));
        List<String[]> achieved = Checks.texts(s, "/overallGoals/achieved");
        if (goals.has("expected") && expected.stream().allMatch(e -> Checks.blank(e[1]))) {
            ctx.report("empty", s.src("department#/overallGoals"));
        }
        List<String[]> names = nameKinds(s);
        Copies copies = new Copies();
        // only keeping the unit running, every goal of the submission (浮梁林业 2026, t92: "保证林业局职能实现,保障人员经费";
        // 耒阳四中 2022, t108: "保证学校的正常运转"; audit s52 D1); one such goal among others that say a task is a list's item
        boolean upkeep = expected.stream().anyMatch(e -> !Checks.blank(e[1]))
                && expected.stream().allMatch(e -> Checks.blank(e[1]) || upkeepOnly(e[1]));
        // only some work to do well, strengthen, push forward or carry out, every goal of the submission (秀英 水务 2022, t121:
        // "…绩效目标为做好西秀镇龙头田洋产业农业灌溉用水的工作"; audit s55 A10 E1); one such goal among others is a list's item
        boolean vague = !upkeep && expected.stream().anyMatch(e -> !Checks.blank(e[1]))
                && expected.stream().allMatch(e -> Checks.blank(e[1]) || workOnly(e[1]));
        for (String[] e : expected) {
            copies.add(norm(e[1]));
            if (upkeep && !Checks.blank(e[1])) {
                ctx.report(Severity.WARNING, "upkeep-only", s.src("department#" + e[0]), null, EXPECTED_ZH, Checks.quote(e[1]), "", EXPECTED_EN);
                continue;
            }
            goal(s, ctx, e, false, null, names, vague, null);
        }
        // the copies of the achieved lines, said after them: one finding where the whole column copies its goals (零陵 林业
        // 2021, t90: three numbered goals word for word; 成安 民政 2020, t80; 四川 普惠金融, t83), at its first line, the others
        // its details (audit s56 A11 row D3; until session 57 one warning a line)
        List<String[]> copied = new ArrayList<>();
        int written = 0;
        for (String[] e : achieved) {
            if (!Checks.blank(e[1])) {
                written++;
            }
            goal(s, ctx, e, true, copies, names, false, copied);
        }
        if (copied.size() >= 2 && copied.size() == written) {
            String[] first = copied.get(0);
            boolean figures = copied.stream().anyMatch(c -> QUANTITY.matcher(c[1]).find());
            ctx.report(figures ? "achieved-copies-all-figures" : "achieved-copies-all", s.src("department#" + first[0]), ACHIEVED_ZH,
                    Checks.quote(first[1]), "", ACHIEVED_EN, String.valueOf(copied.size()), others(copied));
            return;
        }
        for (String[] e : copied) {
            // a copied goal that already carries quantities (零陵 林业 2021, t90: "目标1:造林1.2万亩"): "附数字" asked for what is
            // there; the defect is that a copied target is no checked result (audit s54 A9 row C4; the same fingerprint)
            ctx.report(QUANTITY.matcher(e[1]).find() ? "achieved-copies-figures" : "achieved-copies", s.src("department#" + e[0]),
                    ACHIEVED_ZH, Checks.quote(e[1]), "", ACHIEVED_EN);
        }
    }

    /** The copied lines after the first, quoted as a list (“甲”、“乙”, the first three, then "…"; {@code Checks.names}' form). */
    private static String others(List<String[]> copied) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(4, copied.size());
        for (int k = 1; k < shown; k++) {
            if (k > 1) {
                b.append('、');
            }
            b.append('“').append(Checks.quote(copied.get(k)[1])).append('”');
        }
        if (copied.size() > shown) {
            b.append('…');
        }
        return b.toString();
    }

    /**
     * The expected goals an achieved one may copy: a copy is one of them, or a part of one. Equal texts are found by
     * hash; a part is looked for in each goal with {@link String#contains}, whose worst case is the product of the two
     * lengths, so the characters compared are bounded ({@link #BUDGET}): past it only whole copies are found. Before,
     * every achieved goal was looked for in all expected goals joined, which a pull request of long repetitive goals
     * made quadratic (7 MB of them: 457 s, review S).
     */
    static final class Copies {
        /** Characters {@code contains} may compare in one submission at worst (about a tenth of a second). */
        static final long BUDGET = 50_000_000L;
        /** Where an achieved text's sentences end: each is looked for in the goals on its own. */
        private static final String SENTENCE_ENDS = "。；;！？!?\n";
        /** The shortest sentence taken as copied (完成年度目标 and the like are achieved-vague's, or a result). */
        private static final int MIN_SENTENCE = 8;
        private final java.util.Set<String> whole = new java.util.HashSet<>();
        private final List<String> goals = new ArrayList<>();
        private long spent;

        void add(String goal) {
            whole.add(goal);
            goals.add(goal);
        }

        /** The characters {@code contains} may have compared so far, at worst. */
        long spent() {
            return spent;
        }

        boolean copied(String n) {
            if (whole.contains(n) || inAGoal(n)) {
                return true;
            }
            // 南充 2023 退耕还林: the expected goal's sentences again, one of them left out ("协助完成…检查验收"): each
            // sentence is a part of a goal, the whole is none (until session 45 not reported)
            // the sentences between SENTENCE_ENDS, each cut in place (what SENTENCES.split gave, but for its empty ones, which
            // norm leaves empty and the loop skips)
            int read = 0;
            for (int from = 0, k = 0; k <= n.length(); k++) {
                if (k < n.length() && SENTENCE_ENDS.indexOf(n.charAt(k)) < 0) {
                    continue;
                }
                String t = norm(n.substring(from, k));
                from = k + 1;
                if (t.isEmpty()) {
                    continue;
                }
                if (t.length() < MIN_SENTENCE || !(whole.contains(t) || inAGoal(t))) {
                    return false;
                }
                read++;
            }
            return read >= 2;
        }

        /** Whether {@code n} is a part of a longer goal, within the {@link #BUDGET}. */
        private boolean inAGoal(String n) {
            for (String g : goals) {
                if (g.length() <= n.length()) {
                    continue; // equal texts are found by hash; a shorter goal cannot hold it
                }
                long cost = (long) g.length() * n.length();
                if (spent + cost > BUDGET) {
                    return false;
                }
                spent += cost;
                if (g.contains(n)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One goal's finding; an achieved line that copies a goal is added to {@code copied}, said by {@link #check} after them all. */
    private static void goal(Submission s, RuleContext ctx, String[] e, boolean achieved, Copies expected, List<String[]> names,
            boolean vague, List<String[]> copied) {
        String text = e[1];
        if (Checks.blank(text)) {
            return;
        }
        String n = norm(text);
        String what = achieved ? ACHIEVED_ZH : EXPECTED_ZH;
        String whatEn = achieved ? ACHIEVED_EN : EXPECTED_EN;
        // 无, /, —, 暂无 (重庆 科学城融媒体中心 2021: 年初绩效目标 无, the goal written only at the adjustment)
        if (Checks.placeholder(text)) {
            ctx.report("placeholder", s.src("department#" + e[0]), what, Checks.quote(text),
                    achieved ? "实际完成的产出和达到的效果" : "本年度资金要完成的产出和达到的效果", whatEn,
                    achieved ? "the outputs delivered and the effects reached" : "the outputs and effects the year's money is to achieve");
            return;
        }
        // where the goal is and its quote are made for a goal reported only (most are not)
        for (String[] name : names) {
            String nn = name[3];
            if (n.length() >= 2 && !nn.isEmpty() && (nn.equals(n) || nn.contains(n) && n.length() >= 4)) {
                ctx.report("name", s.src("department#" + e[0]), what, Checks.quote(text), name[1], whatEn, name[2]);
                return;
            }
        }
        if (onlyAmounts(text) || onlyAFigure(s, n)) {
            ctx.report(achieved ? "achieved-amounts" : "amounts", s.src("department#" + e[0]), what, Checks.quote(text), "", whatEn);
            return;
        }
        if (!achieved && fundingNote(text)) {
            // 金安 2025's 安徽省常规赛费用: 年度目标 "因财政资金紧张,结转2024年六运会项目资金" — why the money is there, not
            // what it is to do (until session 42 not reported: no amount to list, no name repeated)
            ctx.report("funding-note", s.src("department#" + e[0]), what, Checks.quote(text), "", whatEn);
            return;
        }
        if (!achieved && spendingScope(text)) {
            // 井研 马踏镇 2023's 基层组织活动经费: 年度目标 "包括必要的办公用品费、水电费、报刊费等村社区办公经费,…" — what the
            // money covers, its budget lines, not what it is to achieve (until session 43 not reported)
            ctx.report("spending-scope", s.src("department#" + e[0]), what, Checks.quote(text), "", whatEn);
            return;
        }
        if (achieved && n.length() >= 8 && (expected.copied(n) || expected.copied(withoutLe(n)))) {
            copied.add(e);
            return;
        }
        if (vague) {
            // 秀英 水务 2022 (t121): "…绩效目标为做好西秀镇龙头田洋产业农业灌溉用水的工作", an activity named, no output, figure
            // or effect to check it by (until session 56 not reported; audit s55 A10 E1)
            ctx.report(Severity.INFO, "expected-vague", s.src("department#" + e[0]), null, what, Checks.quote(text), "", whatEn);
            return;
        }
        if (achieved && n.length() <= 8 && !io.github.jixiao.text.Chars.hasAsciiDigit(n)) {
            ctx.report(Severity.INFO, "achieved-vague", s.src("department#" + e[0]), null, what, Checks.quote(text), "", whatEn);
            return;
        }
        String claim;
        if (achieved && !anyDigit(text) && (claim = io.github.jixiao.target.StatedMiss.claimedMet(text)) != null) {
            // 保山 卫健委 慰问 2022 (t130): "效益指标全部完成,通过项目实施营造全社会尊医重卫、共享健康的良好风尚,激发…": met, it says,
            // and then only effects in words; no figure for what was done (until session 58 only a text of 8 characters or
            // fewer was vague: audit s57 A12 E2)
            ctx.report(Severity.INFO, "achieved-vague-claim", s.src("department#" + e[0]), null, what, Checks.quote(text), "", whatEn,
                    Checks.quote(claim));
        }
    }

    /** Whether {@code text} holds a digit, ASCII or full width (a figure; Chinese numerals are words here). */
    private static boolean anyDigit(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                return true;
            }
        }
        return false;
    }

    /** Words saying where money comes from or why it is carried: a goal made of them states the funding, not a goal. */
    private static final String[] FUNDING_WORDS = {"结转", "结余", "资金紧张", "财力紧张", "财政紧张", "财力不足", "资金不足",
            "资金短缺", "资金缺口", "追加", "调剂", "调减", "调增", "预算调整", "提前下达"};

    /**
     * Words of doing or of an effect: a goal holding one says what the money is for (结转资金用于完成…, 保障…), whatever it
     * says of the funding beside it.
     */
    private static final String[] DOING_WORDS = {"完成", "开展", "举办", "建设", "建成", "实施", "提升", "提高", "保障", "改善",
            "确保", "实现", "促进", "推进", "推动", "满足", "用于", "支付", "购置", "采购", "维修", "改造", "培训", "服务", "发放",
            "补助", "救助", "覆盖", "达到", "运行", "维护", "组织", "参加", "参与", "承办", "落实", "增加", "减少", "解决", "打造",
            "新建", "修建", "修复", "治理", "整治", "保护", "支持", "扶持", "帮扶", "奖励", "安置", "处理", "监测", "检查", "加强",
            "巩固", "做好", "保证", "保持", "购买", "配备", "更新", "养护", "宣传", "召开", "举行", "收集"};

    /**
     * Whether an expected goal only says where its money comes from or why it is carried (结转, 资金紧张 …), at most 60
     * characters, with no word of doing or effect: 金安 2025's "因财政资金紧张,结转2024年六运会项目资金".
     */
    /** How a clause of keeping the unit running begins (a leading "目标1:" left out). */
    private static final java.util.regex.Pattern UPKEEP_START = java.util.regex.Pattern.compile("^(?:目标\\d+[:：])?(?:保证|保障|确保|维持)");

    /** A leading "目标1:" ({@link #upkeepOnly}), and where its clauses end: compiled once, not by String's methods at every call. */
    private static final java.util.regex.Pattern GOAL_NUMBER = java.util.regex.Pattern.compile("^目标\\d+[:：]");
    private static final java.util.regex.Pattern UPKEEP_CLAUSES = java.util.regex.Pattern.compile("[,，;；。.、]");

    /** What a clause of keeping the unit running keeps: its running, its functions, its staff's pay. */
    private static final String[] UPKEEP_WORDS = {"正常运转", "正常运行", "工作运行", "日常运转", "日常运行", "职能", "人员经费",
            "工资", "福利", "日常办公", "办公经费", "运转经费"};

    /**
     * Whether a goal only keeps the unit running: at most 60 characters, no figure, and every clause (split at commas,
     * semicolons and stops) begins with 保证, 保障, 确保 or 维持 and keeps one of {@link #UPKEEP_WORDS} ("保证学校的正常运转",
     * "保证林业局职能实现,保障人员经费"). A clause of anything else ("严格执行相关政策", "完成3项…", "确保居民出行安全") and
     * it is a goal.
     */
    static boolean upkeepOnly(String text) {
        String t = io.github.jixiao.text.Chars.withoutSpaces(text.strip());
        if (t.isEmpty() || t.length() > 60 || io.github.jixiao.text.Chars.hasDigit(GOAL_NUMBER.matcher(t).replaceFirst(""))) {
            return false;
        }
        boolean any = false;
        for (String clause : UPKEEP_CLAUSES.split(t)) {
            if (clause.isEmpty()) {
                continue;
            }
            if (!UPKEEP_START.matcher(clause).find() || java.util.Arrays.stream(UPKEEP_WORDS).noneMatch(clause::contains)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * A lead-in that names the goal before saying it: "海口市秀英区水务局2022年衔接资金项目绩效目标为", "目标1:", "绩效目标：" (at
     * most 40 characters before 目标).
     */
    private static final java.util.regex.Pattern GOAL_LEAD_IN = java.util.regex.Pattern.compile("^(?:.{0,40}?目标(?:为|是|[:：])|目标\\d+[:：]?)");

    /**
     * A clause that only names some work to do: 做好, 加强, 推进 or 开展 (after an adverb: 认真, 切实, 进一步 …) and what it
     * is about, ending in 工作 (做好西秀镇龙头田洋产业农业灌溉用水的工作, 加强各项监管工作); or 加强…力度, strengthening the
     * force of something, as vague (遂宁 经开区 2021, t106: "加强两品一械企业监管力度"; session 57).
     */
    private static final java.util.regex.Pattern WORK_CLAUSE = java.util.regex.Pattern.compile(
            "^(?:认真|切实|全面|积极|扎实|继续|持续|进一步|努力|着力|全力)*(?:(?:做好|加强|推进|开展)(.*)工作|加强(.*)力度)$");

    /** Words of a result or an effect: a clause holding one says what the work is to achieve (推进…工作，确保按期完成). */
    private static final String[] RESULT_WORDS = {"完成", "实现", "达到", "达成", "确保", "建成", "提高", "提升", "改善", "覆盖",
            "减少", "增加", "保障", "满足"};

    /**
     * Whether an expected goal only names some work to do ({@link #WORK_CLAUSE}: 做好 / 加强 / 推进 / 开展 …工作), with no
     * figure but a year, no result or effect ({@link #RESULT_WORDS}) and no other clause: 秀英 水务 2022's
     * "海口市秀英区水务局2022年衔接资金项目绩效目标为做好西秀镇龙头田洋产业农业灌溉用水的工作" (a lead-in, {@link #GOAL_LEAD_IN},
     * left out). At most 60 characters after the lead-in. "推进森林草原航空消防救援能力建设,按照租机方案及时开展租用工作,及时处置
     * 火灾,…" (a clause that does not end in 工作), "开展2个防洪水利设施水毁修复" (a figure) and "落实…政策,做好各项就业工作,…"
     * (another clause) say more.
     */
    static boolean workOnly(String text) {
        String t = io.github.jixiao.text.Chars.withoutSpaces(text.strip());
        t = GOAL_LEAD_IN.matcher(t).replaceFirst("");
        if (t.isEmpty() || t.length() > 60 || io.github.jixiao.text.Chars.hasDigit(YEAR.matcher(t).replaceAll(""))) {
            return false;
        }
        boolean any = false;
        for (String clause : t.split("[,，;；。.！!]")) {
            if (clause.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher m = WORK_CLAUSE.matcher(clause);
            if (!m.matches()) {
                return false;
            }
            String about = m.group(1) != null ? m.group(1) : m.group(2);
            for (String w : RESULT_WORDS) {
                if (about.contains(w)) {
                    return false;
                }
            }
            any = true;
        }
        return any;
    }

    static boolean fundingNote(String text) {
        String t = text.strip();
        if (t.length() > 60) {
            return false;
        }
        boolean funding = false;
        for (String w : FUNDING_WORDS) {
            funding |= t.contains(w);
        }
        if (!funding || !(t.contains("资金") || t.contains("经费") || t.contains("预算") || t.contains("款"))) {
            return false;
        }
        for (String w : DOING_WORDS) {
            if (t.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How a goal that lists what the money covers begins: 包括…, 主要包括…, 经费包括…, 资金包括…, and (session 44) 用于…,
     * 主要用于…, 资金主要用于…, 本项目资金用于…: "用于支付办公费、水电费…" names the spending as 包括 does. Only at the start:
     * "结转…资金用于支付赛事场馆租赁和裁判费用" is about the carry-over (funding-note's passes).
     */
    static final java.util.regex.Pattern SCOPE_START =
            java.util.regex.Pattern.compile("^(?:主要|该?项目|本?经费|本?资金|本?项目(?:资金|经费))?(?:主要)?(?:包括|用于)");

    /** An expense line named in a list: 办公用品费、 水电费、 报刊费等 (a 费 closing an item of the list). */
    static final java.util.regex.Pattern EXPENSE_ITEM = java.util.regex.Pattern.compile("费(?:用)?[、，,等和及]");

    /**
     * Whether an expected goal only says what the money covers: it begins 包括 (主要包括, 经费包括 …) or 用于, names an expense
     * line of a list (办公用品费、水电费) or lists only spending objects ({@link #expenseObjects}: 用于人员工资和日常运转), and
     * states no figure — 井研 马踏镇 2023's "包括必要的办公用品费、水电费、报刊费等村社区办公
     * 经费,基层党组织开展组织活动、…". A goal with a figure ("包括完成 11 个村的…") says how much; not this.
     */
    static boolean spendingScope(String text) {
        String t = io.github.jixiao.text.Chars.withoutSpaces(text.strip());
        // a digit, ASCII or full-width (Chars.hasDigit: the two tests it was written as, a stream's for the full-width); and
        // SCOPE_START ends in 包括 or 用于, so a text with neither cannot begin so (most goals): no matcher for it
        if (t.length() > 300 || io.github.jixiao.text.Chars.hasDigit(t) || !t.contains("包括") && !t.contains("用于")) {
            return false;
        }
        java.util.regex.Matcher start = SCOPE_START.matcher(t);
        return start.find() && (EXPENSE_ITEM.matcher(t).find() || expenseObjects(t.substring(start.end())));
    }

    /**
     * What the money pays for, named without 费 (session 45: "用于人员工资和日常运转"): the spending objects of a budget's
     * lines, a closed list; 办公 and 运转 only as 日常 or 办公 spending (日常办公, 办公用品), not 办公环境改善.
     */
    private static final String[] EXPENSE_OBJECTS = {"人员工资", "工资", "薪酬", "津贴", "福利", "社保", "社会保险",
            "公积金", "日常运转", "日常运行", "日常办公", "日常开支", "办公用品", "水电", "差旅", "印刷", "邮电", "物业", "租金",
            "人员经费", "公用经费", "运转经费", "办公经费", "劳务报酬"};

    /** Where the list of {@link #spendingScope} ends: 等, 等支出, 的支出 …, and a closing stop. */
    private static final java.util.regex.Pattern LIST_END = java.util.regex.Pattern.compile("(?:等)?(?:方面)?(?:的)?(?:支出|开支|费用|经费|需要|需求)?[。.；;]?$");

    /**
     * Whether what follows 用于 (or 包括) is only spending objects ({@link #EXPENSE_OBJECTS}), listed with 和, 及, 与, 、 or
     * a comma, after an optional 支付 or 发放 ("用于人员工资和日常运转", "主要用于支付人员工资、津贴补贴等支出"): at most 40
     * characters, each item at most 12 and holding one such object, no item a doing or an effect ({@link #DOING_WORDS}:
     * "用于保障单位正常运转", "用于人员工资和完成培训" say what the money does).
     */
    static boolean expenseObjects(String rest) {
        String r = rest.replaceFirst("^(?:支付|发放)", "");
        r = LIST_END.matcher(r).replaceFirst("");
        if (r.isEmpty() || r.length() > 40) {
            return false;
        }
        for (String item : r.split("和|及|与|、|，|,|以及")) {
            if (item.isEmpty() || item.length() > 12) {
                return false;
            }
            for (String w : DOING_WORDS) {
                if (item.contains(w)) {
                    return false;
                }
            }
            boolean object = false;
            for (String o : EXPENSE_OBJECTS) {
                object |= item.contains(o);
            }
            if (!object) {
                return false;
            }
        }
        return true;
    }

    /** The names a goal may merely repeat: {name, zh description, en description}. */
    private static List<String[]> nameKinds(Submission s) {
        List<String[]> out = new ArrayList<>();
        add(out, s.projectName(), "项目名称", "project's name");
        add(out, s.departmentName(), "单位名称", "unit's name");
        add(out, s.text("department", "/title"), "表名", "table's title");
        return out;
    }

    private static void add(List<String[]> out, String v, String zh, String en) {
        if (!Checks.blank(v)) {
            out.add(new String[] {v, zh, en, norm(v)});
        }
    }

    /** Without spaces (what {@code \\s} and U+3000 match) and closing punctuation. */
    /**
     * {@code n} without the perfective 了 a report adds to the goal it copies: 耒阳市第四中学 2022's "保证了学校的正常运转" beside the
     * goal "保证学校的正常运转" (t108), 遂宁经开区 2021's "加强了两品一械企业监管力度" (t106). The goal in the past tense is no result
     * (until session 48 not reported). 了 of a word (了解, 了结, 为了, 除了, 不了, 罢了) stays; a text with no 了 is returned as it is.
     */
    static String withoutLe(String n) {
        if (n.indexOf('了') < 0) {
            return n;
        }
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '了') {
                char before = i > 0 ? n.charAt(i - 1) : 0;
                char after = i + 1 < n.length() ? n.charAt(i + 1) : 0;
                if (after != '解' && after != '结' && "为除不罢".indexOf(before) < 0) {
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = io.github.jixiao.text.Chars.withoutSpaces(s);
        int end = t.length();
        while (end > 0 && "。.；;，,！!".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end);
    }

    /** The longest text read as one figure ({@link #onlyAFigure}). */
    static final int MAX_FIGURE = 24;

    /** Words that only say "the money": 资金, 预算资金, 本年度财政拨款为 … before a figure. */
    private static final java.util.regex.Pattern MONEY_WORDS = java.util.regex.Pattern.compile(
            "^(本年度|本年|年度|全年)?(项目|财政|预算|专项)?(资金|经费|预算|拨款)(总额|总计|合计|共计)?(为|共|计)?[:：]?");
    /**
     * A clause that states how much of the budget was spent (完成预算的83.50%, 预算执行率 100%): at most 40 characters
     * between the words and the figure, nothing given back, so a clause of "执行率" repeated is read once (review V2: from
     * every 执行率 the gap was read to the text's end, a hundred such goals took a minute).
     */
    private static final java.util.regex.Pattern SPENT_RATE = java.util.regex.Pattern.compile(
            "(执行率|完成预算|预算完成率|支出进度|支付进度)[^0-9０-９]{0,40}+([0-9]++(\\.[0-9]++)?+)\\s*+[%％]");

    /**
     * The whole goal is one figure, perhaps after words that only say "the money": an amount with or without its 元
     * ("150万", "资金150万", as {@link TargetValue#amountUnit()} reads it), or a bare number that is a figure of the
     * funds block (廊坊 2019: 预期目标 "43.2", 实际完成情况 "37.24", the budget and the spending in 万元).
     */
    static boolean onlyAFigure(Submission s, String normalised) {
        // a figure, with a comparator word, its thousands separators, its unit and a trailing 以上, is at most about 22
        // characters ("大于或等于12,345,678.90万元以上"), and has a digit; a longer text, or one without a digit, is prose, and
        // parsing each of a department's goals as a target cost ten times the rest of the rule (benchmark/README.md,
        // session 10)
        if (normalised.length() > MAX_FIGURE + 16 || !io.github.jixiao.text.Chars.hasDigit(normalised)) {
            return false;
        }
        String figure = MONEY_WORDS.matcher(normalised).replaceFirst("");
        if (figure.length() > MAX_FIGURE) {
            return false;
        }
        TargetValue v = TargetParser.parse(figure);
        if (!v.isQuantitative() || v.isRange()) {
            return false;
        }
        if (v.isAmount()) {
            return true;
        }
        Funds f = s.funds();
        if (!v.unit().isEmpty() || f == null) {
            return false;
        }
        for (Funds.Row r : f.rows()) {
            for (Funds.Column c : Funds.Column.values()) {
                Money m = r.get(c);
                if (m != null && m.value().signum() != 0 && m.value().compareTo(v.low()) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A clause that only leads into the parts of a breakdown: 其中, 包括, 分别为, 具体如下. */
    private static final List<String> LEAD_INS = List.of("其中", "包括", "分别为", "分别是", "具体如下", "具体为");

    /**
     * Every clause (down to commas) names an amount, and no clause has a figure other than amounts and years: a
     * budget breakdown ("申请资金 90 万元：30 万元用于……"), not a goal. A clause with a count ("完成 3 个项目") or
     * without an amount ("投入 950 万元，在三县实施……项目") says what is done; one that only gives the share of the
     * budget spent ("完成预算的83.50%") does not, and is passed over, as is a clause that only leads into the parts ({@link #LEAD_INS})
     * and a list item cut off by a comma ({@link #listItem}).
     */
    static boolean onlyAmounts(String text) {
        if (text.indexOf('元') < 0) {
            return false; // every clause would need an amount, and an amount ends in 元
        }
        List<String> clauses = new ArrayList<>();
        StringBuilder after = new StringBuilder(); // the mark that ends each clause ('\0' for the last)
        java.util.regex.Matcher sep = CLAUSES.matcher(text);
        int from = 0;
        while (sep.find()) {
            clauses.add(text.substring(from, sep.start()));
            after.append(text.charAt(sep.start()));
            from = sep.end();
        }
        clauses.add(text.substring(from));
        after.append('\0');
        // each clause's amounts, read when first asked for: most goals are told apart at their first clause
        List<List<Checks.ProseAmount>> amounts = new ArrayList<>(java.util.Collections.nCopies(clauses.size(), null));
        int withAmount = 0;
        for (int k = 0; k < clauses.size(); k++) {
            String c = clauses.get(k);
            if (c.isBlank() || LEAD_INS.contains(c.strip())) {
                continue; // "其中:" before the parts (棠溪 2022, as printed) adds nothing of its own
            }
            List<Checks.ProseAmount> a = amountsOf(clauses, amounts, k);
            if (a.isEmpty()) {
                // "完成预算的83.50%" beside the amounts (鄂州 2021) says how much was spent, no more
                java.util.regex.Matcher m = SPENT_RATE.matcher(c);
                if (m.find() && !DIGITS.matcher(YEAR.matcher(c.substring(0, m.start(2)) + c.substring(m.end(2))).replaceAll("")).matches()) {
                    continue;
                }
                if (listItem(clauses, after, amounts, k)) {
                    continue;
                }
                return false;
            }
            StringBuilder rest = new StringBuilder(c);
            for (int j = a.size() - 1; j >= 0; j--) {
                rest.delete(a.get(j).start(), a.get(j).end());
            }
            String r = YEAR.matcher(rest).replaceAll("");
            if (DIGITS.matcher(r).matches()) {
                return false;
            }
            withAmount++;
        }
        return withAmount > 0;
    }

    /** The longest clause read as a list item cut off by a comma ({@link #listItem}): a title or an item's name. */
    static final int MAX_LIST_ITEM = 6;

    /**
     * A short clause without a figure between commas, with an amount in the clauses on both sides: one item of a list
     * the comma cuts in two (棠溪 2022 村级补助: "…村级组织运转400000元,村民组长,党小组长基本报酬252000元,…", two titles paid
     * one amount), not work done. A clause of work stands at the end ("投入 950 万元，在三县实施……项目") or is longer.
     */
    private static boolean listItem(List<String> clauses, CharSequence after, List<List<Checks.ProseAmount>> amounts, int k) {
        String c = clauses.get(k).strip();
        return k > 0 && k + 1 < clauses.size() && c.length() <= MAX_LIST_ITEM && !DIGITS.matcher(c).matches()
                && isComma(after.charAt(k - 1)) && isComma(after.charAt(k))
                && !amountsOf(clauses, amounts, k - 1).isEmpty() && !amountsOf(clauses, amounts, k + 1).isEmpty();
    }

    private static List<Checks.ProseAmount> amountsOf(List<String> clauses, List<List<Checks.ProseAmount>> read, int k) {
        List<Checks.ProseAmount> a = read.get(k);
        if (a == null) {
            String c = clauses.get(k);
            a = c.isBlank() ? List.of() : Checks.amounts(c);
            read.set(k, a);
        }
        return a;
    }

    private static boolean isComma(char ch) {
        return ch == ',' || ch == '，';
    }
}
