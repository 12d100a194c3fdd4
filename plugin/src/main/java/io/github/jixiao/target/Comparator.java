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
}
