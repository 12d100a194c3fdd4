package io.github.jixiao.load;

/**
 * Where a value sits: file relative to the project ('/' separators), JSON pointer, 1-based line and column
 * (0 when unknown).
 */
public record Src(String file, String pointer, int line, int column) {
    public static final Src NONE = new Src("", "", 0, 0);

    public Src {
        file = file == null ? "" : file;
        pointer = pointer == null ? "" : pointer;
    }
}
