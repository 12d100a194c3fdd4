package io.github.jixiao.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of the project's files, for the snippet and context region a SARIF result carries (what a code-review
 * annotation shows). A file is read only when its real path lies inside the project, it is a regular file under
 * {@link #MAX_BYTES} and valid UTF-8; otherwise it has no lines and its results no snippet. Each file is read once.
 * Lines are {@link Escape#clean cleaned} one by one (a control or bidi character becomes U+FFFD, tabs stay), so
 * columns still count as in the file. A line's length in code points and the place of a column in it are found from an
 * index made once per line ({@link Line}), not by counting from the line's start for every finding: a minified file is
 * one line, and 5,000 findings on a 15 MB line took a minute, counted that way. The text a region reads from its column
 * is at most about {@link #MAX_SNIPPET} code points, so each result costs the same however long its line.
 */
public final class Snippets {
    /** Files larger than this get no snippets (the loader's limits are of the same order). */
    static final long MAX_BYTES = io.github.jixiao.engine.EngineResult.SOURCES_MAX_BYTES;
    /** The longest region a snippet shows, in code points. */
    static final int MAX_SNIPPET = 200;
    /** Lines shown before and after the finding's line in the context region. */
    static final int CONTEXT = 2;

    private final Path root;
    private final Map<String, byte[]> parsed;
    private final Map<String, List<Line>> cache = new HashMap<>();

    private Snippets(Path root, Map<String, byte[]> parsed) {
        this.root = root;
        this.parsed = parsed;
    }

    /** Snippets from the files below {@code projectDir}; none at all when it is null. */
    public static Snippets of(Path projectDir) {
        return new Snippets(projectDir, Map.of());
    }

    /**
     * Snippets from the bytes the loader parsed ({@code parsed}: project-relative file to bytes, as
     * {@link io.github.jixiao.engine.EngineResult#sources()} gives them), each line decoded when a result asks for it;
     * other files (one that did not parse) read from below {@code projectDir} as {@link #of(Path)} reads them. Reading
     * and decoding every file again, line by line, cost 1.4 ms a department, nine times the rest of the SARIF
     * (benchmark/README.md, issue 17).
     */
    public static Snippets of(Path projectDir, Map<String, byte[]> parsed) {
        return new Snippets(projectDir, parsed == null ? Map.of() : parsed);
    }

    public static Snippets none() {
        return new Snippets(null, Map.of());
    }

    /** A region of one or more lines: 1-based lines and columns (code points), end column exclusive, and its text. */
    record Region(int startLine, int startColumn, int endLine, int endColumn, String text) {
    }

    /**
     * The region a finding at {@code line}:{@code column} points at: the JSON value that starts there, a string to its
     * closing quote or a number, true, false or null to its end (not the comma or brace after it, which a code review
     * would show marked as part of the value); anything else (an object, an array, a string not closed on its line) the
     * rest of the line. At most {@link #MAX_SNIPPET} code points.
     */
    Region region(String file, int line, int column) {
        List<Line> lines = lines(file);
        if (lines == null || line < 1 || line > lines.size()) {
            return null;
        }
        if (lines instanceof ParsedLines p && p.isLong(line - 1)) {
            Region w = p.region(line, column);
            if (w != null) {
                return w;
            }
        }
        Line l = lines.get(line - 1);
        String text = l.text;
        int len = l.length();
        int start = Math.max(1, Math.min(column <= 0 ? 1 : column, len + 1));
        if (start > len) {
            start = 1; // a position past the end: show the line
        }
        if (len == 0) {
            return new Region(line, 1, line, 1, "");
        }
        int from = l.offset(start - 1);
        // a value that does not end within the snippet's reach is cut there, as one that ends beyond it would be: so
        // the scan stops there (a code point is at most two chars)
        int to = valueEnd(text, from, Math.min(text.length(), from + 2 * MAX_SNIPPET + 2));
        int end = Math.min(to < 0 ? len + 1 : start + text.codePointCount(from, to), start + MAX_SNIPPET);
        return new Region(line, start, line, end, l.sub(start, end));
    }

    /** {@link #valueEnd(String, int, int)} to the end of the text. */
    static int valueEnd(String text, int i) {
        return valueEnd(text, i, text.length());
    }

    /**
     * The index just after the JSON scalar that starts at {@code i} of {@code text}, or -1 when none does (an object,
     * an array, or a string not closed on this line) or it does not end before {@code limit}. One pass from {@code i}
     * to at most {@code limit}, escapes skipped.
     */
    static int valueEnd(String text, int i, int limit) {
        int n = limit;
        char c = text.charAt(i);
        if (c == '"') {
            for (int k = i + 1; k < n; k++) {
                char d = text.charAt(k);
                if (d == '\\') {
                    k++;
                } else if (d == '"') {
                    return k + 1;
                }
            }
            return -1;
        }
        if (c == '-' || c >= '0' && c <= '9' || c == 't' || c == 'f' || c == 'n') {
            int k = i + 1;
            while (k < n && ",}] \t\r".indexOf(text.charAt(k)) < 0) {
                k++;
            }
            return k < text.length() && k == n ? -1 : k; // stopped by the limit, not by the value's end
        }
        return -1;
    }

    /** A few whole lines around {@code line} (each cut to {@link #MAX_SNIPPET}: then a one-line context). */
    Region context(String file, int line) {
        List<Line> lines = lines(file);
        if (lines == null || line < 1 || line > lines.size()) {
            return null;
        }
        if (lines instanceof ParsedLines p && p.isLong(line - 1)) {
            // its own line is longer than MAX_SNIPPET (below): its first MAX_SNIPPET code points
            Region w = p.start(line);
            if (w != null) {
                return w;
            }
        }
        int from = Math.max(1, line - CONTEXT);
        int to = Math.min(lines.size(), line + CONTEXT);
        for (int i = from; i <= to; i++) {
            if (lines.get(i - 1).length() > MAX_SNIPPET) {
                Line own = lines.get(line - 1);
                int end = Math.min(own.length() + 1, 1 + MAX_SNIPPET);
                return new Region(line, 1, line, end, own.sub(1, end));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append(lines.get(i - 1).text);
            if (i < to) {
                sb.append('\n');
            }
        }
        return new Region(from, 1, to, lines.get(to - 1).length() + 1, sb.toString());
    }

    /**
     * A line and, made the first time it is asked for, its length in code points and, when it holds a surrogate pair
     * (one code point in two chars), the char index of every {@link #STEP}th code point: finding a column's char is then
     * a step of at most that many code points, not a count from the line's start. A line without a pair (nearly every
     * line: Chinese text is in the BMP) needs no index: its columns are its chars. A lone surrogate counts as one code
     * point, as {@link String#codePointCount} counts it.
     */
    static final class Line {
        static final int STEP = 256;
        final String text;
        private int length = -1;
        private int[] marks;

        Line(String text) {
            this.text = text;
        }

        /** Code points in the line. */
        int length() {
            if (length < 0) {
                index();
            }
            return length;
        }

        /** The char index of the code point {@code cp} (0-based; the line's length gives the end). */
        int offset(int cp) {
            if (length < 0) {
                index();
            }
            if (marks == null) {
                return cp;
            }
            int m = cp / STEP;
            return text.offsetByCodePoints(marks[m], cp - m * STEP);
        }

        /** The text from column {@code startCol} to column {@code endCol} (1-based, end exclusive). */
        String sub(int startCol, int endCol) {
            int a = offset(startCol - 1);
            return text.substring(a, text.offsetByCodePoints(a, endCol - startCol));
        }

        private void index() {
            int n = text.length();
            boolean pairs = false;
            for (int i = 0; i + 1 < n; i++) {
                if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                    pairs = true;
                    break;
                }
            }
            if (!pairs) {
                length = n;
                return;
            }
            int count = text.codePointCount(0, n);
            int[] m = new int[count / STEP + 1];
            int cp = 0;
            for (int i = 0; i < n; cp++) {
                if (cp % STEP == 0) {
                    m[cp / STEP] = i;
                }
                i += Character.charCount(text.codePointAt(i));
            }
            if (count % STEP == 0) {
                m[count / STEP] = n; // the end, when it falls on a mark
            }
            marks = m;
            length = count;
        }
    }

    private List<Line> lines(String file) {
        if (root == null || file == null || file.isEmpty()) {
            return null;
        }
        return cache.computeIfAbsent(file, f -> {
            byte[] bytes = parsed.get(f);
            if (bytes == null) {
                return read(f);
            }
            return bytes.length > MAX_BYTES ? null : new ParsedLines(bytes);
        });
    }

    /**
     * The lines of a file's bytes, UTF-8 (the loader's, which parsed, or a file {@link #read} found valid): split at
     * each {@code \n} and each {@code \r} not followed by one (an old Mac file's line end, as Jackson counts lines), a
     * {@code \r} before a {@code \n} dropped, a byte order mark left out; a line decoded and
     * {@link #cleanLine cleaned} when it is first asked for, but a {@link #LONG_LINE long} one only in the window a region
     * or context reads ({@link #region(int, int)}). The table of where each line starts is the one thing made for every
     * line.
     */
    static final class ParsedLines extends java.util.AbstractList<Line> {
        private final byte[] bytes;
        private final int[] starts;
        private final Map<Integer, Line> decoded = new HashMap<>();

        ParsedLines(byte[] bytes) {
            this.bytes = bytes;
            int from = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
            int n = bytes.length;
            int[] t = new int[16 + n / 32];
            t[0] = from;
            int k = 1;
            int i = from;
            // eight bytes at a time: a byte of the word that is '\n' has the high bit of its place set in z (exactly:
            // no carry crosses from one byte to the next), the rest are 0; a byte at a time, this loop was two thirds
            // of the SARIF's time
            // a '\r' not followed by '\n' ends a line too (an old Mac file), as Jackson and the loader count lines
            for (; i + 8 <= n; i += 8) {
                long w = (long) LONGS.get(bytes, i);
                long x = w ^ 0x0A0A0A0A0A0A0A0AL;
                long z = ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x | 0x7F7F7F7F7F7F7F7FL);
                long y = w ^ 0x0D0D0D0D0D0D0D0DL;
                z |= ~(((y & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | y | 0x7F7F7F7F7F7F7F7FL);
                while (z != 0) {
                    int p = i + (Long.numberOfTrailingZeros(z) >>> 3);
                    z &= z - 1;
                    if (bytes[p] == '\r' && p + 1 < n && bytes[p + 1] == '\n') {
                        continue;
                    }
                    if (k == t.length) {
                        t = java.util.Arrays.copyOf(t, 2 * k);
                    }
                    t[k++] = p + 1;
                }
            }
            for (; i < n; i++) {
                if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == n || bytes[i + 1] != '\n')) {
                    if (k == t.length) {
                        t = java.util.Arrays.copyOf(t, 2 * k);
                    }
                    t[k++] = i + 1;
                }
            }
            starts = java.util.Arrays.copyOf(t, k);
        }

        /** Eight bytes of an array as a long, the first byte lowest. */
        private static final java.lang.invoke.VarHandle LONGS =
                java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

        @Override
        public int size() {
            return starts.length;
        }

        /**
         * Lines of more bytes than this are not decoded whole for a region or a context: a minified file is one line of
         * the whole file, and decoding, cleaning and indexing it for each department's SARIF was a tenth of the reports'
         * time (benchmark/README.md, issue 17, session 42). A region reads a window of {@link #WINDOW} code points from
         * its column instead, a context the line's first {@link #MAX_SNIPPET}. Such a line has more than
         * MAX_SNIPPET code points (at most four bytes each), so a context is always that one-line context.
         */
        static final int LONG_LINE = 4096;
        /**
         * Code points a long line's region decodes from its column: one more than the chars
         * {@link Snippets#valueEnd(String, int, int)} may read (each code point one or two chars), so a value cut by that
         * limit is told from one that ends there, as in the whole line.
         */
        static final int WINDOW = 2 * MAX_SNIPPET + 3;

        /** Where the last region of a long line started: its line (0-based), code point and byte; -1: none. */
        private int cursorLine = -1;
        private int cursorCp;
        private int cursorByte;

        /** The byte after line {@code i} ({@code \r\n}'s {@code \r} left out; a lone {@code \r} is the line end itself). */
        private int end(int i) {
            int e = i + 1 < starts.length ? starts[i + 1] - 1 : bytes.length;
            if (e > starts[i] && bytes[e - 1] == '\r') {
                e--;
            }
            return e;
        }

        /** Whether line {@code i} (0-based) is {@link #LONG_LINE long} and not decoded whole for a region. */
        boolean isLong(int i) {
            return end(i) - starts[i] > LONG_LINE;
        }

        /**
         * The region at {@code line}:{@code column} of a long line, as {@link Snippets#region} gives it from the whole
         * line decoded; null when the bytes on the way are not well-formed UTF-8 (then the whole line is decoded, as the
         * decoder replaces such bytes). The column's byte is found by a walk from the line's start, or from the last
         * region's column when this one is not before it (a file's findings come in order of line and column).
         */
        Region region(int line, int column) {
            int i = line - 1;
            int s = starts[i];
            int e = end(i);
            int want = column <= 0 ? 0 : column - 1;
            int cp = 0;
            int p = s;
            if (cursorLine == i && cursorCp <= want) {
                cp = cursorCp;
                p = cursorByte;
            }
            p = walk(p, e, want - cp);
            if (p < 0) {
                return null;
            }
            int start;
            if (p < e) {
                start = want + 1; // the code point at the column exists
                cursorLine = i;
                cursorCp = want;
                cursorByte = p;
            } else {
                start = 1; // past the end: the line from its start, as a short line's region shows it
                p = s;
            }
            int q = walk(p, e, WINDOW);
            if (q < 0) {
                return null;
            }
            int cps = walked;
            String w = cleanLine(new String(bytes, p, q - p, StandardCharsets.UTF_8));
            int to = valueEnd(w, 0, Math.min(w.length(), 2 * MAX_SNIPPET + 2));
            // not ended within reach: the rest of the line, at most MAX_SNIPPET (a window not at the line's end holds
            // more than that)
            int end = Math.min(start + (to < 0 ? cps : w.codePointCount(0, to)), start + MAX_SNIPPET);
            return new Region(line, start, line, end, w.substring(0, w.offsetByCodePoints(0, end - start)));
        }

        /** How many code points the last {@link #walk} went over. */
        private int walked;

        /**
         * The byte {@code n} well-formed code points on from {@code p}, or {@code e} where the line ends first ({@link
         * #walked} says how many were walked); -1 where a sequence on the way is not well-formed.
         */
        private int walk(int p, int e, int n) {
            walked = 0;
            while (walked < n && p < e) {
                int k = sequence(bytes, p, e);
                if (k < 0) {
                    return -1;
                }
                p += k;
                walked++;
            }
            return p;
        }

        /** The context of a long line: its first {@link #MAX_SNIPPET} code points; null as {@link #region}. */
        Region start(int line) {
            int s = starts[line - 1];
            int e = end(line - 1);
            int q = walk(s, e, MAX_SNIPPET);
            if (q < 0) {
                return null;
            }
            return new Region(line, 1, line, 1 + MAX_SNIPPET, cleanLine(new String(bytes, s, q - s, StandardCharsets.UTF_8)));
        }

        /**
         * The length of the well-formed UTF-8 sequence at {@code p} (before {@code e}), or -1 where there is none: the
         * Unicode standard's table (no overlong form, no surrogate, nothing above U+10FFFF), which is what
         * {@code new String(bytes, UTF_8)} decodes without a replacement.
         */
        static int sequence(byte[] b, int p, int e) {
            int c = b[p] & 0xFF;
            if (c < 0x80) {
                return 1;
            }
            if (c < 0xC2) {
                return -1;
            }
            if (c < 0xE0) {
                return p + 1 < e && (b[p + 1] & 0xC0) == 0x80 ? 2 : -1;
            }
            if (c < 0xF0) {
                if (p + 2 >= e) {
                    return -1;
                }
                int c1 = b[p + 1] & 0xFF;
                int lo = c == 0xE0 ? 0xA0 : 0x80;
                int hi = c == 0xED ? 0x9F : 0xBF;
                return c1 >= lo && c1 <= hi && (b[p + 2] & 0xC0) == 0x80 ? 3 : -1;
            }
            if (c < 0xF5) {
                if (p + 3 >= e) {
                    return -1;
                }
                int c1 = b[p + 1] & 0xFF;
                int lo = c == 0xF0 ? 0x90 : 0x80;
                int hi = c == 0xF4 ? 0x8F : 0xBF;
                return c1 >= lo && c1 <= hi && (b[p + 2] & 0xC0) == 0x80 && (b[p + 3] & 0xC0) == 0x80 ? 4 : -1;
            }
            return -1;
        }

        @Override
        public Line get(int i) {
            Line l = decoded.get(i);
            if (l == null) {
                int s = starts[i];
                int e = i + 1 < starts.length ? starts[i + 1] - 1 : bytes.length;
                if (e > s && bytes[e - 1] == '\r') {
                    e--;
                }
                l = new Line(cleanLine(new String(bytes, s, e - s, StandardCharsets.UTF_8)));
                decoded.put(i, l);
            }
            return l;
        }
    }

    private List<Line> read(String file) {
        try {
            Path realRoot = root.toRealPath();
            Path p = realRoot.resolve(file).normalize();
            if (!p.startsWith(realRoot) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            Path real = p.toRealPath();
            if (!real.startsWith(realRoot) || Files.size(real) > MAX_BYTES) {
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                return null;
            }
            // valid UTF-8 or no snippets (a GBK file's lines would be garbage); then split as the loader's bytes are
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return new ParsedLines(bytes);
        } catch (IOException | RuntimeException e) {
            return null; // CharacterCodingException is an IOException: not UTF-8, no snippet
        }
    }

    /**
     * Control, bidi and other hidden characters to U+FFFD one for one (tabs kept), so columns (code points) are
     * unchanged: a hidden surrogate pair (a variation selector U+E0100–U+E01EF, a tag character) is one U+FFFD.
     */
    static String cleanLine(String s) {
        StringBuilder sb = null;
        int run = 0; // the start of the text not yet copied
        for (int i = 0; i < s.length(); ) {
            int n = s.charAt(i) == '\t' ? 0 : Escape.unsafeAt(s, i);
            if (n == 0) {
                i++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length());
            }
            sb.append(s, run, i).append(Escape.REPLACEMENT);
            i += n;
            run = i;
        }
        return sb == null ? s : sb.append(s, run, s.length()).toString();
    }
}
