package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A long line (a minified file's one line) is not decoded whole for a region or a context: a window from the finding's
 * column is ({@link Snippets.ParsedLines#region}). The oracle below is the whole-line way every line took before
 * (benchmark/README.md, issue 17, session 42): decode and clean the line, then count code points from its start. Held on
 * lines of JSON values with CJK, emoji, hidden characters (bidi controls, variation selectors, control characters),
 * CRLF ends, a byte order mark, and bytes that are not well-formed UTF-8 (overlong forms, encoded surrogates, cut
 * sequences, bytes no sequence starts with), at every kind of column, in order and out of it.
 */
class SnippetsLongLineTest {

    /** The region as a line decoded whole gives it (Snippets.region before session 42). */
    private static Snippets.Region wholeLineRegion(byte[] lineBytes, int line, int column) {
        String text = Snippets.cleanLine(new String(lineBytes, StandardCharsets.UTF_8));
        Snippets.Line l = new Snippets.Line(text);
        int len = l.length();
        int start = Math.max(1, Math.min(column <= 0 ? 1 : column, len + 1));
        if (start > len) {
            start = 1;
        }
        if (len == 0) {
            return new Snippets.Region(line, 1, line, 1, "");
        }
        int from = l.offset(start - 1);
        int to = Snippets.valueEnd(text, from, Math.min(text.length(), from + 2 * Snippets.MAX_SNIPPET + 2));
        int end = Math.min(to < 0 ? len + 1 : start + text.codePointCount(from, to), start + Snippets.MAX_SNIPPET);
        return new Snippets.Region(line, start, line, end, l.sub(start, end));
    }

    /** The context of a line longer than MAX_SNIPPET code points, as a line decoded whole gives it. */
    private static Snippets.Region wholeLineContext(byte[] lineBytes, int line) {
        Snippets.Line own = new Snippets.Line(Snippets.cleanLine(new String(lineBytes, StandardCharsets.UTF_8)));
        int end = Math.min(own.length() + 1, 1 + Snippets.MAX_SNIPPET);
        return new Snippets.Region(line, 1, line, end, own.sub(1, end));
    }

    private static final String[] PIECES = {"\"≥ 60 个\"", "\"😀\"", "😀", "1234.5", "-1e3", "null", "true", ", ", "{", "}", "[",
        "]", "\"" + "字".repeat(300) + "\"", "\"esc \\\" q\"", " ", "\t", "\u202E", "\u0007", "\uFE0F", "字\uDB40\uDD00",
        "\"" + "x".repeat(500), "\"name\": \"深圳市南山区水务局\"", "\"open", "\r", "é"};

    /** Bytes no well-formed text has: overlong, an encoded surrogate, cut sequences, F5, a lone continuation. */
    private static final byte[][] MALFORMED = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xE5, (byte) 0xAD}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

    @Test
    void aLongLinesWindowGivesWhatTheWholeLineGave() {
        Random rnd = new Random(42);
        for (int round = 0; round < 24; round++) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            if (round % 4 == 1) {
                file.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
            }
            List<byte[]> lines = new ArrayList<>();
            int count = 1 + rnd.nextInt(4);
            for (int l = 0; l < count; l++) {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                int target = rnd.nextInt(3) == 0 ? rnd.nextInt(300) : 4097 + rnd.nextInt(20_000);
                while (line.size() < target) {
                    if (round % 3 == 2 && rnd.nextInt(400) == 0) {
                        line.writeBytes(MALFORMED[rnd.nextInt(MALFORMED.length)]);
                    } else {
                        line.writeBytes(PIECES[rnd.nextInt(PIECES.length)].replace("\r", "").getBytes(StandardCharsets.UTF_8));
                    }
                }
                byte[] b = line.toByteArray();
                lines.add(b);
                file.writeBytes(b);
                if (l + 1 < count || rnd.nextBoolean()) {
                    file.writeBytes((l % 2 == 0 ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            if (file.size() > 0 && lines.get(lines.size() - 1).length == 0) {
                continue;
            }
            byte[] bytes = file.toByteArray();
            Snippets snippets = Snippets.of(java.nio.file.Path.of("."), Map.of("m.json", bytes));
            for (int l = 1; l <= lines.size(); l++) {
                byte[] b = lines.get(l - 1);
                int cps = new String(b, StandardCharsets.UTF_8).codePointCount(0, new String(b, StandardCharsets.UTF_8).length());
                List<Integer> columns = new ArrayList<>(List.of(-1, 0, 1, 2, cps - 1, cps, cps + 1, cps + 7, 5000));
                for (int k = 0; k < 60; k++) {
                    columns.add(1 + rnd.nextInt(Math.max(1, cps)));
                }
                if (round % 2 == 0) {
                    columns.sort(null); // in order, as a file's findings come; else out of order
                }
                for (int column : columns) {
                    assertEquals(wholeLineRegion(b, l, column), snippets.region("m.json", l, column),
                            "round " + round + " line " + l + " column " + column);
                }
                if (cps > Snippets.MAX_SNIPPET && b.length > Snippets.ParsedLines.LONG_LINE) {
                    assertEquals(wholeLineContext(b, l), snippets.context("m.json", l), "round " + round + " line " + l);
                }
            }
        }
    }

    /** The sequence lengths agree with the decoder: a well-formed sequence is one character it reads, a malformed one a U+FFFD. */
    @Test
    void aSequenceIsWellFormedExactlyWhereTheDecoderReadsIt() {
        byte[] b = new byte[4];
        Random rnd = new Random(43);
        for (int n = 0; n < 400_000; n++) {
            int len = 1 + rnd.nextInt(4);
            for (int k = 0; k < len; k++) {
                b[k] = (byte) (k == 0 ? rnd.nextInt(256) : 0x80 + rnd.nextInt(rnd.nextInt(8) == 0 ? 128 : 64));
            }
            int s = Snippets.ParsedLines.sequence(b, 0, len);
            String d = new String(b, 0, s > 0 ? s : len, StandardCharsets.UTF_8);
            // the first character the decoder gives, encoded again: the bytes it read, where it read a real one
            byte[] first = new String(Character.toChars(d.codePointAt(0))).getBytes(StandardCharsets.UTF_8);
            boolean read = first.length <= len && java.util.Arrays.equals(first, java.util.Arrays.copyOf(b, first.length));
            if (s > 0) {
                assertTrue(read && first.length == s && d.codePointCount(0, d.length()) == 1, java.util.Arrays.toString(b));
            } else {
                assertTrue(!read && d.charAt(0) == '\uFFFD', java.util.Arrays.toString(b) + " " + len);
            }
        }
    }
}
