package io.github.jixiao.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The text reports' buffers, one set per thread and reused from department to department: the builder score-summary.md
 * and score-summary.html are rendered into, and the bytes they are encoded into, {@link #CHUNK} characters at a time, each
 * chunk's bytes written as it is encoded: a department's page is one chunk and one write, and a page of a huge submission
 * (20 MB of HTML for 100,000 rows) no longer needs a copy of its characters and all its bytes beside the builder.
 * Each page used to cost a new 64 K builder, its widening to UTF-16 at the first Chinese character, the page's String
 * and its UTF-8 bytes (made twice: {@code getBytes} trims what it encoded): about half a megabyte allocated and zeroed
 * for a 47 KB page (benchmark/README.md, issue 17).
 *
 * <p>The bytes are those {@link String#getBytes} gives for {@code UTF_8}, but a lone surrogate becomes U+FFFD (getBytes
 * writes '?', which reads as text that was filed).
 * {@code TextBufferTest} holds the encoder to it. For one report at a time on a thread: {@link #builder()} hands out
 * the thread's builder emptied, so a caller writes it before asking for it again.
 */
final class TextBuffer {
    private TextBuffer() {
    }

    /** A buffer grown beyond this (a page of a huge submission) is dropped after use rather than kept by the thread. */
    private static final int KEEP = 1 << 20;

    /**
     * Each thread's builder, characters and bytes ({@link #TEXT}, {@link #CHARS}, {@link #BYTES}): JDK types only, so
     * that a thread that outlives the build (a Maven daemon's) holds nothing of the plugin's class loader.
     */
    private static final ThreadLocal<Object[]> LOCAL = ThreadLocal.withInitial(
            () -> new Object[] {new StringBuilder(64 * 1024), new char[64 * 1024], new byte[96 * 1024]});
    private static final int TEXT = 0;
    private static final int CHARS = 1;
    private static final int BYTES = 2;

    /** The thread's builder, empty. */
    static StringBuilder builder() {
        Object[] b = LOCAL.get();
        StringBuilder text = (StringBuilder) b[TEXT];
        if (text.capacity() > KEEP) {
            text = new StringBuilder(64 * 1024);
            b[TEXT] = text;
        }
        text.setLength(0);
        return text;
    }

    /** The characters encoded and written at a time (at most three bytes each: the thread's byte buffer holds them). */
    static final int CHUNK = 64 * 1024;

    /**
     * Writes {@code text} to {@code target} as UTF-8, atomically ({@link AtomicFiles#write}), a write for each
     * {@link #CHUNK} characters; a surrogate pair is never cut between two chunks, so the bytes are the whole text's.
     */
    static void write(Path target, CharSequence text) throws IOException {
        Object[] b = LOCAL.get();
        AtomicFiles.write(target, o -> {
            int len = text.length();
            for (int from = 0; from < len; ) {
                int to = Math.min(len, from + CHUNK);
                if (to < len && Character.isHighSurrogate(text.charAt(to - 1))) {
                    to--; // with its low half in the next chunk (or alone there: then U+FFFD, as the whole text gives)
                }
                int n = encode(text, from, to, b);
                o.write((byte[]) b[BYTES], 0, n);
                from = to;
            }
        });
    }

    /** {@code text} as UTF-8 (what {@link String#getBytes} gives, a lone surrogate as U+FFFD), a new array. */
    static byte[] utf8(CharSequence text) {
        Object[] b = {null, new char[0], new byte[0]};
        int n = encode(text, 0, text.length(), b);
        return java.util.Arrays.copyOf((byte[]) b[BYTES], n);
    }

    /**
     * Encodes {@code text} from {@code from} to {@code to} into {@code b[BYTES]} (grown as needed, as {@code b[CHARS]});
     * returns the number of bytes.
     */
    private static int encode(CharSequence text, int from, int to, Object[] b) {
        char[] chars = (char[]) b[CHARS];
        byte[] bytes = (byte[]) b[BYTES];
        int len = to - from;
        if (chars.length < len) {
            chars = new char[Math.max(len, chars.length * 2)];
        }
        char[] cs = chars;
        if (text instanceof StringBuilder sb) {
            sb.getChars(from, to, cs, 0);
        } else {
            text.toString().getChars(from, to, cs, 0);
        }
        if (3L * len > bytes.length) {
            bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 16, Math.max(bytes.length * 2L, 3L * len))];
        }
        byte[] a = bytes;
        int k = 0;
        for (int i = 0; i < len; i++) {
            char c = cs[i];
            if (c < 0x80) {
                a[k++] = (byte) c;
            } else if (c < 0x800) {
                a[k++] = (byte) (0xC0 | c >> 6);
                a[k++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                a[k] = (byte) (0xE0 | c >> 12);
                a[k + 1] = (byte) (0x80 | c >> 6 & 0x3F);
                a[k + 2] = (byte) (0x80 | c & 0x3F);
                k += 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(cs[i + 1])) {
                int cp = Character.toCodePoint(c, cs[++i]);
                a[k++] = (byte) (0xF0 | cp >> 18);
                a[k++] = (byte) (0x80 | cp >> 12 & 0x3F);
                a[k++] = (byte) (0x80 | cp >> 6 & 0x3F);
                a[k++] = (byte) (0x80 | cp & 0x3F);
            } else {
                k = io.github.jixiao.text.Utf8.replacement(a, k); // a lone surrogate: U+FFFD (String.getBytes wrote '?')
            }
        }
        b[CHARS] = chars;
        b[BYTES] = bytes;
        return k;
    }
}
