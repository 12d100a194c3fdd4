package io.github.jixiao.target;

import java.util.List;

/**
 * How a qualitative actual stands to its target's word (SC-2: a qualitative target is graded 达成 / 部分达成 / 未达成):
 * the target's word with 基本, 较, 比较 or 部分 before it is {@link #PARTLY} achieved (及时 → 较及时, 达标 → 基本达标), with
 * 未, 不, 未能 or 尚未 before it {@link #NOT} achieved (达标 → 未达标; unless the target is itself a negation: 不超标),
 * anything else {@link #NONE}. {@link #read} adds the framework's words and {@link #ACHIEVED}. Shared by the scorer (a row
 * without a 完成档次 column is graded by {@link #read}) and the rule that reports full marks on a lower grade
 * ({@code score-ignores-missed-target}), so that the two read every row alike.
 */
public enum Grade {
    /** The actual says no grade of the target. */
    NONE,
    /** The actual says the target was achieved (only {@link #read} says so). */
    ACHIEVED,
    PARTLY,
    NOT;

    /** The words that, put before a qualitative target's word, make a lower grade of it. Small on purpose. */
    private static final List<String> LOWER = List.of("基本", "较", "比较", "部分");

    /** The words that, put before a qualitative target's word, deny it. */
    private static final List<String> NEGATING = List.of("未", "不", "未能", "尚未");

    /** The first characters of a target that is itself a negation (不超标, 无事故 …): a negating prefix is not read before it. */
    public static final String NEGATION_CHARS = "不无未非零没";

    /**
     * The actual as a grade of the target's word (a trailing 。 aside); decided on the lengths and the ending before any
     * prefix is looked up.
     */
    public static Grade of(String target, String actual) {
        if (target == null || actual == null) {
            return NONE;
        }
        String t = endless(target.strip());
        String a = endless(actual.strip());
        int extra = a.length() - t.length();
        if (t.isEmpty() || extra < 1 || extra > 2 || !a.endsWith(t)) {
            return NONE;
        }
        String prefix = a.substring(0, extra);
        if (LOWER.contains(prefix)) {
            return PARTLY;
        }
        return NEGATING.contains(prefix) && NEGATION_CHARS.indexOf(t.charAt(0)) < 0 ? NOT : NONE;
    }

    /**
     * The grade a qualitative actual states of its target, as a table without a 完成档次 column gives it (SC-2), in this
     * order: {@link #ACHIEVED} for the target's own words or one of the framework's words for 达成 ({@code achieved}:
     * 达成预期指标, 已完成 …); the target's word with another grade word before it (基本, 较, 比较, 部分): {@link #PARTLY}
     * for a target without one (达标 → 基本达标), {@link #ACHIEVED} for a target that is itself a lower grade (基本达标 →
     * 较达标, 较及时 → 及时: the grade asked for, or better); one of the framework's words for 部分达成
     * ({@code partial}: 基本达到, 部分完成 …) {@link #PARTLY}, unless the target is itself such a word or a lower grade
     * (基本达到 → 基本完成: {@link #ACHIEVED}); a framework's word for 达成 denied (未达成预期指标, 未完成) or the target's
     * word denied (达标 → 未达标) {@link #NOT}; anything else {@link #NONE}. 已完成 or 完成 with the share done after it
     * ({@link TargetParser#shareDone}: 已完成100%) is those words alone at 100 % or more; below it, where the words alone
     * would be {@link #ACHIEVED}, {@link #PARTLY} ({@link #NOT} at 0 %). An actual saying one part of the work is done and
     * another is not ({@link WorkLeft#partDone}: 一期已完工，二期正在推进) is {@link #PARTLY}, as 部分完成 is. An actual that says in
     * words the target was not met ({@link StatedMiss}, the reading {@code indicator-target-missed stated} reports) is graded
     * as an evaluator grades it under SC-2: a miss said of a part of the work, named before the miss word in its clause
     * (1-2期未能及时培训, 2所未达到验收标准, 第三期补贴未按时发放, 部分项目未完成, 个别学员未按时结业), {@link #PARTLY} (部分达成:
     * the rest was done); a miss said of the whole (培训未能开展, 资金未到位, 项目未完成, 工作未开展) {@link #NOT} (未达成); never
     * a denial (不存在未达标情况, 杜绝未落实情况, 无未到位资金), what did not happen (未发生安全事故, 未出现投诉: met), a target that
     * is itself a negation (无事故, 不超标) or an actual repeating the target's words; 尚未 (尚未完成: not yet) and a
     * building's 未完工 stay ungraded, as work under way is. A target that states a direction only (增加, 有所下降, 超上年度)
     * beside an actual that states a change by one figure (增372人次, 同比下降2%, 增收27万元, +372) is {@link #ACHIEVED} where
     * the change goes the target's way by more than nothing, {@link #NOT} where it goes the other way or by nothing
     * ({@link Change}). A trailing 。 or ； changes nothing. Cheap
     * tests (lengths, a first character) come before any list is searched.
     */
    /**
     * A level named after the result, set off by a comma, a semicolon, a space or brackets, at the actual's end (its full
     * stop let go by {@link #endless}): "…，部分达成", "…（未达成）", "… 达成". Not 已达成, 基本达成 or 达成预期指标 (read below).
     */
    private static final java.util.regex.Pattern STATED_LEVEL =
            java.util.regex.Pattern.compile("[，,；;、\\s（(](部分达成|未达成|达成)[)）]?$");

    public static Grade read(String target, String actual, java.util.Collection<String> achieved,
                             java.util.Collection<String> partial) {
        if (actual == null || target == null) {
            return NONE;
        }
        String a = endless(actual.strip());
        String t = endless(target.strip());
        if (a.isEmpty() || noResult(a)) {
            // "%" beside a "%" target, "**" beside "**", "—" beside "—": equal texts, but no result is stated (a template's
            // value left unfilled): no grade, as for a blank actual (before session 44 the equal texts read ACHIEVED)
            return NONE;
        }
        java.util.regex.Matcher level = STATED_LEVEL.matcher(a);
        if (level.find()) {
            // the level written after the result, as score-input-missing's achievement-self-score asks on a form with no 完成档次
            // column (签约率提高1%体检率下降1%，部分达成): the officer's own grade, which the band then holds the score to
            return switch (level.group(1)) {
                case "部分达成" -> PARTLY;
                case "未达成" -> NOT;
                default -> ACHIEVED;
            };
        }
        TargetParser.ShareDone share = TargetParser.shareDone(a);
        if (share != null) {
            // 已完成100% (大英 2020's 实施进度): the words alone at the whole of the work; a lower share, when the words
            // say 达成, 部分达成 (0 %: 未达成)
            if (share.whole()) {
                a = share.words();
            } else if (share.words().equals(t) || achieved.contains(share.words())) {
                return share.percent().signum() == 0 ? NOT : PARTLY;
            } else {
                return NONE;
            }
        }
        if (a.equals(t) || achieved.contains(a)) {
            return ACHIEVED;
        }
        Grade onScale = onScale(t, a);
        if (onScale != NONE) {
            return onScale;
        }
        // a direction-only target (增加, 超上年度) and a change by a figure (增372人次, 增收27万元): met the target's way, not
        // met the other way or by nothing (Change)
        Grade change = Change.read(t, a);
        if (change != NONE) {
            return change;
        }
        int ta = lower(t);
        int aa = lower(a);
        // a target that is itself a lower grade: 基本达到, 较及时, 部分完成 (a grade word before a word of two characters at
        // most: the grade adjectives, 及时, 达标, 完善, 满意, 好; not 全覆盖, 无事故), or one of the
        // framework's words for 部分达成; not a phrase that merely begins so (较上年有所提升, 基本公共服务均等化, 基本实现全覆盖)
        boolean lowerTarget = (ta > 0 && t.length() - ta <= GRADED_WORD_MAX) || partial.contains(t);
        if ((ta > 0 || aa > 0) && t.length() - ta == a.length() - aa && t.regionMatches(ta, a, aa, t.length() - ta)) {
            return ta > 0 ? ACHIEVED : PARTLY; // the same word, a grade word before one of them
        }
        if (partial.contains(a)) {
            return lowerTarget ? ACHIEVED : PARTLY;
        }
        String denied = denied(a);
        if (denied != null && achieved.contains(denied)) {
            return NOT;
        }
        if (WorkLeft.partDone(t, a) != null) {
            // one part done, another not (一期已完工，二期正在推进; 主体已完工，附属工程尚未完工): partly achieved, as 部分完成
            return lowerTarget ? ACHIEVED : PARTLY;
        }
        Grade g = of(target, actual); // a grade word before the target's whole word (较好 → 基本较好), or the word denied
        if (g != NONE) {
            return g;
        }
        // the miss said in words (1-2期未能及时培训, 培训未能开展): as indicator-target-missed reads it, graded by what it is said of
        StatedMiss.Reading stated = StatedMiss.of(target, actual);
        return stated == null ? NONE : stated.part() ? PARTLY : NOT;
    }

    /** What a printed grade scale may have between its grades: none, or marks and spaces, any of them, any number. */
    private static final String SCALE_MARKS = "[、/／，,\\s\u3000\u00A0]*";

    /**
     * A text that is a printed grade scale, the whole of it, as 四川's forms print it for a 定性 row, best first, with or
     * without marks between the grades ({@link #SCALE_MARKS}): 优良中差 or 优良中低差 (大英 医保 2023, t96), 优、良、中、差,
     * 优/良/中/差; 高中低 (甘孜州市场监督管理局, t105: every 定性 row, session 48); either printed worst first (session 49). It is VAL-2's 分级分档 form, the scale the
     * year's grade is taken from, not a vague word (高 alone is one). The one definition (session 49): TargetParser marks
     * such a target graded (no indicator-target-unmeasurable), and {@link #onScale} reads a grade of it as an actual.
     * Until then each had its own: the parser's allowed one mark from 、/／, between grades (of its normalised text, no
     * spaces, ， as ,), this class's any number of 、/，, and spaces, not ／.
     */
    static final java.util.regex.Pattern PRINTED_SCALE = java.util.regex.Pattern.compile(
            "优" + SCALE_MARKS + "良" + SCALE_MARKS + "中(?:" + SCALE_MARKS + "低)?" + SCALE_MARKS + "差"
                    + "|高" + SCALE_MARKS + "中" + SCALE_MARKS + "低"
                    // the same printed worst first (差中良优, 差低中良优, 低中高: F16, session 49): a scale is no less one for being
                    // printed upwards
                    + "|差(?:" + SCALE_MARKS + "低)?" + SCALE_MARKS + "中" + SCALE_MARKS + "良" + SCALE_MARKS + "优"
                    + "|低" + SCALE_MARKS + "中" + SCALE_MARKS + "高");

    /**
     * An actual that is one grade of a target printed as a grade scale (VAL-2's 分级分档: the scale the year-end grade is
     * taken from), as SC-2's bands take it: 优 and 良 (the grades of 80 and more in the usual 优 ≥ 90, 良 80–89, 中 60–79,
     * 差 below) {@link #ACHIEVED}, 中 {@link #PARTLY}, 低 and 差 {@link #NOT}; else {@link #NONE}. Before, such an actual
     * was "no 完成档次" and the row unscored (session 45); the scorer says the reading (score-assumption achievement).
     */
    static Grade onScale(String t, String a) {
        if (t.length() > 16 || t.isEmpty() || a.length() > 2) {
            return NONE;
        }
        if (!PRINTED_SCALE.matcher(t).matches()) {
            return NONE;
        }
        if (t.charAt(0) == '高' || t.charAt(0) == '低') {
            // 高中低 (甘孜 2024's 定性 rows, t105; session 48): 高 the top grade, 中 the middle, 低 the bottom, as 优, 中, 差
            return switch (a) {
                case "高" -> ACHIEVED;
                case "中", "中等" -> PARTLY;
                case "低" -> NOT;
                default -> NONE;
            };
        }
        return switch (a) {
            case "优", "优秀", "优等", "良", "良好" -> ACHIEVED;
            case "中", "中等" -> PARTLY;
            case "低", "差", "较差", "较低" -> NOT;
            default -> NONE;
        };
    }

    /** The marks a cell left unfilled holds in place of a value: asterisks, x's, dashes, slashes, dots, question marks. */
    static final String PLACEHOLDER_MARKS = "*＊xXｘＸ×？?—–-－―─/／\\…·．.。、，,_＿~～　";

    /**
     * Whether {@code value} states no result: it holds no figure and no word, only placeholder marks ("**", "xx", "—",
     * "/", "……", "？"), a comparator ("≥"), a unit or percent sign ("%", "万人"), or these together ("≥ %", "**%", "xx万元").
     * A blank value is not one (it is blank). A word (达标, 无, 是) or any digit or Chinese numeral before the unit (三个) is a
     * result. The scorer grades no such actual ({@link #read}: NONE; the row is not scored): its text equal to the target's
     * ("%" beside a "%" target) is a template's cell left unfilled on both sides, not the target met.
     */
    public static boolean noResult(String value) {
        if (value == null || value.isBlank() || value.length() > 16) {
            return false;
        }
        if (io.github.jixiao.text.Chars.hasDigit(value)) {
            return false; // the loop below says so at the first digit: most values have one, and need no builder
        }
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isDigit(c) || rest.isEmpty() && "零〇一二三四五六七八九十两百千半".indexOf(c) >= 0) {
                return false;
            }
            if (rest.isEmpty() && (Comparator.sign(c) || PLACEHOLDER_MARKS.indexOf(c) >= 0)) {
                continue;
            }
            rest.append(c);
        }
        if (rest.isEmpty()) {
            return true;
        }
        return unitAlone(endless(rest.toString()));
    }

    /**
     * Whether {@code u} is a unit and nothing more: a percent or per-mille sign, or a unit the parser reads as itself
     * and of a known kind ("万人", "公里"; not "达标"). What remains of a cell holding no result once its marks and
     * comparator are set aside ({@link #noResult}; placeholder-left's unit-only targets and actuals).
     */
    public static boolean unitAlone(String u) {
        if (u.equals("%") || u.equals("％") || u.equals("‰")) {
            return true;
        }
        String unit = TargetParser.unitOf(u);
        return !unit.isEmpty() && unit.equals(TargetParser.unitOf(unit)) && UnitKind.base(unit) != null;
    }

    /** The longest word a grade word (基本, 较, 比较, 部分) qualifies in a target that is itself a grade (及时, 达标, 完善, 满意). */
    private static final int GRADED_WORD_MAX = 2;

    /** The length of the grade word (基本, 较, 比较, 部分) {@code s} begins with, when a word follows it; else 0. */
    private static int lower(String s) {
        if (s.length() < 2 || "基较比部".indexOf(s.charAt(0)) < 0) { // cheap test first
            return 0;
        }
        for (String w : LOWER) {
            if (s.startsWith(w) && s.length() > w.length()) {
                return w.length();
            }
        }
        return 0;
    }

    /**
     * What {@code words} deny: the words after one of 未, 不, 未能 or 尚未 (未完成 → 完成, 尚未达到 → 达到), or null when
     * they do not begin with one (or nothing follows it).
     */
    public static String denied(String words) {
        if (words == null || words.length() < 2 || "未不尚".indexOf(words.charAt(0)) < 0) { // cheap test first
            return null;
        }
        for (String n : List.of("尚未", "未能", "未", "不")) {
            if (words.startsWith(n) && words.length() > n.length()) {
                return words.substring(n.length());
            }
        }
        return null;
    }

    /** {@code s} without its trailing full stops and semicolons. */
    public static String endless(String s) {
        int n = s.length();
        while (n > 0 && "。.；;".indexOf(s.charAt(n - 1)) >= 0) {
            n--;
        }
        return s.substring(0, n);
    }
}
