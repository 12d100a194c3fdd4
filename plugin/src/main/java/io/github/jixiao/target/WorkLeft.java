package io.github.jixiao.target;

/**
 * What a qualitative actual says of work still to be done: a word saying the work is under way ({@link #underWay}: 正在推进,
 * 项目实施中。, 在建), and an actual that says one part is done and another is not ({@link #partDone}: 一期已完工，二期正在推进;
 * 主体已完工，附属工程尚未完工). Shared by the scorer's reading of an achievement ({@link Grade#read}: such an actual is
 * {@link Grade#PARTLY} achieved) and the rules ({@code indicator-target-missed}: the work is not finished), so that the two
 * read a row alike.
 */
public final class WorkLeft {
    private WorkLeft() {
    }

    /** What may end a clause after a word in 中 (项目实施中。 / 项目进行中，预计…): punctuation, a bracket or a blank. */
    private static final String CLAUSE_END = "；;，,。．.、！!）)（(：:";

    /** What separates the clauses of an actual (一期已完工，二期正在推进). */
    static final String CLAUSE_BREAK = "；;，,。．！!";

    /**
     * After 正在, what a finished thing does (设施正在发挥作用, 正在使用, 正在运行): it is in use, not being built.
     */
    private static final WordSet IN_USE = new WordSet(java.util.List.of("发挥", "使用", "运行", "运转", "服务"));

    /**
     * What says the whole of the work is done (已完成全年任务, 已完工, 验收合格), beside which 正在 describes how it went
     * (培训正在按计划进行，已完成全年任务), not work left. Only for 正在: 已完工，剩余工程款待申请 still has a payment left; and
     * not where the actual says only a part is done ({@link #partDone}: 一期已完工，二期正在推进).
     */
    private static final String[] ALL_DONE = {"已完成全年", "全部完成", "已完工", "已竣工", "验收合格", "已验收"};

    /** What says the whole is done even beside a clause about a part (已完成全年任务, 全部完成). */
    static final String[] WHOLE_DONE = {"已完成全年", "全部完成", "全面完成", "全部完工", "全部竣工", "全部建成"};

    /** Words of a clause saying its part of the work is done (一期已完工, 已完成一期建设, 一期完成). */
    private static final String[] DONE = {"完工", "竣工", "完成", "建成"};

    /**
     * Words of a clause saying its part of the work is not done yet, beyond the under-way words a caller passes
     * (二期尚未完工, 二期未完成), each with its English gloss. 尚未 or 未 only before the work itself (尚未发生安全事故 is no
     * work left).
     */
    public static final String[][] NOT_DONE = {
        {"尚未完成", "not yet done"}, {"尚未完工", "not yet finished"}, {"尚未竣工", "not yet completed"},
        {"尚未建成", "not yet built"}, {"尚未开工", "not yet started"}, {"尚未实施", "not yet carried out"},
        {"未完成", "not done"}, {"未完工", "not finished"}, {"未竣工", "not completed"}, {"未建成", "not built"},
        {"未开工", "not started"}, {"待完成", "still to be done"}, {"待实施", "still to be carried out"},
        // session 46: a start not made leaves the whole of the work (尚未启动 under 6月底前完成, or 6月底前启动)
        {"尚未启动", "not yet started"}, {"未启动", "not started"}};

    /**
     * Words saying a closing-out or money act is not done yet (尚未拨付, 资金未到位, 尚未验收), each with the act it names
     * (the {@link #CLOSE_OUT} word, or 到位) and its English gloss: work left only where the row itself sets that act
     * ({@link #actLeft}: 资金拨付 | 7月底前拨付到位 | 尚未拨付); beside a deadline for the work they follow it (已完工，尚未验收).
     * 尚未 before 未 (尚未拨付 holds 未拨付).
     */
    static final String[][] ACT_NOT_DONE = {
        {"尚未拨付", "拨付", "not yet paid out"}, {"未拨付", "拨付", "not paid out"}, {"尚未支付", "支付", "not yet paid"},
        {"未支付", "支付", "not paid"}, {"尚未到位", "到位", "not yet in place"}, {"未到位", "到位", "not in place"},
        {"尚未验收", "验收", "not yet accepted"}, {"未验收", "验收", "not accepted"}, {"尚未结算", "结算", "not yet settled"},
        {"未结算", "结算", "not settled"}};

    /** The English name of an act of {@link #CLOSE_OUT} or 到位. */
    static String actEn(String act) {
        return switch (act) {
            case "拨付", "支付", "报账" -> "payment";
            case "到位" -> "funds in place";
            case "验收" -> "acceptance";
            case "结算" -> "settlement";
            case "决算" -> "final accounts";
            case "审计" -> "audit";
            case "试运行" -> "trial run";
            case "移交" -> "handover";
            case "备案" -> "filing";
            case "归档" -> "archiving";
            default -> act;
        };
    }

    /** The words of a row (its target or name) that set an act of {@link #ACT_NOT_DONE} (the money acts one another's). */
    private static final String[] MONEY_ACT_WORDS = {"拨付", "支付", "付款", "到位", "兑付", "兑现"};
    private static final String[] SETTLEMENT_WORDS = {"结算", "决算"};

    /** Whether {@code row} (a row's target and name) sets {@code act}: names it, or one of the words that mean it. */
    /**
     * The words of {@code row} that {@link #setsAct} and {@link #asksProgress} can ask about, each once, apart ("|"): a
     * short stand-in for a long row read against many texts (work-left-unexplained reads every goal's 实际完成情况 against
     * all the expected goals together), answering every such question as {@code row} does, so that the reading stays
     * linear in the file (each word of the stand-in is a substring of {@code row}, and a word asked about is in the
     * stand-in whenever it is in {@code row}).
     */
    public static String actsOf(String row) {
        java.util.Set<String> asked = new java.util.LinkedHashSet<>(java.util.List.of("推进", "进度"));
        for (Word w : WORDS) {
            asked.add(w.word());
        }
        asked.addAll(java.util.List.of(MONEY_ACT_WORDS));
        asked.addAll(java.util.List.of(SETTLEMENT_WORDS));
        asked.addAll(java.util.List.of(CLOSE_OUT));
        for (String[] w : ACT_NOT_DONE) {
            asked.add(w[1]);
        }
        StringBuilder out = new StringBuilder();
        for (String w : asked) {
            if (row.contains(w)) {
                out.append('|').append(w);
            }
        }
        return out.append('|').toString();
    }

    static boolean setsAct(String row, String act) {
        String[] words = switch (act) {
            case "拨付", "支付", "到位" -> MONEY_ACT_WORDS;
            case "结算" -> SETTLEMENT_WORDS;
            default -> null;
        };
        if (words == null) {
            return row.contains(act);
        }
        for (String w : words) {
            if (row.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The not-done word of an actual whose act the row itself sets ({@code row}: its target and name), with the act and its
     * gloss of the word and the act's English name, or null: 尚未拨付 or 资金未到位 beside 7月底前拨付到位 or a row named 资金拨付; 尚未验收, 尚未完成验收 beside
     * 6月底前完成验收. Not where the row sets the work the act follows (6月底前完工 | 已完工，尚未验收: the work is done), not
     * where the word is a figure's name (未拨付资金额0, 未到位率) or denied (无未拨付), not where a clause says the whole is
     * done ({@link #WHOLE_DONE}). Linear in the actual's length.
     */
    public static String[] actLeft(String row, String actual) {
        if (actual == null || row == null || actual.length() < 3 || !anyOf(actual, ACT_LEFT_FIRST)) {
            return null; // no word of ACT_NOT_DONE or NOT_DONE can be in it: none of their first characters is (most texts)
        }
        for (String w : WHOLE_DONE) {
            if (actual.contains(w)) {
                return null;
            }
        }
        for (String[] w : ACT_NOT_DONE) {
            if (wordAt(actual, w[0]) >= 0 && setsAct(row, w[1])) {
                return new String[] {w[0], w[1], w[2], actEn(w[1])};
            }
        }
        // 尚未完成验收, 未完成结算: a work word not done with the act after it, in a clause about that act
        int from = 0;
        for (int k = 0; k <= actual.length(); k++) {
            if (k < actual.length() && CLAUSE_BREAK.indexOf(actual.charAt(k)) < 0) {
                continue;
            }
            if (!anyOf(actual, from, k, NOT_DONE_FIRST)) {
                from = k + 1;
                continue; // no not-done word in the clause (notDoneWord's test), told before it is cut
            }
            String clause = actual.substring(from, k);
            from = k + 1;
            String nd = notDoneWord(clause);
            if (nd == null) {
                continue;
            }
            for (String act : CLOSE_OUT) {
                int at = clause.indexOf(act, clause.indexOf(nd));
                if (at >= 0 && setsAct(row, act)) {
                    return new String[] {nd + clause.substring(clause.indexOf(nd) + nd.length(), at + act.length()), act,
                        "not yet done", actEn(act)};
                }
            }
        }
        return null;
    }

    /** Words saying the work has not started, each with its English gloss; 尚未 before 未. */
    private static final String[][] NOT_STARTED = {
        {"尚未启动", "not yet started"}, {"未启动", "not started"}, {"尚未开工", "not yet started"}, {"未开工", "not started"},
        {"尚未动工", "not yet started"}, {"未动工", "not started"}, {"尚未开始", "not yet begun"}, {"未开始", "not begun"}};

    /**
     * The word of an actual saying the work has not started (尚未启动, 未开工), with its English gloss, or null: what a
     * deadline to start by (6月底前启动, 开工时间 2019年3月) is missed by, where 施工中 or 正在推进 says it has started.
     */
    public static String[] notStarted(String actual) {
        if (actual == null) {
            return null;
        }
        for (String[] w : NOT_STARTED) {
            if (wordAt(actual, w[0]) >= 0) {
                return w;
            }
        }
        return null;
    }

    /** Nothing left, as a figure after a not-done word (未拨付资金0元, 未完成项目0个): 0, 0.00, and no other digit after. */
    private static final java.util.regex.Pattern NOTHING = java.util.regex.Pattern.compile("[0０](?:\\.0+)?(?![0-9.])");

    /** What ends a figure's name (未完成率, 未拨付资金额, 未完成项目数): a rate, a count, an amount, a value, a share. */
    private static final String MEASURE_END = "率数量额值比重";

    /**
     * Where {@code w} (a not-done word) occurs in {@code text} as a reviewer reads it, or -1: not as part of a figure's name
     * (未完成率5%, 未完成的, the word before 率, 数, 量, 额, 值, 比 or 的; 未完成项目数：0, 未拨付资金额为0, the CJK run after it
     * ending as a measure does before a figure, or before a colon, 为 or 是 and a figure, or before 0: 未拨付资金0元 is nothing
     * left; 尚未完成全部工作量 and 尚未拨付资金50万元 are the work left), nor denied before it (无未完成, 没有未完成, 不存在未完成, 均无未拨付). Each occurrence is looked at once, and the
     * run after it at most 8 characters: linear.
     */
    static int wordAt(String text, String w) {
        for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
            boolean figure = figureName(text, at + w.length());
            boolean denied = at > 0 && text.charAt(at - 1) == '无' || text.startsWith("没有", Math.max(0, at - 2)) && at >= 2
                    || text.startsWith("不存在", Math.max(0, at - 3)) && at >= 3;
            if (!figure && !denied) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Whether a not-done word ending at {@code end} of {@code text} is part of a figure's name ({@link #wordAt}: 未完成率5%,
     * 未完成项目数：0, 未拨付资金为0, 未拨付资金0元); {@link StatedMiss} asks it too (未完成率0% is no miss said; session 55).
     * Looks at most 8 characters after the word.
     */
    static boolean figureName(String text, int end) {
        int run = end;
        while (run < text.length() && run - end < 8 && Character.UnicodeScript.of(text.charAt(run)) == Character.UnicodeScript.HAN) {
            run++;
        }
        boolean named = run > end && "为是".indexOf(text.charAt(run - 1)) >= 0; // 未拨付资金为…: a figure's name and its value
        int last = named ? run - 2 : run - 1;
        boolean next = run < text.length() && (Character.isDigit(text.charAt(run)) || "：:".indexOf(text.charAt(run)) >= 0);
        return run > end && (text.charAt(end) == '的' || MEASURE_END.indexOf(text.charAt(end)) >= 0
                || next && (named || !Character.isDigit(text.charAt(run)) || last >= end && MEASURE_END.indexOf(text.charAt(last)) >= 0
                        || NOTHING.matcher(text).region(run, text.length()).lookingAt()));
    }

    /** What an under-way word ({@link #WORDS}) says is left; each reader takes the kinds it means. */
    public enum Left {
        /** The work itself is under way (正在推进, 项目实施中, 在建): read by every reader, {@link #partDone} among them. */
        WORK,
        /** The work is still to be done (待完成, 待实施; {@link #NOT_DONE} words too). */
        TO_DO,
        /**
         * What follows the work or keeps step with it (剩余工程款待申请, 待拨付, 待验收, 随项目进度): the year's target not met
         * at the self-evaluation, but no part of the work left by a deadline (已完工，剩余工程款待申请 finished the work).
         */
        AFTER,
        /** 基本完成: a grade of its own (the scorer's 部分达成). */
        GRADE
    }

    /** An under-way word, its English gloss, and what it says is left. */
    public record Word(String word, String gloss, Left left) {
    }

    /**
     * The words of an actual saying the work is not finished, each with its English gloss, in the order they are looked
     * for (the first found is the one a message quotes): one list for indicator-target-missed's in-progress (every kind,
     * 天津 东丽区 2020: 随项目进度把控, 剩余工程款待申请, 基本完成), monitoring-deviation-unexplained's deadline-passed
     * ({@link Left#WORK} and {@link Left#TO_DO}; since session 45 {@link Left#GRADE}, and {@link Left#AFTER} where the row
     * sets the act itself, each with its reading said) and {@link #partDone} ({@link Left#WORK}). 待 only before what is still to
     * be done (待申请, 待验收): 待遇 is no such word. Not 把控 alone (严格把控工程质量 is care taken, not work left): 随项目进度
     * says it. Where each word counts is {@link #underWay}.
     */
    public static final java.util.List<Word> WORDS = java.util.List.of(
            new Word("进行中", "in progress", Left.WORK), new Word("正在", "under way", Left.WORK),
            new Word("推进中", "being pushed forward", Left.WORK), new Word("实施中", "being carried out", Left.WORK),
            new Word("施工中", "under construction", Left.WORK), new Word("在建", "under construction", Left.WORK),
            new Word("随项目进度", "as the project proceeds", Left.AFTER), new Word("待申请", "still to be applied for", Left.AFTER),
            new Word("待拨付", "still to be paid", Left.AFTER), new Word("待支付", "still to be paid", Left.AFTER),
            new Word("待结算", "still to be settled", Left.AFTER), new Word("待验收", "still to be accepted", Left.AFTER),
            new Word("待完成", "still to be done", Left.TO_DO), new Word("待实施", "still to be carried out", Left.TO_DO),
            new Word("基本完成", "basically done", Left.GRADE),
            // 在建 before 设 is not the word (存在建设 …; 在建设过程中 is "during"): 项目仍在建设中 is caught here, at the clause end
            new Word("建设中", "under construction", Left.WORK));

    /**
     * The first of {@link #WORDS} of one of the {@code kinds} that the actual {@code a} holds as a word ({@link #underWay}),
     * or null.
     */
    public static Word underWayWord(String a, java.util.Set<Left> kinds) {
        if (a == null) {
            return null;
        }
        for (Word w : WORDS) {
            if (kinds.contains(w.left()) && underWay(a, w.word())) {
                return w;
            }
        }
        return null;
    }

    /**
     * The under-way words {@link #partDone} reads in a clause: the work's own ({@link Left#WORK}), not the payments still to
     * be made (已完工，剩余工程款待申请 finished the work the target asks for), nor 基本完成 (a grade of its own); 待完成 and
     * 待实施 are {@link #NOT_DONE}'s there.
     */
    static final String[] UNDER_WAY =
            WORDS.stream().filter(w -> w.left() == Left.WORK).map(Word::word).toArray(String[]::new);

    /**
     * Whether the under-way word {@code w} occurs in the actual {@code a} as one (each occurrence is looked at once: linear):
     * 在建 not inside 存在建设 or 现在建成 (not after 存, 现 or 所, not before 设, 成 or 立: 在建设 is 建设中's, at the clause
     * end); a word in 中 (实施中, 施工中, 进行中, 推进中, 建设中) only where it ends the clause (项目实施中。), not as "during" before what happened then (在项目实施中未发生
     * 安全事故, 施工中严格把关); 正在 not before what a finished thing does ({@link #IN_USE}) nor in a text saying the whole is
     * done ({@link #ALL_DONE}) unless it says only a part is ({@link #partDone}).
     */
    public static boolean underWay(String a, String w) {
        if ("正在".equals(w) && a.contains(w) && !phased(a)) {
            for (String d : ALL_DONE) {
                if (a.contains(d)) {
                    return false;
                }
            }
        }
        return occurs(a, w);
    }

    /** {@link #underWay} without the whole-done test: the word as a word. */
    static boolean occurs(String a, String w) {
        for (int at = a.indexOf(w); at >= 0; at = a.indexOf(w, at + 1)) {
            int end = at + w.length();
            char before = at > 0 ? a.charAt(at - 1) : ' ';
            char after = end < a.length() ? a.charAt(end) : ' ';
            boolean word = switch (w) {
                case "在建" -> "存现所".indexOf(before) < 0 && "设成立".indexOf(after) < 0;
                case "正在" -> !inUse(a, end);
                default -> !w.endsWith("中") || end == a.length() || CLAUSE_END.indexOf(after) >= 0 || Character.isWhitespace(after);
            };
            if (word) {
                return true;
            }
        }
        return false;
    }

    private static boolean inUse(String a, int from) {
        return IN_USE.at(a, from) != null;
    }

    /**
     * Whether {@code target} asks for progress itself (推进, 进度: 按计划推进, where 正在推进 is on plan) or names one of the
     * under-way words ({@link #WORDS}: 基本完成 → 基本完成): then no actual's words say work is left against it.
     */
    public static boolean asksProgress(String target) {
        if (target.contains("推进") || target.contains("进度")) {
            return true;
        }
        for (Word w : WORDS) {
            if (target.contains(w.word())) {
                return true;
            }
        }
        return false;
    }

    /** Every kind of work left ({@link Left}): what is left at the year's end. */
    private static final java.util.Set<Left> EVERY_KIND = java.util.Collections.unmodifiableSet(java.util.EnumSet.allOf(Left.class));

    /**
     * The word of {@code actual} saying the work of {@code target} is not finished at the year's end, with its English gloss,
     * or null: an under-way word ({@link #underWayWord}, every kind), or a part not done with or without another said done
     * ({@link #partDone}, {@link #notDone}: one of {@link #NOT_DONE}). For a target that does not {@link #asksProgress}. At
     * the self-evaluation the year is over: work under way, to do, payments left and 基本完成 alike leave it unmet.
     * indicator-target-missed's in-progress reports it; {@link #saysLeft} asks it for the scorer.
     */
    public static String[] leftWord(String target, String actual) {
        Word under = underWayWord(actual, EVERY_KIND);
        if (under != null) {
            return new String[] {under.word(), under.gloss()};
        }
        // one part done, another not yet (一期已完工，二期尚未完工): the words of the part left; or a part not done and
        // nothing said done (二期尚未完工), read as an under-way word alone is (正在推进)
        String left = partOrNotDone(target, actual);
        for (String[] w : NOT_DONE) {
            if (w[0].equals(left)) {
                return w;
            }
        }
        return null;
    }

    /** The kinds of work left a text with no target beside it is read for ({@link #leftUntargeted}): not 基本完成, a grade. */
    private static final java.util.Set<Left> UNTARGETED =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(Left.WORK, Left.TO_DO, Left.AFTER));

    /**
     * The word of a text with no target beside it that says its work is not finished at the year's end, with its English
     * gloss, or null: a row that prints no 指标值 (天津 东丽区 2020, t119: 时效 "按时完成建设" | "随项目进度把控") or the year's
     * goal's 实际完成情况. Read as {@link #leftWord} reads an actual (under way, to do, a payment left: 正在推进, 项目实施中,
     * 随项目进度, 待支付; a part not done: 二期尚未完工, 未完成), then a closing-out or money act left undone where {@code row}
     * (the row's name, the goal's expected text) sets that act itself ({@link #actLeft}: 资金拨付 | 尚未拨付), then a miss said in
     * words ({@link StatedMiss#of(String)}: 未能完成, 未落实). Not 基本完成: with no target beside it, a grade (the scorer's
     * 部分达成) and no work said left; nor where {@code row} itself asks for progress ({@link #asksProgress}: 按进度推进). One
     * list of words for every reader: work-left-unexplained reads it (session 55).
     */
    public static String[] leftUntargeted(String row, String text) {
        if (text == null || text.isBlank() || row != null && asksProgress(row)) {
            return null;
        }
        Word under = underWayWord(text, UNTARGETED);
        if (under != null) {
            return new String[] {under.word(), under.gloss()};
        }
        String left = partOrNotDone(null, text);
        for (String[] w : NOT_DONE) {
            if (w[0].equals(left)) {
                return w;
            }
        }
        String[] act = actLeft(row == null ? "" : row, text);
        if (act != null) {
            return new String[] {act[0], act[2] + ": " + act[3]};
        }
        StatedMiss.Reading stated = StatedMiss.of(text);
        return stated == null ? null : new String[] {stated.word(), stated.gloss()};
    }

    /**
     * Whether {@code actual} says work of {@code target} is left at the year's end, as indicator-target-missed's in-progress
     * reads it: {@link #leftWord}, or a closing-out or money act the row sets left undone ({@link #actLeft}); never where the
     * target {@link #asksProgress}. The scorer keeps no unit's score unchecked for such a row (session 46: IndicatorScoring's
     * achievement-self-score).
     */
    public static boolean saysLeft(String target, String actual) {
        if (actual == null || actual.isBlank() || target == null || asksProgress(target)) {
            return false;
        }
        return leftWord(target, actual) != null || actLeft(target, actual) != null;
    }

    /**
     * The word saying work is left in an actual that reports one part of the work done and another not (一期已完工，二期正在推进
     * → 正在; 主体已完工，附属工程尚未完工 → 尚未完工): one clause (between ，；。) says its part is done (完工, 竣工, 完成, 建成,
     * not denied: 未完成 is none) and says no work left, another says work left (an under-way word as {@link #underWay} reads
     * it, or one of {@link #NOT_DONE}); null when not so, when the actual says the whole is done ({@link #WHOLE_DONE}:
     * 培训正在按计划进行，已完成全年任务), or when the target itself asks for progress ({@code target} with 推进 or 进度: 按计划推进).
     * Linear in the actual's length (a fixed set of words, each looked up once per clause).
     */
    public static String partDone(String target, String actual) {
        Clauses c = clauses(target, actual);
        return c == null ? null : c.partDone();
    }

    /**
     * The not-done word ({@link #NOT_DONE}) of an actual whose clauses say work is not done and none says a part is done
     * (二期尚未完工, 附属工程未完工, 工程尚未完工，正在办理结算 → 尚未完工), or null: the bare counterpart of {@link #partDone}, read as
     * an under-way word alone is (正在推进): the work is not finished by the self-evaluation, and no grade is guessed from
     * it (how much of the rest is done is not said). Null as well where a clause says a part is done (that is
     * {@link #partDone}'s, or, beside a closing-out clause, no work left: 已完工，尚未完成竣工决算), where a not-done clause is
     * about closing out (二期尚未完成竣工决算: {@link #CLOSE_OUT}), where the actual says the whole is done, or where the target
     * itself asks for progress (推进, 进度). Linear in the actual's length.
     */
    public static String notDone(String target, String actual) {
        Clauses c = clauses(target, actual);
        return c == null ? null : c.notDone();
    }

    /**
     * {@link #partDone}, and where it gives none {@link #notDone}: what {@link #leftWord} and {@link #leftUntargeted} read,
     * from one pass over the actual's clauses.
     */
    static String partOrNotDone(String target, String actual) {
        Clauses c = clauses(target, actual);
        return c == null ? null : c.partDone() != null ? c.partDone() : c.notDone();
    }

    /** What an actual's clauses say: {@link #partDone}'s answer and {@link #notDone}'s (each null for none). */
    private record Clauses(String partDone, String notDone) {
    }

    /**
     * The actual's clauses (between {@link #CLAUSE_BREAK}) read for {@link #partDone} and {@link #notDone} together, or null
     * where the actual is shorter than 3 characters, says the whole is done ({@link #WHOLE_DONE}), or the target itself asks
     * for progress (推进, 进度). Each reading takes a clause's work-left word, none in a clause about closing out
     * ({@link #closingOut}; {@link #partDone}: one of {@link #NOT_DONE}, else an under-way word of {@link #UNDER_WAY};
     * {@link #notDone}: one of {@link #NOT_DONE}), its first over the clauses, and, where a clause gives it none, whether
     * the clause says its part done ({@link #doneIn});
     * {@link #partDone} answers where some clause says done (and an actual has 4 characters or more), {@link #notDone} where
     * none does. One pass over the actual: each clause cut, and its closing-out, not-done and done words looked up, once for
     * both (until session 56 each reading made its own pass, and {@link #leftWord} made both).
     */
    private static Clauses clauses(String target, String actual) {
        if (actual == null || actual.length() < 3 || target != null && (target.contains("推进") || target.contains("进度"))) {
            return null;
        }
        for (String w : WHOLE_DONE) {
            if (actual.contains(w)) {
                return null;
            }
        }
        boolean partDone = false;
        String partLeft = null;
        boolean notDone = false;
        String notLeft = null;
        int from = 0;
        for (int k = 0; k <= actual.length(); k++) {
            if (k < actual.length() && CLAUSE_BREAK.indexOf(actual.charAt(k)) < 0) {
                continue;
            }
            String clause = actual.substring(from, k);
            from = k + 1;
            // the two readings' words: both nothing in a clause about closing out; else the NOT_DONE word, which partDone's
            // takes first and then looks for an under-way word
            boolean closing = closingOut(clause);
            String nd = closing ? null : notDoneWord(clause);
            String l = closing || nd != null ? nd : underWayIn(clause);
            boolean asked = false; // doneIn(clause), asked once where either reading needs it
            boolean done = false;
            if (l != null) {
                partLeft = partLeft == null ? l : partLeft;
            } else {
                asked = true;
                done = doneIn(clause);
                partDone |= done;
            }
            if (nd != null) {
                notLeft = notLeft == null ? nd : notLeft;
            } else if (asked ? done : doneIn(clause)) {
                notDone = true;
            }
        }
        return new Clauses(actual.length() >= 4 && partDone ? partLeft : null, notDone ? null : notLeft);
    }

    /** The {@link #NOT_DONE} word in {@code clause}, or null (closing out not asked). */
    private static String notDoneWord(String clause) {
        if (!anyOf(clause, NOT_DONE_FIRST)) {
            return null; // each word begins with one of these characters (尚, 未, 待): most clauses hold none
        }
        for (String[] w : NOT_DONE) {
            if (wordAt(clause, w[0]) >= 0) {
                return w[0];
            }
        }
        return null;
    }

    /** Whether the actual reads as {@link #partDone} (whatever its target). */
    static boolean phased(String actual) {
        return partDone(null, actual) != null;
    }

    /**
     * What follows a finished piece of work, not a part of it: a clause under way or not done about these (已完工，正在办理竣工结算;
     * 已建成，正在试运行; 已完工，尚未完成竣工决算) leaves no work the target asks for (review s29-V: such an actual was 部分达成).
     */
    static final String[] CLOSE_OUT = {"结算", "决算", "审计", "验收", "试运行", "移交", "备案", "归档", "支付", "拨付", "报账"};

    /** Whether {@code clause} is about closing out a finished piece of work ({@link #CLOSE_OUT}: 结算, 决算, 验收 …). */
    static boolean closingOut(String clause) {
        for (String w : CLOSE_OUT) {
            if (clause.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@link #UNDER_WAY} that occurs in {@code clause} as a word ({@link #occurs}), or null. */
    private static String underWayIn(String clause) {
        for (String w : UNDER_WAY) {
            if (occurs(clause, w)) {
                return w;
            }
        }
        return null;
    }

    /** The first characters of the words of {@link #NOT_DONE}: a clause holding none of them holds none of the words. */
    private static final String NOT_DONE_FIRST = firstChars(NOT_DONE);

    /** The first characters of the words of {@link #ACT_NOT_DONE} and {@link #NOT_DONE}, the words {@link #actLeft} looks for. */
    private static final String ACT_LEFT_FIRST = firstChars(ACT_NOT_DONE) + NOT_DONE_FIRST;

    /** The distinct first characters of {@code words}' words ({@code w[0]}). */
    private static String firstChars(String[][] words) {
        StringBuilder b = new StringBuilder();
        for (String[] w : words) {
            if (b.indexOf(w[0].substring(0, 1)) < 0) {
                b.append(w[0].charAt(0));
            }
        }
        return b.toString();
    }

    /** Whether {@code s} holds one of the characters of {@code chars}. */
    private static boolean anyOf(String s, String chars) {
        return anyOf(s, 0, s.length(), chars);
    }

    /** Whether {@code s} holds one of the characters of {@code chars} from {@code from} to {@code to} (exclusive). */
    private static boolean anyOf(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code clause} says its part is done: a {@link #DONE} word not denied (未完成) nor graded (基本完成, 部分完成). */
    static boolean doneIn(String clause) {
        for (String w : DONE) {
            for (int at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) {
                char before = at > 0 ? clause.charAt(at - 1) : ' ';
                if ("未没不本分".indexOf(before) < 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
