package io.github.jixiao.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular-expression parser as it was before {@link TargetParser} got its fast paths, kept word for word as
 * the oracle of {@code TargetParserEquivalenceTest}: the fast parser must give the same value for every text.
 *
 * <p>Original description: the one parser for targets and actuals as written. Half- and full-width symbols (≥ ≧ ＞ ％ ～ — －),
 * spaces, thousands separators, Chinese comparator words (不少于, 以上, 不超过 …) and Chinese units
 * (个 家 次 人 场 天 平方米 万元 亿元 %) are normal input. Never throws: what it cannot read as a number
 * is qualitative.
 */
final class ReferenceTargetParser {
    private ReferenceTargetParser() {
    }

    /** Longer texts are not targets but prose: they are kept as qualitative without being scanned. */
    static final int MAX_INPUT = 200;

    private static final String NUM = "([+-]?\\d+(?:\\.\\d+)?)";
    /** A unit: up to 8 characters, no digits, comparators or punctuation ("%，且无投诉" is not a unit). */
    private static final String UNIT = "([^\\d\\s≥≤<>=~.+\\-,;:，；。、：()（）\\[\\]【】\"'“”‘’!?！？]"
            + "[^\\d\\s≥≤<>=~,;:，；。、：()（）\\[\\]【】\"'“”‘’!?！？]{0,7})?";
    /** 完成 said before the number (the longest of these words first) and after it. */
    private static final Pattern DONE = Pattern.compile("^(?:已完成|实际完成|累计完成|共完成|完成)(\\d.*)$", Pattern.DOTALL);
    /**
     * A verb of building or doing, the thing done (up to 8 CJK characters, none of a comparator, ordinal, rate, comparison
     * or time), then a number and its unit (one to four characters that are no digit, perhaps after 余/多 or before a
     * comparator word; which of them is a unit {@link #knownUnit} says): 完成道路建设491米 is 491米, 完成道路建设5km 5km (the
     * pattern allowed % or CJK characters only, and so disagreed with the parser on km and ‰ from session 26 on, unseen
     * until session 27 put them in the corpus).
     */
    private static final Pattern MADE = Pattern.compile("^(?:已完成|实际完成|累计完成|共完成|完成|建设|新建|修建|改造|培训|开展)"
            + "[\\u4E00-\\u9FFF&&[^不于少低多高过超达到至约近第每比占增减降升上下前后内余以年月日率]]{0,8}"
            + "(\\d+(?:\\.\\d+)?[余多]?\\D{1,4}(?:及以上|以上|及以下|以下|以内|之内|内)?)$");
    /**
     * Whether the amount MADE matched ends in a unit UnitKind knows, perhaps with 余/多 before it or a comparator word
     * after it: 491米, 300人次以上, not 2次培训 (a counter and the thing counted).
     */
    private static boolean knownUnit(String amount) {
        String u = amount.replaceFirst("^\\d+(?:\\.\\d+)?[余多]?", "");
        if (UnitKind.of(u) != null && u.length() <= 4) {
            return true;
        }
        for (String w : List.of("及以上", "以上", "及以下", "以下", "以内", "之内", "内")) {
            String v = u.endsWith(w) ? u.substring(0, u.length() - w.length()) : null;
            if (v != null && v.length() <= 4 && UnitKind.of(v) != null) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DONE_AFTER = Pattern.compile("^(.*[\\d%])完成$", Pattern.DOTALL);
    /** A last parenthesis, half- or full-width, with no parenthesis inside: what precedes it, and what it holds. */
    private static final Pattern ASIDE = Pattern.compile("^(.+)[(（]([^()（）]*)[)）]$", Pattern.DOTALL);
    private static final Pattern UNIT_ASIDE = Pattern.compile("^[\\u4E00-\\u9FFF/%]{1,8}$");

    /** A last parenthesis: （含…） left out, a unit after a digit kept without its parentheses, anything else kept. */
    private static String aside(String s) {
        Matcher aside = ASIDE.matcher(s);
        if (aside.matches()) {
            return aside.group(2).startsWith("含") ? aside.group(1) : aside.group(1).matches(".*\\d") && UNIT_ASIDE.matcher(aside.group(2)).matches()
                    ? aside.group(1) + aside.group(2) : s;
        }
        return s;
    }

    /**
     * After 至少, 不少于 or 不低于: words of the year or of doing, a number (perhaps with 余 or 多 after it) and what follows
     * it: a unit UnitKind knows, then the thing counted, a comparator word or nothing ({@link #countedAmount}).
     */
    private static final Pattern COUNTED = Pattern.compile("^(?:本年度|全年|年度|年内|本年|当年|每年|累计|完成|开展|举办|组织|召开|举行|实施|进行){1,3}"
            + "(\\d+(?:\\.\\d+)?[余多]?)(.+)$", Pattern.DOTALL);
    private static final Pattern COMPARATOR_AFTER = Pattern.compile("^(?:及以上|以上|及以下|以下|以内|之内|内)?$");
    private static final Pattern COUNTED_NOUN = Pattern.compile("^[\\u4E00-\\u9FFF]{1,4}$");

    /**
     * The amount {@code number} and {@code rest} state after 至少 and its words, or null: every way of cutting a unit of one
     * to four characters that UnitKind knows off the front of {@code rest} is tried, the longest unit first, and the first
     * whose remainder is a comparator word, nothing, or a noun (the thing counted, left out) is taken; a unit of time that
     * makes a date with its number (2023年度任务, 12月底前) is none.
     */
    private static String countedAmount(String number, String rest) {
        for (int k = Math.min(4, rest.length()); k >= 1; k--) {
            String u = rest.substring(0, k);
            String after = rest.substring(k);
            UnitKind kind = UnitKind.of(u);
            if (kind == null) {
                continue;
            }
            String said = number + rest;
            if (kind == UnitKind.TIME && (TargetParser.dateWithoutYear(said) || TargetParser.aboutAYear(said)
                    || TargetParser.date(said, said) != null)) {
                return null;
            }
            if (COMPARATOR_AFTER.matcher(after).matches()) {
                return number + u + after;
            }
            if (COUNTED_NOUN.matcher(after).matches() && NOUN.matcher(after).matches()) {
                return number + u;
            }
        }
        return null;
    }

    /** The thing counted: no character of a clause (以 及 并 或 和 与 内 余 多 左 右 每). */
    private static final Pattern NOUN = Pattern.compile("^[^以及并或和与内余多左右每]*$");
    private static final Pattern SINGLE = Pattern.compile("^(≥|≤|>|<|=)?" + NUM + UNIT + "$");
    private static final Pattern RANGE = Pattern.compile("^" + NUM + UNIT + "~" + NUM + UNIT + "$");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
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

    /** A vague word negated: a state to keep ("不增加群众负担"), not a level to reach; dropped before {@link #VAGUE} is looked for. */
    private static final List<String> NEGATED_VAGUE = List.of("不增加", "未增加", "无增加");

    private static final List<String> GRADE_MARKERS = List.of("分级", "分档", "等级", "档次");
    private static final Pattern GRADE_LIST = Pattern.compile(
            "(优|良|中|差|好|较好|一般|较差|A|B|C|D|达标|基本达标|不达标|达成|部分达成|未达成)"
                    + "([/／、|,，](优|良|中|差|好|较好|一般|较差|A|B|C|D|达标|基本达标|不达标|达成|部分达成|未达成)){2,}");

    /** Unit spellings that mean the same unit. */
    private static final Map<String, String> UNIT_ALIASES = Map.of(
            "百分比", "%", "％", "%", "㎡", "平方米", "m2", "平方米", "m²", "平方米", "人次数", "人次");


    /** Parses {@code written}; null or blank gives an empty value. Never throws. */
    public static TargetValue parse(String written) {
        if (written == null) {
            return empty("");
        }
        String text = written.strip();
        if (text.isEmpty()) {
            return empty(text);
        }
        if (text.length() > MAX_INPUT) {
            String head = text.substring(0, MAX_INPUT);
            return qualitative(text, normalise(head));
        }
        // a comparator written twice read once (session 46: "≥≥98%", as TargetParser's onceCompared)
        String norm = normalise(text).replaceAll("≥{2,}", "≥").replaceAll("≤{2,}", "≤");
        // dates are read before anything else, by the same code (they are no fast path of the number parser's)
        TargetValue date = TargetParser.date(text, norm);
        if (date != null) {
            return date;
        }
        if (TargetParser.dateWithoutYear(norm) || TargetParser.aboutAYear(norm)) {
            return qualitative(text, norm);
        }
        String s = norm.startsWith("大约") ? norm.substring(2) : norm.startsWith("约") ? norm.substring(1) : norm;
        s = s.length() > 2 && s.endsWith("左右") ? s.substring(0, s.length() - 2) : s;
        s = aside(s);
        Matcher done = DONE.matcher(s);
        boolean doneSaid = done.matches();
        if (doneSaid) {
            s = done.group(1);
        } else {
            Matcher made = MADE.matcher(s);
            if (made.matches() && knownUnit(made.group(1))) {
                s = made.group(1);
                doneSaid = true;
            }
        }
        Matcher doneAfter = DONE_AFTER.matcher(s);
        if (doneAfter.matches()) {
            s = doneAfter.group(1);
            doneSaid = true;
        }
        if (doneSaid && (TargetParser.dateWithoutYear(s) || TargetParser.aboutAYear(s) || TargetParser.date(s, s) != null)) {
            return qualitative(text, norm); // 完成2023年度工作任务: a sentence about a year, not 2023 of a unit
        }
        s = TargetParser.perFirst(s); // session 44: 每亩300元 is 300元/亩, by the same code
        String cmp = null;
        for (Map.Entry<String, String> w : PREFIX_WORDS) {
            if (s.startsWith(w.getKey())) {
                cmp = w.getValue();
                s = s.substring(w.getKey().length());
                if (w.getKey().equals("至少") || w.getKey().equals("不少于") || w.getKey().equals("不低于")) {
                    Matcher c = COUNTED.matcher(s);
                    String amount = c.matches() ? countedAmount(c.group(1), c.group(2)) : null;
                    s = amount != null ? amount : s;
                }
                break;
            }
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
        s = aside(s); // 5（家）以上, 95%（含）以上: the parenthesis before the comparator word
        // "-", "至", "到" between two numbers make a range (after the words: "达到" is not one)
        s = RANGE_WORD.matcher(s).replaceAll("~");
        if (cmp != null && !s.isEmpty() && "≥≤<>=".indexOf(s.charAt(0)) < 0 && s.indexOf('~') < 0) {
            s = cmp + s;
        }
        Matcher m = SINGLE.matcher(s);
        if (m.matches()) {
            BigDecimal n = number(m.group(2));
            String rest = m.group(3);
            boolean more = rest != null && !rest.isEmpty() && (rest.charAt(0) == '余' || rest.charAt(0) == '多');
            String u = unit(more ? rest.substring(1) : rest);
            if (n != null && validUnit(u)) {
                String c = m.group(1);
                Comparator comparator = c != null ? comparatorOf(c) : more ? Comparator.GE : Comparator.EQ;
                return new TargetValue(TargetValue.Kind.QUANTITATIVE, comparator, c != null || more, n, n,
                        u, text, false, false);
            }
        }
        Matcher r = RANGE.matcher(s);
        if (r.matches()) {
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

    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '≧', '⩾' -> sb.append('≥');
                case '≦', '⩽' -> sb.append('≤');
                case '＞' -> sb.append('>');
                case '＜' -> sb.append('<');
                case '＝' -> sb.append('=');
                case '％' -> sb.append('%');
                case '～', '〜', '—', '–', '‒', '―', '~' -> sb.append('~');
                case '－', '‐', '−' -> sb.append('-');
                case '．' -> sb.append('.');
                case '，' -> sb.append(',');
                case '＋' -> sb.append('+');
                default -> {
                    if (c >= '０' && c <= '９') {
                        sb.append((char) ('0' + (c - '０')));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        String s = WHITESPACE.matcher(sb).replaceAll("");
        s = s.replace(">=", "≥").replace("<=", "≤").replace("==", "=").replace("~~", "~");
        return THOUSANDS.matcher(s).replaceAll("");
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

    private static final List<String> UNIT_STOP_WORDS = List.of("以上", "以下", "以内", "至", "到", "~");

    private static TargetValue empty(String text) {
        return new TargetValue(TargetValue.Kind.EMPTY, null, false, null, null, "", text, false, false);
    }

    private static TargetValue qualitative(String text, String normalised) {
        boolean graded = GRADE_LIST.matcher(normalised).find();
        for (String g : GRADE_MARKERS) {
            graded |= normalised.contains(g);
        }
        boolean vague = false;
        // a calendar year (同比2022年…显著提高) is no figure: digits looked for with it taken out
        if (!graded && !HAS_DIGIT.matcher(normalised.replaceAll("(?<![0-9.])(?:19|20)[0-9]{2}年度?", "")).find()) {
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
        }
        return new TargetValue(TargetValue.Kind.QUALITATIVE, null, false, null, null, "", text, graded, vague);
    }
}
