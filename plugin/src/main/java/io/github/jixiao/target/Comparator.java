package io.github.jixiao.target;

/** How a quantitative target bounds its actual. */
public enum Comparator {
    GE("≥"), LE("≤"), GT(">"), LT("<"), EQ("="), RANGE("—");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * Every character printed for a comparator sign that the target parser reads as one (TargetParser.normalise: ≥ ≤ > <
     * = and their spellings ≧ ⩾ ≦ ⩽ ＞ ﹥ ＜ ﹤ ＝ ﹦, and ═, printed for = in 永德 2022's 指标性质). Shared by the readings of a
     * template's marks ("≧**%" as "≥**%"), so that what the parser reads as a comparator is one to them too.
     */
    public static final String SIGNS = "≥≤><=≧⩾≦⩽＞﹥＜﹤＝﹦═";

    /** Whether {@code c} is printed for a comparator sign ({@link #SIGNS}). */
    public static boolean sign(char c) {
        return SIGNS.indexOf(c) >= 0;
    }
}
