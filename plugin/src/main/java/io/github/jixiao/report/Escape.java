package io.github.jixiao.report;

/**
 * The one place that decides how untrusted text (anything a submission, a framework file or a file name holds)
 * enters each output. Every report writer goes through it:
 * <ul>
 *   <li>{@link #html}: HTML text and attribute values;</li>
 *   <li>{@link #md}: Markdown inline text (a PR comment a bot posts): every character with a meaning escaped,
 *       line breaks gone, {@code @mentions} broken;</li>
 *   <li>{@link #console}: one console line: control characters and line breaks replaced, a leading {@code ::}
 *       (a GitHub Actions workflow command) neutralised;</li>
 *   <li>{@link #uri}: a project-relative path as an RFC 3986 URI reference (SARIF);</li>
 *   <li>{@link #cut}: long values shortened with an ellipsis wherever they are echoed.</li>
 * </ul>
 * All of them first {@link #clean} the text: C0/C1 control characters, DEL, the bidirectional formatting
 * characters (U+202A–U+202E, U+2066–U+2069: a U+202E makes {@code exe.txt} read {@code txt.exe}) and the other
 * characters {@link io.github.jixiao.text.Strings#hiddenCodePoint} holds (zero-width ones, variation selectors, tag
 * characters) and lone surrogates become U+FFFD, so no output shows a character that changes what the reader sees or
 * hides a difference.
 */
public final class Escape {
    private Escape() {
    }

    /** How many characters of a data value are echoed. */
    public static final int MAX_VALUE = 200;
    /** How many characters of a whole message (a template with its arguments) are echoed. */
    public static final int MAX_MESSAGE = 2000;
    /**
     * How many characters of a criterion's explanation a page echoes: a department's reason (the schema's text, at most
     * 20,000 characters) whole, with the words of the formula around it.
     */
    public static final int MAX_EXPLANATION = 21_000;

    static final char REPLACEMENT = '\uFFFD';

    /**
     * True for a character no output shows raw: the C0 controls (tab and line breaks are controls here too) and
     * {@link io.github.jixiao.text.Strings#hidden}'s.
     */
    static boolean unsafe(int c) {
        return c < 0x20 || io.github.jixiao.text.Strings.hiddenCodePoint(c);
    }

    /**
     * How many chars of {@code s} from {@code i} {@link #clean} replaces by one U+FFFD: 0, 1 (a lone surrogate too), or 2
     * for a surrogate pair whose code point is hidden (a variation selector U+E0100–U+E01EF, a tag character).
     */
    static int unsafeAt(String s, int i) {
        return s.charAt(i) < 0x20 ? 1 : io.github.jixiao.text.Strings.hiddenAt(s, i);
    }

    /** Whether {@link #clean} would change {@code s}. */
    public static boolean hasUnsafe(String s) {
        for (int i = 0, len = s.length(); i < len; i++) {
            if (unsafeAt(s, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Control and bidi characters replaced; {@code \r\n}, {@code \n}, {@code \r} and tab become one space. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        int len = s.length();
        int i = 0;
        while (i < len && unsafeAt(s, i) == 0) {
            i++;
        }
        if (i == len) {
            return s;
        }
        StringBuilder sb = new StringBuilder(len).append(s, 0, i);
        while (i < len) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < len && s.charAt(i + 1) == '\n') {
                i++;
                continue; // \r\n: one space, from the \n
            }
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
                i++;
                continue;
            }
            int n = unsafeAt(s, i);
            if (n > 0) {
                sb.append(REPLACEMENT); // a hidden pair is one character: one U+FFFD
                i += n;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** At most {@code max} code points; a longer value keeps its start and ends with "…". */
    public static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        if (s.length() <= max || s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** A data value as it is echoed: cleaned and cut to {@link #MAX_VALUE}. */
    public static String value(String s) {
        return cut(clean(s), MAX_VALUE);
    }

    /**
     * Whether {@code s} holds nothing {@link #html} would change: no character {@link #clean} replaces and none of the
     * five HTML escapes. One scan, for the usual label or figure; {@link #html} scanned twice (clean, then escape).
     */
    private static boolean htmlAsIs(String s) {
        return asIs(s, HTML_STOP);
    }

    /** Whether {@code s} holds no ASCII character {@code stop} marks and no character {@link #clean} replaces. */
    private static boolean asIs(String s, boolean[] stop) {
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 128 ? stop[c] : io.github.jixiao.text.Strings.hidden(c)
                    || Character.isSurrogate(c) && io.github.jixiao.text.Strings.hiddenAt(s, i) > 0) { // a hidden pair, a lone half
                return false;
            }
        }
        return true;
    }

    /** The ASCII characters {@link #htmlAsIs} stops at: the controls, DEL and the five {@link #html} escapes. */
    private static final boolean[] HTML_STOP = stops("&<>\"'");
    /** The ASCII characters {@link #mdAsIs} stops at: the controls, DEL and every character {@link #md} looks at. */
    private static final boolean[] MD_STOP = stops(Escape.MD_SPECIAL + "@-+=#.)");

    private static boolean[] stops(String chars) {
        boolean[] t = new boolean[128];
        for (int c = 0; c < 128; c++) {
            t[c] = unsafe(c) || chars.indexOf(c) >= 0;
        }
        return t;
    }

    /**
     * Whether {@code s} holds nothing {@link #md} would change (no character {@link #clean} replaces, none it looks at),
     * in one scan.
     */
    private static boolean mdAsIs(String s) {
        return asIs(s, MD_STOP);
    }

    /**
     * {@code md(value(s))}, a data value in Markdown: a value short enough to need no cut and with nothing to clean or
     * escape (most names and figures) is returned as it is after one scan.
     */
    static String mdValue(String s) {
        if (s != null && s.length() <= MAX_VALUE && mdAsIs(s)) {
            return s;
        }
        return md(value(s));
    }

    /**
     * {@code html(value(s))}, a data value on a page: a value short enough to need no cut and with nothing to clean or
     * escape (most names and figures) is returned as it is after one scan, where clean and the escaper each scanned it.
     */
    static String htmlValue(String s) {
        return htmlValue(s, MAX_VALUE);
    }

    /** {@code html(cut(clean(s), max))}, likewise. */
    static String htmlValue(String s, int max) {
        if (s != null && s.length() <= max && htmlAsIs(s)) {
            return s;
        }
        return html(cut(clean(s), max));
    }

    /** {@code html(cut(s, max))} (cut before it is cleaned: a message), likewise. */
    static String htmlCut(String s, int max) {
        if (s != null && s.length() <= max && htmlAsIs(s)) {
            return s;
        }
        return html(cut(s, max));
    }

    /** HTML text or a quoted attribute value. */
    public static String html(String s) {
        if (s != null && htmlAsIs(s)) {
            return s; // nothing to clean, nothing to escape: most labels and figures
        }
        String t = clean(s);
        int first = 0;
        int len = t.length();
        char c0;
        // a table lookup a character, not an indexOf call (most labels and figures have none of the five)
        while (first < len && ((c0 = t.charAt(first)) >= 128 || !HTML_SPECIAL[c0])) {
            first++;
        }
        if (first == len) {
            return t; // nothing to escape: most labels and figures
        }
        StringBuilder sb = new StringBuilder(len + 16);
        int run = 0; // the start of the text not yet copied: the runs between the five are copied whole
        for (int i = first; i < len; i++) {
            char c = t.charAt(i);
            if (c >= 128 || !HTML_SPECIAL[c]) {
                continue;
            }
            sb.append(t, run, i).append(switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> "&#39;";
            });
            run = i + 1;
        }
        return sb.append(t, run, len).toString();
    }

    /** The characters {@link #md} escapes with a backslash (CommonMark lets any ASCII punctuation be escaped). */
    static final String MD_SPECIAL = "\\`*_[]<>!|~&$";

    /** The ASCII characters {@link #html} replaces. */
    private static final boolean[] HTML_SPECIAL = table("&<>\"'");
    /** The ASCII characters {@link #md} may do anything with: {@link #MD_SPECIAL}, '@', a list or heading start, '.' and ')'. */
    private static final boolean[] MD_LOOK = table(MD_SPECIAL + "@-+=#.)");
    private static final boolean[] MD_ESCAPED = table(MD_SPECIAL);

    private static boolean[] table(String chars) {
        boolean[] t = new boolean[128];
        for (char c : chars.toCharArray()) {
            t[c] = true;
        }
        return t;
    }

    /**
     * Markdown inline text, safe in a paragraph, a list item and a table cell: line breaks become spaces; every
     * character that starts markup ({@code \ ` * _ [ ] < > ! | ~ & $}) is backslash-escaped, so no
     * link, image, raw HTML, heading, table cell or code span comes from data; a leading {@code -}, {@code +},
     * {@code =}, {@code #} or {@code 1.} cannot start a list or heading; {@code @} is followed by a zero-width joiner so no one
     * is mentioned; {@code :} after {@code javascript} and other scheme names cannot make an autolink because
     * {@code <} is escaped.
     */
    public static String md(String s) {
        if (s != null && mdAsIs(s)) {
            return s; // nothing to clean, nothing to escape: most of a name's Chinese
        }
        String t = clean(s);
        int len = t.length();
        boolean digits = true; // every character before i is an ASCII digit (kept as we go: a scan per '.' was quadratic)
        // the runs between the characters that change are copied whole, and a text with none (most of a name's
        // Chinese) is returned as it is: no builder, no append a character
        StringBuilder sb = null;
        int run = 0; // the start of the text not yet copied
        for (int i = 0; i < len; i++) {
            char c = t.charAt(i);
            boolean leading = digits;
            digits = digits && c >= '0' && c <= '9';
            if (c >= 128 || !MD_LOOK[c]) {
                continue;
            }
            String rep;
            if (MD_ESCAPED[c]) {
                rep = null;
            } else if (c == '@') {
                rep = "@\u2060";
            } else if ((c == '-' || c == '+' || c == '=' || c == '#') && i == 0) { // nothing written before it
                rep = null;
            } else if ((c == '.' || c == ')') && i > 0 && leading && (i + 1 == len || t.charAt(i + 1) == ' ')) {
                rep = null; // "1." or "1)" would start an ordered list
            } else {
                continue; // kept as it is
            }
            if (sb == null) {
                sb = new StringBuilder(len + 8);
            }
            sb.append(t, run, i);
            if (rep == null) {
                sb.append('\\').append(c);
            } else {
                sb.append(rep);
            }
            run = i + 1;
        }
        if (sb == null) {
            return t;
        }
        return sb.append(t, run, len).toString();
    }

    /**
     * A console log's lines for {@code items}: the first {@code max}, each as {@code line} gives it, then, where there are
     * more, one line {@code more} gives for how many were left out; each cleaned as {@link #console} cleans it. A list of
     * thousands (a workbook's problems, a hostile framework's moved criteria) is otherwise thousands of CI log lines; the
     * files the goal writes hold them all. {@code line} is called for the first {@code max} only.
     */
    public static <T> java.util.List<String> consoleCapped(java.util.List<T> items, int max,
                                                           java.util.function.Function<? super T, String> line,
                                                           java.util.function.IntFunction<String> more) {
        java.util.List<String> out = new java.util.ArrayList<>(Math.min(items.size(), max) + 1);
        for (int k = 0; k < items.size() && k < max; k++) {
            out.add(console(line.apply(items.get(k))));
        }
        if (items.size() > max) {
            out.add(console(more.apply(items.size() - max)));
        }
        return out;
    }

    /** One console line: control characters and line breaks replaced; a leading {@code ::} neutralised. */
    public static String console(String s) {
        String t = clean(s);
        int lead = 0;
        while (lead < t.length() && t.charAt(lead) == ' ') {
            lead++;
        }
        if (t.startsWith("::", lead)) {
            t = t.substring(0, lead) + ":\u2060:" + t.substring(lead + 2);
        }
        return t;
    }

    /** The characters a URI path keeps as they are (RFC 3986 unreserved, and '/'). */
    private static boolean uriKeeps(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_'
                || b == '~' || b == '/';
    }

    /**
     * A relative path as an RFC 3986 URI reference: UTF-8, every byte but the unreserved ones and '/' percent-encoded; a
     * lone surrogate as U+FFFD (%EF%BF%BD), as every other output writes it ({@link AtomicFiles#utf8}; getBytes gave
     * '?', %3F).
     */
    public static String uri(String path) {
        byte[] bytes = AtomicFiles.utf8(path == null ? "" : path);
        StringBuilder sb = new StringBuilder(bytes.length + 8);
        for (byte x : bytes) {
            int b = x & 0xFF;
            if (uriKeeps(b)) {
                sb.append((char) b);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    /**
     * The path a URI {@link #uri} wrote stands for: its percent-escapes decoded as UTF-8 (%E6%B7%B1 → 深). A URI that is
     * no such text (an escape that is no UTF-8, a character outside ASCII) is given as written: the file it came from may
     * have been written by anything.
     */
    public static String uriPath(String uri) {
        if (uri.indexOf('%') < 0) {
            return uri;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%' && i + 2 < uri.length() && Character.digit(uri.charAt(i + 1), 16) >= 0 && Character.digit(uri.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(uri.charAt(i + 1), 16) << 4 | Character.digit(uri.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return uri; // not a URI this plugin wrote
            }
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return uri;
        }
    }
}
