package io.github.jixiao.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of the project's files, for the snippet and context region a SARIF result carries (what a code-review
 * annotation shows). A file is read only when its real path lies inside the project, it is a regular file under
 * {@link #MAX_BYTES} and valid UTF-8; otherwise it has no lines and its results no snippet. Each file is read once.
 * Lines are {@link Escape#clean cleaned} one by one (a control or bidi character becomes U+FFFD, tabs stay), so
 * columns still count as in the file.
 */
public final class Snippets {
    /** Files larger than this get no snippets (the loader's limits are of the same order). */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** The longest region a snippet shows, in code points. */
    static final int MAX_SNIPPET = 200;
    /** Lines shown before and after the finding's line in the context region. */
    static final int CONTEXT = 2;

    private final Path root;
    private final Map<String, List<String>> cache = new HashMap<>();

    private Snippets(Path root) {
        this.root = root;
    }

    /** Snippets from the files below {@code projectDir}; none at all when it is null. */
    public static Snippets of(Path projectDir) {
        return new Snippets(projectDir);
    }

    public static Snippets none() {
        return new Snippets(null);
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
        List<String> lines = lines(file);
        if (lines == null || line < 1 || line > lines.size()) {
            return null;
        }
        String text = lines.get(line - 1);
        int len = text.codePointCount(0, text.length());
        int start = Math.max(1, Math.min(column <= 0 ? 1 : column, len + 1));
        if (start > len) {
            start = 1; // a position past the end: show the line
        }
        if (len == 0) {
            return new Region(line, 1, line, 1, "");
        }
        int from = text.offsetByCodePoints(0, start - 1);
        int to = valueEnd(text, from);
        int end = Math.min(to < 0 ? len + 1 : start + text.codePointCount(from, to), start + MAX_SNIPPET);
        return new Region(line, start, line, end, sub(text, start, end));
    }

    /**
     * The index just after the JSON scalar that starts at {@code i} of {@code text}, or -1 when none does (an object,
     * an array, or a string not closed on this line). One pass from {@code i}, escapes skipped.
     */
    static int valueEnd(String text, int i) {
        int n = text.length();
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
            return k;
        }
        return -1;
    }

    /** A few whole lines around {@code line} (each cut to {@link #MAX_SNIPPET}: then a one-line context). */
    Region context(String file, int line) {
        List<String> lines = lines(file);
        if (lines == null || line < 1 || line > lines.size()) {
            return null;
        }
        int from = Math.max(1, line - CONTEXT);
        int to = Math.min(lines.size(), line + CONTEXT);
        for (int i = from; i <= to; i++) {
            String t = lines.get(i - 1);
            if (t.codePointCount(0, t.length()) > MAX_SNIPPET) {
                String own = lines.get(line - 1);
                int len = own.codePointCount(0, own.length());
                int end = Math.min(len + 1, 1 + MAX_SNIPPET);
                return new Region(line, 1, line, end, sub(own, 1, end));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append(lines.get(i - 1));
            if (i < to) {
                sb.append('\n');
            }
        }
        String last = lines.get(to - 1);
        return new Region(from, 1, to, last.codePointCount(0, last.length()) + 1, sb.toString());
    }

    private static String sub(String s, int startCol, int endCol) {
        int a = s.offsetByCodePoints(0, startCol - 1);
        int b = s.offsetByCodePoints(a, endCol - startCol);
        return s.substring(a, b);
    }

    private List<String> lines(String file) {
        if (root == null || file == null || file.isEmpty()) {
            return null;
        }
        return cache.computeIfAbsent(file, this::read);
    }

    private List<String> read(String file) {
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
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                    out.add(cleanLine(text.substring(start, end)));
                    start = i + 1;
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null; // CharacterCodingException is an IOException: not UTF-8, no snippet
        }
    }

    /** Control and bidi characters to U+FFFD one for one (tabs kept), so columns are unchanged. */
    static String cleanLine(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\t' && Escape.unsafe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, Escape.REPLACEMENT);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
