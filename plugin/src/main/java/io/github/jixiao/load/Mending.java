package io.github.jixiao.load;

import io.github.jixiao.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A copy of a hand-typed file with one syntax slip mended as its finding says (a full-width comma made ",", a comma
 * after the last entry taken out, a date put in quotes ...), so that the loader can parse again and say the next slip
 * in the same run: a finance officer gets every slip of a file at once, not one a build. The copy keeps the file's
 * byte length and line breaks (a mended character is padded with spaces, which JSON ignores between tokens), so a
 * later slip's byte is the file's own; it is never read for figures. Slips without a sure mending (an unexpected
 * character, a file cut short, text after the end) give null: the search stops there rather than guess and say
 * slips the officer did not make.
 */
final class Mending {
    private Mending() {
    }

    /**
     * {@code b} (bytes {@code offset} to {@code length}, a copy the caller owns) mended in place where {@code slip} says,
     * or null, {@code b} unchanged, where it has no sure mending.
     */
    static byte[] mend(Finding slip, byte[] b, int offset, int length) {
        return mend(slip, b, offset, length, false);
    }

    /**
     * As {@link #mend(Finding, byte[], int, int)}, {@code inList} saying that the slip is an entry of a list: there a
     * comma surely ends words without quotes ([王芳, 李四] is two entries), as in a member's value it may not.
     */
    static byte[] mend(Finding slip, byte[] b, int offset, int length, boolean inList) {
        if (!slip.ruleId().equals("json-syntax") || slip.line() <= 0) {
            return null;
        }
        int at = byteAt(b, offset, slip.line(), slip.column());
        if (at < offset || at >= length) {
            return null;
        }
        List<String> args = slip.args();
        switch (slip.key()) {
            case "full-width": {
                byte[] written = utf8(args.get(0));
                if (!at(b, at, written)) {
                    return null;
                }
                int close = -1;
                if (args.get(0).equals("“")) {
                    // its closing quote, typed the same way on the same line before any ASCII quote; Chinese quotes
                    // inside it (“福田区“硅楼”方案”) are the text's own, in pairs: the ” that closes is the first with
                    // none open inside that the entry's end follows; none such, no sure mending
                    int open = 0;
                    boolean nested = false;
                    for (int p = at + written.length; p < length && b[p] != '\n' && b[p] != '\r' && b[p] != '"'; p++) {
                        if (at(b, p, utf8("“"))) {
                            open++;
                            nested = true;
                        } else if (at(b, p, utf8("”"))) {
                            if (open > 0) {
                                open--;
                                continue;
                            }
                            if (nested && !endsChineseQuoted(b, p + 3, length)) {
                                return null;
                            }
                            close = p;
                            break;
                        }
                    }
                    if (open > 0 || nested && close < 0) {
                        return null; // Chinese quotes inside not in pairs, or none closing the text: which closes it?
                    }
                }
                put(b, at, written.length, args.get(1));
                if (close >= 0) {
                    put(b, close, 3, "\"");
                }
                return b;
            }
            case "tab-in-text":
                if (b[at] != '\t') {
                    return null;
                }
                b[at] = ' ';
                return b;
            case "trailing-comma":
                if (b[at] == ',') {
                    b[at] = ' ';
                    return b;
                }
                return replaced(b, at, "，", " ");
            case "missing-comma": {
                // in the space between the two entries: a blank before the next entry, on this line or the next's indent
                for (int p = at; p < length && p - at < 4096 && isSpace(b[p]); p++) {
                    if (b[p] == ' ' || b[p] == '\t') {
                        b[p] = ',';
                        return b;
                    }
                }
                // no blank: the next entry at column 1 of the next line. The line end itself takes the comma: the \r of
                // \r\n (the lines stay as they are), else the \n or lone \r, the copy's two lines then one (the copy's
                // places are counted on the copy, and each finding put back at the file's own line by its byte)
                if (b[at] == '\r' || b[at] == '\n') {
                    b[at] = ',';
                    return b;
                }
                return null;
            }
            case "unclosed-quote": {
                // the text runs from its opening quote to the line's end (at): the value is made a number, a comma at
                // the line's end kept where the next entry follows it (a full-width one, said next, too)
                if (b[at] != '\r' && b[at] != '\n') {
                    return null;
                }
                int open = -1;
                for (int p = at - 1; p >= offset && b[p] != '\n' && b[p] != '\r'; p--) {
                    if (b[p] == '"') {
                        int slashes = 0;
                        for (int q = p - 1; q >= offset && b[q] == '\\'; q--) {
                            slashes++;
                        }
                        if (slashes % 2 == 0) {
                            open = p;
                            break;
                        }
                    }
                }
                if (open < 0) {
                    return null;
                }
                int before = open - 1;
                while (before >= offset && isBlank(b[before])) {
                    before--;
                }
                if (before < offset || b[before] != ':' && !(inList && (b[before] == '[' || b[before] == ','))) {
                    return null; // a name's quote, or not sure whose
                }
                int end = at;
                while (end > open + 1 && isBlank(b[end - 1])) {
                    end--;
                }
                int next = at;
                while (next < length && isSpace(b[next])) {
                    next++;
                }
                boolean closes = next >= length || b[next] == '}' || b[next] == ']';
                if (end > open + 1 && b[end - 1] == ',' && !closes) {
                    end--;
                } else if (end - 3 > open && at(b, end - 3, utf8("，"))) {
                    end -= 3;
                }
                b[open] = '0';
                for (int p = open + 1; p < end; p++) {
                    b[p] = ' ';
                }
                return b;
            }
            case "thousands":
            case "decimal-point":
            case "full-width-digits":
                return replaced(b, at, args.get(0), args.get(1));
            case "number-word":
                // the number to write may be longer than the one written (1e5万元, write 100000): any number mends it
                return replaced(b, at, args.get(0), "0");
            case "unquoted-text":
            case "leading-zero":
            case "number-form":
                return endsValue(b, at + utf8(args.get(0)).length, length) ? replaced(b, at, args.get(0), "0") : null;
            case "unquoted":
            case "unquoted-quotes":
            case "nan": {
                // Jackson places these at or after the token: its first byte is at most its length before
                byte[] token = utf8(args.get(0));
                for (int p = at; p >= offset && at - p <= token.length + 1; p--) {
                    if (at(b, p, token)) {
                        int n = token.length;
                        if (slip.key().equals("unquoted") && p + n < length && b[p + n] == '"') {
                            n++; // the opening quote left out (某县教育局",): the quote after the words goes with them
                        }
                        if (!endsValue(b, p + n, length) && !(inList && endsEntry(b, p + n, length))) {
                            return null; // more text after the token (王芳, 李四; https://...): where it ends is not sure
                        }
                        put(b, p, n, "0");
                        return b;
                    }
                }
                return null;
            }
            case "single-quote": {
                // the quote that closes it as the finding read it (its text may be escaped; an apostrophe in it stays)
                int close = b[at] == '\'' ? SubmissionLoader.closingSingle(b, at, length) : -1;
                if (close < 0) {
                    return null;
                }
                b[at] = '"';
                b[close] = '"';
                for (int p = at + 1; p < close; p++) {
                    if (b[p] == '"' || b[p] == '\\') {
                        b[p] = ' ';
                    }
                }
                return b;
            }
            case "unquoted-key": {
                byte[] name = utf8(args.get(0));
                int n = name.length;
                if (!at(b, at, name)) {
                    return null;
                }
                if (at - 1 >= offset && isBlank(b[at - 1]) && at + n < length && isBlank(b[at + n])) {
                    b[at - 1] = '"';
                    b[at + n] = '"';
                    return b;
                }
                if (at - 2 >= offset && isBlank(b[at - 2]) && isBlank(b[at - 1])) {
                    // no blank after the name (fullYearBudget:): the name moved one to the left, its quotes around it
                    b[at - 2] = '"';
                    System.arraycopy(name, 0, b, at - 1, n);
                    b[at + n - 1] = '"';
                    return b;
                }
                return null;
            }
            case "comment": {
                if (b[at] != '/' || at + 1 >= length) {
                    return null;
                }
                if (b[at + 1] == '/') {
                    for (int p = at; p < length && b[p] != '\n' && b[p] != '\r'; p++) {
                        b[p] = ' ';
                    }
                    return b;
                }
                if (b[at + 1] == '*') {
                    for (int p = at + 2; p + 1 < length; p++) {
                        if (b[p] == '*' && b[p + 1] == '/') {
                            for (int q = at; q <= p + 1; q++) {
                                if (b[q] != '\n' && b[q] != '\r') {
                                    b[q] = ' ';
                                }
                            }
                            return b;
                        }
                    }
                }
                return null;
            }
            default:
                return null;
        }
    }

    /**
     * The byte at {@code line} and {@code column} as {@link SubmissionLoader#lineColumn} counts them (columns in
     * characters), or the end of {@code b} where the file has no such place.
     */
    static int byteAt(byte[] b, int from, int line, int column) {
        int l = 1;
        int c = 1;
        for (int i = from; i < b.length; i++) {
            if (l == line && c == column && (b[i] & 0xC0) != 0x80) {
                return i;
            }
            if (l > line) {
                return i;
            }
            if (SubmissionLoader.lineEnd(b, i)) {
                l++;
                c = 1;
            } else if ((b[i] & 0xC0) != 0x80) {
                c++;
            }
        }
        return b.length;
    }

    /** {@code b} with {@code written} at {@code at} replaced by {@code with} and spaces, or null where it is not there. */
    private static byte[] replaced(byte[] b, int at, String written, String with) {
        byte[] w = utf8(written);
        if (!at(b, at, w) || utf8(with).length > w.length) {
            return null;
        }
        put(b, at, w.length, with);
        return b;
    }

    /** Writes the ASCII {@code with} over {@code n} bytes at {@code at}, the rest spaces. */
    private static void put(byte[] b, int at, int n, String with) {
        byte[] w = utf8(with);
        for (int i = 0; i < n; i++) {
            b[at + i] = i < w.length ? w[i] : (byte) ' ';
        }
    }

    private static boolean at(byte[] b, int at, byte[] w) {
        if (at < 0 || at + w.length > b.length) {
            return false;
        }
        for (int i = 0; i < w.length; i++) {
            if (b[at + i] != w[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * True where a value ending at {@code p} surely ends there: blanks, then the end of the line, a closing bracket,
     * or a comma followed (after blanks) by the end of the line, the next name's quote, a bracket, or a value that
     * starts as JSON's do. Text after a comma on the line ({@code 王芳, 李四}) may be the value's own: not sure.
     */
    private static boolean endsValue(byte[] b, int p, int length) {
        while (p < length && isBlank(b[p])) {
            p++;
        }
        if (p >= length || b[p] == '\r' || b[p] == '\n' || b[p] == '}' || b[p] == ']') {
            return true;
        }
        if (at(b, p, utf8("，"))) {
            p += 2; // a full-width comma after the value: said next, as full-width
        } else if (b[p] != ',') {
            return false;
        }
        p++;
        while (p < length && isBlank(b[p])) {
            p++;
        }
        return p >= length || "\r\n\"{}[]-0123456789".indexOf(b[p]) >= 0;
    }

    /**
     * True where blanks, then the entry's end follow a Chinese closing quote ending before {@code p}: a comma, colon or
     * closing bracket, ASCII or full-width, or the line's end.
     */
    private static boolean endsChineseQuoted(byte[] b, int p, int length) {
        while (p < length && isBlank(b[p])) {
            p++;
        }
        return p >= length || ",:}]\r\n".indexOf(b[p]) >= 0 || at(b, p, utf8("，")) || at(b, p, utf8("：")) || at(b, p, utf8("】"))
                || at(b, p, utf8("］")) || at(b, p, utf8("｝"));
    }

    /** True where blanks, then a comma, a closing ] or the line's end follow {@code p}: an entry of a list ends there. */
    private static boolean endsEntry(byte[] b, int p, int length) {
        while (p < length && isBlank(b[p])) {
            p++;
        }
        return p >= length || b[p] == ',' || b[p] == ']' || b[p] == '\r' || b[p] == '\n' || at(b, p, utf8("，"));
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\t';
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
