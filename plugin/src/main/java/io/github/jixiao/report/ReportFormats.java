package io.github.jixiao.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the optional reports a run writes ({@code jixiao.formats}). {@code findings.json} and
 * {@code score-summary.json} are always written: they are the machine-readable contract that {@code jixiao:diff},
 * {@code jixiao:aggregate}, the baseline and the attached artifact read. The others are for people and tools that
 * not every build needs: a reviewer checking every department of a city in CI may want SARIF only, and skip the
 * workbook, the page and the Markdown (about three quarters of the reports' cost, benchmark/README.md).
 */
public final class ReportFormats {
    /** An optional report, named by its file's extension. */
    public enum Format {
        SARIF("sarif", ReportWriter.FINDINGS_SARIF),
        MD("md", ReportWriter.SUMMARY_MD),
        HTML("html", ReportWriter.SUMMARY_HTML),
        XLSX("xlsx", ScoreSummaryXlsx.FILE),
        /** GitLab's Code Quality report: not in the default set (only a GitLab pipeline reads it). */
        CODEQUALITY("codequality", CodeQuality.FILE);

        private final String id;
        private final String file;

        Format(String id, String file) {
            this.id = id;
            this.file = file;
        }

        public String id() {
            return id;
        }

        /** The file this format writes into the output folder. */
        public String file() {
            return file;
        }
    }

    private static final ReportFormats ALL = new ReportFormats(EnumSet.allOf(Format.class));
    private static final ReportFormats DEFAULT = new ReportFormats(EnumSet.of(Format.SARIF, Format.MD, Format.HTML, Format.XLSX));

    private final Set<Format> formats;

    private ReportFormats(Set<Format> formats) {
        this.formats = formats;
    }

    /** Every report there is, GitLab's Code Quality report included ({@code all}). */
    public static ReportFormats all() {
        return ALL;
    }

    /** The reports a run writes unless told otherwise ({@code default}): SARIF, the Markdown, the page and the workbook. */
    public static ReportFormats standard() {
        return DEFAULT;
    }

    public boolean has(Format f) {
        return formats.contains(f);
    }

    /** The optional formats' ids, comma-separated, for {@code jixiao.formats}'s message. */
    public static String ids() {
        List<String> ids = new ArrayList<>();
        for (Format f : Format.values()) {
            ids.add(f.id);
        }
        return String.join(", ", ids);
    }

    /** Thrown for a name that is no format; {@link #name()} is the name as given. */
    public static final class Unknown extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String name;

        Unknown(String name) {
            super("not a report format: " + name);
            this.name = name;
        }

        public String name() {
            return name;
        }
    }

    /**
     * Parses {@code jixiao.formats}: format ids ({@code sarif}, {@code md}, {@code html}, {@code xlsx},
     * {@code codequality}) separated by commas or spaces, in any case; {@code default} for the first four,
     * {@code all} for every one, {@code none} for none of them ({@code default,codequality} adds GitLab's report to
     * the usual ones). Null or blank is {@code default} (the parameter's default).
     *
     * @throws Unknown for the first name that is none of these
     */
    public static ReportFormats parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return DEFAULT;
        }
        EnumSet<Format> set = EnumSet.noneOf(Format.class);
        for (String token : spec.split("[,\\s]+")) {
            String t = token.toLowerCase(Locale.ROOT);
            if (t.isEmpty() || t.equals("none")) {
                continue;
            }
            if (t.equals("all")) {
                set.addAll(EnumSet.allOf(Format.class));
                continue;
            }
            if (t.equals("default")) {
                set.addAll(DEFAULT.formats);
                continue;
            }
            Format found = null;
            for (Format f : Format.values()) {
                if (f.id.equals(t)) {
                    found = f;
                }
            }
            if (found == null) {
                throw new Unknown(token);
            }
            set.add(found);
        }
        return set.size() == Format.values().length ? ALL : set.equals(DEFAULT.formats) ? DEFAULT : new ReportFormats(set);
    }

    @Override
    public String toString() {
        List<String> ids = new ArrayList<>();
        for (Format f : formats) {
            ids.add(f.id);
        }
        return ids.isEmpty() ? "none" : String.join(",", ids);
    }
}
