package io.github.jixiao.report;

import io.github.jixiao.text.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English of a formula a scoring finding quotes in Chinese ({@link io.github.jixiao.lint.RuleInfo.Message#formulas()}),
 * when the run that made it is not the one reporting it: a finding read back from a stored findings.json or baseline
 * (a diff's resolved finding). The run itself shows the English it built with the Chinese
 * ({@link io.github.jixiao.score.ScoreSheet#quoted}); this is for the others.
 *
 * <p>Such a formula is made of figures and symbols (language-neutral), the framework's names, and the bundle's
 * {@code score.*} formula texts filled in. Each of those texts, split at its arguments, gives Chinese pieces and their
 * English in the same place (the arguments stand in the same order in both languages; {@code FormulaTextTest} holds
 * it): the pieces are replaced, longest first, then the framework's names, and a money unit after a figure. A
 * formula cut short ("…", an excerpt) loses the piece it was cut in. What is left in Chinese is the department's data
 * (a target, a reason), unless it is a word of the formula texts themselves: then the text was not made by these
 * templates (another version's, say), and the English shows its figures and symbols with "…" for the words, never a
 * Chinese fragment.
 */
final class FormulaText {
    private FormulaText() {
    }

    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef\\u2e80-\\u2fdf]+");
    private static final Pattern MONEY = Pattern.compile("(\\d)(亿元|万元|元)");

    /** The formula texts: every {@code score.*} text a formula a finding quotes can be made of. */
    static final List<String> KEYS = List.of("score.indicators", "score.list", "score.indicators.none",
            "score.indicators.weight", "score.indicators.unrounded", "score.indicators.one", "score.indicator.met", "score.indicator.missed", "score.indicator.standard",
            "score.indicator.qualitative",
            "score.assessed", "score.assessed.above", "score.assessed.reason", "score.band.none", "score.paren",
            "score.conditions.none", "score.quarters.mean", "score.sep", "score.zeroWhen.yes", "score.zeroWhen.no",
            "score.funds.total", "score.funds.part", "score.funds.initial", "score.funds.fullYear", "score.funds.executed",
            "score.subitemsFromTotal.lacking", "score.subitemsFromTotal.lacks", "score.subitemsFromTotal.figure");

    private static final List<String> LEVELS = List.of("score.level.met", "score.level.partly", "score.level.missed");

    private static final Texts ZH = Texts.chinese();
    private static final Texts EN = Texts.of(Locale.ENGLISH);

    /** Chinese piece → its English. */
    static final Map<String, String> PIECES;
    /** Every Chinese word of the formula texts (a run of CJK characters in them). */
    private static final Set<String> WORDS;
    private static final Map<String, String> UNITS = Map.of("元", EN.get("score.unit.yuan"), "万元", EN.get("score.unit.wan"),
            "亿元", EN.get("score.unit.yi"));
    private static final Map<String, String> YES_NO = Map.of(ZH.get("score.yes"), EN.get("score.yes"), ZH.get("score.no"),
            EN.get("score.no"));

    static {
        Map<String, String> pieces = new HashMap<>();
        Set<String> words = new HashSet<>();
        for (String key : KEYS) {
            List<String> zh = pieces(raw(ZH, key));
            List<String> en = pieces(raw(EN, key));
            if (zh.size() != en.size()) {
                throw new IllegalStateException(key + ": not as many arguments in Chinese as in English");
            }
            for (int i = 0; i < zh.size(); i++) {
                if (!zh.get(i).isEmpty() && !zh.get(i).equals(en.get(i))) {
                    String was = pieces.putIfAbsent(zh.get(i), en.get(i));
                    if (was != null && !was.equals(en.get(i))) {
                        throw new IllegalStateException(key + ": \"" + zh.get(i) + "\" is \"" + was + "\" elsewhere");
                    }
                }
                words(zh.get(i), words);
            }
        }
        // an achievement level only where the qualitative formula names it ("定性，达成：" → "qualitative, achieved: "):
        // a level's word may be a department's actual too
        List<String> q = pieces(raw(ZH, "score.indicator.qualitative"));
        List<String> qe = pieces(raw(EN, "score.indicator.qualitative"));
        for (String level : LEVELS) {
            pieces.put(q.get(0) + ZH.get(level) + q.get(1), qe.get(0) + EN.get(level) + qe.get(1));
            words(ZH.get(level), words);
        }
        // a yes/no a lookup read ("是 → 3"); a money unit after a figure is MONEY's (a unit in a target is the department's)
        YES_NO.forEach((zh, en) -> pieces.put(zh + " → ", en + " → "));
        words.addAll(YES_NO.keySet());
        PIECES = Map.copyOf(pieces);
        WORDS = Set.copyOf(words);
    }

    /** The text of {@code key} with its arguments left as they are ("{0}"). */
    private static String raw(Texts t, String key) {
        return t.get(key, "{0}", "{1}", "{2}", "{3}", "{4}", "{5}");
    }

    /** The literal pieces of a text around its arguments (one more than the arguments). */
    private static List<String> pieces(String template) {
        return List.of(template.split("\\{\\d}", -1));
    }

    private static void words(String s, Set<String> out) {
        Matcher m = CJK.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
    }

    /**
     * The English of {@code zh}, a formula a scoring finding quotes, with {@code names} (the framework's Chinese names →
     * English) for the names in it.
     */
    static String english(String zh, Map<String, String> names) {
        if (!CJK.matcher(zh).find()) {
            return zh;
        }
        String yn = YES_NO.get(zh);
        if (yn != null) {
            return yn;
        }
        StringBuilder money = new StringBuilder();
        Matcher mm = MONEY.matcher(zh);
        while (mm.find()) {
            mm.appendReplacement(money, Matcher.quoteReplacement(mm.group(1) + " " + UNITS.get(mm.group(2))));
        }
        mm.appendTail(money);
        String s = replace(money.toString(), names);
        boolean cut = zh.endsWith("…");
        List<String> left = new ArrayList<>();
        Matcher m = CJK.matcher(s);
        while (m.find()) {
            String run = m.group();
            if (cut && m.end() == s.length() - 1 && prefixOfAny(run, names)) {
                // the text was cut inside a piece or a name: that piece is dropped, the "…" says so
                s = s.substring(0, m.start()) + "…";
                break;
            }
            left.add(run);
        }
        for (String run : left) {
            if (ours(run)) {
                return CJK.matcher(s).replaceAll("…");
            }
        }
        return s;
    }

    /** Each piece and name in {@code s} (the longest at each place) in English. */
    private static String replace(String s, Map<String, String> names) {
        int longest = 0;
        for (String k : PIECES.keySet()) {
            longest = Math.max(longest, k.length());
        }
        for (String k : names.keySet()) {
            longest = Math.max(longest, k.length());
        }
        StringBuilder out = new StringBuilder(s.length() + 32);
        int i = 0;
        outer:
        while (i < s.length()) {
            for (int len = Math.min(longest, s.length() - i); len > 0; len--) {
                String sub = s.substring(i, i + len);
                String en = PIECES.get(sub);
                if (en == null && len > 1) {
                    en = names.get(sub);
                    en = en != null && CJK.matcher(sub).find() ? en : null;
                }
                if (en != null) {
                    out.append(en);
                    i += len;
                    continue outer;
                }
            }
            out.append(s.charAt(i));
            i++;
        }
        return out.toString();
    }

    /** Whether {@code run} is a word of the formula texts, or holds one of two characters or more. */
    private static boolean ours(String run) {
        if (WORDS.contains(run)) {
            return true;
        }
        for (String w : WORDS) {
            if (w.length() > 1 && run.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code run} (where a text was cut) begins a piece, a name or a word of the formula texts. */
    private static boolean prefixOfAny(String run, Map<String, String> names) {
        for (String k : PIECES.keySet()) {
            if (k.contains(run)) {
                return true;
            }
        }
        for (String k : names.keySet()) {
            if (k.startsWith(run)) {
                return true;
            }
        }
        return WORDS.stream().anyMatch(w -> w.startsWith(run));
    }
}
