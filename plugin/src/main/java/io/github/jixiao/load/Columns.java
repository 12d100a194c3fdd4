package io.github.jixiao.load;

import tools.jackson.core.TokenStreamLocation;

/**
 * Jackson counts columns in bytes when it parses bytes; people (and SARIF's {@code unicodeCodePoints}) count
 * characters. 名称 is 6 bytes but 2 characters.
 */
public final class Columns {
    private Columns() {
    }

    /**
     * The 1-based character column of {@code loc}, found from its byte offset in {@code source} (parsed from
     * {@code base}); Jackson's own column when the bytes are not known.
     */
    public static int charColumn(byte[] source, int base, TokenStreamLocation loc) {
        int byteColumn = Math.max(0, loc.getColumnNr());
        long off = loc.getByteOffset();
        if (source == null || off < 0 || byteColumn <= 0) {
            return byteColumn;
        }
        long end = base + off;
        long start = end - (byteColumn - 1);
        if (start < base || end > source.length) {
            return byteColumn;
        }
        int col = 1;
        for (int i = (int) start; i < end; i++) {
            if ((source[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return col;
    }
}
