package io.github.jixiao.load;

import java.util.Objects;

/**
 * Where a value sits: file relative to the project ('/' separators), JSON pointer, 1-based line and column
 * (0 when unknown).
 *
 * <p>A value object, equal by its four parts. The binding makes one for every value a rule might report (three per
 * indicator) and a department reports a few dozen: so a {@code Src} of a tree node works out its pointer, line and
 * column only when asked (the character column costs a scan of the line's bytes), once, and the same for every
 * thread.
 */
public final class Src {
    public static final Src NONE = new Src("", "", 0, 0);

    private final String file;
    /** Set when the pointer is known; else built from {@link #base}, {@link #index} and {@link #suffix} on first use. */
    private volatile String pointer;
    private final String base;
    /** An array index between base and suffix, or -1 for none. */
    private final int index;
    private final String suffix;
    /** Where the line and column come from (null once known, or when given). */
    private final Located node;
    private final Columns columns;
    /** line << 32 | column, or -1 until worked out. */
    private volatile long lineColumn;

    public Src(String file, String pointer, int line, int column) {
        this.file = file == null ? "" : file;
        this.pointer = pointer == null ? "" : pointer;
        this.base = null;
        this.index = -1;
        this.suffix = null;
        this.node = null;
        this.columns = null;
        this.lineColumn = pack(line, column);
    }

    /** The location of {@code node} (line and column 0 when it is null), its pointer {@code base + suffix}. */
    Src(String file, String base, String suffix, Located node, Columns columns) {
        this(file, base, -1, suffix, node, columns);
    }

    /** As above, the pointer {@code base + index + suffix} (an element of an array, or something in it). */
    Src(String file, String base, int index, String suffix, Located node, Columns columns) {
        this.file = file == null ? "" : file;
        this.base = base == null ? "" : base;
        this.index = index;
        this.suffix = suffix == null ? "" : suffix;
        this.node = node;
        this.columns = columns;
        this.lineColumn = node == null ? 0L : -1L;
    }

    private static long pack(int line, int column) {
        return (long) line << 32 | (column & 0xFFFFFFFFL);
    }

    public String file() {
        return file;
    }

    public String pointer() {
        String p = pointer;
        if (p == null) {
            p = index >= 0 ? base + index + suffix : suffix.isEmpty() ? base : base + suffix;
            pointer = p;
        }
        return p;
    }

    public int line() {
        return (int) (resolved() >> 32);
    }

    public int column() {
        return (int) resolved();
    }

    private long resolved() {
        long lc = lineColumn;
        if (lc == -1L) {
            lc = pack(Math.max(0, node.line()), columns.charColumn(node.byteColumn(), node.byteOffset()));
            lineColumn = lc;
        }
        return lc;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Src s && file.equals(s.file) && pointer().equals(s.pointer()) && resolved() == s.resolved();
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, pointer(), line(), column());
    }

    @Override
    public String toString() {
        return "Src[file=" + file + ", pointer=" + pointer() + ", line=" + line() + ", column=" + column() + "]";
    }
}
