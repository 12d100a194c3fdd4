package io.github.jixiao.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message bundle ({@code io/github/jixiao/report/messages.properties} in English,
 * {@code messages_zh_CN.properties} in Chinese) in one of the two languages, with {0}… filled in. One mechanism for
 * every text jixiao writes: the reports read it through {@code report.Messages}, and the scoring package builds its
 * formula texts (explanations, figures' labels, reasons) from it, which it could not do through {@code report}
 * (report reads the score sheet). Depends on nothing of jixiao.
 */
public final class Texts {
    private static final String BUNDLE = "io.github.jixiao.report.messages";
    /**
     * One file a language: the Chinese bundle without the English one as its parent (MessageBundlesTest keeps the two
     * with the same keys, so a parent had nothing to add), and the English read on first use ({@link English}): a
     * Chinese run parses one file of some 75 KB, not both (issue 17's cold start, session 58).
     */
    private static final ResourceBundle.Control ONE_FILE = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(locale);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };
    private static final Texts ZH = new Texts(false);

    /** The English texts, made on first use (a Chinese run's reports need none of them). */
    private static final class English {
        static final Texts EN = new Texts(true);
    }

    private final boolean english;
    private final ResourceBundle bundle;

    private Texts(boolean english) {
        this.english = english;
        this.bundle = ResourceBundle.getBundle(BUNDLE, english ? Locale.ROOT : Locale.SIMPLIFIED_CHINESE, ONE_FILE);
    }

    /** The texts of {@code locale}: English for any English locale, Chinese otherwise (null is Chinese). */
    public static Texts of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? English.EN : ZH;
    }

    public static Texts chinese() {
        return ZH;
    }

    public boolean english() {
        return english;
    }

    /** The text of {@code key} with {0}… filled in; the key itself when the bundle has no such text. */
    public String get(String key, Object... args) {
        String t;
        try {
            t = bundle.getString(key);
        } catch (MissingResourceException e) {
            t = key;
        }
        String[] a = new String[args.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = String.valueOf(args[i]);
        }
        return fill(t, Arrays.asList(a));
    }

    /**
     * Replaces {0}, {1}, … (no MessageFormat quoting rules: apostrophes stay as written): a brace with one or two
     * digits ({@link Character#isDigit}) and a closing brace; an index beyond the arguments gives "". Scanned
     * without substrings or streams (the score sheet fills a few hundred texts a department).
     */
    public static String fill(String template, List<String> args) {
        return fill(template, args, args);
    }

    /**
     * As above, and {0!}, {1!} … with {@code raw}'s arguments: the value as written where a message tells what to type
     * (an English message names a category in the framework's English, {0}, and the value the schema takes, {0!}). A
     * gloss " ({0})" right after "{0!}" is left out where the argument has no English of its own (a framework file that
     * gives none): 'level1 "产出指标"', not 'level1 "产出指标" (产出指标)'.
     */
    public static String fill(String template, List<String> args, List<String> raw) {
        if (template.indexOf('{') < 0) {
            return template; // nothing to fill: the text as it is (the gloss is left out only after a {k!})
        }
        int n = template.length();
        StringBuilder sb = new StringBuilder(n + 32);
        int i = 0;
        int glossOf = -1; // the argument of the {k!} just filled in, when its English is the value itself
        while (i < n) {
            char c = template.charAt(i);
            if (c == ' ' && glossOf >= 0 && i + 1 < n && template.charAt(i + 1) == '(') {
                String gloss = " ({" + glossOf + "})";
                if (template.startsWith(gloss, i)) {
                    i += gloss.length();
                    glossOf = -1;
                    continue;
                }
            }
            if (c == '{') {
                // a placeholder's } is at most four on ({99!}): looked for there only, so that a text of many { alone
                // is read once, not to its end from each
                int end = -1;
                for (int j = i + 1, stop = Math.min(n, i + 5); j < stop && end < 0; j++) {
                    end = template.charAt(j) == '}' ? j : -1;
                }
                boolean bang = end > i + 2 && template.charAt(end - 1) == '!';
                int last = bang ? end - 1 : end;
                if (last > i + 1 && last - i <= 3) {
                    int k = 0;
                    boolean digits = true;
                    for (int j = i + 1; j < last && digits; j++) {
                        char d = template.charAt(j);
                        digits = Character.isDigit(d);
                        k = k * 10 + Character.digit(d, 10);
                    }
                    if (digits) {
                        List<String> from = bang ? raw : args;
                        String arg = k < from.size() ? from.get(k) : "";
                        boolean quoted = sb.length() > 0 && sb.charAt(sb.length() - 1) == '\u201C'
                                && end + 1 < n && template.charAt(end + 1) == '\u201D';
                        sb.append(quoted ? nested(arg) : arg);
                        glossOf = bang && raw != args && k < args.size() && k < raw.size() && args.get(k).equals(raw.get(k)) ? k : -1;
                        i = end + 1;
                        continue;
                    }
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /**
     * An argument set in a message's “…” with quotation marks of its own (a criterion printed ““三公经费”变动率”): its
     * “ ” become ‘ ’, as a quotation inside a quotation is written (GB/T 15834-2011 标点符号用法, 引号: 引号里面还要用引号时，外面一层用
     * 双引号，里面一层用单引号), so that the reader sees where the message's quotation ends. Only the marks change.
     * An argument whose first mark closes (数量指标”或“质量指标, indicator-category-unknown's names tied for "did you
     * mean") is no quotation inside: it ends the message's quotation and opens the next, and is left as written.
     */
    static String nested(String arg) {
        int open = arg.indexOf('\u201C');
        int close = arg.indexOf('\u201D');
        if (open < 0 && close < 0 || close >= 0 && (open < 0 || close < open)) {
            return arg;
        }
        return arg.replace('\u201C', '\u2018').replace('\u201D', '\u2019');
    }
}
