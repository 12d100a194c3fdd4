package io.github.jixiao.lint.rules;

/** FigureOutOfRange's package-private checks, for tests in io.github.jixiao.lint. */
public final class FigureOutOfRangeAccess {
    private FigureOutOfRangeAccess() {
    }

    public static boolean provincialOrCentral(String name) {
        return FigureOutOfRange.provincialOrCentral(name);
    }
}
