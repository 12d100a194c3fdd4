package io.github.jixiao.load;

import tools.jackson.core.TokenStreamLocation;

/**
 * Jackson counts columns in bytes when it parses bytes; people (and SARIF's {@code unicodeCodePoints}) count
 * characters. 名称 is 6 bytes but 2 characters.
 *
 * <p>One instance per parsed file answers in constant time: counting the characters from the start of the line
 * would cost the length of the line for every located value, and a minified file (one line of megabytes, as
 * exporting systems write it) would take quadratic time. The table, built once per file and only when a line is
 * long, holds the number of UTF-8 continuation bytes before every {@value #BLOCK}-byte block; a column is then the
 * bytes from the line start minus the continuation bytes among them, found from two table entries and at most
 * two partial blocks.
 */
public final class Columns {
    /**
     * Bytes per table entry: the table of a 64 MiB file is 4 MiB, and a value costs at most two partial blocks of
     * 64 bytes (with 512-byte blocks, a minified file's 1,800 located values scanned about 1 MB).
     */
    static final int BLOCK = 64;
    /** Lines up to this long are counted directly, without the table (pretty-printed files never need one). */
    static final int DIRECT = 1024;

    private final byte[] source;
    private final int base;
    private volatile int[] table;

    /**
     * @param source the file's bytes (null: Jackson's byte columns are used)
     * @param base   where parsing started in {@code source} (3 after a byte order mark)
     */
    public Columns(byte[] source, int base) {
        this.source = source;
        this.base = base;
    }

    /** The file's bytes as read (a byte order mark included), or null when they are not known. */
    public byte[] source() {
        return source;
    }

    /** The 1-based character column of {@code loc}; Jackson's own column when the bytes are not known. */
    public int charColumn(TokenStreamLocation loc) {
        return charColumn(loc.getColumnNr(), loc.getByteOffset());
    }

    /** The 1-based character column of a token at Jackson's 1-based byte column {@code column}, byte offset {@code off}. */
    public int charColumn(int column, long off) {
        int byteColumn = Math.max(0, column);
        if (source == null || off < 0 || byteColumn <= 0) {
            return byteColumn;
        }
        long end = base + off;
        long start = end - (byteColumn - 1);
        if (start < base || end > source.length) {
            return byteColumn;
        }
        if (end - start <= DIRECT) {
            return 1 + (int) (end - start) - continuations((int) start, (int) end);
        }
        return 1 + (int) (end - start) - (continuationsBefore((int) end) - continuationsBefore((int) start));
    }

    /** Continuation bytes in {@code [base, at)}. */
    private int continuationsBefore(int at) {
        int[] t = table();
        int k = (at - base) / BLOCK;
        int from = base + k * BLOCK;
        return t[k] + continuations(from, at);
    }

    private int[] table() {
        int[] t = table;
        if (t == null) {
            int n = (source.length - base) / BLOCK + 1;
            t = new int[n];
            int count = 0;
            for (int k = 0; k < n; k++) {
                t[k] = count;
                int from = base + k * BLOCK;
                count += continuations(from, Math.min(source.length, from + BLOCK));
            }
            table = t; // racing threads build the same table; either copy is right
        }
        return t;
    }

    private int continuations(int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) {
            if ((source[i] & 0xC0) == 0x80) {
                c++;
            }
        }
        return c;
    }

    /**
     * The 1-based character column of {@code loc}, found from its byte offset in {@code source} (parsed from
     * {@code base}); Jackson's own column when the bytes are not known. For one location (an error's); a
     * document locates its values through its own instance.
     */
    public static int charColumn(byte[] source, int base, TokenStreamLocation loc) {
        return new Columns(source, base).charColumn(loc);
    }
}
