package io.github.jixiao.finding;

import java.util.Locale;

/** How serious a finding is. Ordered from the most to the least serious. */
public enum Severity {
    ERROR("error", "error"),
    WARNING("warning", "warning"),
    INFO("info", "note");

    private final String id;
    private final String sarifLevel;

    Severity(String id, String sarifLevel) {
        this.id = id;
        this.sarifLevel = sarifLevel;
    }

    public String id() {
        return id;
    }

    public String sarifLevel() {
        return sarifLevel;
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code info} (case-insensitive); null when unknown. */
    public static Severity parse(String s) {
        if (s == null) {
            return null;
        }
        String k = s.trim().toLowerCase(Locale.ROOT);
        for (Severity v : values()) {
            if (v.id.equals(k)) {
                return v;
            }
        }
        return null;
    }
}
