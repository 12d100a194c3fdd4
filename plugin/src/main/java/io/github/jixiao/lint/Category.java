package io.github.jixiao.lint;

/** What kind of defect a rule looks for. */
public enum Category {
    INPUT("input"),
    SCHEMA("schema"),
    COMPLETENESS("completeness"),
    MEASURABILITY("measurability"),
    CONSISTENCY("consistency"),
    ARITHMETIC("arithmetic"),
    PLAUSIBILITY("plausibility"),
    SCORING("scoring"),
    CONFIGURATION("configuration");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
