package io.github.jixiao.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * The report model: {@code findings.json} and {@code score-summary.json} as typed records. The writers build these
 * records and {@link Json} writes them (component order is field order; a component marked
 * {@code @JsonInclude(NON_NULL)} is left out when null); {@code diff}, {@code aggregate} and the tests read the
 * files back into the same records with {@link #read}, so no field name is repeated as a literal anywhere else.
 */
public final class ReportModel {
    private ReportModel() {
    }

    /** One finding of findings.json. */
    public record FindingRecord(String rule, String severity, String file, int line, int column, String pointer,
                                String message, String key, List<String> args,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String criterion, String fingerprint,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String suppressed,
                                @JsonInclude(JsonInclude.Include.NON_NULL) Boolean baselined,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String baselineSeverity,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String cell) {
        /** Without a workbook cell (a submission typed by hand). */
        public FindingRecord(String rule, String severity, String file, int line, int column, String pointer, String message,
                             String key, List<String> args, String criterion, String fingerprint, String suppressed) {
            this(rule, severity, file, line, column, pointer, message, key, args, criterion, fingerprint, suppressed, null, null, null);
        }

        /*
         * baselineSeverity: the severity jixiao-baseline.json accepted the finding at, given only where this run raised it
         * (the finding is then not baselined: it counts).
         */

        /** Whether the finding is in jixiao-baseline.json: known before, not counted as open (as a suppressed one). */
        public boolean inBaseline() {
            return Boolean.TRUE.equals(baselined);
        }
    }

    /**
     * findings.json: the tool, the run, the department and every finding; for a mid-year monitoring submission
     * (运行监控) also its execution to date ({@code monitoring}), which {@code aggregate} puts beside the time elapsed.
     */
    public record FindingsDocument(String tool, String pluginVersion, String schemaVersion, String locale, String department,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) String project, Integer year, String stage,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) MonitoringRecord monitoring,
                                   List<String> files, List<java.util.Map<String, Object>> ruleConfiguration,
                                   List<FindingRecord> findings) {
        public FindingsDocument {
            files = files == null ? List.of() : files;
            ruleConfiguration = ruleConfiguration == null ? List.of() : ruleConfiguration;
            findings = findings == null ? List.of() : findings;
        }

        /** A run that is not a monitoring submission (or whose table prints no execution to date). */
        public FindingsDocument(String tool, String pluginVersion, String schemaVersion, String locale, String department,
                                String project, Integer year, String stage, List<String> files,
                                List<java.util.Map<String, Object>> ruleConfiguration, List<FindingRecord> findings) {
            this(tool, pluginVersion, schemaVersion, locale, department, project, year, stage, null, files, ruleConfiguration,
                    findings);
        }
    }

    /**
     * A monitoring submission's execution to date, from its funds block's total row ({@code row}, its label), or, where
     * the table prints no total with these figures, from its components together ({@code row} left out): {@code executed} of
     * {@code budget} (the full-year budget, or the budget at the start of the year where none is filed), both in
     * {@code unit}, as {@code progress} percent (2 decimals, half up); {@code elapsed} is the time elapsed, the month the
     * figures run to ÷ 12 in percent (序时进度), null without a month. Beside a month, {@code monthFrom} says where it was
     * read ({@link io.github.jixiao.model.MonitoringMonth}): {@value #FROM_FUNDS} (budget.json's {@code funds.toDateMonth})
     * or {@value #FROM_TITLE} (department.json's {@code title}, which budget.json leaves it to: 2019年1-6月…监控表), and
     * then {@code monthTitle} quotes that title (cleaned, at most {@link Escape#MAX_VALUE} characters), so that a reviewer
     * can tell a month the table gave from one jixiao read (session 46). Both left out without a month, and in files
     * written before session 46, which are read all the same.
     */
    public record MonitoringRecord(@JsonInclude(JsonInclude.Include.NON_NULL) String row, String unit, BigDecimal budget, BigDecimal executed, BigDecimal progress,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) Integer month,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal elapsed,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) String monthFrom,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) String monthTitle) {
        /** {@code monthFrom} of a month budget.json's {@code funds.toDateMonth} gives. */
        public static final String FROM_FUNDS = "funds.toDateMonth";
        /** {@code monthFrom} of a month read from department.json's {@code title}. */
        public static final String FROM_TITLE = "title";

        /** Without saying where the month came from (as before session 46). */
        public MonitoringRecord(String row, String unit, BigDecimal budget, BigDecimal executed, BigDecimal progress,
                                Integer month, BigDecimal elapsed) {
            this(row, unit, budget, executed, progress, month, elapsed, null, null);
        }
    }

    /** A finding as the score summary refers to it. */
    public record FindingRef(String rule, String severity, String fingerprint) {
    }

    /**
     * A figure a criterion's score was computed from: its {@code label}, its {@code value} as the formula reads it and its
     * reference {@code ref} ({@code budget#/procurement/actual}); and, where the value sits in a file read, where a person
     * or a program finds it, as a finding says it (session 43): {@code file} (project-relative), {@code line} and
     * {@code column} (1-based, the column in characters), and {@code cell}, the workbook cell it was imported from as
     * the import named it ({@code 自评表!F13}, the same in every language, as findings.json's {@code cell}). Each left
     * out where unknown (a figure derived, a file not read, a figure typed by hand has no cell), and in summaries written
     * before session 43, which are read all the same.
     */
    public record InputRecord(String label, String value, String ref,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String file,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer line,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer column,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String cell) {
        /** A figure whose place is not known. */
        public InputRecord(String label, String value, String ref) {
            this(label, value, ref, null, null, null, null);
        }
    }

    /** Points that could not be scored, and why (the grade is then provisional). */
    public record UnscoredRecord(String criterion, String name, BigDecimal points, String reason) {
    }

    /** A 一级 block's weight and score. */
    public record LevelRecord(String name, BigDecimal weight, BigDecimal score) {
    }

    /**
     * A criterion (or a sub-item: no path, no findings) of score-summary.json. {@code direction}: an indicator item's
     * 指标方向 as its row states it, 正向 or 反向 (正向指标 as 正向), left out where the row states none (and in summaries
     * written before session 27). {@code reviewedReason}: the reviewer's reason for its 复核分, as filed, left out where
     * none is given.
     */
    public record CriterionRecord(String id, String name, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> path,
                                  BigDecimal weight, BigDecimal score, String method,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Boolean restsOnIndicators,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String direction,
                                  List<InputRecord> inputs, String explanation, BigDecimal claimed,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal reviewedScore,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String reviewedReason,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String standard,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String definition,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) List<CriterionRecord> items,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) List<FindingRef> findings) {
        public CriterionRecord {
            inputs = inputs == null ? List.of() : inputs;
        }

        /** Whether a criterion or a row (item) of {@code criteria} has a 复核分 (reviewer's score). */
        public static boolean anyReviewed(java.util.Collection<CriterionRecord> criteria) {
            for (CriterionRecord c : criteria) {
                if (c != null && (c.reviewedScore() != null || (c.items() != null && anyReviewed(c.items())))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * score-summary.json's {@code gradeProvisional}: the grade is provisional because a finding doubts it (since session
     * 57: grade-unsupported, as t83 四川 普惠金融's 100 (优) on 52.79 % executed), not for want of data ({@code provisional}
     * and {@code unscored} say that, as before): the rule, the finding's fingerprint (its entry in {@code findings}) and
     * the reason in the report's language, as the console and the page say it beside "优（暂定）". Left out where no finding
     * doubts the grade (and in summaries written before). The same record is score-summary.json's {@code
     * gradeDoubtSuppressed} (since session 58): the finding doubting the grade is suppressed in jixiao-suppressions, so the
     * grade is not 暂定 (no {@code gradeProvisional}); {@code reason} is then the suppression's reason as written. A
     * baselined doubt keeps {@code gradeProvisional}: a baseline is old debt accepted, not an explanation.
     */
    public record GradeProvisional(String rule, String fingerprint, String reason) {
    }

    /**
     * score-summary.json. {@code partial}: true when the framework transcribes only part of its 评分表 (no grade, for that
     * reason), left out otherwise (and in summaries written before it was). {@code unpointed}: true when the framework
     * scores a form that prints no points on its indicators by design (mof-transfer-region: no grade, for that reason),
     * left out otherwise (and in summaries written before session 42's end). {@code pointless}: true when no indicator
     * row carries points though the framework wants them (a table with no 分值 column: the total is what the other criteria
     * scored, 已计得分, not a 综合评分, and no grade is given), left out otherwise (and in summaries written before session
     * 49, which the aggregate and diff.md read as before: the weights' short sum). {@code reviewedGrade}: the grade of the
     * {@code reviewedTotal} (复核总分) on the framework's bands, where the total is graded; {@code reviewedTotalWithheld}:
     * why there is no reviewed total though every criterion has a 复核分 (one lies outside its points), in the report
     * language; each left out where there is none (and in summaries written before they were). {@code frameworkBase} and
     * {@code frameworkBaseVersion}: the built-in framework the project's framework file extends, and its version as
     * scored, beside the file's own id and version (what produced the score); left out for a framework that extends none
     * (and in summaries written before session 52). {@code frameworkBaseKind}: that built-in's own kind where the file
     * states another (a 部门整体 自评表 in the 10号 project layout extending mof-project-2020 with kind department; the
     * summary's own {@code kind} is department.json's), left out otherwise (and before session 55). {@code ungraded}: why the total has no grade, as the reports say it
     * ({@code noIndicators}, {@code unpointed}, {@code pointless}, {@code partial}, {@code none}, {@code unscored}, {@code
     * noBand}: ScoreSummary.ungraded, from the scorer's one decision), left out where it is graded (and in summaries
     * written before session 53, which the aggregate and diff.md read from the flags as before).
     */
    public record SummaryDocument(String tool, String pluginVersion, String schemaVersion, String frameworkId,
                                  String frameworkVersion, String frameworkName,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String frameworkFile,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String frameworkBase,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String frameworkBaseVersion,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String frameworkBaseKind, String department,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String project, Integer year,
                                  String stage, String kind, BigDecimal total,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal reviewedTotal,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String reviewedGrade,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String reviewedTotalWithheld, String grade,
                                  boolean provisional,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) GradeProvisional gradeProvisional,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) GradeProvisional gradeDoubtSuppressed,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Boolean partial,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Boolean unpointed,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Boolean pointless,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String ungraded,
                                  BigDecimal unscoredPoints, List<UnscoredRecord> unscored, boolean complete,
                                  long criteriaWithoutData, BigDecimal weight, List<LevelRecord> levels,
                                  List<CriterionRecord> criteria, List<FindingRef> findings) {
        public SummaryDocument {
            unscored = unscored == null ? List.of() : unscored;
            levels = levels == null ? List.of() : levels;
            criteria = criteria == null ? List.of() : criteria;
            findings = findings == null ? List.of() : findings;
        }
    }

    /**
     * A report file that is not what jixiao writes: names the file and says where (line and column) and why, in the
     * reader's language ({@link #detail(Messages)}; review V, session 25: the Chinese message carried English).
     */
    public static final class MalformedReportException extends IOException {
        private final Path file;
        private final String key;
        private final Object[] args;
        private final int line;
        private final int column;

        MalformedReportException(Path file, String key, Object... args) {
            this(file, 0, 0, key, args);
        }

        MalformedReportException(Path file, int line, int column, String key, Object... args) {
            super(file + ": " + render(new Messages(java.util.Locale.ENGLISH), line, column, key, args)); // no cause: Jackson's
            // message quotes the file's text (session 25, item 3)
            this.file = file;
            this.key = key;
            this.args = args.clone();
            this.line = line;
            this.column = column;
        }

        public Path file() {
            return file;
        }

        /**
         * True when the file is over {@link #MAX_BYTES}: check itself writes one that large for a submission of tens of
         * thousands of indicator rows (review S2, session 26: 80,000 rows gave a 93.5 MB score-summary.json), so it is
         * not said to be another's file.
         */
        public boolean tooLarge() {
            return key.equals("size");
        }

        /** Where and what, without the file, in English: "line 3, column 7: not valid JSON". */
        public String detail() {
            return detail(new Messages(java.util.Locale.ENGLISH));
        }

        /** Where and what, without the file, in {@code m}'s language. */
        public String detail(Messages m) {
            return render(m, line, column, key, args);
        }

        private static String render(Messages m, int line, int column, String key, Object[] args) {
            return (line > 0 ? m.label("report.malformed.at", line, column) : "") + m.label("report.malformed." + key, args);
        }
    }

    /**
     * The largest report file read back (a city's summary is a few hundred KB; 64 MB, as README.md says). Not derived
     * from the input's limit (a 64 MB indicators.json, about 380,000 rows, gives a summary of about 450 MB, which
     * aggregate would hold for each department at once): a report over it is refused as too large, and aggregate says
     * that check wrote it for a submission of that many rows (aggregate.too-large).
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * Reads a report file into its record. The file must be a regular file (a FIFO or a device would block or never
     * end) of at most {@link #MAX_BYTES}; with {@link LinkOption#NOFOLLOW_LINKS} it must not be a link either, and is
     * opened without following one (a module's reports in {@code aggregate}: the folder is the submitter's). A
     * malformed file is named with the line and column only: never the text found there, which may be anyone's (a
     * link's target, a key).
     *
     * @throws java.nio.file.NoSuchFileException when it is missing
     * @throws MalformedReportException          when it is not JSON of that shape (named, with line and column)
     */
    public static <T> T read(Path file, Class<T> type, LinkOption... options) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, options);
        if (!a.isRegularFile()) {
            throw new MalformedReportException(file, a.isSymbolicLink() ? "link" : "notRegular");
        }
        if (a.size() > MAX_BYTES) {
            throw new MalformedReportException(file, "size", Long.toString(MAX_BYTES));
        }
        ObjectReader reader = Json.mapper().readerFor(type)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        java.util.Set<java.nio.file.OpenOption> open = new java.util.HashSet<>(List.of(options));
        open.add(java.nio.file.StandardOpenOption.READ);
        try (InputStream in = new Bounded(Channels.newInputStream(Files.newByteChannel(file, open)), file)) {
            T value = reader.readValue(in);
            if (value == null) {
                throw new MalformedReportException(file, "empty");
            }
            List<Object> path = new java.util.ArrayList<>();
            String bad = outOfBounds(value, path);
            if (bad != null) {
                throw new MalformedReportException(file, "number", bad, Integer.toString(MAX_INTEGER_DIGITS),
                        Integer.toString(MAX_SCALE));
            }
            return value;
        } catch (JacksonException e) {
            if (e.getCause() instanceof MalformedReportException m) {
                throw m; // grown beyond the limit while read
            }
            TokenStreamLocation l = e.getLocation();
            boolean at = l != null && l.getLineNr() >= 1;
            throw new MalformedReportException(file, at ? l.getLineNr() : 0, at ? l.getColumnNr() : 0, what(e));
        }
    }

    /**
     * The most decimals a number of a report may have: a figure jixiao computes with has at most 20
     * ({@code Submission.number}: a submission's number with more is reported as {@code json-number} and used for nothing),
     * and every score, weight and percentage it writes has fewer.
     */
    static final int MAX_SCALE = 20;

    /**
     * The most digits before the decimal point: a figure has at most 15 ({@code Submission.number}, {@code load.Numbers}:
     * |v| &lt; 10^15), a sum of figures a few more, and the largest number jixiao writes, a percentage of one figure of
     * another (执行进度: 10^15 ÷ 10^-20 × 100), 37. A number beyond it ({@code 1e999999999}) no run wrote: computing or
     * printing it (a total's {@code toPlainString()}: a billion digits) could take minutes and gigabytes, or fail.
     */
    static final int MAX_INTEGER_DIGITS = 40;

    /** Whether {@code d} is a number a report may hold: {@link #MAX_INTEGER_DIGITS}, {@link #MAX_SCALE}. */
    static boolean bounded(BigDecimal d) {
        // precision − scale is the number of digits before the point (≤ 0 for |d| < 1), without any arithmetic on d
        return (long) d.precision() - d.scale() <= MAX_INTEGER_DIGITS
                && (d.scale() <= MAX_SCALE || d.stripTrailingZeros().scale() <= MAX_SCALE);
    }

    /**
     * The JSON pointer of the first number in {@code value} (a record read from a report, its lists, maps and records)
     * that is not {@link #bounded}, or null. Only the components whose type can hold a number are visited (not the
     * findings' texts), and the pointer is built only for a number reported.
     */
    private static String outOfBounds(Object value, List<Object> path) {
        if (value instanceof BigDecimal d) {
            return bounded(d) ? null : pointer(path);
        }
        if (value instanceof Record r) {
            for (java.lang.reflect.RecordComponent c : NUMERIC.get(r.getClass())) {
                Object v;
                try {
                    v = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e); // the records here are public: a programming error
                }
                path.add(c.getName());
                String bad = outOfBounds(v, path);
                path.remove(path.size() - 1);
                if (bad != null) {
                    return bad;
                }
            }
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                path.add(i);
                String bad = outOfBounds(l.get(i), path);
                path.remove(path.size() - 1);
                if (bad != null) {
                    return bad;
                }
            }
        } else if (value instanceof java.util.Map<?, ?> m) {
            for (java.util.Map.Entry<?, ?> e : m.entrySet()) {
                path.add(String.valueOf(e.getKey()));
                String bad = outOfBounds(e.getValue(), path);
                path.remove(path.size() - 1);
                if (bad != null) {
                    return bad;
                }
            }
        }
        return null;
    }

    private static String pointer(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object p : path) {
            String s = String.valueOf(p);
            sb.append('/').append(s.length() > 60 ? s.substring(0, 60) + "…" : s.replace("~", "~0").replace("/", "~1"));
        }
        return Escape.value(sb.isEmpty() ? "/" : sb.toString());
    }

    /** Per record class, the components whose declared type can hold a number ({@link #mayHoldNumber}). */
    private static final ClassValue<List<java.lang.reflect.RecordComponent>> NUMERIC = new ClassValue<>() {
        @Override
        protected List<java.lang.reflect.RecordComponent> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents())
                    .filter(c -> mayHoldNumber(c.getGenericType(), new java.util.HashSet<>())).toList();
        }
    };

    /**
     * Whether a value of {@code t} can be or hold a {@link BigDecimal}: BigDecimal, Number or Object (a map read
     * untyped), a record with such a component, or a list or map of them. {@code seen} ends a record's recursion into
     * itself (its other components decide).
     */
    static boolean mayHoldNumber(java.lang.reflect.Type t, java.util.Set<Class<?>> seen) {
        if (t instanceof Class<?> c) {
            if (c == BigDecimal.class || c == Number.class || c == Object.class) {
                return true;
            }
            if (c.isRecord() && seen.add(c)) {
                return java.util.Arrays.stream(c.getRecordComponents()).anyMatch(rc -> mayHoldNumber(rc.getGenericType(), seen));
            }
            return false;
        }
        if (t instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            java.lang.reflect.Type[] args = p.getActualTypeArguments();
            if (java.util.Collection.class.isAssignableFrom(raw)) {
                return mayHoldNumber(args[0], seen);
            }
            if (java.util.Map.class.isAssignableFrom(raw)) {
                return mayHoldNumber(args[1], seen);
            }
            return false;
        }
        if (t instanceof java.lang.reflect.WildcardType w) {
            return java.util.Arrays.stream(w.getUpperBounds()).anyMatch(b -> mayHoldNumber(b, seen));
        }
        return false;
    }

    /** The {@code report.malformed.*} key of what Jackson found: a fixed phrase, as Jackson's own message quotes the text. */
    private static String what(JacksonException e) {
        if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
            return "limits";
        }
        if (e instanceof tools.jackson.core.exc.JacksonIOException) {
            return "unreadable";
        }
        if (e instanceof tools.jackson.core.exc.StreamReadException && !(e instanceof tools.jackson.core.exc.InputCoercionException)) {
            return "json";
        }
        return "shape";
    }

    /** The file's bytes, at most {@link #MAX_BYTES} of them (it may grow after its size was looked at). */
    private static final class Bounded extends java.io.FilterInputStream {
        private final Path file;
        private long read;

        Bounded(InputStream in, Path file) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BYTES) {
                throw new MalformedReportException(file, "size", Long.toString(MAX_BYTES));
            }
        }
    }
}
