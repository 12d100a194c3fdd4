package io.github.jixiao.text;

/**
 * UTF-8 encoding of one code point into a byte buffer, for the writers that encode their text as they write it
 * (report/Json, xlsx/XlsxWriter). What each does with ASCII (its own escapes) and with a lone surrogate (JSON escapes
 * it, XML writes U+FFFD) stays with the writer.
 */
public final class Utf8 {
    private Utf8() {
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
