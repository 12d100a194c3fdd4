package io.github.jixiao.report;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleDescriptor;
import io.github.jixiao.lint.RuleRegistry;
import io.github.jixiao.text.Texts;
import java.util.List;
import java.util.Locale;

/**
 * Turns findings and report labels into text in one locale (Chinese by default, English with
 * {@code -Djixiao.locale=en}). Rule messages come from each rule's {@code @RuleInfo}; report labels from
 * {@code messages.properties} / {@code messages_zh_CN.properties}, through {@link Texts}.
 */
public final class Messages {
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** What only English needs, made on first use: a Chinese run reads no English text (issue 17's cold start, session 58). */
    private static final class English {
        /**
         * The scoring terms a finding's arguments hold in Chinese whatever the language (an indicator's missing column,
         * an achievement level): Chinese → English, from the bundle's {@code score.what.*} and {@code score.level.*}.
         */
        static final java.util.Map<String, String> TERMS = terms();
        /** The money units in English ({@link #amounts}). */
        static final java.util.Map<String, String> UNITS = units();
    }

    private static java.util.Map<String, String> terms() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String k : List.of("score.what.target", "score.what.actual", "score.what.score", "score.level.met",
                "score.level.partly", "score.level.missed")) {
            out.put(Texts.chinese().get(k), Texts.of(Locale.ENGLISH).get(k));
        }
        // indicator-incomplete's empty-category of rows none of which is named, in place of their names
        out.put(io.github.jixiao.lint.rules.IndicatorIncomplete.UNNAMED, "none has a 三级指标 (third-level) name");
        // the heading the 中央预算内投资计划绩效目标表 prints above the national 一级 (InferredLevel1): a value level1 takes, with
        // no framework's English (it stood alone in the English list of allowed categories: trial E6, session 43)
        out.put("实施效果指标", "implementation results");
        return java.util.Map.copyOf(out);
    }

    private final Locale locale;
    private final Texts texts;
    /** The English a framework gives for its Chinese names: finding arguments that are such a name are shown in it. */
    private final java.util.Map<String, String> names;

    /** The sheet {@link #names} were taken from ({@link #forSheet}), or null. */
    private final io.github.jixiao.score.ScoreSheet sheet;

    /** Each finding's text once made (see {@link #remembering}), or null: every call makes it anew. */
    private final java.util.Map<Finding, String> made;
    /** Likewise each finding's fingerprint (with {@link #made}). */
    private final java.util.Map<Finding, String> fingerprints;

    /** The cells of an imported submission ({@link #withCells}): a finding's argument naming one is shown as they say. */
    private final Cells cells;

    public Messages(Locale locale) {
        this(locale, java.util.Map.of(), null, null, Cells.none());
    }

    private Messages(Locale locale, java.util.Map<String, String> names, io.github.jixiao.score.ScoreSheet sheet,
                     java.util.Map<Finding, String> made, Cells cells) {
        this.cells = cells;
        this.locale = locale == null ? ZH : locale;
        this.texts = Texts.of(this.locale);
        this.names = names;
        this.sheet = sheet;
        this.made = made;
        this.fingerprints = made == null ? null : new java.util.IdentityHashMap<>();
    }

    /**
     * These messages, keeping each finding's text and fingerprint once made: one run's reports ask for a finding's text
     * six or seven times (the findings, SARIF, the page, the Markdown, the workbook twice). For one run's writing, on
     * one thread; findings are told apart by identity. (Labels without arguments are kept per JVM: {@link #label}.)
     */
    Messages remembering() {
        return new Messages(locale, names, sheet, new java.util.IdentityHashMap<>(), cells);
    }

    /**
     * These messages for the findings of a run scored on {@code sheet}: in English, a finding's argument that is one
     * of the framework's Chinese names (a criterion, a figure's label) is shown in the framework's English. The
     * findings themselves, and so their fingerprints, keep the Chinese. Likewise a formula a scoring finding quotes
     * is shown as the run computed it in English ({@link io.github.jixiao.score.ScoreSheet#quoted}).
     */
    public Messages forSheet(io.github.jixiao.score.ScoreSheet sheet) {
        if (!english() || sheet == null || sheet == this.sheet) {
            return this; // the same sheet again (each report asks): its names are these, no map copied and compared
        }
        java.util.Map<String, String> n = sheet.english();
        if (!sheet.quoted().isEmpty()) {
            n = new java.util.HashMap<>(n);
            n.putAll(sheet.quoted());
        }
        if (n.isEmpty() || n.equals(names)) {
            return this;
        }
        return new Messages(locale, n, sheet, made == null ? null : new java.util.IdentityHashMap<>(), cells);
    }

    /**
     * These messages for the findings of {@code result}: as {@link #forSheet} when it was scored; otherwise (a 目标申报 or
     * 运行监控 submission, not scored) in English a finding's argument that is one of the Chinese names of the framework
     * the submission names (a taxonomy's category: 产出指标, 数量指标) is shown in its English all the same.
     */
    public Messages forResult(io.github.jixiao.engine.EngineResult result) {
        if (result.sheet() != null) {
            return forSheet(result.sheet());
        }
        java.util.Map<String, String> n = result.frameworkEnglish();
        if (!english() || n.isEmpty() || n == names) {
            return this;
        }
        return new Messages(locale, n, null, made == null ? null : new java.util.IdentityHashMap<>(), cells);
    }

    /**
     * These messages for the findings of a submission imported with {@code cells}: in English, a finding's argument
     * naming a cell of a Word document ({@link io.github.jixiao.lint.RuleInfo.Message#cells()}: 表2!C3) is shown in
     * English (Table 2!C3, {@link Cells#shown}). The findings, and so their fingerprints, keep the import's name.
     */
    public Messages withCells(Cells cells) {
        if (cells == null || cells == this.cells || !english() && !cells.hasColumns()) {
            return this; // (in Chinese a cell is shown as named: only the column headings of {@link #column} are needed)
        }
        return new Messages(locale, names, sheet, made == null ? null : new java.util.IdentityHashMap<>(), cells);
    }

    /** The locales reports are written in, as the {@code locale} parameter names them. */
    public static final List<String> SUPPORTED = List.of("zh-CN", "en");

    /**
     * Parses a locale parameter: empty, "zh", "zh-CN", "zh-Hans"… → Chinese; "en", "en-US"… → English. Any other
     * language is a configuration error naming the supported ones (a French reader must not get Chinese silently).
     *
     * @throws IllegalArgumentException for an unsupported locale, with a message naming zh-CN and en
     */
    public static Locale parseLocale(String s) {
        if (s == null || s.isBlank()) {
            return ZH;
        }
        Locale l = Locale.forLanguageTag(s.trim().replace('_', '-'));
        if ("en".equals(l.getLanguage())) {
            return Locale.ENGLISH;
        }
        if ("zh".equals(l.getLanguage())) {
            return ZH;
        }
        throw new IllegalArgumentException("jixiao.locale '" + Escape.value(s) + "' is not supported: use "
                + String.join(" or ", SUPPORTED) + " (jixiao.locale 只支持 " + String.join("、", SUPPORTED) + ")");
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** The text of a finding. */
    public String message(Finding f) {
        if (made == null) {
            return make(f);
        }
        String s = made.get(f);
        if (s == null) {
            s = make(f);
            made.put(f, s);
        }
        return s;
    }

    /**
     * {@link Fingerprints#of}, remembered like the text: findings.json, SARIF and score-summary.json each give every
     * finding's fingerprint, a SHA-256 each time.
     */
    public String fingerprint(Finding f) {
        if (fingerprints == null) {
            return Fingerprints.of(f);
        }
        String s = fingerprints.get(f);
        if (s == null) {
            s = Fingerprints.of(f);
            fingerprints.put(f, s);
        }
        return s;
    }

    private String make(Finding f) {
        return RuleRegistry.descriptor(f.ruleId())
                .map(d -> {
                    String t = d.template(f.key(), locale);
                    List<String> args = english() ? englishArgs(d, f) : chineseArgs(d, f);
                    return t.indexOf(COLUMN) < 0 ? filled(t, args, f) : withColumns(t, args, f);
                })
                .orElseGet(() -> f.ruleId() + " " + String.join(", ", f.args()));
    }

    private String filled(String template, List<String> args, Finding f) {
        return english() ? Texts.fill(template, args, rawEnglish(f.args())) : fill(template, args);
    }

    /**
     * Names tied for a "did you mean" come as one argument joined by ”或“ (indicator-category-unknown: 数量指标”或“质量指标),
     * which in a Chinese message closes its “…” and opens the next. For English, as written ({0!}): the names between
     * straight quotes, 'A", "B" or "C' inside the template's own "…"; in English ({0}): "A, B or C" ({@link #name}).
     */
    static final String TIED = "\u201D\u6216\u201C";

    private static List<String> rawEnglish(List<String> raw) {
        List<String> out = null;
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.contains(TIED)) {
                if (out == null) {
                    out = new java.util.ArrayList<>(raw);
                }
                out.set(i, tied(List.of(a.split(TIED, -1)), "\", \"", "\" or \""));
            }
        }
        return out == null ? raw : out;
    }

    /** {@code parts} joined by {@code comma}, the last two by {@code or}. */
    private static String tied(List<String> parts, String comma, String or) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            sb.append(i == 0 ? "" : i == parts.size() - 1 ? or : comma).append(parts.get(i));
        }
        return sb.toString();
    }

    /**
     * How a message template names a field of the submission that a printed table has a column for:
     * {@code {@field}} or {@code {@heading|field}}, then anything the brackets say of it ({@code {@achievement：达成、部分达成或未达成}}).
     * The heading is the printed forms' ({@link #FIELD_HEADINGS}) unless the template gives its own. A token holds
     * no argument ({0}): it is said as written.
     */
    static final String COLUMN = "{@";
    private static final java.util.regex.Pattern COLUMN_TOKEN =
            java.util.regex.Pattern.compile("(?:([^|]+)\\|)?([A-Za-z]+)(.*)", java.util.regex.Pattern.DOTALL);

    /** {@code template} filled with {@code args}, each field it names ({@link #COLUMN}) as {@link #column} says it. */
    private String withColumns(String template, List<String> args, Finding f) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (true) {
            int at = template.indexOf(COLUMN, i);
            int end = at < 0 ? -1 : template.indexOf('}', at);
            if (end < 0) {
                return sb.append(filled(template.substring(i), args, f)).toString();
            }
            sb.append(filled(template.substring(i, at), args, f));
            sb.append(column(template.substring(at + COLUMN.length(), end), f == null ? null : cells.heading(f, field(template, at, end))));
            i = end + 1;
        }
    }

    private static String field(String template, int at, int end) {
        java.util.regex.Matcher m = COLUMN_TOKEN.matcher(template.substring(at + COLUMN.length(), end));
        return m.matches() ? m.group(2) : "";
    }

    /**
     * A field a message names ({@link #COLUMN}: {@code token} between the braces) in the words of the finding's own
     * submission. Typed as JSON (no table, {@code table} null): the printed heading and the field, as the JSON's reader
     * knows them ("完成档次（achievement）", "完成档次 (achievement)"). Imported from a table: its column as the table heads it
     * (“完成档次”列（achievement）, "column 完成档次 (achievement)"), or, where the table has none ({@code table} ""), the column
     * to add, under the heading the import reads ({@link #FIELD_HEADINGS}: each is one of workbook.FormReader's). The
     * JSON's name stays in the brackets, for those who keep the JSON.
     */
    private String column(String token, String table) {
        java.util.regex.Matcher m = COLUMN_TOKEN.matcher(token);
        if (!m.matches()) {
            return token;
        }
        String[] printed = FIELD_HEADINGS.get(m.group(2));
        String heading = m.group(1) != null ? m.group(1) : printed != null ? printed[0] : m.group(2);
        String said = m.group(2) + m.group(3);
        if (table == null) {
            return heading + (english() ? " (" + said + ")" : "（" + said + "）");
        }
        // a column to add is headed as the import reads it (the printed forms' heading), whatever the template's words
        if (table.isEmpty()) {
            return label("report.column.none", printed != null ? printed[0] : heading, said);
        }
        return english() ? englishColumn(Escape.value(table), printed, said) : label("report.column", Escape.value(table), said);
    }

    /**
     * A table's heading in an English message, glossed as any Chinese term: the heading less its bracketed unit or note
     * (实际完成值（%）, 得分（分）, 支出实现率(%)⑤=④/③ → 实际完成值, 得分, 支出实现率: the cell names the column), then in
     * brackets its words in English ({@link #FIELD_HEADINGS}: actual, score, execution rate), the unit in English where the
     * bracket holds one (in %, in points, in 10,000 yuan), and the field where its name is not those words
     * ("column 实际完成值 (actual, in %)", "column 执行率 (execution rate, in %; executionRatePercent)"). A heading with no
     * Chinese before its bracket is said as printed.
     */
    private String englishColumn(String heading, String[] printed, String said) {
        int open = -1;
        for (int k = 0; k < heading.length(); k++) {
            char c = heading.charAt(k);
            if (c == '（' || c == '(') {
                open = k;
                break;
            }
        }
        String base = open > 0 ? heading.substring(0, open).strip() : heading;
        if (base.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return label("report.column", heading, said);
        }
        String unit = open > 0 ? unitWords(heading.substring(open)) : null;
        String words = printed != null ? printed[1] : said;
        String inside = words + (unit != null ? ", in " + unit : "") + (words.equals(said) ? "" : "; " + said);
        return label("report.column", base, inside);
    }

    /** The unit a heading's bracket holds, in English ((%) → %, （万元） → 10,000 yuan, （分） → points), or null. */
    private static String unitWords(String bracket) {
        int close = Math.max(bracket.indexOf('）'), bracket.indexOf(')'));
        if (close < 0) {
            return null;
        }
        return switch (bracket.substring(1, close).strip()) {
            case "%", "％", "百分比" -> "%";
            case "分" -> "points";
            case "元" -> "yuan";
            case "万元" -> "10,000 yuan";
            case "亿元" -> "100 million yuan";
            case "个" -> "items";
            case "人", "人次" -> "people";
            case "次" -> "times";
            case "天", "日" -> "days";
            default -> null;
        };
    }

    /**
     * A message template as a submission typed as JSON reads it: each field it names ({@link #COLUMN}) as the printed
     * heading and the field (the rule catalogue lists the templates so).
     */
    public static String asTyped(String template, Locale locale) {
        if (template.indexOf(COLUMN) < 0) {
            return template;
        }
        Messages m = new Messages(locale);
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (true) {
            int at = template.indexOf(COLUMN, i);
            int end = at < 0 ? -1 : template.indexOf('}', at);
            if (end < 0) {
                return sb.append(template.substring(i)).toString();
            }
            sb.append(template, i, at).append(m.column(template.substring(at + COLUMN.length(), end), null));
            i = end + 1;
        }
    }

    /** A JSON type as JSON Schema spells it, in words: Chinese, then English ({@link RuleDescriptor.Mark#TYPE}). */
    private static final java.util.Map<String, String[]> JSON_TYPES = java.util.Map.of(
            "number", new String[] {"数字", "a number"},
            "integer", new String[] {"整数", "a whole number"},
            "string", new String[] {"文字（带英文双引号）", "text (in double quotes)"},
            "boolean", new String[] {"true 或 false", "true or false"},
            "object", new String[] {"对象（{…}）", "an object ({…})"},
            "array", new String[] {"列表（[…]）", "a list ([…])"},
            "null", new String[] {"null（空值）", "null"},
            "missing", new String[] {"空（没有值）", "nothing"});

    private String typeWords(String type) {
        String[] w = JSON_TYPES.get(type);
        return w == null ? type : w[english() ? 1 : 0];
    }

    /**
     * The fields an imported cell's value goes to ({@link RuleDescriptor.Mark#FIELD}), and the fields a template names
     * ({@link #COLUMN}), by the heading the printed tables give their column (docs/forms.md): Chinese, then English.
     */
    private static final java.util.Map<String, String[]> FIELD_HEADINGS = java.util.Map.ofEntries(
            java.util.Map.entry("points", new String[] {"分值", "points"}),
            java.util.Map.entry("score", new String[] {"得分", "score"}),
            java.util.Map.entry("scoreRate", new String[] {"得分系数", "score rate"}),
            java.util.Map.entry("reviewedScore", new String[] {"复核分", "reviewer's score"}),
            java.util.Map.entry("reviewedReason", new String[] {"复核理由", "reviewer's reason"}),
            java.util.Map.entry("initial", new String[] {"年初预算数", "initial budget"}),
            java.util.Map.entry("fullYear", new String[] {"全年预算数", "full-year budget"}),
            java.util.Map.entry("executed", new String[] {"全年执行数", "amount executed"}),
            java.util.Map.entry("executionRatePercent", new String[] {"执行率", "execution rate"}),
            java.util.Map.entry("total", new String[] {"合计", "total"}),
            java.util.Map.entry("fiscal", new String[] {"财政拨款", "fiscal appropriation"}),
            java.util.Map.entry("achievement", new String[] {"完成档次", "achievement level"}),
            java.util.Map.entry("actual", new String[] {"实际完成值", "actual"}),
            java.util.Map.entry("target", new String[] {"指标值", "target"}),
            java.util.Map.entry("explanation", new String[] {"偏差原因分析及改进措施", "explanation"}));

    private String fieldWords(String field) {
        String[] w = FIELD_HEADINGS.get(field);
        if (w == null) {
            return field;
        }
        return english() ? (w[1].equals(field) ? field : w[1] + " (" + field + ")") : w[0] + "（" + field + "）";
    }

    /**
     * A submission reference ({@code budget#/dailyPublic/actual}) as the place to write it: its file and the JSON
     * that holds it ({@code budget.json 的 "dailyPublic": {"actual": …}}); a pointer through a list stays a pointer
     * ({@code indicators.json 的 /indicators/3/actual}). Anything else as it is.
     */
    private String refWords(String ref) {
        int hash = ref.indexOf('#');
        if (hash <= 0 || !io.github.jixiao.validate.SchemaCatalog.ROLES.contains(ref.substring(0, hash))) {
            return ref;
        }
        return io.github.jixiao.validate.MoneyFields.place(ref, english());
    }

    /**
     * A finding's arguments for a Chinese message: a JSON type in words ({@link RuleDescriptor.Mark#TYPE}), a reference
     * as the JSON to write ({@link RuleDescriptor.Mark#REF}), a field after its printed heading
     * ({@link RuleDescriptor.Mark#FIELD}), a file's root pointer in words ({@link RuleDescriptor.Mark#POINTER}); the
     * others as made (they are the Chinese already).
     */
    private List<String> chineseArgs(RuleDescriptor d, Finding f) {
        List<String> out = null;
        for (int i = 0; i < f.args().size(); i++) {
            RuleDescriptor.Mark k = d.mark(f.key(), i);
            if (k == RuleDescriptor.Mark.TYPE || k == RuleDescriptor.Mark.REF || k == RuleDescriptor.Mark.FIELD
                    || k == RuleDescriptor.Mark.COLUMN || k == RuleDescriptor.Mark.POINTER) {
                if (out == null) {
                    out = new java.util.ArrayList<>(f.args());
                }
                out.set(i, shown(k, f, f.args().get(i)));
            }
        }
        return out == null ? f.args() : out;
    }

    /**
     * A finding's arguments for an English message: each as its {@link RuleDescriptor.Mark} says; a plain one in the
     * framework's English when it is one of its names.
     */
    private List<String> englishArgs(RuleDescriptor d, Finding f) {
        List<String> out = new java.util.ArrayList<>(f.args().size());
        for (int i = 0; i < f.args().size(); i++) {
            out.add(shown(d.mark(f.key(), i), f, f.args().get(i)));
        }
        return out;
    }

    /**
     * Argument {@code a} of {@code f} as this language shows an argument marked {@code k} (null: a plain one, a name of
     * the framework's in its English): a list joined with ", " in English, its items in English when every one is a
     * name of the framework's; a formula, a cell, a type, a reference.
     */
    private String shown(RuleDescriptor.Mark k, Finding f, String a) {
        if (k == null) {
            return name(a);
        }
        return switch (k) {
            case LIST -> list(a);
            case VALUES -> values(a);
            case FORMULA -> formula(a);
            case CELL -> cells.shown(f, a, true);
            case TYPE -> typeWords(a);
            case REF -> refWords(a);
            case FIELD -> fieldWords(a);
            case COLUMN -> columnWords(f, a);
            case POINTER -> "/".equals(a) ? label("finding.pointer.root") : a;
        };
    }

    /**
     * A column of the indicator list ({@link RuleDescriptor.Mark#COLUMN}), given by its field or its printed heading (指标值),
     * as a template's field is said ({@link #column}): the imported table's heading where there is one (column-format-mixed
     * named the JSON field, "target", where the sheet printed 年度指标值: trial s30-G item 7).
     */
    private String columnWords(Finding f, String a) {
        String field = a;
        if (!FIELD_HEADINGS.containsKey(a)) {
            field = null;
            for (java.util.Map.Entry<String, String[]> e : FIELD_HEADINGS.entrySet()) {
                if (e.getValue()[0].equals(a)) {
                    field = e.getKey();
                }
            }
            if (field == null) {
                return a;
            }
        }
        String table = f == null ? null : cells.heading(f, field);
        return column(field, table != null && table.isEmpty() ? null : table);
    }

    /**
     * A formula a scoring finding quotes in Chinese ({@link io.github.jixiao.lint.RuleInfo.Message#formulas()}), for
     * English: the English the run built with it ({@link io.github.jixiao.score.ScoreSheet#quoted}); for a finding of
     * another run (read back from a stored report), translated by the formula texts it was made of ({@link FormulaText}).
     */
    private String formula(String arg) {
        String en = English.TERMS.getOrDefault(arg, names.get(arg));
        // the amounts as name() gives them ("≤ 2 × 10,000 yuan"): a reading "2万元 meets ≤ 2 万元 → 20" beside a note on the
        // same row writing "≤ 2 × 10,000 yuan" (新洲 2020, t62: audit s52 B9)
        return amounts(en != null ? en : FormulaText.english(arg, names), AMOUNT_READ);
    }

    /**
     * A finding's argument in the framework's English when it is one of its names, or a category path of two of them
     * ("产出指标/数量指标" → "Output indicators/Quantity indicators"); amounts with their unit in English.
     */
    private String name(String arg) {
        String en = English.TERMS.getOrDefault(arg, names.get(arg));
        if (en != null) {
            return en;
        }
        if (arg.contains(TIED)) {
            // names tied for a "did you mean" (数量指标”或“质量指标): each in the framework's English, "A, B or C"
            // (none of them with an English of its own: as written, as {0!} gives them, so that no gloss repeats them)
            List<String> parts = List.of(arg.split(TIED, -1));
            return parts.stream().anyMatch(names::containsKey)
                    ? tied(parts.stream().map(p -> names.getOrDefault(p, p)).toList(), ", ", " or ")
                    : tied(parts, "\", \"", "\" or \"");
        }
        // a stage given as its word (submission-structure earlier-table, stage-year-end-content): glossed, 运行监控 (Monitoring)
        io.github.jixiao.model.Stage stage = io.github.jixiao.model.Stage.fromLabel(arg);
        if (stage != null) {
            return arg + " (" + Texts.of(Locale.ENGLISH).get("stage." + stage.name()) + ")";
        }
        int slash = names.isEmpty() ? -1 : arg.indexOf('/');
        if (slash > 0 && arg.indexOf('/', slash + 1) < 0) {
            String level1 = names.get(arg.substring(0, slash));
            String level2 = names.get(arg.substring(slash + 1));
            if (level1 != null && level2 != null) {
                return level1 + "/" + level2;
            }
        }
        return amounts(arg);
    }

    /**
     * A figure, a space and a money unit (the engine's amounts: {@code Checks.money}, "30.77 万元"), or the multiplier 万 or
     * 亿 alone, as a target the engine read quotes a figure written "150万" ("≤ 150 万").
     */
    private static final java.util.regex.Pattern AMOUNT =
            java.util.regex.Pattern.compile("(\\d) (亿元|万元|元|万|亿)(?![\\u3400-\\u9fff])");
    /** {@link #AMOUNT} with the unit right after the figure too ("2万元"), for a reading the scorer wrote ({@link #formula}). */
    private static final java.util.regex.Pattern AMOUNT_READ =
            java.util.regex.Pattern.compile("(\\d) ?(亿元|万元|元|万|亿)(?![\\u3400-\\u9fff])");
    private static final java.util.regex.Pattern CJK = java.util.regex.Pattern.compile("[\\u3400-\\u9fff]");
    private static java.util.Map<String, String> units() {
        return java.util.Map.of(
                "元", Texts.of(Locale.ENGLISH).get("score.unit.yuan"), "万元", Texts.of(Locale.ENGLISH).get("score.unit.wan"),
                "亿元", Texts.of(Locale.ENGLISH).get("score.unit.yi"), "万", Texts.of(Locale.ENGLISH).get("score.unit.wan.bare"),
                "亿", Texts.of(Locale.ENGLISH).get("score.unit.yi.bare"));
    }

    /**
     * An English argument's amounts ("4610686.27 元", "actual expenditure 30 万元 / full-year budget 40 万元") with their
     * unit in English ("× 10,000 yuan", as the formulas write it), and a figure the engine quotes with 万 or 亿 alone
     * ("≤ 150 万", a target written "150万") with its multiplier ("≤ 150 × 10,000"), when these are all the Chinese it
     * holds; any other Chinese is the department's own text (a task named "购置 30 万元", "3 万人次"), left as written. The
     * argument itself, and so the fingerprint, is unchanged.
     */
    static String amounts(String arg) {
        return amounts(arg, AMOUNT);
    }

    private static String amounts(String arg, java.util.regex.Pattern amount) {
        if (arg.indexOf('元') < 0 && arg.indexOf('万') < 0 && arg.indexOf('亿') < 0) {
            return arg;
        }
        java.util.regex.Matcher m = amount.matcher(arg);
        StringBuilder sb = new StringBuilder(arg.length() + 16);
        while (m.find()) {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(m.group(1) + " " + English.UNITS.get(m.group(2))));
        }
        m.appendTail(sb);
        return CJK.matcher(sb).find() ? arg : sb.toString();
    }

    /**
     * A list argument (甲、乙) for English: "A, B", in the framework's English when every item is one of its names. A list
     * of quoted names (“甲”、“乙”: indicators a rule names) is split between the quotes only, so that a name holding a
     * 、 of its own stays as written.
     */
    private String list(String arg) {
        String en = English.TERMS.getOrDefault(arg, names.get(arg));
        if (en != null) {
            return en;
        }
        if (arg.startsWith("“")) {
            return quotedNames(arg, names);
        }
        List<String> parts = List.of(arg.split("、"));
        boolean named = parts.stream().allMatch(names::containsKey);
        return String.join(", ", named ? parts.stream().map(names::get).toList() : parts);
    }

    /**
     * A list of quoted names (“甲”、“乙”…, {@code Checks.names}) for English: each name between straight quotes, as English
     * text quotes ("甲", "乙"…); the Chinese marks only around the list's items, a name's own quotes (“三公经费”变动率) kept.
     * When every item is one of the framework's names ({@code names}), each in its English (a sub-item's name may hold
     * a 、 of its own: 资金调整、调剂规范性, which only the quotes keep whole).
     */
    private static String quotedNames(String arg, java.util.Map<String, String> names) {
        String more = arg.endsWith("”…") ? "…" : "";
        String body = arg.substring(1, arg.length() - more.length());
        if (body.endsWith("”")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> parts = List.of(body.split("”、“", -1));
        boolean named = parts.stream().allMatch(p -> namedPair(p, names) != null);
        return "\"" + String.join("\", \"", named ? parts.stream().map(p -> namedPair(p, names)).toList() : parts) + "\"" + more;
    }

    /**
     * A name of the framework's in its English, or a category written 一级/二级 whose both halves are (效益指标/社会效益指标 →
     * Benefit indicators/Social benefit indicators, as {@link #name} gives one alone: indicator-template-row's required-rows
     * listed its second row in Chinese, audit s52 B8); null otherwise.
     */
    private static String namedPair(String part, java.util.Map<String, String> names) {
        String en = names.get(part);
        int slash = en != null ? -1 : part.indexOf('/');
        if (slash > 0 && part.indexOf('/', slash + 1) < 0) {
            String level1 = names.get(part.substring(0, slash));
            String level2 = names.get(part.substring(slash + 1));
            return level1 != null && level2 != null ? level1 + "/" + level2 : null;
        }
        return en;
    }

    /**
     * A list of the values a field may hold (甲、乙; {@link RuleDescriptor.Mark#VALUES}) for English: each as it must be
     * written, with its English after it where the framework (a category: 产出指标 (Output indicators)) or jixiao (a stage,
     * a money unit) has one, joined with ", ". The English alone would send the reader to write what the field refuses.
     */
    private String values(String arg) {
        List<String> out = new java.util.ArrayList<>();
        for (String v : arg.split("、", -1)) {
            String en = English.TERMS.getOrDefault(v, names.get(v));
            if (en == null) {
                io.github.jixiao.model.Stage st = io.github.jixiao.model.Stage.fromLabel(v);
                en = st != null ? texts.get("stage." + st.name()) : English.UNITS.get(v);
            }
            out.add(en == null || en.equals(v) ? v : v + " (" + en + ")");
        }
        return String.join(", ", out);
    }

    public String title(String ruleId) {
        return RuleRegistry.descriptor(ruleId).map(d -> d.title(locale)).orElse(ruleId);
    }

    public RuleDescriptor rule(String ruleId) {
        return RuleRegistry.descriptor(ruleId).orElse(null);
    }

    /** A report label from the bundle, with {0}… filled in. */
    public String label(String key, Object... args) {
        if (args.length > 0) {
            return texts.get(key, args);
        }
        // the reports ask for the same few labels hundreds of times a run: each made once per JVM and language (a
        // bundle lookup and a copy), not once per run as before (its first use in each run was a thirtieth of the
        // reports' time, issue 17); the bundle does not change, and the keys are the code's (at most LABELS kept)
        java.util.concurrent.ConcurrentHashMap<String, String> labels = texts.english() ? LABELS_EN : LABELS_ZH;
        String s = labels.get(key);
        if (s == null) {
            s = texts.get(key);
            if (labels.size() < LABELS && key.length() <= 128) {
                labels.putIfAbsent(key, s);
            }
        }
        return s;
    }

    private static final int LABELS = 4096;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> LABELS_ZH = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String> LABELS_EN = new java.util.concurrent.ConcurrentHashMap<>();

    /** The bundle itself (the scoring package builds its texts from the same one). */
    public Texts texts() {
        return texts;
    }

    /** Replaces {0}, {1}, … (no MessageFormat quoting rules: apostrophes stay as written). */
    public static String fill(String template, List<String> args) {
        return Texts.fill(template, args);
    }
}
