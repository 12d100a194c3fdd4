package io.github.jixiao.target;

import io.github.jixiao.text.Chars;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one parser for targets and actuals as written. Half- and full-width symbols (≥ ≧ ＞ ％ ～ — －),
 * spaces, thousands separators, Chinese comparator words (不少于, 以上, 不超过 …) and Chinese units
 * (个 家 次 人 场 天 平方米 万元 亿元 %) are normal input. Never throws: what it cannot read as a number
 * is qualitative.
 */
public final class TargetParser {
    private TargetParser() {
    }

    /** Longer texts are not targets but prose: they are kept as qualitative without being scanned. */
    static final int MAX_INPUT = 200;

    private static final String NUM = "([+-]?\\d+(?:\\.\\d+)?)";
    /** A unit: up to 8 characters, no digits, comparators or punctuation ("%，且无投诉" is not a unit). */
    private static final String UNIT = "([^\\d\\s≥≤<>=~.+\\-,;:，；。、：()（）\\[\\]【】\"'“”‘’!?！？]"
            + "[^\\d\\s≥≤<>=~,;:，；。、：()（）\\[\\]【】\"'“”‘’!?！？]{0,7})?";
    private static final Pattern RANGE = Pattern.compile("^" + NUM + UNIT + "~" + NUM + UNIT + "$");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    /** "-", "至" or "到" between a number (or its unit) and a number: a range, not a sign or a word. */
    private static final Pattern RANGE_WORD = Pattern.compile("(?<=[\\d%\\p{IsHan}])(?:-|至|到)(?=[+-]?\\d)");

    /** Words before a number that mean a comparator (longest first where one contains another). */
    private static final List<Map.Entry<String, String>> PREFIX_WORDS = List.of(
            Map.entry("大于或等于", "≥"), Map.entry("大于等于", "≥"), Map.entry("不少于", "≥"), Map.entry("不低于", "≥"),
            Map.entry("不小于", "≥"), Map.entry("至少", "≥"), Map.entry("最少", "≥"), Map.entry("达到", "≥"),
            Map.entry("小于或等于", "≤"), Map.entry("小于等于", "≤"), Map.entry("不超过", "≤"), Map.entry("不高于", "≤"),
            Map.entry("不多于", "≤"), Map.entry("不大于", "≤"), Map.entry("最多", "≤"), Map.entry("控制在", "≤"),
            Map.entry("大于", ">"), Map.entry("高于", ">"), Map.entry("超过", ">"), Map.entry("多于", ">"),
            Map.entry("小于", "<"), Map.entry("低于", "<"), Map.entry("少于", "<"), Map.entry("等于", "="));

    /** Words after a number (and unit) that mean a comparator (longest first). */
    private static final List<Map.Entry<String, String>> SUFFIX_WORDS = List.of(
            Map.entry("及以上", "≥"), Map.entry("以上", "≥"), Map.entry("及以下", "≤"), Map.entry("以下", "≤"),
            Map.entry("以内", "≤"), Map.entry("之内", "≤"), Map.entry("内", "≤"));

    /** Adjectives that grade nothing: a target made of them cannot be checked (VAL-2). */
    private static final List<String> VAGUE = List.of(
            "明显", "显著", "有效", "提升", "提高", "改善", "增强", "加强", "完善", "良好", "较好", "较高", "进一步",
            "逐步", "稳步", "持续", "积极", "大幅", "有所", "促进", "推动", "好", "高", "增加", "长远", "加大");

    /**
     * 长期 ("long-term") as a level: how long is not said (昭化 2021's 可持续影响 target "长期", t133). Not 中长期 (a
     * 中长期规划 is a document to write), nor 长期 of a 规划 / 计划 / 战略 named as one.
     */
    private static final Pattern LONG_TERM = Pattern.compile("(?<!中)长期(?![规计]划|战略)");

    /** Whether {@code text} says 长期 as a level ({@link #LONG_TERM}), the vague word {@link #qualitative} reads. */
    public static boolean longTerm(String text) {
        return text != null && text.contains("长期") && LONG_TERM.matcher(text).find();
    }

    /** A vague word negated: a state to keep ("不增加群众负担"), not a level to reach; dropped before {@link #VAGUE} is looked for. */
    private static final List<String> NEGATED_VAGUE = List.of("不增加", "未增加", "无增加");

    private static final List<String> GRADE_MARKERS = List.of("分级", "分档", "等级", "档次");
    private static final Pattern GRADE_LIST = Pattern.compile(
            "(优|良|中|差|好|较好|一般|较差|A|B|C|D|达标|基本达标|不达标|达成|部分达成|未达成)"
                    + "([/／、|,，](优|良|中|差|好|较好|一般|较差|A|B|C|D|达标|基本达标|不达标|达成|部分达成|未达成)){2,}");

    /** Unit spellings that mean the same unit. */
    private static final Map<String, String> UNIT_ALIASES = Map.of(
            "百分比", "%", "％", "%", "㎡", "平方米", "m2", "平方米", "m²", "平方米", "人次数", "人次");

    private static final Map<String, BigDecimal> MONEY_FACTORS = Map.of(
            "元", BigDecimal.ONE, "万元", BigDecimal.valueOf(10_000), "亿元", BigDecimal.valueOf(100_000_000));

    /**
     * Parsed texts, shared by every run: parsing is pure and {@link TargetValue} immutable, and the same texts
     * ("≥ 95%", "100%") recur across indicators and departments. A direct-mapped table: a text's slot is fixed by its
     * hash, and the first text to come keeps it. A {@code ConcurrentHashMap} of 20,000 texts, cleared when full, cost
     * more than the parsing it saved (a department's lookups missed the processor's caches: a quarter of the binding
     * in a profile, benchmark/README.md); this table (16,384 slots) keeps the frequent texts and needs no lock: a slot
     * is written when empty, with an immutable entry, so a thread reads either nothing or an entry; only texts of at
     * most 64 characters are kept (targets are short; a long text is parsed each time rather than kept
     * for the life of the JVM, which may check many submissions). A slot is not taken
     * over by a later text: over 1,000 generated departments (1.16 million texts, 61,000 distinct) the first texts
     * to come hit as often (84.5 % against 84.8 % when each new text took its slot over), and the table is written
     * 16,000 times instead of 177,000 times a pass: each write was a new entry kept alive by an old array, and
     * cost more than the parsing it saved (benchmark/README.md, session 12).
     */
    private static final OnceTable<TargetValue> SHARED = new OnceTable<>(16384, 64);

    /**
     * {@link #parse}, remembered: the same text gives an equal (immutable) value. A text of the plain shape
     * ({@link #plainQuantity}: "≥ 95%", "36", "12.5 万元") is read on the spot instead: one scan costs less than finding
     * its entry, which a department's tail of rarely repeated texts left out of the processor's caches, and the value
     * lies beside its indicator for the rules that read it next.
     */
    public static TargetValue parseShared(String written) {
        if (written == null) {
            return parse(null);
        }
        TargetValue quantity = plainQuantity(written);
        if (quantity != null) {
            return quantity;
        }
        return SHARED.get(written, TargetParser::parseInFull);
    }

    /** 达 (reach) alone, then a figure: "达95%", "达 100%" (not 达到, 达标, 达成, whose next character is no digit). */
    private static final Pattern REACH = Pattern.compile("达\\s*[+]?\\d");

    /**
     * An actual written "达95%" (reached 95 %) read as the figure it states, not a floor: {@code parsed} (its {@link #parse}, ≥
     * 95 %) as "95%" (=, no comparator written), so that it is compared and scored as 95 % and not taken for a copied
     * comparator ("≥ 95%" in the actual column); any other text, {@code parsed} unchanged. 达到 before an actual keeps its
     * reading (a floor, said by actual-equals-target-pattern). Session 50 (D3's left-alone).
     */
    public static TargetValue reachedFigure(String written, TargetValue parsed) {
        if (written == null || parsed == null || !parsed.isQuantitative() || parsed.isRange() || !parsed.explicitComparator()
                || parsed.comparator() != Comparator.GE) {
            return parsed;
        }
        String w = written.strip();
        return REACH.matcher(w).lookingAt() ? parsed.withComparator(Comparator.EQ, false) : parsed;
    }

    /** Parses {@code written}; null or blank gives an empty value. Never throws. */
    public static TargetValue parse(String written) {
        if (written == null) {
            return empty("");
        }
        TargetValue quantity = plainQuantity(written);
        return quantity != null ? quantity : parseInFull(written);
    }

    /** {@link #parse} of a text that is not null and not of {@link #plainQuantity}'s shape (or not known to be). */
    private static TargetValue parseInFull(String written) {
        String text = written.strip();
        if (text.isEmpty()) {
            return empty(text);
        }
        if (text.length() > MAX_INPUT) {
            String head = text.substring(0, MAX_INPUT);
            return qualitative(text, normalise(head));
        }
        String norm = onceCompared(normalise(text));
        TargetValue date = date(text, norm);
        if (date != null) {
            return date;
        }
        if (dateWithoutYear(norm) || aboutAYear(norm)) {
            return qualitative(text, norm);
        }
        String aside = aside(about(norm));
        String s = done(aside);
        if (s != aside && (dateWithoutYear(s) || aboutAYear(s) || date(s, s) != null)) {
            // 完成2023年度工作任务, 已完成2023年11月, 完成12月底前: a sentence about a year or a day, as before 完成 was
            // taken out of an actual, not 2023 of a unit 年度工作任务 (an error beside a target in words)
            return qualitative(text, norm);
        }
        s = perFirst(s);
        String cmp = null;
        for (Map.Entry<String, String> w : PREFIX_WORDS) {
            if (s.startsWith(w.getKey())) {
                cmp = w.getValue();
                s = s.substring(w.getKey().length());
                if (AT_LEAST_WORDS.contains(w.getKey())) {
                    s = counted(s);
                }
                break;
            }
        }
        if (cmp == null && REACH.matcher(s).lookingAt()) {
            // 达 (reach) alone before the figure: "达95%", "达 100%" as 达到 is read, ≥ (新田镇 2022's 满意度 "达100%", t103;
            // words until session 50); not 达标, 达成 (no figure follows), and an actual's 达 is its figure (reachedFigure)
            cmp = "≥";
            s = s.substring(1).strip();
        }
        // all trailing comparator words ("5个以上以上" is 5 个 too, and nothing of them is left in the unit)
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (Map.Entry<String, String> w : SUFFIX_WORDS) {
                if (s.endsWith(w.getKey()) && s.length() > w.getKey().length()) {
                    if (cmp == null) {
                        cmp = w.getValue();
                    }
                    s = s.substring(0, s.length() - w.getKey().length());
                    stripped = true;
                    break;
                }
            }
        }
        // a parenthesis before the comparator word: 5（家）以上, 95%（含）以上, 5家（含）以上
        s = aside(s);
        // "-", "至", "到" between two numbers make a range (after the words: "达到" is not one)
        if (s.indexOf('-') >= 0 || s.indexOf('至') >= 0 || s.indexOf('到') >= 0) {
            s = RANGE_WORD.matcher(s).replaceAll("~");
        }
        if (cmp != null && !s.isEmpty() && "≥≤<>=".indexOf(s.charAt(0)) < 0 && s.indexOf('~') < 0) {
            s = cmp + s;
        }
        int[] single = single(s);
        if (single != null) {
            BigDecimal n = number(s.substring(single[0], single[1]));
            String rest = single[1] == s.length() ? null : s.substring(single[1]);
            boolean more = moreThan(rest);
            String u = unit(more ? rest.substring(1) : rest);
            if (n != null && validUnit(u)) {
                boolean stated = single[0] > 0;
                Comparator comparator = stated ? comparatorOf(s.substring(0, 1)) : more ? Comparator.GE : Comparator.EQ;
                return new TargetValue(TargetValue.Kind.QUANTITATIVE, comparator, stated || more, n, n, u, text, false, false);
            }
        }
        Matcher r = s.indexOf('~') >= 0 ? RANGE.matcher(s) : null;
        if (r != null && r.matches()) {
            BigDecimal a = number(r.group(1));
            BigDecimal b = number(r.group(3));
            String u1 = unit(r.group(2));
            String u2 = unit(r.group(4));
            if (a != null && b != null && validUnit(u1) && validUnit(u2) && (u1.isEmpty() || u2.isEmpty() || u1.equals(u2))) {
                String u = u2.isEmpty() ? u1 : u2;
                BigDecimal lo = a.min(b);
                BigDecimal hi = a.max(b);
                return new TargetValue(TargetValue.Kind.QUANTITATIVE, Comparator.RANGE, true, lo, hi, u, text, false, false);
            }
        }
        return qualitative(text, norm);
    }

    /**
     * A standard written with what it is per before the amount: "每亩300元" (per mu, 300 yuan), "每人500元", "每公里不超过
     * 2万元", read as "300元/亩", "500元/人", "不超过2万元/公里"; "每亩300" (零陵 2021's 造林补助, its 元 left off) as
     * "300/亩", a cost per mu with no money unit. Until session 44 such a target was words: a cost row written so was
     * told it named no amount. Only where what follows 每 is a unit of a kind {@link UnitKind} knows (亩, 人, 户, 公里, 吨 …;
     * not money, a share, or time: 每季度 1 次 is how often, left as words) and the rest holds a digit and no other per
     * ("每人每月500元", "每亩300元/年": left as written).
     */
    static String perFirst(String s) {
        if (s.length() < 3 || s.charAt(0) != '每') {
            return s;
        }
        for (int len = Math.min(3, s.length() - 2); len >= 1; len--) {
            String per = s.substring(1, 1 + len);
            UnitKind kind = UnitKind.of(per);
            if (kind == null || kind == UnitKind.MONEY || kind == UnitKind.PERCENT || kind == UnitKind.RATE) {
                continue;
            }
            if (kind == UnitKind.TIME) {
                return s; // 每季度 1 次, 每月2次: how often, left as words (no rule compares a frequency)
            }
            String rest = s.substring(1 + len).strip();
            if (rest.isEmpty() || rest.indexOf('/') >= 0 || rest.indexOf('每') >= 0 || rest.chars().noneMatch(c -> c >= '0' && c <= '9')) {
                return s;
            }
            return rest + "/" + per;
        }
        return s;
    }

    /**
     * A target that {@link #parse} leaves as words, read as the one quantity it states beside a label: the words naming
     * what is measured before its comparator ("合格率≥95%", "支付率≥90%", "因灾损失≤10万元", "工程完好率 ≥ 90%",
     * "合格率：≥95%", "合格率达到95%", "完成率95%以上") or in brackets after it ("≥95%（度汛安全率）").
     *
     * @param label the words (as normalised: no spaces), "合格率", "度汛安全率"
     * @param value the quantity, with an explicit comparator, its text the whole text as written
     */
    public record Labelled(String label, TargetValue value) {
    }

    /** The most characters a label may have ({@link #labelled}). */
    static final int MAX_LABEL = 16;

    /** Longer texts are no label and a quantity ({@link #labelled}): they are not scanned. */
    static final int MAX_LABELLED = 48;

    /**
     * {@code written} as a label and one quantity ({@link Labelled}), or null. Read only where the text holds exactly
     * one comparator (a sign, or a comparator word before or after the number: 达到, 不低于, 以上 …, or 达 directly before it:
     * "合格率达95%") with one number and
     * perhaps its unit, and, either before it or in one last bracket after it (not both), words alone: Chinese characters
     * or Latin letters, at most {@link #MAX_LABEL}, no digit (so a second number, a year or a date keeps the text words).
     * Not read: no comparator ("完成率95%": a rate written without its direction stays words, as docs/forms.md keeps it),
     * a range, a date, a comparator before the words ("不低于完成率95%"), words both before and after, a clause after
     * the unit. Whether the row is read so is the binding's to decide ({@code Indicator}: the actual a number in the
     * same terms, or the row's unit). One pass over at most {@link #MAX_LABELLED} characters.
     */
    public static Labelled labelled(String written) {
        String text = written == null ? null : written.strip();
        String norm = labelCandidate(text);
        if (norm == null) {
            return null;
        }
        int n = norm.length();
        char last = norm.charAt(n - 1);
        if (last == ')' || last == '）') {
            int open = Chars.lastBracket(norm);
            if (open <= 0) {
                return null;
            }
            String head = norm.substring(0, open);
            if (startsWithComparator(head, 0) || reachAt(head, 0)) {
                String inside = norm.substring(open + 1, n - 1);
                return words(inside, 0, inside.length()) ? labelledValue(inside, head, text) : null;
            }
            // a last bracket after words and a quantity: "合格率≥95%（含）" is read below, its bracket as parse reads it
        }
        int i = 0;
        while (i < n && labelChar(norm.charAt(i)) && !startsWithComparator(norm, i) && !reachAt(norm, i)) {
            i++;
        }
        int end = i;
        i = afterColon(norm, i);
        if (end == 0 || end > MAX_LABEL || i >= n) {
            return null;
        }
        return labelledValue(norm.substring(0, end), norm.substring(i), text);
    }

    /**
     * Whether 达 (reach) alone, then a figure, starts at {@code i} of {@code norm} ({@link #REACH}: "合格率达95%" is the label
     * 合格率 and "达95%", ≥ 95 %, as {@link #parse} reads a bare "达95%" since session 50; until session 51 the label was
     * 合格率达 and the figure had no comparator, so the text stayed words: N4's left-alone). Not 达到 (a comparator word of
     * its own), 达标 or 达成 (no figure follows).
     */
    private static boolean reachAt(String norm, int i) {
        return norm.charAt(i) == '达' && !reachInAWord(norm, i) && REACH.matcher(norm).region(i, norm.length()).lookingAt();
    }

    /**
     * Whether the 达 at {@code i} of {@code s} ends a word ({@link #REACH_WORD_BEFORE}: 资金下达, 送达), so is no reach:
     * the one test of {@link #reachAt} (a label's end in {@link #labelled}: "资金下达20万元" is no label 资金下 and ≥ 20 万元,
     * session 53; C1's left-alone) and {@link #withoutReach}.
     */
    private static boolean reachInAWord(String s, int i) {
        return i > 0 && REACH_WORD_BEFORE.indexOf(s.charAt(i - 1)) >= 0;
    }

    /** Characters before 达 that make a word of it (下达, 到达, 送达, 抵达, 传达, 表达, 发达, 通达, 直达, 转达, 雷达): no reach. */
    private static final String REACH_WORD_BEFORE = "下到送抵传表发通直转雷";

    /**
     * A label before a figure without the 达 (reach) that ends it: "总投资达" of "总投资达20万元" is 总投资, "达" of
     * "达95%（合格率）" nothing, as {@link #labelled} reads "合格率达95%" (session 52, T4's left-alone: the label kept the
     * 达). Not where 达 ends a word (资金下达, 送达). The label as it is otherwise.
     */
    static String withoutReach(String label) {
        int n = label.length();
        if (n == 0 || label.charAt(n - 1) != '达' || reachInAWord(label, n - 1)) {
            return label;
        }
        return label.substring(0, n - 1);
    }

    /**
     * {@code text} (stripped) normalised, where it can be words and a quantity: 3 to {@link #MAX_LABELLED} characters
     * (normalised, still 3 or more) with a digit among them; otherwise null (for {@link #labelled} and
     * {@link #labelledBare}).
     */
    private static String labelCandidate(String text) {
        if (text == null || text.length() < 3 || text.length() > MAX_LABELLED || !io.github.jixiao.text.Chars.hasDigit(text)) {
            return null;
        }
        String norm = normalise(text);
        return norm.length() < 3 ? null : norm;
    }

    /** {@code i}, or past the colon at {@code i} that ends a label ("总投资：20万元"). */
    private static int afterColon(String norm, int i) {
        return i < norm.length() && (norm.charAt(i) == ':' || norm.charAt(i) == '：') ? i + 1 : i;
    }

    /**
     * {@code written} as words and then one quantity written without a comparator ("年度预算220万元", "总投资：20万元"),
     * which {@link #parse} leaves as words and {@link #labelled} does not read (it asks a comparator): its label and the
     * quantity, or null. Read only where the words before the number are Chinese characters or Latin letters alone, at most
     * {@link #MAX_LABEL}, none of them a comparator word ("人均成本不超过200元" is a ceiling, not a label and a figure), and
     * the rest is one quantity with no comparator, no range, no date and nothing after its unit. Which rows this reads
     * is the rule's to decide (indicator-input-as-output: a cost row whose label names the budget, 黄石 2019).
     */
    public static Labelled labelledBare(String written) {
        String text = written == null ? null : written.strip();
        String norm = labelCandidate(text);
        if (norm == null) {
            return null;
        }
        int n = norm.length();
        int i = 0;
        while (i < n && labelChar(norm.charAt(i))) {
            if (startsWithComparator(norm, i)) {
                return null;
            }
            i++;
        }
        int end = i;
        i = afterColon(norm, i);
        if (end == 0 || end > MAX_LABEL || i >= n || !isDigit(norm.charAt(i))) {
            return null;
        }
        String rest = norm.substring(i);
        TargetValue v = parse(rest);
        if (!v.isQuantitative() || v.explicitComparator() || v.isRange() || v.isDate() || twoComparators(rest)) {
            return null;
        }
        String label = withoutReach(norm.substring(0, end));
        if (label.isEmpty()) {
            return null;
        }
        return new Labelled(label, new TargetValue(TargetValue.Kind.QUANTITATIVE, v.comparator(), false,
                v.low(), v.high(), v.unit(), text, false, false));
    }

    /**
     * Words beside an actual's one quantity ("培训人次 520", "合格率98%", "实际完成95%（合格率）"): {@link #labelledActual} reads
     * such an actual, which {@link #parse} leaves as words (a row with a quantitative target was scored 0, incommensurable),
     * but not where the words are one of these, which turn the figure into another measure and
     * keep the text words: a negation or what is left (未, 不, 尚, 剩, 差 …), a change (增长, 下降, 同比, 较 …), a plan or a
     * past year (计划, 预计, 目标, 上年 …), an aim (力争, 争取, 确保 …: 力争培训520人次 is no achievement; nor is a figure
     * 待 (still to be done: 待支付100万元) or 将 be done), a bound (超, 多, 余, 近, 仅, 含, 以上 …), a part (其中, 包括, 第, 批, 期, 部分,
     * 个别, 一半, 除外 …: 其中新增企业3家, 二期12家, 部分项目合格率98%, 完成95%（除附属工程）; not 阶段 or 标段, which may name
     * all of them: 义务教育阶段巩固率, 各标段合格率), a rate per period or a
     * peak (每月, 本月, 月均, 最高 …), a part of the year (上半年, 季度, 截至 …).
     */
    private static final List<String> NOT_AN_ACTUAL = List.of("未", "不", "没", "尚", "差", "欠", "剩", "缺", "减", "降",
            "增长", "增加", "增幅", "提高", "提升", "上升", "超", "同比", "环比", "相比", "对比", "比上", "较", "占", "少", "多", "余",
            "仅", "近", "逾", "计划", "预计", "预期", "目标", "指标", "应当", "应完成", "应达", "需", "拟", "上年", "去年", "同期",
            "往年", "含", "以上", "以下", "以内", "之内", "其中", "包括", "包含", "另", "第", "批", "期", "每", "月均", "年均", "日均",
            "周均", "最高", "最低", "单次", "单日", "半年", "季", "截至", "截止", "力争", "争取", "确保", "力求", "将", "部分",
            "个别", "一半", "半数", "过半", "除外", "除了", "本月");

    /**
     * Names of a whole measure that hold a word of {@link #NOT_AN_ACTUAL} (按期完成率 holds 期, 第三方满意度 第, 目标完成率 目标,
     * 优良天数占比 占, 学生近视率 近, 少数民族 少, 按计划完成 计划, 预算执行数 预算): taken out of the words before they are looked
     * up there, so that they read as the measure they name. Not 不合格率: read against a 合格率 target it would be a miss.
     */
    private static final List<String> MEASURE_NAMES = List.of("按期", "如期", "第三方", "目标完成率", "指标完成率", "占比", "近视",
            "少数民族", "按计划", "预算执行");

    /**
     * Words beside a sum of money naming money that is not what was spent: savings (节约, 结余), the budget or funds
     * allocated or arrived (预算, 下达, 拨付, 安排, 到位), or one source of the funds (中央, 省级, 财政, 自筹, 配套 …): 节约资金100万元
     * or 中央资金60万元 against ≤ 100万元 is no cost of the work. Only beside money: 资金节约率5%, 预算执行率98% and 资金下达率100%
     * are the measures they name.
     */
    private static final List<String> NOT_SPENT = List.of("节约", "节省", "结余", "预算", "下达", "拨付", "拨款", "安排", "到位",
            "中央", "省级", "市级", "县级", "区级", "财政", "自筹", "配套", "上级", "来源");

    /**
     * 待 of work to be done (待完成, 待支付, 有待): not that of 接待 (reception), 招待, 优待, 等待 (waiting) or 待遇 (benefits),
     * which name measures.
     */
    private static final java.util.regex.Pattern TO_BE_DONE = java.util.regex.Pattern.compile("(?<![接招优等])待(?!遇)");

    /**
     * {@code written}, an actual {@link #parse} leaves as words, as a label and its one quantity ({@link Labelled}), or
     * null: the words before the number ("培训人次 520", "合格率：98%", "实际完成95%"), in one last bracket after its unit
     * ("98%（合格率）"), or both ("实际完成95%（合格率）"); one number with perhaps its unit, no comparator (an actual
     * "520以上" states a bound, not what was done), no date or range, words alone beside it (Chinese characters or Latin
     * letters, at most {@link #MAX_LABEL} on each side, none of {@link #NOT_AN_ACTUAL}). Whether the row takes it is the
     * binding's to decide ({@code Indicator}: its unit agreeing with the target's). One pass over at most
     * {@link #MAX_LABELLED} characters.
     */
    public static Labelled labelledActual(String written) {
        return labelledActual(written, false);
    }

    /**
     * An actual date with words beside it ("完成时间 2024年10月", "2024年10月（完工时间）"), which {@link #parse} leaves as
     * words, as its label and the date, or null: as {@link #labelledActual} reads a figure, on the same conditions and
     * exclusions (计划完成时间, 预计, 截至 … keep it words), the rest a date with its year and no comparator or range
     * ("10月" without a year, or "2024.10", is no date here). 日期 in the words names the date, not a part (期).
     */
    public static Labelled labelledDate(String written) {
        return labelledActual(written, DATE);
    }

    /**
     * A day or month without its year with words beside it ("完成时间 10月", "10月20日（竣工时间）"), as {@link #labelledDate}
     * reads one with its year, on the same conditions and exclusions: its label, and the day as written ("10月", as
     * {@link #inYear} reads a plain one: the value's text), or null. No side (10月前 is no day done) and no period (3月内).
     */
    public static Labelled labelledYearlessDate(String written) {
        return written == null || written.indexOf('月') < 0 ? null : labelledActual(written, YEARLESS);
    }

    /** {@link #labelledActual(String, int)}: a figure, a date with its year, a day or month without it. */
    private static final int FIGURE = 0;
    private static final int DATE = 1;
    private static final int YEARLESS = 2;

    private static Labelled labelledActual(String written, boolean date) {
        return labelledActual(written, date ? DATE : FIGURE);
    }

    private static Labelled labelledActual(String written, int mode) {
        boolean date = mode != FIGURE;
        if (written == null) {
            return null;
        }
        String text = written.strip();
        if (text.length() < 2 || text.length() > MAX_LABELLED || !io.github.jixiao.text.Chars.hasDigit(text)) {
            return null;
        }
        String norm = normalise(text);
        int end = norm.length();
        String after = "";
        if (end > 0 && (norm.charAt(end - 1) == ')' || norm.charAt(end - 1) == '）')) {
            int open = Chars.lastBracket(norm);
            if (open <= 0 || !words(norm, open + 1, end - 1)) {
                return null;
            }
            after = norm.substring(open + 1, end - 1);
            end = open;
        }
        int i = 0;
        while (i < end && labelChar(norm.charAt(i))) {
            i++;
        }
        String before = withoutReach(norm.substring(0, i));
        if (i < end && i > 0 && (norm.charAt(i) == ':' || norm.charAt(i) == '：')) {
            i++;
        }
        if (before.length() > MAX_LABEL || before.isEmpty() && after.isEmpty() || i >= end || !isDigit(norm.charAt(i))) {
            return null;
        }
        String label = before.isEmpty() ? after : after.isEmpty() ? before : before + "（" + after + "）";
        // (a date's words: 日期 names the date, not a part, 期)
        String words = date ? label.replace("日期", "") : label;
        for (String w : MEASURE_NAMES) {
            words = words.replace(w, "");
        }
        for (String w : NOT_AN_ACTUAL) {
            if (words.contains(w)) {
                return null;
            }
        }
        if (label.startsWith("除") || label.contains("（除") || TO_BE_DONE.matcher(label).find()) {
            return null; // all but a part (除附属工程外完成, 完成100%（除二标段）), or work still to be done (待支付100万元)
        }
        for (int k = 0; k < label.length(); k++) {
            if (startsWithComparator(label, k)) {
                return null; // "达到520人次" is parse's (≥ 520 人次), not words and a figure
            }
        }
        if (mode == YEARLESS) {
            String day = norm.substring(i, end).replace("月份", "月");
            Matcher y = YEARLESS_DAY.matcher(day);
            return y.matches() && y.group(4) == null ? new Labelled(label, qualitative(day, day)) : null;
        }
        TargetValue v = parse(norm.substring(i, end));
        if (date) {
            // (the value's text the date alone, as written: readAgainst reads a month by it, as it reads a plain one)
            return v.isDate() && !v.explicitComparator() && !v.isRange() ? new Labelled(label, v) : null;
        }
        if (!v.isQuantitative() || v.explicitComparator() || v.isRange() || v.isDate()) {
            return null;
        }
        if (v.isMoney()) {
            for (String w : NOT_SPENT) {
                if (words.contains(w)) {
                    return null;
                }
            }
        }
        return new Labelled(label, new TargetValue(TargetValue.Kind.QUANTITATIVE, v.comparator(), false, v.low(), v.high(),
                v.unit(), text, false, false));
    }

    private static Labelled labelledValue(String label, String rest, String text) {
        if (label.isEmpty() || label.length() > MAX_LABEL || !hasHanOrLetter(label)) {
            return null;
        }
        TargetValue v = parse(rest);
        if (!v.isQuantitative() || !v.explicitComparator() || v.isRange() || v.isDate() || twoComparators(rest)) {
            return null;
        }
        return new Labelled(label, new TargetValue(TargetValue.Kind.QUANTITATIVE, v.comparator(), true, v.low(), v.high(),
                v.unit(), text, false, false));
    }

    /**
     * {@code s} states two comparators that differ: one before the number (a sign or a word) and one after it, or two
     * after it ("≥95%以上以下"); "达到95%以上" states one, twice.
     */
    private static boolean twoComparators(String s) {
        String c = null;
        if (!s.isEmpty() && "≥≤<>=".indexOf(s.charAt(0)) >= 0) {
            c = String.valueOf(s.charAt(0));
        } else {
            for (Map.Entry<String, String> w : PREFIX_WORDS) {
                if (s.startsWith(w.getKey())) {
                    c = w.getValue();
                    break;
                }
            }
        }
        String t = aside(s);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (Map.Entry<String, String> w : SUFFIX_WORDS) {
                if (t.endsWith(w.getKey()) && t.length() > w.getKey().length()) {
                    if (c != null && !c.equals(w.getValue())) {
                        return true;
                    }
                    c = w.getValue();
                    t = t.substring(0, t.length() - w.getKey().length());
                    stripped = true;
                    break;
                }
            }
        }
        return false;
    }

    /** A character a label may hold: a Chinese character or a Latin letter. */
    private static boolean labelChar(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean words(String s, int from, int to) {
        if (to <= from || to - from > MAX_LABEL) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!labelChar(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasHanOrLetter(String s) {
        return words(s, 0, s.length());
    }

    /** {@code s} at {@code i} begins with a comparator sign or a comparator word ({@link #PREFIX_WORDS}). */
    private static boolean startsWithComparator(String s, int i) {
        if (i >= s.length()) {
            return false;
        }
        if ("≥≤<>=".indexOf(s.charAt(i)) >= 0) {
            return true;
        }
        for (Map.Entry<String, String> w : PREFIX_WORDS) {
            if (s.startsWith(w.getKey(), i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text without the words that say "about" the number it holds: 约 or 大约 before it, 左右 after it ("约 60 个",
     * "10家左右" read as 60 个 and 10 家, without a comparator of their own: indicator-target-no-comparator still asks for
     * one). Before, 左右 stayed in the unit ("家左右"), and a target so written could not be compared with its actual.
     */
    static String about(String norm) {
        String s = norm.startsWith("大约") ? norm.substring(2) : norm.startsWith("约") ? norm.substring(1) : norm;
        return s.length() > 2 && s.endsWith("左右") ? s.substring(0, s.length() - 2) : s;
    }

    /** The comparator words after which {@link #counted} reads a sentence of a count ("至少全年完成2次宣传"). */
    private static final List<String> AT_LEAST_WORDS = List.of("至少", "不少于", "不低于");

    /**
     * Words of the year or of doing that may stand between 至少 (不少于, 不低于) and its number: 全年, 完成, 开展 … A closed
     * list: 每月 or 每季度 (a rate per month, no count of the year) and 上年 (a comparison) are not in it.
     */
    private static final List<String> COUNT_LEAD_WORDS = List.of(
            "本年度", "全年", "年度", "年内", "本年", "当年", "每年", "累计", "完成", "开展", "举办", "组织", "召开", "举行", "实施", "进行");

    /** Characters that make what follows a count's unit a clause rather than the thing counted. */
    private static final String NOT_A_NOUN = "以及并或和与内余多左右每";

    /**
     * {@code s}, what follows 至少, 不少于 or 不低于, as the amount it states ({@link #amount}): one to three words of
     * {@link #COUNT_LEAD_WORDS} before the number are left out, and so is a noun of up to four characters after its unit,
     * the thing counted (全年完成2次宣传 → 2次, 开展5场培训 → 5场); a comparator word there stays (全年开展2次以上 →
     * 2次以上). Anything else is returned as it was: no lead word, or what follows them is no number, unit and noun
     * (2023年度任务, 2次宣传并通过验收). 大英 2020's 至少全年完成2次宣传 was words, and beside an actual 2次 an error
     * (incommensurable).
     */
    static String counted(String s) {
        int i = 0;
        int words = 0;
        boolean found = true;
        while (found && words < 3) {
            found = false;
            for (String w : COUNT_LEAD_WORDS) {
                if (s.startsWith(w, i)) {
                    i += w.length();
                    words++;
                    found = true;
                    break;
                }
            }
        }
        String amount = words == 0 ? null : amount(s, i, true);
        return amount == null ? s : amount;
    }

    /**
     * The one reader of "words, a number, a unit" ({@link #counted} after 至少, {@link #made} after a verb and the thing
     * done): {@code s} from {@code i}, where the words end, read as a number, perhaps 余 or 多 (491余米), a unit
     * {@link UnitKind} knows (the longest of up to four characters: 户次 before 户, 个月 before 个) and then nothing, a
     * comparator word (以上, 以内 …) or, where {@code noun}, the thing counted (up to four CJK characters, none of
     * {@link #NOT_A_NOUN}), which is left out. Returns that amount ("2次", "491米", "300人次以上"), or null when {@code s}
     * says more or less than that: no number at {@code i}, no unit known, a range, a clause after the unit, or a year,
     * month or day with its time unit (2023年度任务, 12月底前: a date, not an amount of time). One unit source for both
     * callers: before session 27 {@link #counted} had a list of its own (次, 场, 人次 … 天) that knew neither 户次 (至少
     * 全年完成2户次走访 was ≥ 2 户), 课时, 例, 米, 万元 nor %, where {@link #made} read them.
     */
    static String amount(String s, int i, boolean noun) {
        int n = s.length();
        if (i >= n || !isDigit(s.charAt(i))) {
            return null;
        }
        int start = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            i += 2;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i < n && (s.charAt(i) == '余' || s.charAt(i) == '多')) {
            i++;
        }
        int unit = -1;
        for (int k = Math.min(4, n - i); k > 0 && unit < 0; k--) {
            String u = s.substring(i, i + k);
            if (u.indexOf('/') < 0 && UnitKind.of(u) != null) { // (a rate, 元/人, is no amount done: as before session 34)
                unit = i + k;
            }
        }
        if (unit < 0) {
            return null;
        }
        if (UnitKind.of(s.substring(i, unit)) == UnitKind.TIME) {
            String said = s.substring(start);
            if (dateWithoutYear(said) || aboutAYear(said) || date(said, said) != null) {
                return null;
            }
        }
        String after = s.substring(unit);
        if (after.isEmpty()) {
            return s.substring(start);
        }
        for (Map.Entry<String, String> w : SUFFIX_WORDS) {
            if (after.equals(w.getKey())) {
                return s.substring(start);
            }
        }
        if (!noun || after.length() > 4 || hasAny(after, NOT_A_NOUN)) {
            return null;
        }
        for (int k = 0; k < after.length(); k++) {
            char c = after.charAt(k);
            if (c < '\u4E00' || c > '\u9FFF') {
                return null;
            }
        }
        return s.substring(start, unit);
    }
    /** What an actual says it did before the number it did: "已完成12家" is 12 家. */
    private static final String[] DONE = {"已完成", "实际完成", "累计完成", "共完成", "完成"};

    /**
     * The text without 完成 said around its number: 已完成, 实际完成, 累计完成, 共完成 or 完成 right before a digit
     * ("完成12家", "已完成 95%"), or 完成 right after a number or "%" ("100%完成"). Before, such a text was words, and
     * an actual "完成12家" against a target "≥10家" was incommensurable. Failing those, a verb with the thing done before
     * the number ({@link #made}: 完成道路建设491米). Nothing else is taken out ("完成率95%" stays).
     */
    static String done(String s) {
        boolean said = false;
        for (String w : DONE) {
            if (s.length() > w.length() && s.startsWith(w) && isDigit(s.charAt(w.length()))) {
                s = s.substring(w.length());
                said = true;
                break;
            }
        }
        if (!said) {
            s = made(s);
        }
        int n = s.length();
        if (n > 2 && s.endsWith("完成") && (isDigit(s.charAt(n - 3)) || s.charAt(n - 3) == '%')) {
            s = s.substring(0, n - 2);
        }
        return s;
    }

    /** Verbs of building or doing that may stand, with the thing done, before its number ({@link #made}). */
    private static final String[] MADE = {"已完成", "实际完成", "累计完成", "共完成", "完成", "建设", "新建", "修建", "改造", "培训", "开展"};

    /** The most characters the thing done may have between {@link #MADE}'s verb and the number (道路建设, 老旧小区). */
    static final int MAX_OBJECT = 8;

    /**
     * Characters that make the words between the verb and the number more than the thing done: a comparator (不少于,
     * 达到, 超过, 约), an ordinal (第), a rate per period (每), a comparison (比上年, 增长, 占), a time (年, 月, 前, 后, 内) or
     * a rate (完成率, 合格率): such a text stays words, as before.
     */
    static final String NOT_OBJECT = "不于少低多高过超达到至约近第每比占增减降升上下前后内余以年月日率";

    /**
     * {@code s} from its number on when it states a thing done and its amount: a verb of {@link #MADE} (完成, 建设, 新建,
     * 修建, 改造, 培训, 开展, or 完成 as an actual says it: 已完成, 实际完成 …), then up to {@link #MAX_OBJECT} CJK characters
     * none of {@link #NOT_OBJECT} (the thing done; none is allowed: 培训300人次), then an amount as {@link #amount} reads
     * it, with nothing after its unit but a comparator word: not a counter with the thing counted after it (开展2次培训,
     * 新建3座公厕, incommensurable with an actual 开展培训2次: review V, session 26). 天津 东丽区 2020's 完成道路建设491米
     * is 491 米, as 完成491米 is: a bare quantity, which {@link Direction} reads ≥ as a target; an actual 完成道路建设480米
     * is 480 米 against it (missed). Before, both were words, and an actual 480米 against the target an error
     * (incommensurable). Anything else is returned as it was. One pass over at most {@link #MAX_OBJECT} characters and
     * the number: no backtracking.
     */
    static String made(String s) {
        for (String w : MADE) {
            if (!s.startsWith(w)) {
                continue;
            }
            int n = s.length();
            int i = w.length();
            int object = 0;
            while (i < n && !isDigit(s.charAt(i))) {
                char c = s.charAt(i);
                if (c < '\u4E00' || c > '\u9FFF' || NOT_OBJECT.indexOf(c) >= 0 || ++object > MAX_OBJECT) {
                    return s;
                }
                i++;
            }
            String amount = amount(s, i, false);
            return amount == null ? s : amount;
        }
        return s;
    }

    /**
     * A last parenthesis (half- or full-width) that says how to read the number rather than what it is: "（含）",
     * "(含本数)", "（含95%）" (inclusive: "≥95%（含）" is ≥ 95%) is left out; one holding the unit alone after a number
     * ("10(家)", "60（个）") is the unit. Anything else is kept (the text stays words, as before). Read before and again
     * after the comparator words at the end, so that "5（家）以上" and "95%（含）以上" are ≥ 5 家 and ≥ 95%.
     */
    static String aside(String s) {
        int n = s.length();
        int open = Chars.lastBracket(s);
        if (n < 3 || open <= 0) {
            return s;
        }
        String inside = s.substring(open + 1, n - 1);
        if (inside.indexOf('(') >= 0 || inside.indexOf('（') >= 0 || inside.indexOf(')') >= 0 || inside.indexOf('）') >= 0) {
            return s;
        }
        if (inside.startsWith("含")) {
            return s.substring(0, open);
        }
        char before = s.charAt(open - 1);
        if (isDigit(before) && !inside.isEmpty() && inside.length() <= 8
                && inside.codePoints().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF || c == '/' || c == '%')) {
            return s.substring(0, open) + inside;
        }
        return s;
    }

    /**
     * Whether what follows a number starts with 余 or 多, "more than" it: "60余个", "100多人次", "3000余万元" are ≥ 60 个,
     * ≥ 100 人次, ≥ 3000 万元 (the 余 or 多 is not part of the unit, which before made them incommensurable with an actual
     * "67个").
     */
    static boolean moreThan(String rest) {
        return rest != null && !rest.isEmpty() && (rest.charAt(0) == '余' || rest.charAt(0) == '多');
    }

    /**
     * Whether {@code text} says "more than" its number with 余 or 多 right after it ("200余人", "100 多人次"): a count
     * given roughly, not a comparator copied from a target (an actual so written is read as ≥ its number).
     */
    public static boolean roughly(String text) {
        if (text == null) {
            return false;
        }
        boolean afterDigit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (afterDigit && (c == '余' || c == '多')) {
                return true;
            }
            if (isDigit(c) || c >= '０' && c <= '９') {
                afterDigit = true;
            } else if (c != ' ' && c != '\u3000') {
                afterDigit = false;
            }
        }
        return false;
    }

    /**
     * The shape most targets and actuals are written in, "≥ 60 个", "95.5%", "36", "≤ 12.5 万元", read as {@link #parse}
     * reads it but without its general steps, which provably change nothing here: a comparator symbol (≥ ≤ &lt; &gt; =),
     * spaces, digits (at most 15 before the point: within {@link #number}'s bound), a fraction, spaces, then "%" alone
     * or a unit of up to 8 CJK ideographs without 年 or 月 (no date), 至 or 到 (no range) and not ending in 上, 下 or 内
     * (no comparator word after it). Nothing to normalise but the spaces (no full-width form, comma or second
     * comparator); no date pattern can match (one point at most, no 年 or 月); no comparator word before it (they all
     * start with an ideograph). Null for any other text: {@link #parse} reads it in full. Parsing a miss of the shared
     * table was a fifth of the binding, and four misses in five are this shape. {@code TargetParserEquivalenceTest}
     * holds it to the regular-expression parser.
     */
    static TargetValue plainQuantity(String text) {
        int n = text.length();
        if (n == 0 || n > 40) {
            return null;
        }
        int i = 0;
        char c = text.charAt(0);
        Comparator comparator = switch (c) {
            case '≥' -> Comparator.GE;
            case '≤' -> Comparator.LE;
            case '<' -> Comparator.LT;
            case '>' -> Comparator.GT;
            case '=' -> Comparator.EQ;
            default -> null;
        };
        boolean explicit = comparator != null;
        if (explicit) {
            i++;
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
        } else {
            comparator = Comparator.EQ;
        }
        int start = i;
        long unscaled = 0;
        while (i < n && isDigit(c = text.charAt(i))) {
            unscaled = unscaled * 10 + (c - '0'); // read as a long only when at most 18 digits (below)
            i++;
        }
        int intDigits = i - start;
        if (intDigits == 0 || intDigits > 15) {
            return null;
        }
        int scale = 0;
        if (i < n && text.charAt(i) == '.') {
            int f = ++i;
            while (i < n && isDigit(c = text.charAt(i))) {
                unscaled = unscaled * 10 + (c - '0');
                i++;
            }
            scale = i - f;
            if (scale == 0) {
                return null;
            }
        }
        int end = i;
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        String unit;
        if (i == n) {
            if (end < n) {
                return null; // trailing spaces: parse strips them from the text it keeps
            }
            unit = "";
        } else if (text.charAt(i) == '%') {
            if (i + 1 != n) {
                return null;
            }
            unit = "%";
        } else {
            unit = plainUnit(text, i);
            if (unit == null) {
                return null;
            }
        }
        BigDecimal v = intDigits + scale <= 18 ? BigDecimal.valueOf(unscaled, scale) : new BigDecimal(text.substring(start, end));
        return new TargetValue(TargetValue.Kind.QUANTITATIVE, comparator, explicit, v, v, unit, text, false, false);
    }

    /**
     * The unit {@code text[from, end)} of a {@link #plainQuantity}, as {@link #parse} spells it ({@link #unit}), or null
     * when it is not a unit of that shape. The answers for the few units a table uses are kept in a small shared table,
     * found by the characters themselves (no substring, no map lookup).
     */
    private static String plainUnit(String text, int from) {
        int n = text.length();
        if (n - from > 8) {
            return null;
        }
        int h = 0;
        for (int i = from; i < n; i++) {
            char k = text.charAt(i);
            if (k < '\u4E00' || k > '\u9FFF' || k == '年' || k == '月' || k == '至' || k == '到') {
                return null;
            }
            h = 31 * h + k;
        }
        char first = text.charAt(from);
        char last = text.charAt(n - 1);
        if (last == '上' || last == '下' || last == '内' || last == '右' || last == '成' || first == '余' || first == '多') {
            return null; // a comparator word after it, 左右, 完成, or 余/多 before it: the full parse reads those
        }
        int slot = (h ^ (h >>> 8)) & (PLAIN_UNITS.length - 1);
        PlainUnit e = PLAIN_UNITS[slot];
        if (e != null && e.written.length() == n - from && text.startsWith(e.written, from)) {
            return e.unit;
        }
        String written = text.substring(from);
        String unit = unit(written);
        unit = validUnit(unit) ? unit : null;
        if (e == null) {
            PLAIN_UNITS[slot] = new PlainUnit(written, unit);
        }
        return unit;
    }

    /** A unit as written after a plain quantity, and as read (null: no unit of that shape). */
    private record PlainUnit(String written, String unit) {
    }

    /** {@link #plainUnit}'s answers, written once per slot as {@link #SHARED} is. */
    private static final PlainUnit[] PLAIN_UNITS = new PlainUnit[256];

    /** The unit of a date ({@link #date}): a day, held as the number yyyymmdd, so that earlier is less. */
    public static final String DATE_UNIT = "日期";

    /** Before a date: a comparator (≤2022-12-31) or its words (不晚于 ≤, 不早于 ≥, 截至 ≤), or 于/在 (no comparator). */
    private static final String DATE_PREFIX = "(≤|<|≥|>|=|不晚于|不迟于|不早于|截至|截止|于|在)?";
    /** After a date, before or after it: 前/之前/以前/以内 (≤) or 后/以后 (≥) (alternatives, no group). */
    private static final String DATE_SIDE = "前|之前|以前|以内|之内|内|后|以后|之后";
    /**
     * After a date and its side, what is done by then: 完成 or the like, or after 前 a short phrase of the work (完成验收,
     * 拨付到位: the static block below says its bounds). One list for dates with and without a year:
     * the pattern without a year had a shorter copy, so 12月底前上线 was read as 12 of a unit 月底前上线 where 12月底前完成 was words.
     */
    private static final String DATE_DONE;

    static {
        String han = "[\\u4E00-\\u9FFF]";
        // after 前 (之前, 以前) only: the work done by the deadline said in a short phrase of CJK words, one of them a verb
        // of the work done (6月底前完成验收, 7月底前拨付到位, 12月底前全部完工, 2023年10月31日前完成项目建设, 6月底前资金拨付到位),
        // read as the deadline as 6月底前完成 is (since session 46 also 启动, 召开, 印发, 报送, 提交: 6月底前召开项目调度会,
        // 9月底前印发实施方案, 6月底前报送自评报告; a day to start by, 6月底前启动, is read by the rules that read a deadline
        // as a start: monitoring-deviation-unexplained counts only 尚未启动 or the like as missing it);
        // before session 45 one word alone was allowed after the side, and these
        // were words (or 6 of a unit 月底前完成验收), so no deadline was checked at 运行监控 or 自评. Bounded: 2 to 12
        // characters to the end, no digit or punctuation (6月底前完成，验收合格率100%: a second target in the cell), no
        // negation (未, 不, 没, 无, 否), no 的 (完成的项目数), no condition (达, 且, 或), and not ending as a measure does
        // (完成率, 完成数, 工作量, 进度): each lookahead scans at most those 12 characters, so the reading stays linear
        String phrase = "(?<=前)(?=" + han + "{2,12}$)(?!" + han + "*?[的未不没无否达且或])(?!" + han + "*[率数量额度值]$)"
                + "(?=" + han + "{0,10}?(?:完成|完工|竣工|办结|到位|交付|验收|上线|启用|开工|实施|拨付|支付|发放|建成|投用|落实|兑现"
                + "|启动|召开|印发|报送|提交))"
                + han + "+";
        DATE_DONE = "(?:" + phrase + "|(?:完成|完工|竣工|办结|到位|交付|验收|上线|启用|开工|实施)?)";
    }
    /** After a date: its side (a group: the comparator), then 完成 or the like. */
    private static final String DATE_SUFFIX = "(" + DATE_SIDE + ")?" + DATE_DONE + "$";
    /**
     * 2022年6月30日, 2022年6月 (底), 2022年 (底), each with the words above; 2025年年底 too, its 年 written twice (金安 2025,
     * t87). Groups: prefix, year, month, day, 底, suffix.
     */
    private static final Pattern DATE_CN = Pattern.compile(
            "^" + DATE_PREFIX + "(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})[日号])?|年(?=[底末]))?(底|末)?" + DATE_SUFFIX);
    /** 2022-06-30, 2022.6.30, 2022/6/30, with the same words. */
    private static final Pattern DATE_NUM = Pattern.compile(
            "^" + DATE_PREFIX + "(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})()" + DATE_SUFFIX);
    /**
     * A day or month without its year, then its side or 完成 (9月前, 12月底前, 6月30日前): words ({@link #dateWithoutYear}),
     * or a day of the table's year beside an actual so written ({@link #inYear}). Groups: month, day, 底, side.
     */
    private static final Pattern YEARLESS_DAY = Pattern.compile(
            "^(\\d{1,2})月(?:(\\d{1,2})[日号])?(底|末)?(" + DATE_SIDE + ")?" + DATE_DONE + "$");

    /**
     * A date as a target or an actual (a 时效 row's "2022年6月30日前", "2024 年 6 月 30 日前" as indicator-time-cost-unspecified
     * asks it written, "≤2022-12-31", "2022年底前", or its actual "2022年6月20日"): quantitative in {@link #DATE_UNIT}, the day
     * as yyyymmdd; a month or a year without its day is its last day (6月底前, 6月前, 2022年底前: by the end of it), or its
     * first after 后 and ≥ ({@link #actualDay} reads an actual so written in the target's favour). Null when {@code norm}
     * is no date (or no real one: 2022年2月30日; a year outside 1900–2199).
     */
    static TargetValue date(String text, String norm) {
        Matcher m = dateMatcher(norm);
        if (m == null) {
            return null;
        }
        String prefix = m.group(1);
        String word = m.group(6);
        Comparator c = prefix != null ? switch (prefix) {
            case "≤", "不晚于", "不迟于", "截至", "截止" -> Comparator.LE;
            case "<" -> Comparator.LT;
            case "≥", "不早于" -> Comparator.GE;
            case ">" -> Comparator.GT;
            case "=" -> Comparator.EQ;
            default -> null; // 于, 在: no comparator
        } : null;
        if (c == null) {
            c = word == null ? Comparator.EQ : word.endsWith("后") ? Comparator.GE : Comparator.LE;
        }
        boolean explicit = word != null || (prefix != null && !prefix.equals("于") && !prefix.equals("在"));
        BigDecimal v = reached(m, c);
        return v == null ? null : dateValue(c, explicit, v, text);
    }

    /** A date as {@link #date} makes it: the day {@code v} (yyyymmdd) with its comparator and the text as written. */
    private static TargetValue dateValue(Comparator c, boolean explicit, BigDecimal v, String text) {
        return new TargetValue(TargetValue.Kind.QUANTITATIVE, c, explicit, v, v, DATE_UNIT, text, false, false);
    }

    /**
     * The day of a matched month or year a comparator reaches: ≥ from its first day, < before its first day; ≤ by its
     * last, > after its last, = its last (as a bare 2022年12月 is a deadline). A day is itself.
     */
    private static BigDecimal reached(Matcher m, Comparator c) {
        return day(m, c == Comparator.GE || c == Comparator.LT);
    }

    /**
     * A label naming what the day is, said before it: "完成时间为2022年12月30日" (裕安 2022's 时效 row, target and actual
     * alike), "完成时间：…", "完成日期为…". The day after it is read as if written alone; before, the text was words and
     * a met deadline was only assumed met.
     */
    private static final String[] DATE_LABELS = {"完成时间为", "完成时间:", "完成时间：", "完成日期为", "完成日期:", "完成日期："};

    private static String withoutDateLabel(String norm) {
        for (String l : DATE_LABELS) {
            if (norm.startsWith(l)) {
                return norm.substring(l.length());
            }
        }
        return norm;
    }

    private static Matcher dateMatcher(String written) {
        String norm = withoutDateLabel(written);
        int n = norm.length();
        if (n < 5 || n > 40 || (!Character.isDigit(norm.charAt(0)) && "≤<≥>=不截于在".indexOf(norm.charAt(0)) < 0)) {
            return null;
        }
        Matcher m = norm.indexOf('年') > 0 ? DATE_CN.matcher(norm) : DATE_NUM.matcher(norm);
        if (!m.matches()) {
            return null;
        }
        if (m.group(3) == null && m.group(5) == null && m.group(6) == null && m.group(1) == null) {
            // "2022年" alone: a year only where it can be one (not 5年, which the pattern does not match anyway)
            int y = Integer.parseInt(m.group(2));
            if (!Period.calendarYear(y)) {
                return null;
            }
        }
        return m;
    }

    /** The day a matched date names; a month or year without a day is its first ({@code early}) or last day. */
    private static BigDecimal day(Matcher m, boolean early) {
        try {
            int year = Integer.parseInt(m.group(2));
            if (year < 1900 || year > 2199) {
                return null;
            }
            java.time.LocalDate d;
            if (m.group(3) == null) {
                d = early ? java.time.LocalDate.of(year, 1, 1) : java.time.LocalDate.of(year, 12, 31);
            } else {
                java.time.YearMonth ym = java.time.YearMonth.of(year, Integer.parseInt(m.group(3)));
                d = ym.atDay(m.group(4) != null ? Integer.parseInt(m.group(4)) : early ? 1 : ym.lengthOfMonth());
            }
            return BigDecimal.valueOf(d.getYear() * 10_000L + d.getMonthValue() * 100L + d.getDayOfMonth());
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * An actual date read against a date target: one written without its day (2022年6月, 2022年) is read in the
     * target's favour — its first day against a deadline (≤), its last against a start (≥) — since the table does not say
     * which day of it; a day is itself. A false "missed" on a month the deadline falls in would be a false alarm.
     */
    public static TargetValue actualDay(TargetValue actual, TargetValue target) {
        if (!actual.isDate() || !target.isDate()) {
            return actual;
        }
        BigDecimal[] a = span(actual);
        if (a == null) {
            return actual;
        }
        BigDecimal v = switch (target.comparator()) {
            case LE, LT -> a[0]; // done by a deadline: perhaps on the month's first day
            case GE, GT -> a[1]; // done after a start: perhaps on its last
            default -> {
                // = a day, a month or a year: met when the two overlap (2022年12月20日 or 2022年12月 for = 2022年12月)
                BigDecimal[] t = span(target);
                yield t != null && a[0].compareTo(t[1]) <= 0 && a[1].compareTo(t[0]) >= 0 ? target.low() : a[1];
            }
        };
        return v.equals(actual.low()) ? actual : dateValue(actual.comparator(), actual.explicitComparator(), v, actual.text());
    }

    /**
     * An actual (or a forecast) as it is compared with {@code target}: read as words when one of the two is a date and
     * the other is not ({@link #asWords}), a date read against a date by {@link #actualDay}. A bare month ("10月", "10月份")
     * against a month or day without its year (11月底前, words by {@link #dateWithoutYear}) is that month, words too: read
     * as 10 of a unit 月 it was a quantity beside words, and indicator-actual-incommensurable (an error) fired on 宣城 2021's
     * 业务培训时限 11月底前 done in 10月.
     */
    public static TargetValue readAgainst(TargetValue actual, TargetValue target) {
        if (actual.isDate() != target.isDate()) {
            return asWords(actual);
        }
        if (target.isQualitative() && actual.isPercent() && !actual.explicitComparator() && shareDone(actual.text()) != null) {
            // 已完成100% beside 按质按量完成 (大英 2020's 实施进度): the share of the work done, words as 已完成 is, graded by
            // Grade.read; read as 100 % it was a quantity beside words, an error (indicator-actual-incommensurable)
            return qualitative(actual.text(), normalise(actual.text()));
        }
        if (target.isQualitative() && bareMonth(actual) && dateWithoutYear(normalise(target.text().strip()))) {
            return qualitative(actual.text(), normalise(actual.text()));
        }
        return actualDay(actual, target);
    }

    /** 已完成 or 完成, then a percentage and nothing else. */
    private static final Pattern SHARE_DONE = Pattern.compile("^(已完成|完成)(\\d{1,3}(?:\\.\\d+)?)%$");

    /**
     * The words 已完成 or 完成 and the percentage done after them ("已完成100%", "完成 80 ％"), as 大英 2020's 实施进度 column
     * writes the progress of a row; null for any other text (实际完成100%, 100%完成, 完成率100%, 完成12家).
     */
    public record ShareDone(String words, BigDecimal percent) {
        /** The whole of the work: 100 % or more. */
        public boolean whole() {
            return percent.compareTo(BigDecimal.valueOf(100)) >= 0;
        }
    }

    /** {@code text} as a {@link ShareDone}, or null. */
    public static ShareDone shareDone(String text) {
        if (text == null || text.length() < 4 || text.length() > 24 || text.indexOf('完') < 0) {
            return null; // cheap test first: asked of actuals beside words
        }
        Matcher m = SHARE_DONE.matcher(normalise(text.strip()));
        return m.matches() ? new ShareDone(m.group(1), new BigDecimal(m.group(2))) : null;
    }

    /**
     * Whether {@code actual} is a progress figure as a form whose actual column is the work's progress writes it (the
     * framework's {@code "actualIs": "progress"}: 四川's 项目支出绩效自评报告, 指标值 | 实施进度, 大英 双心 2020, t44):
     * "已完成100%", "完成80%" ({@link #shareDone}) or a bare percentage with no comparator or range ("80%"). One reading for
     * the rules (lint's Checks.progress) and the score (IndicatorScoring, session 57).
     */
    public static boolean progressFigure(String actual) {
        if (actual == null || actual.isBlank()) {
            return false;
        }
        if (shareDone(actual.strip()) != null) {
            return true;
        }
        TargetValue a = parse(actual);
        return a.isPercent() && a.low() != null && !a.isRange() && !a.explicitComparator();
    }

    /** The percentage a progress figure ({@link #progressFigure}) says is done: 80 for "完成80%" or "80%"; null for none. */
    public static BigDecimal progressDone(String actual) {
        if (!progressFigure(actual)) {
            return null;
        }
        ShareDone share = shareDone(actual.strip());
        return share != null ? share.percent() : parse(actual).low();
    }

    /**
     * 已完成, 按时完成, 已按期完成, 均已完工; since session 48 with what was done named before or after (项目已完成, 已完成验收,
     * 已按计划完成, 工程已竣工验收): done, said without the day. Nothing else: 未完成, 基本完成, 已完成80%, 已完成验收工作的 60%.
     */
    private static final Pattern DONE_UNDATED = Pattern.compile(
            "^(?:项目|工程|工作|任务|该项目|该工程|该项工作|各项工作)?(?:已经|已|均已|全部|已全部|全部已)?"
            + "(?:按时|按期|如期|及时|按计划|按要求|按时间节点)?(?:完成|完工|竣工|办结|到位)"
            + "(?:验收|建设|任务|工作|目标任务|建设任务|并验收|并通过验收)?[。.！!]?$");

    /**
     * Whether an actual says the work is done and nothing else (已完成, 按时完成, 已按期完成, 项目已完成, 已完成验收): no day it
     * was done, which a deadline target asks for (VAL-3; indicator-actual-incommensurable deadline-done-undated).
     */
    public static boolean doneWithoutDate(String actual) {
        return actual != null && actual.length() <= 14 && DONE_UNDATED.matcher(normalise(actual.strip())).matches();
    }

    /**
     * An actual saying the target's own standard was paid or applied, and nothing else: "实际按该标准发放", "已按标准执行",
     * "均按规定标准兑现", "按此标准落实到位" (镜湖区残联 2023, t125 /4: 年均补助标准 260元/辆). The words of
     * {@link io.github.jixiao.target.Period}'s on-time reading (在规定时间内完成: the deadline kept) for a standard: the
     * target's figure met. Not "按标准发放80%" nor "部分按标准发放", "未按标准发放" (a share, a part, a denial).
     */
    private static final Pattern STANDARD_APPLIED = Pattern.compile(
            "^(?:实际|均|全部|已|均已|已全部|全部已|实际已|实际均)?(?:按|按照|依|依照)(?:该|此|上述|规定|规定的|既定|核定的?|核定|相关|原定)?"
            + "(?:补助|补贴|发放|资助|救助|奖补)?标准(?:足额)?(?:发放|执行|落实|兑现|兑付|补助|拨付|发放到位|落实到位|执行到位|兑现到位)(?:到位|完毕|完成)?[。.]?$");

    /** Whether {@code actual} says the target's standard was applied, and nothing else ({@link #STANDARD_APPLIED}). */
    public static boolean standardApplied(String actual) {
        return actual != null && actual.length() <= 20 && actual.indexOf('标') >= 0
                && STANDARD_APPLIED.matcher(normalise(actual.strip())).matches();
    }

    /**
     * An actual saying none of something happened ("无上访", "未发生安全事故", "没有发生群体性事件", "无群体性事件发生"):
     * the denial, then what there was none of ({@link #noneOf}).
     */
    private static final Pattern NONE_OF = Pattern.compile(
            "^(?:全年|年内|本年度?|当年)?(?:均|全部)?(?:无|没有|未发生|未出现|零|暂无|杜绝了?)(?:发生|出现)?(\\p{IsHan}{2,20}?)"
            + "(?:发生|出现|的情况|情况|现象|问题)?[。.]?$");

    /** The same in a row's name, after whatever it says first ("…总体保持稳定,年内无群体性事件发生"): what it counts none of. */
    private static final Pattern NONE_IN_NAME = Pattern.compile(
            "(?:无|没有|未发生|不发生|未出现|不出现|杜绝)(?:发生|出现)?(\\p{IsHan}{2,20}?)(?:发生|出现|的情况|情况|现象)?$");

    /**
     * What {@code actual} says there was none of ("无上访": 上访; "未发生安全事故": 安全事故), or null where it says no such
     * thing (a figure, other words, a bare "无").
     */
    public static String noneOf(String actual) {
        if (actual == null || actual.length() > 24) {
            return null;
        }
        Matcher m = NONE_OF.matcher(normalise(actual.strip()));
        return m.matches() ? m.group(1) : null;
    }

    /**
     * What a row's name says there is to be none of, in its last clause ("…,年内无群体性事件发生": 群体性事件), or null:
     * the thing such a row counts (保山 2022, t84: its target 小于5次 counts 群体性事件).
     */
    public static String noneInName(String name) {
        if (name == null) {
            return null;
        }
        String[] clauses = normalise(name.strip()).split("[,，、;；。.\\s]+");
        for (int k = clauses.length - 1; k >= 0; k--) {
            Matcher m = NONE_IN_NAME.matcher(clauses[k]);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * Whether {@code actual} says there was none of something ({@link #noneOf}: "无群体性事件发生") that the row's name
     * names: the count the row keeps is then 0.
     */
    public static boolean noneCounted(String name, String actual) {
        String of = noneOf(actual);
        return of != null && name != null && normalise(name.strip()).contains(of);
    }

    /** {@code v} read as the words it was written in (a bare 12月 beside 已完成: a deadline or twelve months, no figure). */
    public static TargetValue words(TargetValue v) {
        return v.isQualitative() || v.isEmpty() ? v : qualitative(v.text(), normalise(v.text()));
    }

    /** A row's name saying it is the time or day the work is done by (完成时间, 完成时限, 时间节点, 竣工日期). */
    private static final java.util.regex.Pattern TIME_NAME = java.util.regex.Pattern.compile("(时间|日期|时限|时间节点|节点)$");

    /** Names of a time that is a length to provide or to last, not a day (培训时间 3: days; 服务时间, 运行时间). */
    private static final java.util.regex.Pattern LENGTH_NAME = java.util.regex.Pattern.compile("培训|服务|运行|开放|时长|工作时间|学时|用时|耗时");

    /**
     * A bare whole number 1 to 12 ("12", "6", "06"), nothing else: what {@code (0?[1-9]|1[0-2])} matches whole, read from
     * its one or two characters (a matcher made for every row's target was a seventh of binding's time, issue 17;
     * {@code MonthNumberScanTest} holds it to the expression).
     */
    static boolean monthNumber(String t) {
        int len = t.length();
        if (len == 1) {
            char c = t.charAt(0);
            return c >= '1' && c <= '9';
        }
        if (len != 2) {
            return false;
        }
        char c0 = t.charAt(0);
        char c1 = t.charAt(1);
        return c0 == '0' ? c1 >= '1' && c1 <= '9' : c0 == '1' && c1 >= '0' && c1 <= '2';
    }

    /**
     * A target written as a bare whole number 1 to 12 on a row named as the time the work is done by (完成时间 "12",
     * 完成时限 "6", 时间节点 "10"; no unit in a bracket at the name's end, where 任务完成时限(月) "10" is ten months): the
     * month of the budget year it names, as the deadline its end is ("12月底前"); null for anything else, a number on any other row among them
     * (session 49, M7's left-alone 5: beside 已完成 it was read as 12 of no unit, an error at both stages). Which rows
     * read it so (an actual written, not a bare number) is the binding's ({@code Indicator}).
     */
    public static String monthOfTimeRow(String name, String target) {
        if (name == null || target == null) {
            return null;
        }
        String t = target.strip();
        if (!monthNumber(t)) { // most targets: the name is not read
            return null;
        }
        String n = name.strip();
        if (!TIME_NAME.matcher(n).find() || LENGTH_NAME.matcher(n).find()) {
            return null;
        }
        return Integer.parseInt(t) + "月底前";
    }

    /**
     * A target written as a year and its month with a dot or slash ("2023.12", "2023/6", {@link #YEAR_DOT_MONTH}) on a row
     * named as the time the work is done by (项目竣工时间, 完成时间: the names {@link #monthOfTimeRow} reads): that month,
     * as a date is written ("2023年12月"), which {@link #parse} reads as the deadline it is; null for anything else. Session
     * 52 (施甸 2021's 项目竣工时间 "2023.12", t115): before, the number 2023.12, "≥ 2023.12 (the higher the better)". An
     * actual so written was read as its month already ({@link #doneSpan}).
     */
    public static String yearMonthOfTimeRow(String name, String target) {
        if (name == null || target == null) {
            return null;
        }
        String t = target.strip();
        // only a text with the dot or slash where the year's four digits end can match: no matcher for the others (most
        // 6- and 7-character targets, "≥95.5%", "100%以上"; a matcher for every one was a tenth of binding's allocation)
        char mark = t.length() > 7 || t.length() < 6 ? 0 : t.charAt(4);
        Matcher ym = mark != '.' && mark != '．' && mark != '/' ? null : YEAR_DOT_MONTH.matcher(t);
        if (ym == null || !ym.matches()) {
            return null;
        }
        String n = name.strip();
        if (!TIME_NAME.matcher(n).find() || LENGTH_NAME.matcher(n).find()) {
            return null;
        }
        int y = Integer.parseInt(ym.group(1));
        int month = Integer.parseInt(ym.group(2));
        return Period.calendarYear(y) && month >= 1 && month <= 12 ? y + "年" + month + "月" : null;
    }

    /** "10月", "10月份": a month of the year (1 to 12) without a comparator or anything else. */
    public static boolean bareMonth(TargetValue v) {
        return v.isQuantitative() && !v.explicitComparator() && !v.isRange() && ("月".equals(v.unit()) || "月份".equals(v.unit()))
                && v.low().scale() <= 0 && v.low().compareTo(BigDecimal.ONE) >= 0 && v.low().compareTo(BigDecimal.valueOf(12)) <= 0;
    }

    /**
     * A row's target and actual both written without their year (金寨 2023: 9月前 → 7月, 11月前 → 10月), read as days of
     * {@code year}, the table's: the target a date as if "2023年9月前" were written, the actual one read against it as
     * {@link #readAgainst} reads it; each keeps its text as written. Null unless the target names a day or month with a
     * side (前, 后 …) or a calendar mark (日, 号, 底, 末) and the actual a day or month (7月, 10月20日): 3月内 is a period and
     * 12月 alone twelve months, as {@link #parse} reads them; so is either text when the other is not so written. One of
     * the two written with its year and the other without (2023年12月底前 → 11月, 12月31日前 → 2023年12月20日): the one
     * without is read in {@code year} as well, beside a day (a bare 12月 is December then); 3月内 stays a period.
     */
    public static TargetValue[] inYear(Integer year, String target, String actual) {
        if (year == null || !Period.calendarYear(year) || target == null || actual == null
                || target.indexOf('月') < 0 && actual.indexOf('月') < 0) {
            return null; // asked of every row at binding: most name no month (normalise makes no 月), and no match is made
        }
        String nt = normalise(target);
        String na = normalise(actual).replace("月份", "月"); // an actual 10月份 is 10月, as readAgainst reads it
        Matcher t = YEARLESS_DAY.matcher(nt);
        Matcher a = YEARLESS_DAY.matcher(na);
        boolean yearlessT = t.matches();
        boolean yearlessA = a.matches();
        if (!yearlessT && !yearlessA) {
            return null; // neither a day or month without its year
        }
        if (yearlessT && t.group(4) != null && t.group(4).endsWith("内") || yearlessA && a.group(4) != null) {
            return null; // 3月内: within three months; an actual with a side of its own (7月前) is no day done
        }
        if (yearlessT && yearlessA && t.group(4) == null && t.group(2) == null && t.group(3) == null
                && a.group(2) == null && a.group(3) == null) {
            // 12月 (or 12月完成) beside 12月 or 11月: no calendar mark on either, twelve months as well as December.
            // Beside 11月底 or 11月30日 (a day, never a count of months), or a date with its year, 12月 is December
            return null;
        }
        String withYearT = yearlessT ? year + "年" + nt : nt;
        String withYearA = yearlessA ? year + "年" + na : na;
        TargetValue tv = date(withYearT, withYearT); // actualDay reads the spans from the texts: with the year here
        TargetValue av = date(withYearA, withYearA);
        if (tv == null || av == null) {
            return null; // the text with its year no date (2023年度, 2023年12月完成并交付), or 13月, 2月30日
        }
        av = actualDay(av, tv);
        return new TargetValue[] {
            dateValue(tv.comparator(), tv.explicitComparator(), tv.low(), target),
            dateValue(av.comparator(), av.explicitComparator(), av.low(), actual)
        };
    }

    /**
     * The day a 时效 target sets for the work to be done by: a date with its year (2019年6月底前, ≤ 2019-06-30, a bare
     * 2019年6月), or a day or month without it (6月底前完成, 9月30日前) read in {@code year}, the table's, as {@link #inYear}
     * reads it; null for anything else: a date after which (6月以后, ≥), a period (3个月内, 3月内), a range, words, or a
     * yearless date with no table year. A month without its day is its last day (6月底前: 30 June).
     */
    public static TargetValue deadline(Integer year, String target) {
        if (target == null || target.isBlank()) {
            return null;
        }
        TargetValue v = writtenDeadline(year, target);
        if (v == null) {
            v = leadOrTenDays(year, target, target.strip());
        }
        if (v == null) {
            // a deadline and a second target in one cell, either way round (6月底前完成，验收合格率100%; ≥95%，12月底前完成):
            // the deadline its clause sets, as a reviewer checks it; the other clause is another target, which the rule that
            // reads the deadline asks to be a row of its own (clauses). Once: the clause is read as a cell of its own, not
            // split again. Until session 48 only a deadline first was read here, while the scorer read both (M6's left-alone 2)
            Clauses two = clauses(target);
            String[] progress = two == null ? deadlineBeforeProgress(target) : null;
            String clause = two != null ? two.deadline() : progress != null ? progress[0] : null;
            TargetValue d = clause == null ? null : clauseDeadline(year, clause);
            v = d == null ? null : dateValue(d.comparator(), d.explicitComparator(), d.low(), target.strip());
        }
        return v;
    }

    /**
     * The deadline of a target with words before it (力争6月底前完成, 计划于6月底前完成, 确保9月底前完成: the deadline they aim at,
     * as a reviewer checks it, session 46; before, such a target was words and no deadline was read), else of a month's ten
     * days (6月中旬完成: by the last day of them, as {@link #tenDays} reads it), labelled {@code label}; null for neither.
     */
    private static TargetValue leadOrTenDays(Integer year, String text, String label) {
        String rest = withoutLead(text);
        TargetValue v = rest == null ? null : writtenDeadline(year, rest);
        if (v != null) {
            return dateValue(v.comparator(), v.explicitComparator(), v.low(), label);
        }
        TenDays t = tenDays(year, text);
        return t == null ? null
                : dateValue(Comparator.LE, true, BigDecimal.valueOf(t.year() * 10_000L + t.month() * 100L + t.lastDay()), label);
    }

    /** The deadline of one clause of a cell, read as {@link #deadline} reads a cell but not split again. */
    private static TargetValue clauseDeadline(Integer year, String clause) {
        TargetValue v = writtenDeadline(year, clause);
        return v != null ? v : leadOrTenDays(year, clause, clause);
    }

    /** What separates a deadline from a second target written in the same cell. */
    private static final String SECOND_TARGET_BREAK = "，,；;";

    /**
     * A cell holding a deadline and another target, split at a comma or a semicolon: the deadline's clause, the other
     * clause (each stripped), and whether the deadline comes first.
     */
    public record Clauses(String deadline, String other, boolean deadlineFirst) {
    }

    /**
     * The two clauses of a cell that is a deadline and another target, either way round: the deadline first, at most 40
     * characters before the first break, the rest whatever follows (6月底前完成，验收合格率100%; 力争6月底前完成；群众满意度≥90%);
     * or the deadline last, after the cell's one break, at most 40 characters (≥95%，12月底前完成). Null where the cell is not
     * so made: no break, a side empty, neither side a deadline ({@link #deadline} of it alone: 按进度推进，6月底前启动 is none),
     * or, with the deadline last, more than one break. {@link #deadline}, {@link #deadlineText}, the scorer (which clause an
     * actual answers) and the monitoring rule's note read cells this one way.
     */
    public static Clauses clauses(String target) {
        if (target == null || !mayDate(target)) {
            return null; // asked of every row with an actual at binding: most write no day
        }
        String t = target.strip();
        int at = firstBreak(t);
        if (at <= 0) {
            return null;
        }
        String first = t.substring(0, at).strip();
        String rest = t.substring(at + 1).strip();
        if (at <= 40) {
            String r = rest;
            while (!r.isEmpty() && SECOND_TARGET_BREAK.indexOf(r.charAt(0)) >= 0) {
                r = r.substring(1).strip();
            }
            if (!first.isEmpty() && !r.isEmpty() && !progressWords(r) && clauseDeadline(2000, first) != null) {
                return new Clauses(first, r, true);
            }
        }
        // the deadline last: after the cell's one break, at most 80 characters in all
        if (target.length() > 80 || first.isEmpty() || rest.isEmpty() || rest.length() > 40
                || rest.chars().anyMatch(c -> SECOND_TARGET_BREAK.indexOf(c) >= 0) || progressWords(first)
                || clauseDeadline(2000, rest) == null) {
            return null;
        }
        return new Clauses(rest, first, false);
    }

    /**
     * Words of progress and no figure (按进度推进, 按计划有序推进): no second target beside a deadline, but a second thing said
     * of the work (按进度推进，6月底前启动 is kept as words, as it was before either order was read; session 48).
     */
    private static boolean progressWords(String clause) {
        return (clause.contains("推进") || clause.contains("进度")) && clause.chars().noneMatch(Character::isDigit);
    }

    /** The index of the first {@link #SECOND_TARGET_BREAK} mark in {@code t} (the break between a cell's clauses), or -1. */
    private static int firstBreak(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (SECOND_TARGET_BREAK.indexOf(t.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Of a cell that is a deadline first and then words of progress (6月底前完成，按进度推进: {@link #progressWords}, no
     * second target, so no cell of {@link #clauses}), the deadline's clause and the words ({@code [deadline, words]},
     * stripped); null for any other cell. The deadline is what the cell sets, the words say how the work goes on towards
     * it: read by {@link #deadline}, {@link #deadlineReading} and {@link #deadlineWords} as the deadline (session 49, M7's
     * left-alone 2: from session 48 no deadline was read there at either stage). Words first (按进度推进，6月底前启动) stay
     * words, as DeadlineWorkPhraseTest pins them.
     */
    private static String[] deadlineBeforeProgress(String target) {
        if (target == null || !mayDate(target) || target.length() > 80) {
            return null;
        }
        String t = target.strip();
        int at = firstBreak(t);
        if (at <= 0 || at > 40) {
            return null;
        }
        String first = t.substring(0, at).strip();
        String r = t.substring(at + 1).strip();
        while (!r.isEmpty() && SECOND_TARGET_BREAK.indexOf(r.charAt(0)) >= 0) {
            r = r.substring(1).strip();
        }
        if (first.isEmpty() || r.isEmpty() || !progressWords(r) || r.chars().anyMatch(c -> SECOND_TARGET_BREAK.indexOf(c) >= 0)
                || clauseDeadline(2000, first) == null) {
            return null;
        }
        return new String[] {first, r};
    }

    /**
     * {@link #clauses} where the deadline comes first: the two texts, stripped ({@code [deadline, other]}), or null.
     */
    public static String[] secondTarget(String target) {
        Clauses c = clauses(target);
        return c == null || !c.deadlineFirst() ? null : new String[] {c.deadline(), c.other()};
    }

    /**
     * Words before a deadline that aim at it or plan it ({@link Plans#DEADLINE_LEADS}: 力争, 争取, 计划, 确保, 务必, 要求, 须, 应,
     * 拟, 预计, 将于; with 于 or 在 after them): 力争6月底前完成 is checked as 6月底前完成 is. Since session 47 预计 too: in a
     * target (the only text these are read in: {@link #deadline}, {@link #deadlineText}) it is the day the work is planned to
     * be done by, as 计划 is; an actual 预计8月完成 is never read past it (a forecast, no day done). Not words of progress
     * (按进度推进，…: a second thing said, kept as words). Until session 54 a list of this class's own, without 将于 and a bare
     * 拟 (Plans' plan leads, which monitoring reads a planned day by).
     */
    private static final String[] LEADS = Plans.DEADLINE_LEADS.toArray(String[]::new);

    /**
     * The leads after which what is aimed at may be named before the day ({@link Plans#OBJECT_LEADS}: 确保资金6月底前拨付到位).
     */
    private static final String[] OBJECT_LEADS = Plans.OBJECT_LEADS.toArray(String[]::new);

    /**
     * The target without a word before its deadline ({@link #LEADS}: 力争6月底前完成 → 6月底前完成), or null where it has none.
     * Where what is aimed at is named between the word and the day (确保资金6月底前拨付到位: {@link #OBJECT_LEADS}), it goes
     * after the day's 前, into the phrase of the work (6月底前资金拨付到位), as a deadline and its work are read.
     */
    public static String withoutLead(String target) {
        if (target == null) {
            return null;
        }
        String t = target.strip();
        for (String l : LEADS) {
            if (t.startsWith(l) && t.length() > l.length() && Character.isDigit(t.charAt(l.length()))) {
                return t.substring(l.length());
            }
        }
        for (String l : OBJECT_LEADS) {
            if (!t.startsWith(l)) {
                continue;
            }
            int k = l.length();
            while (k < t.length() && k - l.length() < 5 && Character.UnicodeScript.of(t.charAt(k)) == Character.UnicodeScript.HAN) {
                k++;
            }
            int n = k - l.length();
            if (n < 1 || n > 4 || k >= t.length() || !Character.isDigit(t.charAt(k))) {
                return null;
            }
            String object = t.substring(l.length(), k);
            String rest = t.substring(k);
            int before = rest.indexOf('前');
            if (object.matches(".*[于在的未不没无前后年月日].*") || before < 0) {
                return null;
            }
            return rest.substring(0, before + 1) + object + rest.substring(before + 1);
        }
        return null;
    }

    /**
     * The text a target that sets a deadline in words is read as, beside a date (a 自评 actual, {@link io.github.jixiao.model.Indicator}):
     * the deadline past the words before it (力争6月底前完成 → 6月底前完成, 预计…, 确保资金6月底前拨付到位 →
     * 6月底前资金拨付到位: {@link #withoutLead}); a month's ten days as the day they end on, with the year
     * (6月中旬完成 → 2023年6月20日前: {@link #tenDays}); of a cell with a deadline and another target (6月底前完成，验收合格率100%;
     * ≥95%，12月底前完成), the deadline's clause ({@link #deadlineClause}). Null where the target is none of these (a plain
     * deadline is read as written). What the reading was is {@link #deadlineReading}.
     */
    public static String deadlineText(Integer year, String target) {
        DeadlineReading r = deadlineReading(year, target);
        return r == null ? null : r.text();
    }

    /**
     * How {@link #deadlineText} read {@code target}: the text it reads (its {@code text}), and which of its readings it
     * made, each null where not made — the words before the deadline read past (力争), the ten days ({@link TenDays}), the
     * other target in the cell left unchecked, the words of progress after the deadline read past (按进度推进).
     */
    public record DeadlineReading(String text, String lead, TenDays tenDays, String other, String progress) {
    }

    /** {@link #deadlineText}'s readings of {@code target}, or null where it makes none. */
    public static DeadlineReading deadlineReading(Integer year, String target) {
        return target == null || target.isBlank() || target.length() > 60 || !mayDate(target) ? null
                : deadlineReading(year, target, clauses(target));
    }

    /**
     * As above, with {@code two} the cell's {@link #clauses} already parsed (an {@link io.github.jixiao.model.Indicator}'s,
     * stored at binding): not parsed again.
     */
    public static DeadlineReading deadlineReading(Integer year, String target, Clauses two) {
        if (target == null || target.isBlank() || target.length() > 60 || !mayDate(target)) {
            return null;
        }
        String[] progress = two == null ? deadlineBeforeProgress(target) : null;
        String clause = two != null ? two.deadline() : progress != null ? progress[0] : target.strip();
        String rest = withoutLead(clause);
        String t = rest != null ? rest : clause;
        TenDays ten = tenDays(year, t);
        if (ten != null) {
            t = ten.year() + "年" + ten.month() + "月" + ten.lastDay() + "日前";
        }
        if (t.equals(target.strip())) {
            return null;
        }
        String lead = null;
        if (rest != null) {
            for (String l : LEADS) {
                if (clause.startsWith(l)) {
                    lead = l;
                    break;
                }
            }
        }
        return new DeadlineReading(t, lead, ten, two == null ? null : two.other(), progress == null ? null : progress[1]);
    }

    /** Whether {@code text} has a mark a written day needs (月, 年, or a - . / between figures): a cheap test first. */
    private static boolean mayDate(String text) {
        return text.indexOf('月') >= 0 || text.indexOf('年') >= 0 || text.indexOf('-') >= 0 || text.indexOf('.') >= 0
                || text.indexOf('/') >= 0;
    }

    /**
     * The words of the deadline {@code target} sets, as its readings (6月前 by the month's end, 2023年前 by the year's)
     * are told from them: the deadline's clause of a cell with another target ({@link #clauses}), past the words before
     * it ({@link #withoutLead}: 力争6月前完成 → 6月前完成); the target as written where neither. Null for null.
     */
    public static String deadlineWords(String target) {
        if (target == null) {
            return null;
        }
        Clauses c = clauses(target);
        String[] progress = c == null ? deadlineBeforeProgress(target) : null;
        String t = c != null ? c.deadline() : progress != null ? progress[0] : target.strip();
        String rest = withoutLead(t);
        return rest != null ? rest : t;
    }

    /**
     * Of a cell holding a deadline and another target (6月底前完成，验收合格率100%; ≥95%，12月底前完成), the deadline's clause,
     * wherever it stands ({@link #clauses}); null where the cell is not so made.
     */
    public static String deadlineClause(String target) {
        Clauses c = clauses(target);
        return c == null ? null : c.deadline();
    }

    /**
     * A month's ten days named as a deadline (6月中旬完成, 2023年6月上旬, 6月下旬前完成验收), read as a reviewer reads it: by
     * the last day of those ten days (上旬 the 10th, 中旬 the 20th, 下旬 the month's last day), a word before it as
     * {@link #deadline} allows; the month, which ten days, the day read, and the year (the table's where not written).
     */
    public record TenDays(int year, int month, String part, int lastDay) {
        /** The part in English: 上旬 the first ten days, 中旬 the middle ten days, 下旬 the last ten days. */
        public String partEn() {
            return switch (part) {
                case "上旬" -> "the first ten days";
                case "中旬" -> "the middle ten days";
                default -> "the last ten days";
            };
        }
    }

    private static final Pattern TEN_DAYS = Pattern.compile("^(?:(\\d{4})年)?(\\d{1,2})月(上|中|下)旬(?:(?:前|之前|以前)" + DATE_DONE
            + "|(?:完成|完工|竣工|办结|到位|交付|验收|上线|启用|开工|实施)?)$");

    /** {@code target} as {@link TenDays} in {@code year} (the table's, where it writes none), or null. */
    public static TenDays tenDays(Integer year, String target) {
        if (target == null || target.indexOf('旬') < 0) {
            return null;
        }
        String t = withoutLead(target);
        Matcher m = TEN_DAYS.matcher(normalise(t != null ? t : target.strip()));
        if (!m.matches()) {
            return null;
        }
        int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year == null ? 0 : year;
        int month = Integer.parseInt(m.group(2));
        if (!Period.calendarYear(y) || month < 1 || month > 12) {
            return null;
        }
        String part = m.group(3);
        int last = switch (part) {
            case "上" -> 10;
            case "中" -> 20;
            default -> java.time.YearMonth.of(y, month).lengthOfMonth();
        };
        return new TenDays(y, month, part + "旬", last);
    }

    /** {@link #deadline} of a target as written, without words before it. */
    private static TargetValue writtenDeadline(Integer year, String target) {
        TargetValue v = parseShared(target);
        if (!v.isDate() && year != null && Period.calendarYear(year) && target.indexOf('月') >= 0) {
            String norm = normalise(target.strip());
            Matcher m = YEARLESS_DAY.matcher(norm);
            if (dateWithoutYear(norm) && m.matches() && (m.group(4) == null || !m.group(4).endsWith("内"))) {
                String withYear = year + "年" + norm;
                TargetValue dated = date(withYear, withYear);
                v = dated == null ? v : dateValue(dated.comparator(), dated.explicitComparator(), dated.low(), target.strip());
            }
        }
        if (!v.isDate() || v.isRange()) {
            return null;
        }
        Comparator c = v.comparator();
        return c == Comparator.LE || c == Comparator.LT || c == Comparator.EQ ? v : null;
    }

    /** A month, with or without its year, then 前 with nothing between (6月前, 2019年6月之前完成): no day, no 底 or 末. */
    private static final Pattern MONTH_BEFORE = Pattern.compile("^(?:\\d{4}年)?(\\d{1,2})月(?:前|之前|以前)" + DATE_DONE + "$");

    /**
     * The month of a deadline written as a month and 前 alone (6月前完成, 2019年6月以前: "before June"), or null (6月底前,
     * 6月30日前, 6月以后, words). {@link #deadline} and {@link #date} read it as by the month's end (6月前: 30 June), as
     * 6月底前 and as a day and 前 is read (6月30日前 includes 30 June): the project year ends in December, and 12月前
     * (宁德 2023, t59's 2023年12月前) means within the year, not by 30 November; a reading in the unit's favour, which the
     * rules that read a deadline say beside it, so that a unit that meant "by 31 May" writes 5月31日前.
     */
    public static Integer monthBefore(String target) {
        if (target == null || target.indexOf('前') < 0) {
            return null;
        }
        Matcher m = MONTH_BEFORE.matcher(normalise(withoutDateLabel(normalise(target.strip()))));
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(1));
        return month >= 1 && month <= 12 ? month : null;
    }

    /** A year then 前 with nothing between (2023年前完成, 2023年之前): no month, no 底 or 末, no 度. */
    private static final Pattern YEAR_BEFORE = Pattern.compile("^(\\d{4})年(?:前|之前|以前)" + DATE_DONE + "$");

    /**
     * The year of a deadline written as a year and 前 alone (2023年前完成, 2023年以前: "before 2023"), or null (2023年底前,
     * 2023年12月前, 2023年度, words). {@link #deadline} reads it as by the year's end (2023-12-31), as 2023年底前 is and as
     * {@link #monthBefore} reads 6月前: the usage of plans and targets ("2020年前全面建成", by the end of 2020), and a
     * reading in the unit's favour, which the rules that read a deadline say beside it, so that a unit that meant "by the
     * end of 2022" writes 2022年底前. No real table writes one (session 45: none of the real tables' targets has 年前).
     */
    public static Integer yearBefore(String target) {
        if (target == null || target.indexOf('前') < 0) {
            return null;
        }
        Matcher m = YEAR_BEFORE.matcher(normalise(withoutDateLabel(normalise(target.strip()))));
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        return year >= 1900 && year <= 2199 ? year : null;
    }

    /** A date in a text as written: 2022年10月(20日 / 底), 10月(20日 / 底), 2022-10-20, 2022年(底). */
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})[日号]|(底|末))?|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})|(\\d{4})年(底|末)?");

    /**
     * Date {@code v} as its text writes it, at the precision written, ISO as {@link TargetValue#format} is: "2022-10" for a
     * month (2022年10月, "完成时间 2022年10月"), "2022-10-20" for a day, "2022" for a year; a month's or year's end (底, 末)
     * its last day; a day or month written without its year in the year it was read in (10月 read in 2023: "2023-10").
     * What a note says the date was read as: the day {@code v} is compared by (a month's first day against a deadline,
     * {@link #actualDay}) is the reading's, not the text's (labelled-date said "2022-10-01" for 2022年10月). Not a date:
     * {@link TargetValue#format}.
     */
    public static String writtenDate(TargetValue v) {
        if (!v.isDate()) {
            return v.format();
        }
        String text = normalise(v.text());
        Matcher m = text.length() > MAX_LABELLED ? null : WRITTEN_DATE.matcher(text);
        if (m == null || !m.find()) {
            return v.format();
        }
        int readYear = v.low().intValue() / 10_000;
        try {
            if (m.group(2) != null) {
                int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : readYear;
                java.time.YearMonth ym = java.time.YearMonth.of(y, Integer.parseInt(m.group(2)));
                if (m.group(3) != null) {
                    return ym.atDay(Integer.parseInt(m.group(3))).toString();
                }
                return m.group(4) != null ? ym.atEndOfMonth().toString() : ym.toString();
            }
            if (m.group(5) != null) {
                return java.time.LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)))
                        .toString();
            }
            return m.group(9) != null ? m.group(8) + "-12-31" : m.group(8);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return v.format();
        }
    }

    /** Excel's day 0 (its 1900 date system, which counts 1900-02-29: serial 44561 is 2021-12-31). */
    private static final java.time.LocalDate EXCEL_EPOCH = java.time.LocalDate.of(1899, 12, 30);
    /** The serials of 2000-01-01 and 2099-12-31: a 时效 target's bare number in this span is no count of days. */
    private static final BigDecimal FIRST_SERIAL = BigDecimal.valueOf(36_526);
    private static final BigDecimal LAST_SERIAL = BigDecimal.valueOf(73_050);

    /**
     * The day {@code t} names read as an Excel date serial (乌海 2021: "44,561" in both 指标值 and 度量单位, 2021-12-31 with
     * its format lost in the export), or null: no unit (or one of digits only, the serial again), no range, a whole
     * number of 2000 to 2099's serials. Asked of 时效 targets only (indicator-time-cost-unspecified's date-serial; no unit
     * of the actual's assumed for one, {@code Indicator.of}).
     */
    public static java.time.LocalDate excelDate(TargetValue t) {
        // the unit: none, or the 度量单位 column's copy of the same serial (read as a unit of digits)
        if (!t.isQuantitative() || t.isRange() || t.isDate() || !asciiDigitsOnly(t.unit())
                || t.low().compareTo(FIRST_SERIAL) < 0 || t.low().compareTo(LAST_SERIAL) > 0
                || t.low().stripTrailingZeros().scale() > 0) {
            return null;
        }
        return EXCEL_EPOCH.plusDays(t.low().longValueExact());
    }

    /** Whether every character of {@code s} is an ASCII digit (true for ""): a loop, not a stream, on every 时效 row. */
    private static boolean asciiDigitsOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The first and last day a date names (a day: itself, twice); null when its text is no date. */
    private static BigDecimal[] span(TargetValue v) {
        Matcher m = dateMatcher(normalise(v.text()));
        if (m == null) {
            return null;
        }
        if (m.group(4) != null) {
            return new BigDecimal[] {v.low(), v.low()};
        }
        if (m.group(5) != null) {
            // 11月底, 2023年底: its last day, not any day of it (11月底 was read as 11月1日 against 11月15日前, and met)
            BigDecimal last = day(m, false);
            return last == null ? null : new BigDecimal[] {last, last};
        }
        BigDecimal first = day(m, true);
        BigDecimal last = day(m, false);
        return first == null || last == null ? null : new BigDecimal[] {first, last};
    }

    /**
     * A text that starts with a year (1990–2100) and 年 but is no date: a sentence about one (2022年底前完成招标,
     * 2022年度), not 2022 of a unit "年底前完成招标".
     */
    static boolean aboutAYear(String norm) {
        if (norm.length() < 6 || norm.charAt(4) != '年' || !Character.isDigit(norm.charAt(0))) {
            return false;
        }
        for (int i = 1; i < 4; i++) {
            if (!Character.isDigit(norm.charAt(i))) {
                return false;
            }
        }
        int y = Integer.parseInt(norm, 0, 4, 10);
        return Period.calendarYear(y);
    }

    /** A day or month written without its year (12月底前): words, not a count of months. */
    static boolean dateWithoutYear(String norm) {
        // a calendar mark (日, 号, 底, 末) or a side before or after (9月前, 6月以后) makes it a date; 3月内 stays a period
        // (within three months). 9月前 was 9 of a unit 月前, and beside an actual 已完成 the row was an error asking for
        // the actual "in 月前"
        // a month's ten days too (6月中旬完成, 6月下旬前): it was 6 of a unit 月中旬完成 (session 47), an error beside any actual
        return norm.length() >= 3 && norm.length() <= 20 && Character.isDigit(norm.charAt(0)) && norm.indexOf('月') > 0
                && (norm.indexOf('日') > 0 || norm.indexOf('号') > 0 || norm.indexOf('底') > 0 || norm.indexOf('末') > 0
                        || norm.indexOf('前') > 0 || norm.indexOf('后') > 0)
                && YEARLESS_DAY.matcher(norm).matches()
                || norm.length() >= 4 && norm.length() <= 20 && norm.indexOf('旬') > 0 && Character.isDigit(norm.charAt(0))
                        && TEN_DAYS.matcher(norm).matches();
    }

    /**
     * A date target given the comparator of the 指标性质 column: a month or year without its day takes the day that
     * comparator reaches ({@link #date}: ≥ 2022年6月 from 6月1日); a day, or anything else, only the comparator.
     */
    public static TargetValue withDateComparator(TargetValue t, Comparator c) {
        if (!t.isDate()) {
            return t.withComparator(c, true);
        }
        Matcher m = dateMatcher(normalise(t.text()));
        BigDecimal v = m == null ? null : reached(m, c);
        return dateValue(c, true, v == null ? t.low() : v, t.text());
    }

    /**
     * {@code v} read as words, not as a date: a date target beside an actual that is no date ("按期完成"), or a date
     * actual beside a target that is none ("按时完成"), is compared as the words it was before dates were read.
     */
    public static TargetValue asWords(TargetValue v) {
        return v.isDate() ? qualitative(v.text(), normalise(v.text())) : v;
    }

    /**
     * Compares an actual with a target. Units must agree (money units convert); a bare-number target
     * ("10 家") means equality. An actual written as a range, or anything not quantitative, is
     * {@link Outcome#INCOMPARABLE}.
     */
    public static Outcome compare(TargetValue target, TargetValue actual) {
        // inUnitOf is null for whatever is not a single quantity in the target's terms: INCOMPARABLE
        return outcome(target, inUnitOf(actual, target));
    }

    /**
     * {@link #compare} for an actual already expressed in the target's unit ({@link #inUnitOf}{@code (actual, target)},
     * which a caller that needs it too works out once); null is {@link Outcome#INCOMPARABLE}.
     */
    public static Outcome outcome(TargetValue target, BigDecimal a) {
        if (a == null) {
            return Outcome.INCOMPARABLE;
        }
        boolean ok = switch (target.comparator()) {
            case GE -> a.compareTo(target.low()) >= 0;
            case GT -> a.compareTo(target.low()) > 0;
            case LE -> a.compareTo(target.low()) <= 0;
            case LT -> a.compareTo(target.low()) < 0;
            case EQ -> a.compareTo(target.low()) == 0;
            case RANGE -> a.compareTo(target.low()) >= 0 && a.compareTo(target.high()) <= 0;
        };
        return ok ? Outcome.MET : Outcome.MISSED;
    }

    /**
     * The actual's number expressed in the target's unit (money converts between 元, 万元 and 亿元), or
     * null when either is not a single quantity or the units differ.
     */
    public static BigDecimal inUnitOf(TargetValue actual, TargetValue target) {
        if (!actual.isQuantitative() || !target.isQuantitative() || actual.comparator() == Comparator.RANGE) {
            return null;
        }
        if (target.unit().equals(actual.unit())) {
            return actual.low();
        }
        return inUnit(actual.low(), actual.unit(), target.unit());
    }

    /**
     * {@code a} in {@code from} expressed in {@code to}: money converts between 元, 万元 and 亿元, a unit and itself with 万 or
     * 亿 before it ({@link #multiplier}); two rates per the same thing as their units do (0.05 万元/人 = 500 元/人; 元/人*月
     * and 元/人·月 are one unit: {@link UnitKind#per}; 元/人·年 and 元/人 in a year's form: {@link UnitKind#samePer}), and a
     * count spelt with a slash as that count (人/次 is 人次); null for any other pair.
     */
    private static BigDecimal inUnit(BigDecimal a, String from, String to) {
        BigDecimal fa = MONEY_FACTORS.get(from);
        BigDecimal ft = MONEY_FACTORS.get(to);
        if (fa != null && ft != null) {
            return a.multiply(fa).divide(ft, MathContext.DECIMAL128);
        }
        BigDecimal f = multiplier(from, to);
        if (f != null) {
            return a.multiply(f);
        }
        if (from.indexOf('/') < 0 && to.indexOf('/') < 0) {
            return null; // most pairs: no rate, no count spelt with a slash
        }
        String countFrom = UnitKind.countSpelt(from);
        String countTo = UnitKind.countSpelt(to);
        if (countFrom != null || countTo != null) {
            String cf = countFrom != null ? countFrom : from;
            String ct = countTo != null ? countTo : to;
            return cf.equals(ct) ? a : (f = multiplier(cf, ct)) != null ? a.multiply(f) : null;
        }
        UnitKind.Rate rf = UnitKind.per(from);
        UnitKind.Rate rt = UnitKind.per(to);
        if (rf == null || rt == null || !UnitKind.samePer(rf.per(), rt.per())) {
            return null; // 元/人 and 元/户: per person and per household are two measures (元/人·年 and 元/人 are one)
        }
        return rf.of().equals(rt.of()) ? a : inUnit(a, rf.of(), rt.of());
    }

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    /**
     * What a figure in {@code from} is multiplied by to be in {@code to} when one is the other with 万 or 亿 before it
     * (1.2 万人次 = 12000 人次, 13000 人次 = 1.3 万人次, 万册, 亿人次 …); null for any other pair (a date is no count).
     */
    static BigDecimal multiplier(String from, String to) {
        if (from.isEmpty() || to.isEmpty() || from.equals(DATE_UNIT) || to.equals(DATE_UNIT)) {
            return null;
        }
        if (from.length() == to.length() + 1 && from.endsWith(to)) {
            char m = from.charAt(0);
            return m == '万' ? WAN : m == '亿' ? YI : null;
        }
        if (to.length() == from.length() + 1 && to.endsWith(from)) {
            char m = to.charAt(0);
            return m == '万' ? BigDecimal.ONE.divide(WAN) : m == '亿' ? BigDecimal.ONE.divide(YI) : null;
        }
        return null;
    }

    /** True when the units of target and actual agree (or are convertible money units). */
    public static boolean sameTerms(TargetValue target, TargetValue actual) {
        if (!target.isQuantitative() || !actual.isQuantitative()) {
            return false;
        }
        if (target.unit().equals(actual.unit())) {
            return true;
        }
        // (inUnit's answer for a figure: whether the units convert; BigDecimal.ONE stands for any)
        return isMoneyUnit(target.unit()) && isMoneyUnit(actual.unit()) || multiplier(actual.unit(), target.unit()) != null
                || inUnit(BigDecimal.ONE, actual.unit(), target.unit()) != null;
    }

    /** 元, 万元 or 亿元. */
    public static boolean isMoneyUnit(String unit) {
        // each ends in 元: every other unit ("%", "个", "" …) is told by its last character, without the map's lookup
        return unit != null && !unit.isEmpty() && unit.charAt(unit.length() - 1) == '元' && MONEY_FACTORS.containsKey(unit);
    }

    /**
     * Half- and full-width forms to one spelling, whitespace out, thousands separators out. One pass over the
     * characters; the regular expressions run only on a text that holds what they look for.
     */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean comma = false;
        boolean perBracketed = false; // a bracket right after a slash ("元/(人·月)"), seen in this one pass
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                // the old WHITESPACE class: \s (space, tab, LF, VT, FF, CR), no-break space, ideographic space: removed
                case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u3000' -> {
                }
                case ',', '，' -> {
                    sb.append(',');
                    comma = true;
                }
                case '≧', '⩾' -> sb.append('≥');
                case '≦', '⩽' -> sb.append('≤');
                case '＞', '﹥' -> sb.append('>');
                case '＜', '﹤' -> sb.append('<');
                // ═ (U+2550, a box-drawing double line): printed for = in 指标性质 (永德 2022's 自评表)
                case '＝', '﹦', '═' -> sb.append('=');
                case '％' -> sb.append('%');
                case '～', '〜', '—', '–', '‒', '―', '~' -> sb.append('~');
                case '－', '‐', '−' -> sb.append('-');
                case '．' -> sb.append('.');
                case '＋' -> sb.append('+');
                case '(', '（' -> {
                    perBracketed |= sb.length() > 0 && sb.charAt(sb.length() - 1) == '/';
                    sb.append(c);
                }
                default -> {
                    if (c >= '０' && c <= '９') {
                        sb.append((char) ('0' + (c - '０')));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        String s = sb.toString();
        s = s.replace(">=", "≥").replace("<=", "≤").replace("==", "=").replace("~~", "~");
        if (perBracketed) {
            s = PER_BRACKETED.matcher(s).replaceAll("/$1");
        }
        if (s.indexOf('、') > 0 && s.indexOf('/') > 0) {
            s = perEnumerated(s);
        } else if (s.indexOf('、') > 0) {
            s = personDayEnumerated(s);
        }
        return comma ? THOUSANDS.matcher(s).replaceAll("") : s;
    }

    /**
     * What a rate is per written with an enumeration comma between its parts, at the text's end: "400元/人、天" (遂宁经开区
     * 2021's 培训成本, t106) is 元/人·天, 400 yuan a person a day. Until session 48 the unit stopped at the comma and the whole
     * cost was words ("没有金额"). Only where both parts are units {@link UnitKind} knows and neither is money or a
     * percentage (a list, "100元/人、200元/户", holds a figure after its comma and is left as it is).
     */
    private static final Pattern PER_ENUMERATED = Pattern.compile("/([^\\d/、,;:：；，。]{1,3})、([^\\d/、,;:：；，。]{1,3})$");

    /**
     * A person-day written with an enumeration comma, alone or after its figure, at the text's end: a 度量单位 cell "人、日",
     * a target "≤100人、日" — 人·日, as "元/人、天" is 元/人·天 ({@link #perEnumerated}). Until session 51 the unit stopped at
     * the comma: the cell named no unit, and the target was words (W2's left-alone item 11).
     */
    private static final Pattern PERSON_DAY_ENUMERATED = Pattern.compile("(^|\\d)(人次|人)、(天|日)$");

    private static String personDayEnumerated(String s) {
        Matcher m = PERSON_DAY_ENUMERATED.matcher(s);
        return m.find() ? s.substring(0, m.start()) + m.group(1) + m.group(2) + "·" + m.group(3) : s;
    }

    private static String perEnumerated(String s) {
        Matcher m = PER_ENUMERATED.matcher(s);
        if (!m.find()) {
            return s;
        }
        UnitKind a = UnitKind.of(m.group(1));
        UnitKind b = UnitKind.of(m.group(2));
        if (a == null || b == null || a == UnitKind.MONEY || b == UnitKind.MONEY || a == UnitKind.PERCENT || b == UnitKind.PERCENT) {
            return s;
        }
        return s.substring(0, m.start()) + "/" + m.group(1) + "·" + m.group(2);
    }

    /**
     * A normalised target or actual with a comparator written twice read once: "≥≥98%" (抚远 2022, t99), "≥>=95%"
     * (placeholder-left's doubled-comparator says the slip; until session 46 the text was words). Not in a 指标性质
     * column ({@link #comparatorWord}: "≥≥" there is no comparator).
     */
    private static String onceCompared(String s) {
        return s.indexOf('≥') < 0 && s.indexOf('≤') < 0 ? s : collapse(collapse(s, "≥≥", "≥"), "≤≤", "≤");
    }

    /** {@code s} with every run of {@code twice} shortened until none is left (≥≥≥ → ≥). */
    private static String collapse(String s, String twice, String once) {
        while (s.contains(twice)) {
            s = s.replace(twice, once);
        }
        return s;
    }

    /**
     * What a rate is per written in brackets after its slash: "583元/(人·月)", "元/（人·月）" are 元/人·月 (a unit may hold no
     * bracket, so the whole text was words until session 35). Only a bracket right after the slash, holding no digit, slash
     * or bracket; whether what it holds is a unit {@link UnitKind#per} decides, as for any rate.
     */
    private static final Pattern PER_BRACKETED = Pattern.compile("/[(（]([^()（）/\\d]{1,6})[)）]");

    /**
     * What the regular expression {@code ^(≥|≤|>|<|=)?} + {@link #NUM} + {@link #UNIT} + {@code $} matches, without
     * it: {@code [comparator] [sign] digits [. digits] [unit]}, the unit one character outside
     * {@link #UNIT_FIRST_EXCLUDED} then up to seven outside {@link #UNIT_REST_EXCLUDED}, counted in code points as
     * the regex counts them. Returns where the number starts and ends (the unit is the rest), or null when the
     * expression would not match. {@code TargetParserEquivalenceTest} holds it to the expression's answers.
     */
    static int[] single(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && "≥≤<>=".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        int start = i;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return null;
        }
        if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            i += 2;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        int end = i;
        int count = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (cp < 0x10000 && (count == 0 ? UNIT_FIRST_EXCLUDED : UNIT_REST_EXCLUDED).indexOf(cp) >= 0) {
                return null;
            }
            count++;
            if (count > 8) {
                return null;
            }
            i += Character.charCount(cp);
        }
        return new int[] {start, end};
    }

    /** {@link #UNIT}'s first character class, negated: what a unit may not start with. */
    static final String UNIT_FIRST_EXCLUDED = "0123456789 \t\n\u000B\f\r≥≤<>=~.+-,;:，；。、：()（）[]【】\"'“”‘’!?！？";
    /** {@link #UNIT}'s class for the characters after the first, negated. */
    static final String UNIT_REST_EXCLUDED = "0123456789 \t\n\u000B\f\r≥≤<>=~,;:，；。、：()（）[]【】\"'“”‘’!?！？";

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The comparator a 指标性质 column states ("≥", "≧", "＞", ">=", "不低于", "以上" …), or null when the cell is blank,
     * says 定性, or holds something else.
     */
    public static Comparator comparatorWord(String written) {
        if (written == null) {
            return null;
        }
        String s = normalise(written.strip());
        if (s.isEmpty()) {
            return null;
        }
        if ("≥≤<>=".indexOf(s.charAt(0)) >= 0 && s.length() == 1) {
            return comparatorOf(s);
        }
        for (Map.Entry<String, String> w : PREFIX_WORDS) {
            if (s.equals(w.getKey())) {
                return comparatorOf(w.getValue());
            }
        }
        for (Map.Entry<String, String> w : SUFFIX_WORDS) {
            if (s.equals(w.getKey())) {
                return comparatorOf(w.getValue());
            }
        }
        return switch (s) {
            case "区间", "范围" -> Comparator.RANGE;
            default -> null;
        };
    }

    /** True when a 指标性质 cell says the indicator is qualitative ("定性", "定性指标"). */
    public static boolean qualitativeWord(String written) {
        return written != null && written.strip().startsWith("定性");
    }

    private static Comparator comparatorOf(String c) {
        return switch (c) {
            case "≥" -> Comparator.GE;
            case "≤" -> Comparator.LE;
            case ">" -> Comparator.GT;
            case "<" -> Comparator.LT;
            default -> Comparator.EQ;
        };
    }

    private static BigDecimal number(String s) {
        try {
            BigDecimal d = new BigDecimal(s);
            return d.abs().compareTo(BigDecimal.valueOf(1, -15)) > 0 ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The words a bracket may put before its unit: "（单位：万美元）", "(计量单位:人)". */
    private static final String[] UNIT_WORDS = {"计量单位", "度量单位", "单位"};

    /**
     * The unit a name ends with in brackets, in its normal spelling: "服务外包在岸(万美元)" 万美元, "培训人数（人次）" 人次,
     * "服务外包在岸（单位：万美元）" 万美元, "任务完成时限(月)" 月; "" for none. A rate's name in brackets (足额保障率(参保率)) or
     * a level (新建中心村数量（省级）, 景区数量(A级)) says what is counted, not in what: none; so does any other bracket that
     * is no unit {@link UnitKind} knows (企业数量（累计）, 建设项目个数(含续建)), unless it is labelled as the unit (单位：…). The row's bare target and actual
     * are read in it as in a 度量单位 column's unit (南华 野生菌加工车间: 任务完成时限(月) "10" is 10 months, a time limit).
     */
    public static String unitInName(String name) {
        if (name == null) {
            return "";
        }
        String n = name.strip();
        int end = n.length() - 1;
        int open = Chars.lastBracket(n);
        if (end < 2 || open < 0) {
            return "";
        }
        String in = n.substring(open + 1, end).strip();
        boolean labelled = false;
        for (String w : UNIT_WORDS) {
            if (in.startsWith(w) && in.length() > w.length() && (in.charAt(w.length()) == '：' || in.charAt(w.length()) == ':')) {
                in = in.substring(w.length() + 1).strip();
                labelled = true;
                break;
            }
        }
        if (in.isEmpty() || in.length() > 6) {
            return "";
        }
        if (in.endsWith("率") || in.length() > 1 && in.endsWith("级")) {
            return "";
        }
        String u = unitOf(in);
        // a bracket not labelled as the unit is one only where it is a unit known to measure something (万美元, 人次, 月,
        // 元/人) or a unit's symbol (kW): not a word saying what is counted (建设项目个数(含续建), 企业数量（累计）), which
        // read as a unit printed "≥ 1 含续建" in the message (天津 宝坻 2022)
        return labelled || u.isEmpty() || knownUnit(u) ? u : "";
    }

    /** A unit {@link UnitKind} knows, one per something it knows (元/人), or a unit's symbol in Latin letters (kW, KVA). */
    private static boolean knownUnit(String u) {
        int slash = u.indexOf('/');
        return UnitKind.of(slash > 0 ? u.substring(0, slash) : u) != null || u.chars().allMatch(c -> c < 128 && Character.isLetter(c));
    }

    /** A unit as a 度量单位 column writes it, in its normal spelling ("百分比" → "%"); "" for none. */
    public static String unitOf(String written) {
        if (written == null || written.isEmpty()) {
            return "";
        }
        return UNITS.get(written, TargetParser::readUnit);
    }

    /**
     * The text as the unit of a number: "1" followed by it must read as one number and a unit, the number being that
     * "1" alone, so a cell holding a number ("44,561", "2023", "0.5") has no unit rather than the unit "44561"; nor has
     * a cell holding what a form puts in a cell that does not apply ("/", "无": {@link #NO_UNIT}).
     */
    static String readUnit(String written) {
        String u = glossOff(normalise(written.strip()));
        if (!validUnit(u) || NO_UNIT.contains(u)) {
            return "";
        }
        int[] at = single("1" + u);
        return at != null && at[1] == 1 && u.length() > 0 ? unit(u) : "";
    }

    /**
     * A unit followed by the same unit spelt in words in brackets, as 河北's budget system prints its 单位(文字描述) column
     * ("%(百分比)", 成安 2020, t80): the unit before the bracket. A bracket naming anything else ("个(村)", "元(人均)") is
     * left as written, and so read as no unit it knows.
     */
    private static String glossOff(String u) {
        int last = u.length() - 1;
        if (last < 2 || u.charAt(last) != ')' && u.charAt(last) != '）') {
            return u;
        }
        int open = Math.max(u.lastIndexOf('('), u.lastIndexOf('（'));
        if (open <= 0 || open + 1 >= last) {
            return u;
        }
        String head = u.substring(0, open);
        String gloss = u.substring(open + 1, last);
        return unit(head).equals(unit(gloss)) ? head : u;
    }

    /**
     * {@link #unitOf}'s answers, shared as {@link #SHARED} is: a table's 度量单位 column repeats a handful of texts, and
     * every row whose target or actual is a bare number reads its unit through it (a normalisation and a scan each).
     * Texts of at most 16 characters are kept.
     */
    private static final OnceTable<String> UNITS = new OnceTable<>(1024, 16);

    private static String unit(String u) {
        if (u == null) {
            return "";
        }
        return UNIT_ALIASES.getOrDefault(u, u);
    }

    /**
     * "%" stands alone: "%完成" or "%左右" are words after a percentage, not a unit. Nor is anything holding a
     * comparator or range word ("天以上", "至以上"): those belong to the comparator, and a unit that kept them
     * would not read back from the value's own canonical form.
     */
    private static boolean validUnit(String u) {
        if (u.startsWith("%") && u.length() > 1 || u.endsWith("内")) {
            return false; // 10次内 is ≤ 10 次 where the whole text is read; left in a unit (a range's 10次内-1000), no unit
        }
        for (String w : UNIT_STOP_WORDS) {
            if (u.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }


    /** What a form writes in a 度量单位 cell that has none ("-" and "—" no unit reads anyway). */
    private static final List<String> NO_UNIT = List.of("/", "／", "\\", "无", "不适用", "NA", "N/A", "na", "n/a");

    /**
     * What no unit holds: the words of a bound or a range, and a negation (未, 没有: "1-2期未能及时培训" is a miss told in
     * words, not 1 to 2 of a unit "期未能及时培训", 吕梁 2021; session 35).
     */
    private static final List<String> UNIT_STOP_WORDS = List.of("以上", "以下", "以内", "至", "到", "~", "未", "没有");

    /** A calendar year as a text names one (2022年, 2023年度): digits that are a date, not a level. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9.])(?:19|20)[0-9]{2}年度?");

    private static TargetValue empty(String text) {
        return new TargetValue(TargetValue.Kind.EMPTY, null, false, null, null, "", text, false, false);
    }

    private static TargetValue qualitative(String text, String normalised) {
        // GRADE_LIST needs three grades with separators between them
        boolean graded = hasAny(normalised, "/／、|,") && GRADE_LIST.matcher(normalised).find()
                || Grade.PRINTED_SCALE.matcher(normalised).matches(); // 优良中低差, 高中低: a printed grade scale
        for (String g : GRADE_MARKERS) {
            graded |= normalised.contains(g);
        }
        boolean vague = false;
        // a year the text compares with or dates by (同比2022年销量显著提高, 宁夏 福彩 2023; 2023年底前显著改善) sets no
        // level: its digits are no figure to reach, so the vague word is looked for as if they were not there
        // (the pattern only where there is a digit at all: most qualitative texts have none)
        if (!graded && !(io.github.jixiao.text.Chars.hasAsciiDigit(normalised)
                && io.github.jixiao.text.Chars.hasAsciiDigit(YEAR.matcher(normalised).replaceAll("")))) {
            String looked = normalised;
            for (String n : NEGATED_VAGUE) {
                looked = looked.replace(n, "");
            }
            for (String v : VAGUE) {
                if (looked.contains(v)) {
                    vague = true;
                    break;
                }
            }
            vague = vague || longTerm(looked); // 长期 (t133), since session 58
        }
        return new TargetValue(TargetValue.Kind.QUALITATIVE, null, false, null, null, "", text, graded, vague);
    }

    /** A year and a month with a dot or slash between: "2023.6", "2021.12", "2023/6". */
    private static final Pattern YEAR_DOT_MONTH = Pattern.compile("^(\\d{4})[.．/](\\d{1,2})$");

    /**
     * The first and last day an actual says the work was done (yyyymmdd), read as the parser reads a date (session 50: one
     * reader of dates, {@link Period}): a date with its year as written ("2020年12月20日", "2020年12月完成", "2022-06-20",
     * "完成时间为2020年12月30日"), or with words beside it ({@link #labelledDate}: "已于2020年12月完成"); a day or month without
     * its year ("12月", "12月20日完成", "完成时间 10月": {@link #labelledYearlessDate}) in {@code year}, the table's; a year
     * and its month with a dot ("2023.6", which {@link #parse} reads as a number). A day is
     * itself twice; a month its first and last day, a year its first and last, a month's end (底, 末) its last. Null for
     * anything else: words, a figure, a period, a day after which (≥, 后: no day done), a month
     * without its year where {@code year} is null.
     */
    public static long[] doneSpan(Integer year, String actual) {
        if (actual == null) {
            return null;
        }
        String text = actual.strip();
        if (text.length() < 2 || text.length() > MAX_LABELLED || !Chars.hasDigit(text)) {
            return null;
        }
        Matcher ym = YEAR_DOT_MONTH.matcher(text);
        if (ym.matches()) {
            // 2023.6: a year and its month, which parse reads as the number 2023.6 (a 时效 row's day written so)
            int y = Integer.parseInt(ym.group(1));
            int month = Integer.parseInt(ym.group(2));
            if (!Period.calendarYear(y) || month < 1 || month > 12) {
                return null;
            }
            java.time.YearMonth m = java.time.YearMonth.of(y, month);
            return new long[] {y * 10_000L + month * 100L + 1, y * 10_000L + month * 100L + m.lengthOfMonth()};
        }
        TargetValue v = parseShared(text);
        if (!v.isDate()) {
            Labelled l = labelledDate(text);
            v = l == null ? null : l.value();
        }
        if (v == null && year != null && Period.calendarYear(year) && text.indexOf('月') >= 0) {
            String norm = normalise(text).replace("月份", "月");
            Matcher m = YEARLESS_DAY.matcher(norm);
            String day = m.matches() && m.group(4) == null ? norm : null;
            if (day == null) {
                Labelled l = labelledYearlessDate(text);
                day = l == null ? null : l.value().text();
            }
            String withYear = day == null ? null : year + "年" + day;
            v = withYear == null ? null : date(withYear, withYear);
        }
        if (v == null || !v.isDate() || v.isRange() || v.comparator() == Comparator.GE || v.comparator() == Comparator.GT) {
            return null;
        }
        BigDecimal[] s = span(v);
        return s == null ? null : new long[] {s[0].longValue(), s[1].longValue()};
    }

    /**
     * The day (yyyymmdd) a {@link #doneSpan} is read as against the date target {@code target}, in the unit's favour as
     * {@link #actualDay} reads a date: its first day against a deadline (≤, <), its last against a start (≥, >), the
     * target's own day where the two overlap against a day, month or year (=), else its last (session 51: 运行监控's
     * deadline reading, monitoring-deviation-unexplained's, reads the day done through doneSpan, one reader).
     */
    public static long doneDay(long[] done, TargetValue target) {
        return switch (target.comparator()) {
            case LE, LT -> done[0];
            case GE, GT -> done[1];
            default -> {
                BigDecimal[] t = span(target);
                yield t != null && done[0] <= t[1].longValue() && done[1] >= t[0].longValue() ? target.low().longValue() : done[1];
            }
        };
    }
}
