package io.github.jixiao.model;

import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Src;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A department's (or a project's) submission, bound from its parsed files. Binding is lenient: a value of
 * the wrong type is left out (schema validation has already reported it), so rules and scoring see what
 * is there and say what is missing.
 */
public final class Submission {
    private final Map<String, JsonDocument> documents;
    private final List<Indicator> indicators;
    private final List<Indicator> applicable;
    private final List<Task> tasks;
    private final List<Adjustment> adjustments;
    private final List<Quarter> quarters;
    private final Funds funds;
    private final Stage stage;
    private final java.util.Set<String> unread;
    /** The points rows without their own take from their category, by row index ({@link PointsShare}); empty if none. */
    private final Map<Integer, PointsShare> shares;
    /**
     * The rows read as under a merged 得分 cell, by row index, each to the index of its category in indicators.json's
     * {@code categories} ({@link #underMergedScore}); empty if none.
     */
    private final Map<Integer, Integer> merged;
    /** What the import's sidecar says of the table ({@link #printedBlank}, {@link #table}); NONE written by hand. */
    private final ImportedTable table;
    /**
     * The places where the schema found a bare number for an amount with its unit ("actualExpenditure": 912, type-money),
     * as refs (budget#/actualExpenditure): no figure to compute with, its unit unknown ({@link #withBareAmounts}).
     */
    private final java.util.Set<String> bareAmounts;
    /**
     * department.json's year as {@link #integer} reads it, read once at binding: the rules ask it of many rows (a pointer's
     * walk and a number's reading each time, until session 56).
     */
    private final Integer year;

    public Submission(Map<String, JsonDocument> documentsByRole) {
        this(documentsByRole, java.util.Set.of());
    }

    /**
     * @param unreadRoles the roles whose file is in the submission folder (named so: management.json) but could not be
     *                    read (a syntax error, an unknown {@code $schema}): that file's own finding says what to correct
     */
    public Submission(Map<String, JsonDocument> documentsByRole, java.util.Set<String> unreadRoles) {
        this.unread = java.util.Set.copyOf(unreadRoles);
        this.shares = Map.of();
        this.merged = Map.of();
        this.table = ImportedTable.NONE;
        this.bareAmounts = java.util.Set.of();
        this.documents = Collections.unmodifiableMap(new LinkedHashMap<>(documentsByRole));
        this.year = integer(node("department", "/year"));
        this.indicators = bindIndicators(documents.get("indicators"), year);
        this.stage = resolveStage(text("department", "/stage"), indicators);
        // a row left from the template (a name and nothing else) is reported at 自评 and left out of everything else
        boolean yearEnd = stage() == Stage.SELF_EVALUATION;
        this.applicable = indicators.stream().filter(i -> !i.notApplicable() && !(yearEnd && i.isTemplateRow())).toList();
        this.tasks = bindTasks(documents.get("tasks"));
        this.adjustments = bindAdjustments(documents.get("adjustments"));
        this.quarters = bindQuarters(documents.get("budget"));
        this.funds = bindFunds(documents.get("budget"));
    }

    /**
     * This submission with {@code rows} in place of its indicators (the same rows, some bound again: a row's 一级 inferred
     * from its 二级, {@link Indicator#inferredUnder}); everything else, the stage too, as it is. The files are not changed.
     */
    public Submission withIndicators(List<Indicator> rows) {
        return new Submission(this, rows, shares, merged, table, bareAmounts);
    }

    /**
     * This submission with {@code rows} in place of its indicators, some of them given points from their category
     * ({@code shares}, by row index: {@link #pointsShare}); everything else as it is. The files are not changed.
     */
    public Submission withIndicators(List<Indicator> rows, Map<Integer, PointsShare> shares) {
        return new Submission(this, rows, shares, merged, table, bareAmounts);
    }

    /**
     * As {@link #withIndicators(List, Map)}, with the rows read as under a merged 得分 cell ({@code merged}: row index to
     * the index of its category in {@code categories}; {@link #underMergedScore}).
     */
    public Submission withIndicators(List<Indicator> rows, Map<Integer, PointsShare> shares, Map<Integer, Integer> merged) {
        return new Submission(this, rows, shares, merged, table, bareAmounts);
    }

    private Submission(Submission s, List<Indicator> rows, Map<Integer, PointsShare> shares, Map<Integer, Integer> merged,
                       ImportedTable table, java.util.Set<String> bareAmounts) {
        this.unread = s.unread;
        this.bareAmounts = bareAmounts;
        this.shares = Map.copyOf(shares);
        this.merged = Map.copyOf(merged);
        this.table = table;
        this.documents = s.documents;
        this.year = s.year;
        this.indicators = Collections.unmodifiableList(new ArrayList<>(rows));
        this.stage = s.stage;
        boolean yearEnd = stage == Stage.SELF_EVALUATION;
        this.applicable = indicators.stream().filter(i -> !i.notApplicable() && !(yearEnd && i.isTemplateRow())).toList();
        this.tasks = s.tasks;
        this.adjustments = s.adjustments;
        this.quarters = s.quarters;
        this.funds = s.funds;
    }

    /** budget.json's funds block (项目资金), or null when it has none. */
    public Funds funds() {
        return funds;
    }

    /** The project's name (department.json project.name), or null. */
    public String projectName() {
        return text("department", "/project/name");
    }

    public Map<String, JsonDocument> documents() {
        return documents;
    }

    public Optional<JsonDocument> document(String role) {
        return Optional.ofNullable(documents.get(role));
    }

    /** Whether {@code role}'s file is in the folder but could not be read (see the constructor). */
    public boolean unread(String role) {
        return unread.contains(role);
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    /**
     * This submission knowing which figures the table it was imported from prints a column for and left blank (refs
     * "budget#/funds/total/fullYear", from the import's sidecar); everything else as it is.
     */
    public Submission withPrintedBlank(java.util.Set<String> refs) {
        return withTable(new ImportedTable(table.imported(), table.workbook(), table.criteria(), refs, table.unreadable(),
                table.cells()));
    }

    /** This submission knowing what the import's sidecar says of the table it was imported from; everything else as it is. */
    public Submission withTable(ImportedTable t) {
        return t.equals(table) ? this : new Submission(this, indicators, shares, merged, t, bareAmounts);
    }

    /**
     * This submission knowing where the schema found a bare number for an amount with its unit ({@code refs}:
     * budget#/actualExpenditure, from the schema's type-money findings); everything else as it is. Such a number is
     * written but unreadable to the score, as a unit it does not know is: two of them divided are not computed as plain
     * numbers (trial E5, session 42), nor does another figure stand in for one.
     */
    public Submission withBareAmounts(java.util.Set<String> refs) {
        return refs.isEmpty() && bareAmounts.isEmpty() ? this
                : new Submission(this, indicators, shares, merged, table, java.util.Set.copyOf(refs));
    }

    /** Whether the schema found a bare number at {@code ref} where an amount with its unit belongs ({@link #withBareAmounts}). */
    public boolean bareAmount(String ref) {
        return !bareAmounts.isEmpty() && bareAmounts.contains(ref);
    }

    /** What the import's sidecar says of the table this submission was imported from; {@link ImportedTable#NONE} by hand. */
    public ImportedTable table() {
        return table;
    }

    /**
     * Whether the table this submission was imported from prints a column for the figure at {@code ref} and left its cell
     * blank (a figure the unit did not fill in), as against one the table does not print at all; the JSON cannot tell the
     * two apart, the import's sidecar can. False for a submission written by hand.
     */
    public boolean printedBlank(String ref) {
        return table.blank().contains(ref);
    }

    /**
     * Where {@code row}'s points come from when the row has none of its own and takes a share of its category's
     * (indicators.json {@code categories}); empty for a row whose points are its own, or that has none.
     */
    public Optional<PointsShare> pointsShare(Indicator row) {
        return Optional.ofNullable(shares.get(row.index()));
    }

    /**
     * Whether {@code row}'s printed 得分 is not to be held to its points: they are an even share jixiao assumed ({@link
     * PointsShare#assumedEven}) and a row of the category prints a 得分 above that share, which shows the table's rows carry
     * unequal points it does not print (昌宁 2022, t116: 3 on rows sharing 40 over 19, 2.11 each). Where every printed 得分
     * is within the share (保山 2022, t84: 20, 20, 20 of 60 over 3) the share stands and the scores are held to it.
     */
    public boolean shareUnheld(Indicator row) {
        PointsShare sh = shares.get(row.index());
        if (sh == null || !sh.assumedEven()) {
            return false;
        }
        for (Indicator i : applicable) {
            PointsShare o = shares.get(i.index());
            if (o != null && o.category() == sh.category() && i.score() != null && i.score().compareTo(o.points()) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code row} prints no 得分 of its own because it is read as under a merged 得分 cell: its category's points
     * are printed (indicators.json {@code categories}), none of its rows prints points, and the 得分 its other rows print
     * already fill them (黄石 2022, t82: 产出指标(40分), 10 + 10 + 10 + 10 printed on four of six rows; the 得分 printed once
     * for a 二级's two rows). Its score is part of a figure printed beside it: it is neither scored (0 nor again) nor
     * asked for a 得分 (session 56; {@link PointsShare#merged}).
     */
    public boolean underMergedScore(Indicator row) {
        return !merged.isEmpty() && merged.containsKey(row.index());
    }

    /** The applicable rows read as under a merged 得分 cell in the category at {@code category} of {@code categories}. */
    public List<Indicator> mergedRows(int category) {
        return applicable.stream().filter(i -> Integer.valueOf(category).equals(merged.get(i.index()))).toList();
    }

    /** Whether some row's points are a share of its category's ({@link #pointsShare}). */
    public boolean sharesPoints() {
        return !shares.isEmpty();
    }

    /** The indicators that apply: all but those marked 不适用 (notApplicable) and, at 自评, template rows left empty. */
    public List<Indicator> applicableIndicators() {
        return applicable;
    }

    public List<Task> tasks() {
        return tasks;
    }

    /**
     * The task an adjustment or an indicator names ({@code name}, stripped): the first whose label (名称·子项) is it, else the
     * first whose name is it; empty for none. From an index made once per submission: each rule that ties adjustments or
     * indicators to their tasks scanned every task for each, in time adjustments × tasks (tens of thousands of each, a few
     * megabytes a pull request may write, held the check for minutes).
     */
    public java.util.Optional<Task> task(String name) {
        TaskIndex idx = taskIndex;
        if (idx == null) {
            taskIndex = idx = new TaskIndex(tasks);
        }
        Task t = idx.byLabel.get(name);
        return java.util.Optional.ofNullable(t != null ? t : idx.byName.get(name));
    }

    /** {@link #task}'s index, made when first asked for (a benign race makes it twice at worst: each is the same). */
    private volatile TaskIndex taskIndex;

    private static final class TaskIndex {
        final Map<String, Task> byLabel = new java.util.HashMap<>();
        final Map<String, Task> byName = new java.util.HashMap<>();

        TaskIndex(List<Task> tasks) {
            for (Task t : tasks) {
                if (t.label() != null) {
                    byLabel.putIfAbsent(t.label(), t);
                }
                if (t.name() != null) {
                    byName.putIfAbsent(t.name(), t);
                }
            }
        }
    }

    public List<Adjustment> adjustments() {
        return adjustments;
    }

    public List<Quarter> quarters() {
        return quarters;
    }

    // ---- the department profile ----

    public String departmentName() {
        return text("department", "/name");
    }

    public Integer year() {
        return year;
    }

    /** The stage, as {@link #resolveStage} reads it. */
    public Stage stage() {
        return stage;
    }

    /**
     * The stage as written; a value naming one stage's word ({@link Stage#fromWords}: 目标申报阶段, 年终自评, 绩效运行监控)
     * as that stage; any other value, none, or a department.json that could not be read: what the indicators show,
     * 自评 (the strictest) when any row has an actual, else 目标申报. Before, any of these was 自评: a mistyped stage at
     * 目标申报 asked for every row's actual and every figure of the score, burying the one real error (the schema's on
     * /stage, which stands whatever is read here).
     */
    static Stage resolveStage(String written, List<Indicator> indicators) {
        Stage s = Stage.fromLabel(written);
        if (s == null) {
            s = Stage.fromWords(written);
        }
        if (s != null) {
            return s;
        }
        for (Indicator i : indicators) {
            if (i.actual() != null && !i.actual().isBlank()) {
                return Stage.SELF_EVALUATION;
            }
        }
        return Stage.TARGETS;
    }

    public String kind() {
        String k = text("department", "/kind");
        return k == null ? "department" : k;
    }

    public String framework() {
        return text("department", "/framework");
    }

    // ---- generic access by reference "role#/pointer" ----

    /** The node at {@code role#/pointer}, or null. */
    public JsonNode node(String role, String pointer) {
        JsonDocument d = documents.get(role);
        if (d == null) {
            return null;
        }
        JsonNode n = d.at(pointer);
        return n == null || n.isMissingNode() ? null : n;
    }

    public JsonNode node(String ref) {
        String[] rp = splitRef(ref);
        return node(rp[0], rp[1]);
    }

    /**
     * A reference {@code role#/pointer} split once ({@link #ref}): a framework's refs are read in every submission
     * scored, and splitting one on each read made two new strings whose hashes the document and pointer lookups then
     * computed again.
     */
    public record Ref(String role, String pointer) {
    }

    /**
     * {@code ref} split at its '#' (as {@link #splitRef}), once per JVM: the references read are a framework's and the
     * rules' (a few dozen texts, the same in every submission), so that the document and pointer lookups find the same
     * strings, their hashes known. Bounded: beyond 4,096 texts (a framework file may name any number; the rules name
     * rows by index) a reference is split for its one read.
     */
    public static Ref ref(String ref) {
        Ref r = REFS.get(ref);
        if (r == null) {
            String[] rp = splitRef(ref);
            r = new Ref(rp[0], rp[1]);
            if (REFS.size() < 4096) {
                REFS.putIfAbsent(ref, r);
            }
        }
        return r;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Ref> REFS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The node at {@code ref}, or null (as {@link #node(String)}). */
    public JsonNode node(Ref ref) {
        return node(ref.role(), ref.pointer());
    }

    /** Where {@code ref} is, or where it would be (its nearest ancestor, or its file). */
    public Src src(String ref) {
        String[] rp = splitRef(ref);
        JsonDocument d = documents.get(rp[0]);
        if (d == null) {
            return new Src(rp[0] + ".json", rp[1], 0, 0);
        }
        return d.src(rp[1]);
    }

    public String text(String role, String pointer) {
        JsonNode n = node(role, pointer);
        return n != null && n.isString() ? n.asString() : null;
    }

    /**
     * A number at {@code ref}: a plain number, a count, a percent, or money ({@code {value, unit}}). Empty
     * when absent or not a number.
     */
    public Optional<Figure> figure(String ref) {
        return figure(ref(ref));
    }

    /** The number at {@code ref} (as {@link #figure(String)}). */
    public Optional<Figure> figure(Ref ref) {
        JsonDocument d = documents.get(ref.role());
        if (d == null) {
            return Optional.empty();
        }
        String pointer = ref.pointer();
        JsonNode n = d.at(pointer);
        if (n == null || n.isMissingNode()) {
            return Optional.empty();
        }
        if (n.isNumber() || n.isString()) {
            BigDecimal v = number(n); // a plain number typed as text included (the schema reports it)
            return v == null ? Optional.empty() : Optional.of(new Figure(v, null, d.src(n, pointer)));
        }
        if (n.isObject() && number(n.get("value")) != null && n.path("unit").isString()) {
            String unit = n.path("unit").asString();
            if (!Money.YUAN.equals(unit) && !Money.WAN.equals(unit)) {
                return Optional.empty();
            }
            JsonNode v = n.get("value");
            return Optional.of(new Figure(number(v), unit, d.src(v, pointer, "/value")));
        }
        return Optional.empty();
    }

    public Optional<Money> money(String ref) {
        return figure(ref).filter(Figure::isMoney).map(Figure::money);
    }

    public static String[] splitRef(String ref) {
        int hash = ref.indexOf('#');
        if (hash < 0) {
            return new String[] {ref, ""};
        }
        return new String[] {ref.substring(0, hash), ref.substring(hash + 1)};
    }

    // ---- binding ----

    /**
     * Binds one element of an array: the document, the element object, its index, and the array's pointer with a
     * slash ({@code "/tasks/"}): the element's pointer is {@code base + i}, built only for a value that is reported
     * ({@link JsonDocument#src(JsonNode, String, int, String)}).
     */
    private interface Binder<T> {
        T bind(JsonDocument d, JsonNode n, int i, String base);
    }

    /** Binds every object element of the top-level array {@code field}; null results are left out. */
    private static <T> List<T> bindArray(JsonDocument d, String field, Binder<T> binder) {
        JsonNode arr = d == null ? null : d.root().get(field);
        if (arr == null || !arr.isArray()) {
            return List.of();
        }
        List<T> out = new ArrayList<>(arr.size());
        String base = "/" + field + "/";
        for (int i = 0; i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            if (n.isObject()) {
                T t = binder.bind(d, n, i, base);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * Binds each indicator in one pass over the fields it has (a row fills a few of the twenty columns a form may
     * have): looking every column up by name cost a hash lookup each, present or not.
     */
    private static List<Indicator> bindIndicators(JsonDocument doc, Integer year) {
        return Collections.unmodifiableList(bindArray(doc, "indicators", (d, n, i, p) -> {
            String level1 = null;
            String level2 = null;
            String name = null;
            String target = null;
            String adjustedTarget = null;
            String targetRevisedOn = null;
            String actual = null;
            boolean notApplicable = false;
            BigDecimal points = null;
            BigDecimal score = null;
            String achievement = null;
            String task = null;
            String explanation = null;
            String unit = null;
            String nature = null;
            String comparator = null;
            Boolean core = null;
            BigDecimal scoreRate = null;
            BigDecimal reviewedScore = null;
            String forecast = null;
            String likelihood = null;
            String direction = null;
            String standard = null;
            String definition = null;
            String level1Printed = null;
            JsonNode targetNode = null;
            JsonNode adjustedNode = null;
            JsonNode actualNode = null;
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                JsonNode v = e.getValue();
                switch (e.getKey()) {
                    case "level1" -> level1 = text(v);
                    case "level2" -> level2 = text(v);
                    case "name" -> name = text(v);
                    case "target" -> {
                        target = text(v);
                        targetNode = v;
                    }
                    case "adjustedTarget" -> {
                        adjustedTarget = text(v);
                        adjustedNode = v;
                    }
                    case "targetRevisedOn" -> targetRevisedOn = text(v);
                    case "actual" -> {
                        actual = text(v);
                        actualNode = v;
                    }
                    case "notApplicable" -> notApplicable = v.asBoolean(false);
                    case "points" -> points = number(v);
                    case "score" -> score = number(v);
                    case "achievement" -> achievement = text(v);
                    case "task" -> task = text(v);
                    case "explanation" -> explanation = text(v);
                    case "unit" -> unit = text(v);
                    case "nature" -> nature = text(v);
                    case "comparator" -> comparator = text(v);
                    case "core" -> core = v.isBoolean() ? v.asBoolean() : null;
                    case "scoreRate" -> scoreRate = number(v);
                    case "reviewedScore" -> reviewedScore = number(v);
                    case "forecast" -> forecast = text(v);
                    case "likelihood" -> likelihood = text(v);
                    case "direction" -> direction = text(v);
                    case "standard" -> standard = text(v);
                    case "definition" -> definition = text(v);
                    case "level1Printed" -> level1Printed = text(v);
                    default -> {
                    }
                }
            }
            boolean adjusted = adjustedNode != null && adjustedNode.isString() && !adjustedNode.asString().isBlank();
            JsonNode t = adjusted ? adjustedNode : targetNode;
            Src src = d.src(n, p, i, "");
            boolean noColumns = unit == null && nature == null && comparator == null && core == null && scoreRate == null
                    && forecast == null && likelihood == null && direction == null && reviewedScore == null && standard == null
                    && definition == null && level1Printed == null;
            return Indicator.of(i, level1, level2, name, target, adjustedTarget, parseDate(targetRevisedOn), actual,
                    notApplicable, points, score, achievement, task, explanation,
                    noColumns ? Indicator.Columns.NONE
                            : new Indicator.Columns(unit, nature, comparator, core, scoreRate, forecast, likelihood, direction,
                                    reviewedScore, standard, definition, level1Printed),
                    src,
                    t != null ? d.src(t, p, i, adjusted ? "/adjustedTarget" : "/target") : src,
                    actualNode != null ? d.src(actualNode, p, i, "/actual") : src, year);
        }));
    }

    private static String text(JsonNode v) {
        return v.isString() ? v.asString() : null;
    }

    private static List<Task> bindTasks(JsonDocument doc) {
        return Collections.unmodifiableList(bindArray(doc, "tasks", (d, n, i, p) -> {
            JsonNode budget = n.get("budget");
            JsonNode execution = n.get("execution");
            return new Task(i, str(n, "name"), str(n, "subItem"),
                    money(d, child(budget, "total"), p, i, "/budget/total/value"),
                    money(d, child(budget, "fiscal"), p, i, "/budget/fiscal/value"),
                    money(d, child(execution, "total"), p, i, "/execution/total/value"),
                    money(d, child(execution, "fiscal"), p, i, "/execution/fiscal/value"),
                    date(n, "indicatorsRevisedOn"), str(n, "explanation"), d.src(n, p, i, ""));
        }));
    }

    private static List<Adjustment> bindAdjustments(JsonDocument doc) {
        return Collections.unmodifiableList(bindArray(doc, "adjustments", (d, n, i, p) -> new Adjustment(i,
                date(n, "date"), str(n, "kind"), str(n, "scope"), str(n, "task"),
                money(d, n.get("amount"), p, i, "/amount/value"), money(d, n.get("before"), p, i, "/before/value"),
                money(d, n.get("after"), p, i, "/after/value"), str(n, "reason"), str(n, "approval"), d.src(n, p, i, ""))));
    }

    private static List<Quarter> bindQuarters(JsonDocument doc) {
        List<Quarter> out = new ArrayList<>(bindArray(doc, "quarterlyExecution", (d, n, i, p) -> {
            Integer q = integer(n.get("quarter"));
            if (q == null || number(n.get("cumulativePercent")) == null) {
                return null;
            }
            return new Quarter(q, number(n.get("cumulativePercent")),
                    str(n, "explanation"), d.src(n.get("cumulativePercent"), p, i, "/cumulativePercent"));
        }));
        out.sort(java.util.Comparator.comparingInt(Quarter::quarter));
        return Collections.unmodifiableList(out);
    }

    private static Funds bindFunds(JsonDocument d) {
        JsonNode f = d == null ? null : d.root().get("funds");
        if (f == null || !f.isObject() || !f.path("unit").isString()) {
            return null;
        }
        String unit = f.get("unit").asString();
        if (!Money.YUAN.equals(unit) && !Money.WAN.equals(unit)) {
            return null;
        }
        Funds.Row total = fundsRow(d, f.get("total"), "/funds/total", unit);
        List<Funds.Row> parts = new ArrayList<>();
        JsonNode cs = f.get("components");
        if (cs != null && cs.isArray()) {
            for (int i = 0; i < cs.size(); i++) {
                Funds.Row r = fundsRow(d, cs.get(i), "/funds/components/" + i, unit);
                if (r != null) {
                    parts.add(r);
                }
            }
        }
        Integer toDate = integer(f.get("toDateMonth"));
        toDate = toDate != null && toDate >= 1 && toDate <= 12 ? toDate : null;
        return new Funds(unit, total, parts, str(f, "adjustmentReason"), str(f, "executionExplanation"), toDate, d.src(f, "/funds"));
    }

    private static Funds.Row fundsRow(JsonDocument d, JsonNode r, String p, String unit) {
        if (r == null || !r.isObject()) {
            return null;
        }
        return new Funds.Row(str(r, "label"), amount(d, r, p, "initial", unit), amount(d, r, p, "fullYear", unit),
                amount(d, r, p, "executed", unit), amount(d, r, p, "executedToDate", unit), amount(d, r, p, "forecast", unit),
                dec(r, "executionRatePercent"), dec(r, "points"), dec(r, "score"), p, d.src(r, p),
                dec(r, "reviewedScore"));
    }

    private static Money amount(JsonDocument d, JsonNode row, String p, String field, String unit) {
        BigDecimal v = number(row.get(field));
        return v == null ? null : new Money(v, unit, d.src(row.get(field), p + "/" + field));
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null ? null : text(v);
    }

    private static BigDecimal dec(JsonNode n, String field) {
        return number(n.get(field));
    }

    /**
     * The value of a number node, or null when it is not a number or not a usable figure (beyond 10^15, or
     * with more than 20 decimals other than zeros: the loader has reported it as {@code json-number}, and no rule or score
     * should compute with 1e999999999). A plain number typed as text ("4,764,453.11") is its value
     * ({@link io.github.jixiao.load.NumberText#plain}): the schema reports the text, and nothing else calls the
     * figure blank.
     */
    public static BigDecimal number(JsonNode v) {
        if (v != null && v.isString()) {
            BigDecimal t = io.github.jixiao.load.NumberText.plain(v.asString());
            return t == null || t.precision() - t.scale() > 15 || t.scale() > 6 ? null : t;
        }
        if (v == null || !v.isNumber()) {
            return null;
        }
        BigDecimal d = v.decimalValue();
        if (d.scale() > 20) {
            // 9.68 and 30 zeros is 9.68: the loader passes it (its decimals beyond the 20th are zeros), so it is a figure
            // (before, the row's score read as blank: indicator-incomplete no-score); still none with more decimals than that
            d = d.stripTrailingZeros();
        }
        if (d.precision() - d.scale() > 15 || d.scale() > 20) {
            return null;
        }
        return d;
    }

    /**
     * The value of an integer as JSON Schema means it: 2024 and also 2024.0 or 2.0e3 (a number whose fraction is
     * zero is an integer), or a plain number typed as text as {@link #number} reads it; null when it is not a number,
     * has a fraction, or does not fit an int.
     */
    public static Integer integer(JsonNode v) {
        // a string: a plain number typed as text, as number reads it ("２０２４"; "2024年" stays missing, as a percent does)
        if (v == null || !v.isNumber() && !v.isString()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToInt() ? v.asInt() : null;
        }
        BigDecimal d = number(v);
        if (d == null) {
            return null;
        }
        try {
            return d.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * The calendar date a YYYY-MM-DD string names, or null: for a string of that form that names no day
     * (2024-02-30, 2024-13-01) too, which {@code date-invalid} reports, naming the date.
     */
    public static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            // the form every file writes, read without the formatter (which ISO_LOCAL_DATE reads as exactly this:
            // four ASCII digits, two, two, and a day that exists); anything else goes through the formatter
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The ASCII digits {@code s[from, to)} as a number, or -1 when one is no ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static LocalDate date(JsonNode n, String field) {
        return parseDate(str(n, field));
    }

    private static JsonNode child(JsonNode n, String field) {
        return n == null ? null : n.get(field);
    }

    /**
     * The money object {@code m} ({@code {value, unit}}) of the array element {@code base + i}, its value located at
     * {@code base + i + valueSuffix}; null when {@code m} is no such object or its unit is neither 元 nor 万元.
     */
    private static Money money(JsonDocument d, JsonNode m, String base, int i, String valueSuffix) {
        if (m == null || !m.isObject()) {
            return null;
        }
        JsonNode value = m.get("value");
        BigDecimal v = number(value);
        JsonNode u = m.get("unit");
        if (v == null || u == null || !u.isString()) {
            return null;
        }
        String unit = u.asString();
        if (!Money.YUAN.equals(unit) && !Money.WAN.equals(unit)) {
            return null;
        }
        return new Money(v, unit, d.src(value, base, i, valueSuffix));
    }
}
