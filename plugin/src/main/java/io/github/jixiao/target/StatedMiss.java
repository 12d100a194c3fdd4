package io.github.jixiao.target;

/**
 * A qualitative actual that says in words the target was not met (吕梁 2021's "1-2期未能及时培训" beside
 * "1-6期培训结束后及时考核"), and how much of the work the miss is said of. One reading, shared by the rule that reports the
 * miss ({@code indicator-target-missed stated}) and the scorer's grade of the row ({@link Grade#read}, and so
 * {@code score-ignores-missed-target}), so that a row the rule calls missed is not kept at full marks by the score.
 *
 * <p>The grade, as an evaluator gives it under SC-2 (达成 / 部分达成 / 未达成): a miss said of a part of the work, named in
 * its clause before the miss word (1-2期未能及时培训, 2所未达到验收标准, 第三期补贴未按时发放, 部分项目未完成, 个别学员未按时结业)
 * is {@link #part() partial}: 部分达成; a miss said of the whole (培训未能开展, 资金未到位, 项目未完成, 工作未开展) is 未达成.
 */
public final class StatedMiss {
    private StatedMiss() {
    }

    /**
     * A miss stated in {@code word} (with its English {@code gloss}); {@code part} when the clause names a part of the work
     * before it (1-2期, 2所, 第三期, 部分, 个别).
     */
    public record Reading(String word, String gloss, boolean part) {
    }

    /**
     * Words saying the target was not met, each with its English gloss; not what says a bad thing did not happen (未发生,
     * 未出现, 未发现: met), which none of these is. The last four say the work itself was not done or not begun (未完成,
     * 未开工, 未开展, 未实施): the rule reads 未完成 and 未开工 first as work left ({@link WorkLeft#notDone}); they are here
     * for the grade, and not taken after 尚 (尚未完成: not yet, work under way, which no grade is guessed from) nor in a
     * clause about closing out (未完成竣工决算: {@link WorkLeft#closingOut}). A building's 未完工, 未竣工, 未建成 are not
     * here: at the year's end they say the works are still going on (附属工程未完工), read as work left, no grade guessed.
     */
    private static final String[][] MISSED = {
        {"未能", "could not"}, {"没能", "could not"}, {"未按时", "not on time"}, {"没有按时", "not on time"},
        {"未及时", "not in time"}, {"没有及时", "not in time"}, {"未按期", "not on schedule"}, {"未如期", "not on schedule"},
        {"未达到", "not reached"}, {"没有达到", "not reached"}, {"未达标", "not up to standard"}, {"未实现", "not achieved"},
        {"没有完成", "not done"}, {"未落实", "not carried out"}, {"未到位", "not in place"},
        {"未完成", "not done"}, {"未开工", "not started"}, {"未开展", "not carried out"}, {"未实施", "not carried out"}};

    /** Where {@link #MISSED} begins the words of work not done (read only outside 尚未 and closing out). */
    private static final int WORK_WORDS = 15; // 未完成, the first of them

    /** What a 未能 or 没能 before it says did not happen (未能发生 is no miss); the other words name what was missed. */
    private static final WordSet NOT_HAPPENING = new WordSet(java.util.List.of("发生", "出现", "发现"));

    /**
     * Words before a miss word, in its clause, that deny it (不存在未达标情况, 杜绝未落实情况, 未出现未按期情况, 无未到位资金):
     * the actual says no such miss happened. Looked for in at most {@value #DENIAL_REACH} characters before it.
     */
    private static final String[] DENIALS = {"无", "不存在", "未发现", "未出现", "没有出现", "没有发现", "杜绝", "避免", "防止", "消除", "零"};
    private static final int DENIAL_REACH = 8;

    /** What ends a clause, looking back from a miss word. */
    private static final String CLAUSE_MARKS = "，,；;。、";

    /** Words before a miss word, in its clause, naming a part of the work (部分项目未完成, 个别学员未按时结业). */
    private static final String[] PART_WORDS = {"部分", "个别", "少数", "少量", "一些", "有的", "其中", "局部"};

    /** Measure words after a Chinese numeral that count a part (二期, 三所, 两个): 统一 or 一律 count nothing. */
    private static final String MEASURES = "期批次个所家户项名人村座处条台套次轮班";

    /**
     * The first of {@link #MISSED} in the actual {@code actual}, or null: none there, or the target is itself a negation
     * ({@link Grade#NEGATION_CHARS} first: 不超标, 无事故) or holds the word, or the actual says the target's own words
     * (培训质量达标，未能参训学员已安排下期补训: met, the 未能 of something else), or a denial before it in its clause
     * ({@link #DENIALS}), or 未能 followed by what did not happen (未能发生). Cheap tests (a 未 or 没 in the actual) first.
     */
    public static Reading of(String target, String actual) {
        if (target == null || actual == null) {
            return null;
        }
        String t = target.strip();
        if (t.isEmpty() || actual.indexOf('未') < 0 && actual.indexOf('没') < 0 || Grade.NEGATION_CHARS.indexOf(t.charAt(0)) >= 0
                || actual.contains(Grade.endless(t))) {
            return null; // cheap test first
        }
        return in(t, actual);
    }

    /**
     * The first of {@link #MISSED} in a text with no target beside it ({@code text}: a row that prints no 指标值, 天津 东丽区
     * 2020's rows; the year's goal's 实际完成情况, 天津 蓟州区 2020's "未能完成绩效任务目标"), or null: read as {@link #of} reads an
     * actual (not 未能发生, not denied in its clause, 未完成 not after 尚 nor in a clause about closing out), with no target
     * to hold its words. Read by work-left-unexplained (session 55).
     */
    public static Reading of(String text) {
        if (text == null || text.indexOf('未') < 0 && text.indexOf('没') < 0) {
            return null;
        }
        return in("", text);
    }

    /** The first miss word of {@code actual} that the target {@code t} (may be empty) does not hold itself. */
    private static Reading in(String t, String actual) {
        for (int k = 0; k < MISSED.length; k++) {
            String w = MISSED[k][0];
            if (t.contains(w)) {
                continue;
            }
            // the clause of each occurrence found as the occurrences go forward, and whether it closes out read once a
            // clause: each character is looked at a bounded number of times whatever the text (a clause of thousands of
            // denied 未能 was scanned back to its start at each: 120,000 characters took 15 s, session 36)
            int scanned = 0;
            int from = 0;
            int closedFrom = -1;
            boolean closing = false;
            for (int at = actual.indexOf(w); at >= 0; at = actual.indexOf(w, at + 1)) {
                for (; scanned < at; scanned++) {
                    if (CLAUSE_MARKS.indexOf(actual.charAt(scanned)) >= 0) {
                        from = scanned + 1;
                    }
                }
                if (happening(actual, at + w.length()) || denied(actual, from, at) || k >= WORK_WORDS && WorkLeft.figureName(actual, at + w.length())) {
                    continue;
                }
                if (k >= WORK_WORDS) {
                    if (at > 0 && actual.charAt(at - 1) == '尚') {
                        continue;
                    }
                    if (closedFrom != from) {
                        closedFrom = from;
                        closing = WorkLeft.closingOut(clause(actual, from, at));
                    }
                    if (closing) {
                        continue;
                    }
                }
                return new Reading(w, MISSED[k][1], part(actual.substring(from, at)));
            }
        }
        return null;
    }

    /** A goal's text that says the goal was met ({@code done}) and, in another clause, that it was not ({@code missed}). */
    public record BothWays(String done, String missed) {
    }

    /** What ends a clause of a goal's text ({@link #bothWays}). */
    private static final String GOAL_CLAUSE_ENDS = "，,；;。！!";

    /** Words naming the rest of the work, not the whole (其他指标未能完成目标): a miss of them contradicts no claim. */
    private static final String[] OTHERS = {"其他", "其它", "其余", "剩余", "另"};

    /** Words before 完成 that grade it (基本完成, 初步完成): no claim that the goal was met. */
    private static final String[] GRADED = {"基本", "部分", "大部", "初步", "大体", "大致"};

    /**
     * The clauses of the year's goal's 实际完成情况 {@code text} that say both that the goal was met and that it was not, or
     * null (天津 蓟州区 2020, t118: "雪亮工程绩效目标完成了年内完成项目总体30%投入的目标，…，未能完成绩效任务目标"). Each clause ends
     * in 目标 or 任务 (what was met or missed is a goal, named whole): one says 完成 with no miss word ({@link #MISSED}), not
     * graded (基本完成, 部分完成), not aimed at (力争完成, 确保完成: {@link Plans#DEADLINE_LEADS}) and naming no part of the
     * work ({@link #part}: 完成了3个项目的目标); another holds a miss word as {@link #of(String)} reads it, said of the whole
     * (not a part: {@link #part}, nor the rest: 其他, 其余). "完成了A目标，B未能完成" ends its miss clause in no goal; "未完成目标的
     * 原因是…" names the reason, not the goal. Linear in the text's length.
     */
    public static BothWays bothWays(String text) {
        if (text == null || text.indexOf('未') < 0 && text.indexOf('没') < 0 || !text.contains("完成")) {
            return null;
        }
        String done = null;
        String missed = null;
        int from = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k < text.length() && GOAL_CLAUSE_ENDS.indexOf(text.charAt(k)) < 0) {
                continue;
            }
            String c = text.substring(from, k).strip();
            from = k + 1;
            if (!(c.endsWith("目标") || c.endsWith("任务"))) {
                continue;
            }
            Reading r = in("", c);
            if (r != null) {
                String before = c.substring(0, Math.max(0, c.indexOf(r.word())));
                if (missed == null && !r.part() && !holds(before, OTHERS)) {
                    missed = c;
                }
            } else if (done == null && doneWhole(c)) {
                done = c;
            }
        }
        return done != null && missed != null ? new BothWays(done, missed) : null;
    }

    /** Whether the clause {@code c} says 完成 of the whole, not graded nor aimed at, naming no part nor the rest. */
    private static boolean doneWhole(String c) {
        int at = c.indexOf("完成");
        if (at < 0 || part(c) || holds(c, OTHERS) || holds(c, GRADED)) {
            return false;
        }
        for (String lead : Plans.DEADLINE_LEADS) {
            if (c.contains(lead)) {
                return false; // 力争完成年度目标: an aim, no claim
            }
        }
        return at == 0 || "不没".indexOf(c.charAt(at - 1)) < 0;
    }

    /**
     * A clause that says the goal as a whole was met, the verb before the goal (完成年度目标, 较好实现了年度目标, 完成了预期目标,
     * 完成目标任务, 已按照计划完成目标, 年内已完成项目产出指标, 圆满完成各项工作任务): 完成, 实现, 达到 or 达成, then only words
     * naming the whole (年度, 预期, 各项 …) before 目标, 任务 or 指标 at the clause's end. A named task (完成履职任务, 完成2022年度
     * 10个省级中心村各项建设任务) is no claim of the whole.
     */
    static final java.util.regex.Pattern CLAIM_OBJECT = java.util.regex.Pattern.compile(
            "(?:完成|实现|达到|达成)了?(?:项目)?(?:年度|全年|年初|预期|既定|总体|各项|全部|所有)?(?:设定|确定|制定)?的?"
                    + "(?:绩效|工作|产出)?(?:目标任务|目标|任务|指标)$");

    /**
     * A clause that says the goals, tasks or indicators were all met, the verb after them (年度绩效目标已全部完成,
     * 各项就业创业工作指标均按要求完成, 成本指标等均能按时按量完成, 各项任务均已完成): 已, 均, 都 or 全部 after them, the verb
     * 完成 or 实现 closing the clause.
     */
    static final java.util.regex.Pattern CLAIM_SUBJECT = java.util.regex.Pattern.compile(
            "(?:目标|任务|指标)等?(?:已|均|都|全部|全面|圆满|顺利)[^，,；;。]{0,8}?(?:完成|实现)了?$");

    /** How a thing was done, as planned or required (按照计划, 按要求, 按规定): no plan or aim ({@link #claimedMet}). */
    private static final java.util.regex.Pattern AS_PLANNED = java.util.regex.Pattern.compile("按照?(?:计划|要求|规定)");

    /** A whole 实际完成情况 that is only "done" (已完成, 全部完成): the year's goal said met. */
    static final java.util.regex.Pattern CLAIM_BARE = java.util.regex.Pattern.compile("^(?:已|均已|已全部|全部|全面)?完成了?$");

    /**
     * The clause of the year's goal's 实际完成情况 {@code text} that says the year's goal was met as a whole, or null (云南 航消
     * 2022, t122: "较好实现了年度目标"; 天长 2022: "完成年度目标。"; 黄石 公路养护 2020: "年度绩效目标已全部完成"; {@link #CLAIM_OBJECT},
     * {@link #CLAIM_SUBJECT}, {@link #CLAIM_BARE}). Not a hedged claim: graded (基本完成年度目标, 总体绩效目标基本完成:
     * {@link #GRADED}, the extent short of the whole; 较好 says how well, not how much, and claims it met), of the rest (其他,
     * 其余), of a part ({@link #part}: 完成3个项目的目标), aimed at (力争完成, 确保完成: {@link Plans#DEADLINE_LEADS}; 按照计划完成目标 and 均按要求完成 say how it was done, a claim), nor
     * in a text that says a miss itself ({@link #of(String)}: 未能完成绩效任务目标, work-left-unexplained's). Linear in the
     * text's length.
     */
    public static String claimedMet(String text) {
        if (text == null || !(text.contains("完成") || text.contains("实现") || text.contains("达到") || text.contains("达成"))
                || of(text) != null) {
            return null;
        }
        String whole = withoutSpaces(text);
        if (CLAIM_BARE.matcher(withoutFinalStop(whole)).matches()) {
            return whole;
        }
        int from = 0;
        for (int k = 0; k <= whole.length(); k++) {
            if (k < whole.length() && GOAL_CLAUSE_ENDS.indexOf(whole.charAt(k)) < 0) {
                continue;
            }
            String c = whole.substring(from, k);
            from = k + 1;
            if (c.isEmpty() || holds(c, GRADED) || holds(c, OTHERS) || part(c)) {
                continue;
            }
            if (!claimEnd(c) || !CLAIM_OBJECT.matcher(c).find() && !CLAIM_SUBJECT.matcher(c).find()) {
                continue;
            }
            // 按照计划完成, 均按要求完成 say how it was done, not a plan nor an aim (计划 and 要求 alone are leads)
            String aim = AS_PLANNED.matcher(c).replaceAll("");
            boolean aimed = false;
            for (String lead : Plans.DEADLINE_LEADS) {
                aimed |= aim.contains(lead);
            }
            if (!aimed) {
                return c;
            }
        }
        return null;
    }

    /**
     * {@code text} without its spaces, {@code text.replaceAll("[\\s\u3000]", "")} (ASCII white space and the ideographic
     * space), without a pattern compiled at every call; {@code text} itself where it has none (session 57, issue 17).
     */
    static String withoutSpaces(String text) {
        int n = text.length();
        int k = 0;
        while (k < n && !space(text.charAt(k))) {
            k++;
        }
        if (k == n) {
            return text;
        }
        StringBuilder b = new StringBuilder(n - 1).append(text, 0, k);
        for (; k < n; k++) {
            char c = text.charAt(k);
            if (!space(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The regular expressions' {@code \s} (no Unicode classes: space, \t, \n, \x0B, \f, \r) and the ideographic space. */
    private static boolean space(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u3000';
    }

    /**
     * {@code whole} without a full stop or an exclamation mark (。.！!) as its last character, for {@link #CLAIM_BARE}; as
     * {@code whole.replaceAll("[。.！!]$", "")} read it for that test (which it fails alike where a line terminator ends
     * the text: {@code $} also matched before one).
     */
    static String withoutFinalStop(String whole) {
        int n = whole.length();
        return n > 0 && "。.！!".indexOf(whole.charAt(n - 1)) >= 0 ? whole.substring(0, n - 1) : whole;
    }

    /**
     * Whether clause {@code c} can be a claim of {@link #CLAIM_OBJECT} or {@link #CLAIM_SUBJECT}: both end the clause
     * ({@code $}: at its end or before a line terminator there) with 目标, 任务 or 指标, or with 完成 or 实现 and 了 or not;
     * so its last character (before such a terminator) is one of 标务成现了. Most clauses are not, and no pattern is run
     * on them.
     */
    static boolean claimEnd(String c) {
        int n = c.length();
        if (n > 1 && c.charAt(n - 2) == '\r' && c.charAt(n - 1) == '\n') {
            n -= 2;
        } else if (n > 0 && "\n\r\u0085\u2028\u2029".indexOf(c.charAt(n - 1)) >= 0) {
            n--;
        }
        return n > 0 && "标务成现了".indexOf(c.charAt(n - 1)) >= 0;
    }

    private static boolean holds(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The clause from {@code from} that holds {@code at}. */
    private static String clause(String a, int from, int at) {
        int end = at;
        while (end < a.length() && CLAUSE_MARKS.indexOf(a.charAt(end)) < 0) {
            end++;
        }
        return a.substring(from, end);
    }

    /** Whether what follows {@code from} is a {@link #NOT_HAPPENING} word (未能发生: no miss). */
    private static boolean happening(String a, int from) {
        return NOT_HAPPENING.at(a, from) != null;
    }

    /** Whether a {@link #DENIALS} word stands in the clause before {@code at}, within {@link #DENIAL_REACH}. */
    private static boolean denied(String a, int clauseStart, int at) {
        String before = a.substring(Math.max(clauseStart, at - DENIAL_REACH), at);
        for (String d : DENIALS) {
            if (before.contains(d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words before a miss word in its clause name a part of the work: a number counting something (1-2期, 2所;
     * not a date's: 2021年), 第 before a numeral (第三期), a Chinese numeral before a measure word (二期, 三所), or one of
     * {@link #PART_WORDS}.
     */
    static boolean part(String before) {
        for (String w : PART_WORDS) {
            if (before.contains(w)) {
                return true;
            }
        }
        for (int k = 0; k < before.length(); k++) {
            char c = before.charAt(k);
            char next = k + 1 < before.length() ? before.charAt(k + 1) : ' ';
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                int end = k;
                while (end < before.length() && (Character.isDigit(before.charAt(end)) || "-—~～.、".indexOf(before.charAt(end)) >= 0)) {
                    end++;
                }
                if (end < before.length() && "年月日号%％".indexOf(before.charAt(end)) < 0) {
                    return true; // 1-2期, 2所; not 2021年
                }
                k = end;
            } else if ("一二三四五六七八九十两几".indexOf(c) >= 0
                    && (MEASURES.indexOf(next) >= 0 || k > 0 && before.charAt(k - 1) == '第')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Some of those a range target is a condition of fall outside it, said in words (吕梁 2021: "存在18岁以下、54周岁以上"
     * beside "18—54周岁"): 存在, 出现 or a clause's opening 有 (其中有), then within the clause words of being outside a bound
     * (以下, 以上, 超龄, 超出, 超过, 不符合, 不满足). Not after a denial (不存在, 未出现, 没有: none outside, met), nor 有效 (有效率
     * 95%以上 is a figure). The span from the opening word to the bound word, or null. Read against a range target only
     * (indicator-target-missed {@code stated-range}; session 57, audit s57 A12 row B1): "无法比较" was false of it.
     */
    public static String outsideRange(String actual) {
        if (actual == null || actual.length() > 200) {
            return null;
        }
        java.util.regex.Matcher m = OUTSIDE.matcher(actual);
        while (m.find()) {
            int at = m.start(1);
            if (at > 0 && "不未没无".indexOf(actual.charAt(at - 1)) >= 0) {
                continue;
            }
            return actual.substring(m.start(1), m.end());
        }
        return null;
    }

    private static final java.util.regex.Pattern OUTSIDE = java.util.regex.Pattern.compile(
            "(存在|出现|(?:^|[，,；;。、：:]|其中)有(?!效))[^，,；;。]{0,15}?(以下|以上|超龄|超出|超过|不符合|不满足)");
}
