package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetsTest {
    @TempDir
    Path dir;

    private Snippets.Region at(String line, int column) throws Exception {
        Files.writeString(dir.resolve("a.json"), "{\n" + line + "\n}\n", StandardCharsets.UTF_8);
        return Snippets.of(dir).region("a.json", 2, column);
    }

    /** A code review marks the value a finding is about, not the comma or the brace after it. */
    @Test
    void theRegionIsTheValueNotTheRestOfTheLine() throws Exception {
        assertEquals("\"≥ 60 个\"", at("  \"target\": \"≥ 60 个\",", 13).text());
        assertEquals("\"a \\\"quoted\\\" \\\\ 字\"", at("  \"name\": \"a \\\"quoted\\\" \\\\ 字\", \"x\": 1", 11).text());
        assertEquals("3200.5", at("  \"amount\": 3200.5, \"unit\": \"元\"", 13).text());
        assertEquals("-1e3", at("  \"amount\": -1e3}", 13).text());
        assertEquals("null", at("  \"actual\": null", 13).text());
        Snippets.Region r = at("  \"target\": \"≥ 60 个\",", 13);
        assertEquals(13, r.startColumn());
        assertEquals(13 + "\"≥ 60 个\"".length(), r.endColumn());
    }

    /** An object or array, a string not closed on its line: the rest of the line, as before. */
    @Test
    void otherwiseTheRestOfTheLine() throws Exception {
        assertEquals("{\"amount\": 1, \"unit\": \"元\"},", at("  \"total\": {\"amount\": 1, \"unit\": \"元\"},", 12).text());
        assertEquals("[1, 2],", at("  \"q\": [1, 2],", 8).text());
        assertEquals("\"open", at("  \"name\": \"open", 11).text());
    }

    /**
     * Regions and contexts as the first version made them, counting code points from each line's start (O(line) a
     * finding: a minute for 5,000 findings on a minified 15 MB line), held against the indexed lines on lines with
     * supplementary characters, long strings and long lines, at every kind of position (a file is UTF-8, so it holds no
     * lone surrogate: the next test gives the index those).
     */
    @Test
    void indexedLinesGiveWhatCountingFromTheStartGave() throws Exception {
        java.util.Random rnd = new java.util.Random(20);
        String[] pieces = {"\"≥ 60 个\"", "\"😀\"", "😀", "1234.5", "null", "true", ", ", "{", "}", "[", "]",
            "\"" + "字".repeat(300) + "\"", "\"" + "😀".repeat(150) + "a\"", "\"esc \\\" q\"", " ", "\t", "-1e3", "x".repeat(500),
            "\"open", "\u202E"};
        StringBuilder file = new StringBuilder();
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int l = 0; l < 60; l++) {
            StringBuilder line = new StringBuilder();
            int parts = l % 10 == 0 ? 400 : rnd.nextInt(12);
            for (int k = 0; k < parts; k++) {
                line.append(pieces[rnd.nextInt(pieces.length)]);
            }
            lines.add(line.toString());
            file.append(line).append(l % 3 == 0 ? "\r\n" : "\n");
        }
        Files.writeString(dir.resolve("m.json"), file, StandardCharsets.UTF_8);
        Snippets snippets = Snippets.of(dir);
        // the loader's bytes give what the file on disk gives (the next test); here the disk's against the oracle
        for (int l = 1; l <= lines.size(); l++) {
            String text = Snippets.cleanLine(lines.get(l - 1));
            int len = text.codePointCount(0, text.length());
            for (int column : new int[] {-1, 0, 1, 2, len / 2, len - 1, len, len + 1, len + 5, 255, 256, 257, 511, 512, 513}) {
                assertEquals(oldRegion(text, l, column), snippets.region("m.json", l, column), "line " + l + " column " + column);
            }
            for (int k = 0; k < 40 && len > 0; k++) {
                int column = 1 + rnd.nextInt(len);
                assertEquals(oldRegion(text, l, column), snippets.region("m.json", l, column), "line " + l + " column " + column);
            }
            java.util.List<String> cleaned = new java.util.ArrayList<>(lines.stream().map(Snippets::cleanLine).toList());
            cleaned.add(""); // the file ends with a line break: the reader sees an empty last line
            assertEquals(oldContext(cleaned, l), snippets.context("m.json", l), "context of line " + l);
        }
    }

    /** The first version's region, kept as the oracle. */
    private static Snippets.Region oldRegion(String text, int line, int column) {
        int len = text.codePointCount(0, text.length());
        int start = Math.max(1, Math.min(column <= 0 ? 1 : column, len + 1));
        if (start > len) {
            start = 1;
        }
        if (len == 0) {
            return new Snippets.Region(line, 1, line, 1, "");
        }
        int from = text.offsetByCodePoints(0, start - 1);
        int to = oldValueEnd(text, from);
        int end = Math.min(to < 0 ? len + 1 : start + text.codePointCount(from, to), start + Snippets.MAX_SNIPPET);
        return new Snippets.Region(line, start, line, end, oldSub(text, start, end));
    }

    private static int oldValueEnd(String text, int i) {
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

    private static Snippets.Region oldContext(java.util.List<String> lines, int line) {
        int from = Math.max(1, line - Snippets.CONTEXT);
        int to = Math.min(lines.size(), line + Snippets.CONTEXT);
        for (int i = from; i <= to; i++) {
            String t = lines.get(i - 1);
            if (t.codePointCount(0, t.length()) > Snippets.MAX_SNIPPET) {
                String own = lines.get(line - 1);
                int len = own.codePointCount(0, own.length());
                int end = Math.min(len + 1, 1 + Snippets.MAX_SNIPPET);
                return new Snippets.Region(line, 1, line, end, oldSub(own, 1, end));
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
        return new Snippets.Region(from, 1, to, last.codePointCount(0, last.length()) + 1, sb.toString());
    }

    private static String oldSub(String s, int startCol, int endCol) {
        int a = s.offsetByCodePoints(0, startCol - 1);
        return s.substring(a, s.offsetByCodePoints(a, endCol - startCol));
    }

    /** A line's index against String's own counting, at and around every mark, with pairs and lone surrogates. */
    @Test
    void aLinesIndexCountsAsStringDoes() {
        java.util.Random rnd = new java.util.Random(7);
        String[] pieces = {"a", "字", "😀", "\uD800", "\uDC00", "\uD83D", "é"};
        for (int n = 0; n < 200; n++) {
            StringBuilder sb = new StringBuilder();
            int size = n < 20 ? n : rnd.nextInt(3 * Snippets.Line.STEP);
            for (int k = 0; k < size; k++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            Snippets.Line line = new Snippets.Line(text);
            int count = text.codePointCount(0, text.length());
            assertEquals(count, line.length(), text);
            for (int cp = 0; cp <= count; cp++) {
                assertEquals(text.offsetByCodePoints(0, cp), line.offset(cp), "code point " + cp + " of " + text);
            }
        }
    }

    /**
     * Lines from the bytes the loader parsed give what reading the file gives: every region and context of a file with
     * CRLF and LF line ends, a byte order mark, CJK, emoji, control and bidi characters, long and empty lines; and the
     * bytes are what is read, not the file (which may since have changed), while a file the loader did not parse is
     * still read from the project.
     */
    @Test
    void theLoadersBytesGiveWhatTheFileGives() throws Exception {
        java.util.Random rnd = new java.util.Random(21);
        String[] pieces = {"\"≥ 60 个\"", "\"😀\"", "1234.5", "null", ", ", "{", "}", "\"" + "字".repeat(300) + "\"", " ", "\t",
            "\u202E", "\u0007", "x".repeat(500), "\"open", "\r"};
        for (String bom : new String[] {"", "\uFEFF"}) {
            StringBuilder file = new StringBuilder(bom);
            for (int l = 0; l < 80; l++) {
                int parts = l % 13 == 0 ? 300 : rnd.nextInt(8);
                for (int k = 0; k < parts; k++) {
                    file.append(pieces[rnd.nextInt(pieces.length)]);
                }
                file.append(l % 4 == 0 ? "\r\n" : "\n");
            }
            byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("s.json"), bytes);
            Snippets fromDisk = Snippets.of(dir);
            fromDisk.context("s.json", 1); // read now: a file is read once, when first asked for
            Snippets fromBytes = Snippets.of(dir, java.util.Map.of("s.json", bytes));
            Files.writeString(dir.resolve("s.json"), "{}"); // changed since it was parsed: the parsed bytes count
            for (int l = 0; l <= 83; l++) {
                assertEquals(fromDisk.context("s.json", l), fromBytes.context("s.json", l), "context of line " + l);
                for (int column : new int[] {0, 1, 2, 7, 150, 301, 900, 5000}) {
                    assertEquals(fromDisk.region("s.json", l, column), fromBytes.region("s.json", l, column), "line " + l + " column " + column);
                }
            }
        }
        Files.writeString(dir.resolve("other.json"), "{\n  \"a\": 1\n}\n");
        assertEquals("1", Snippets.of(dir, java.util.Map.of("s.json", new byte[0])).region("other.json", 2, 8).text());
    }

    /**
     * The table of line starts, found eight bytes at a time, against a split of the decoded text: line breaks at every
     * place of a word and next to the bytes a word-wise test could confuse with one ('\u000B' and '\u0001' after it,
     * '\u008A' and 'J' whose low bits match, '\u000C' and '\u008D' beside CR's), CR LF, a CR alone, a byte order mark, texts
     * shorter than a word.
     */
    @Test
    void lineStartsAreFoundAtEveryPlaceOfAWord() {
        java.util.Random rnd = new java.util.Random(22);
        String[] pieces = {"\n", "\n", "\r\n", "\r", "\u000B", "\u0001", "\u0009", "\u008A", "J", "*", "a", "字", "😀", "\n\n",
            "\u000C", "\u008D"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder(n % 5 == 0 ? "\uFEFF" : "");
            for (int k = rnd.nextInt(n % 50 == 0 ? 400 : 24); k > 0; k--) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            Snippets.ParsedLines lines = new Snippets.ParsedLines(text.getBytes(StandardCharsets.UTF_8));
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            // lines end as Jackson counts them: at \r\n, at \n, and at a \r alone (an old Mac file)
            String[] expected = body.split("\r\n|\r|\n", -1);
            assertEquals(expected.length, lines.size(), text);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(Snippets.cleanLine(expected[i]), lines.get(i).text, "line " + i + " of " + text);
            }
        }
    }
}
