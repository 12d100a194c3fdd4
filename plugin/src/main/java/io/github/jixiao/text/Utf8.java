package io.github.jixiao.text;

/**
 * UTF-8 encoding of one code point into a byte buffer, for the writers that encode their text as they write it
 * (report/Json, report/TextBuffer, xlsx/XlsxWriter). What each does with ASCII (its own escapes) stays with the writer;
 * each writes a lone surrogate, which no UTF-8 can carry, as U+FFFD ({@link #REPLACEMENT}'s bytes), as the escapers
 * show it (text.Strings.hiddenAt).
 */
public final class Utf8 {
    private Utf8() {
    }

    /** U+FFFD's three bytes, written for a lone surrogate. */
    public static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    /** Writes U+FFFD (a lone surrogate's stand-in) at {@code a[k]}; returns the index after it. */
    public static int replacement(byte[] a, int k) {
        a[k] = (byte) 0xEF;
        a[k + 1] = (byte) 0xBF;
        a[k + 2] = (byte) 0xBD;
        return k + 3;
    }

    /**
     * Writes code point {@code cp} (U+0080 or above, not a surrogate) at {@code a[k]} as two, three or four bytes;
     * returns the index after them. The caller has made room for four.
     */
    public static int put(byte[] a, int k, int cp) {
        if (cp < 0x800) {
            a[k++] = (byte) (0xC0 | cp >> 6);
            a[k++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            a[k++] = (byte) (0xE0 | cp >> 12);
            a[k++] = (byte) (0x80 | cp >> 6 & 0x3F);
            a[k++] = (byte) (0x80 | cp & 0x3F);
        } else {
            a[k++] = (byte) (0xF0 | cp >> 18);
            a[k++] = (byte) (0x80 | cp >> 12 & 0x3F);
            a[k++] = (byte) (0x80 | cp >> 6 & 0x3F);
            a[k++] = (byte) (0x80 | cp & 0x3F);
        }
        return k;
    }
}
