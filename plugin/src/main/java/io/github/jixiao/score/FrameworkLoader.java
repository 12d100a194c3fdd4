package io.github.jixiao.score;

import com.networknt.schema.Error;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.Pointers;
import io.github.jixiao.load.Src;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.validate.FastSchema;
import io.github.jixiao.validate.SchemaCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Finds, validates and binds a framework: a built-in one by id (from the class path), or a file inside the
 * project. Every problem is a {@code framework-invalid} finding, never an exception. Built-ins are loaded
 * once per class loader.
 */
public final class FrameworkLoader {
    private FrameworkLoader() {
    }

    public static final String SCHEMA_ID = SchemaCatalog.ID_PREFIX + SchemaCatalog.VERSION + "/framework.schema.json";
    public static final String RESOURCE_DIR = "io/github/jixiao/frameworks/";
    public static final String SHENZHEN_DEPARTMENT = "shenzhen-department-2024";
    public static final String MOF_PROJECT = "mof-project-2020";
    /** The frameworks shipped in the plugin. */
    public static final String CHONGQING_DEPARTMENT = "chongqing-department-2021";
    public static final String YUEYANG_DEPARTMENT = "yueyang-department";
    /** The 中央对地方转移支付 区域绩效自评表: mof-project-2020's criteria on a form that prints no points (unpointed). */
    public static final String TRANSFER_REGION = "mof-transfer-region";
    /**
     * The 项目支出绩效自评表 of 预算执行情况 20 分 and 年度绩效目标 80 分 (湖北, 云南 保山, 安徽 天长: eleven real tables), its
     * execution a ratio of 20 points, its indicators 80 with no 分值 column.
     */
    public static final String PROJECT_20_80 = "project-20-80";
    public static final List<String> BUILT_IN = List.of(SHENZHEN_DEPARTMENT, MOF_PROJECT, CHONGQING_DEPARTMENT, YUEYANG_DEPARTMENT,
            TRANSFER_REGION, PROJECT_20_80);

    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final long MAX_BYTES = 4L * 1024 * 1024;
    /**
     * The frameworks packaged in the plugin, each read from the class path once and kept for the class loader's life: the
     * one place that reads them, for the engine ({@link #builtIn}, the base of a file that {@code extends} one) and for
     * {@code jixiao:import} ({@link #builtInValues}) alike (until session 56 the import read and parsed the packaged JSON on
     * every call, and the base's tree was read apart from the bound framework). Keyed by id, and only by an id whose
     * resource is packaged ({@link #resourceExists}): a handful of entries whatever ids the submissions name. A project's
     * own framework file is never kept: it is read again on each {@link #load}.
     */
    private static final Map<String, Packaged> PACKAGED_FRAMEWORKS = new ConcurrentHashMap<>();

    /** A framework (null when it could not be used) and the findings about it. */
    public record Loaded(Framework framework, List<Finding> findings) {
        public Loaded {
            findings = List.copyOf(findings);
        }
    }

    /** The default framework of a submission kind. */
    public static String defaultFor(String kind) {
        return "project".equals(kind) ? MOF_PROJECT : SHENZHEN_DEPARTMENT;
    }

    /**
     * Loads {@code choice}: a built-in id, else a project-relative file.
     *
     * @param where where the choice was written (department.json's /framework), for findings; Src.NONE for a
     *              build parameter
     */
    public static Loaded load(String choice, Path projectDir, Src where) {
        String c = choice == null ? "" : choice.strip();
        if (ID.matcher(c).matches() && resourceExists(c)) {
            return builtInLoaded(c);
        }
        Src w = where == null ? Src.NONE : where;
        String shown = SubmissionLoader.excerpt(c, 120);
        if (c.isEmpty() || !insideProject(c)) {
            return refused(c.isEmpty() ? "not-found" : "path-outside", w, shown);
        }
        Path project;
        Path file;
        try {
            project = projectDir.toAbsolutePath().normalize();
            file = project.resolve(c).normalize();
        } catch (InvalidPathException e) {
            return refused("path-outside", w, shown);
        }
        if (!file.startsWith(project)) {
            return refused("path-outside", w, shown);
        }
        if (!Files.isRegularFile(file)) {
            return refused("not-found", w, shown);
        }
        try {
            if (!file.toRealPath().startsWith(project.toRealPath())) {
                return refused("path-outside", w, shown); // a link out of the project
            }
        } catch (IOException | SecurityException e) {
            return refused("not-found", w, shown);
        }
        String rel = project.relativize(file).toString().replace('\\', '/');
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return new Loaded(null, List.of(new Finding(ScoringContext.FRAMEWORK_INVALID, Severity.ERROR, "syntax",
                        List.of(rel, "json-limit: " + (size / (1024 * 1024)) + " MB > " + (MAX_BYTES / (1024 * 1024)) + " MB"),
                        rel, "", 0, 0, null)));
            }
        } catch (IOException | SecurityException e) {
            return refused("not-found", w, shown);
        }
        SubmissionLoader.Loaded read = new SubmissionLoader().load(file, rel);
        Loaded l = read(read, rel, false);
        if (l.framework() == null) {
            return l;
        }
        if (l.framework() != null && BUILT_IN.contains(l.framework().id())) {
            // a project file must not pass itself off as a built-in framework: the summary would name the built-in
            List<Finding> out = new ArrayList<>(l.findings());
            JsonDocument d = read.document();
            Src s = d.src("/id");
            out.add(new Finding(ScoringContext.FRAMEWORK_INVALID, Severity.ERROR, "builtin-id",
                    List.of(rel, l.framework().id()), rel, "/id", s.line(), s.column(), null));
            return new Loaded(l.framework(), out);
        }
        return l;
    }

    /**
     * Null when the read framework file can be bound; else its findings as {@code framework-invalid}: it did not
     * parse, or holds a number no framework can ({@code 1e10000000}: the same number checks as a submission file,
     * made before anything computes with it).
     */
    private static Loaded unusable(SubmissionLoader.Loaded read, String file) {
        List<Finding> problems = new ArrayList<>(read.findings());
        if (read.document() != null) {
            io.github.jixiao.load.Numbers.check(read.document(), read.document().root(), problems);
        }
        if (read.document() != null && problems.isEmpty()) {
            return null;
        }
        return new Loaded(null, syntax(problems, file));
    }

    private static List<Finding> syntax(List<Finding> problems, String file) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : problems) {
            out.add(new Finding(ScoringContext.FRAMEWORK_INVALID, Severity.ERROR, "syntax",
                    List.of(file, detail(f)), file, f.pointer(), f.line(), f.column(), null));
        }
        return out;
    }

    private static String detail(Finding f) {
        return f.ruleId() + (f.args().isEmpty() ? "" : ": " + String.join(", ", f.args()));
    }

    /**
     * The framework file read, validated and bound: refused (null) when it does not parse, when it holds a number no
     * framework can anywhere but in a criterion (三级指标) or a group's weight, or when its shape is broken (see
     * {@link #bindChecked}). A fault inside one criterion (an invalid number, or any other schema error) is a
     * {@code framework-invalid} finding at its place and costs only that criterion (see {@link Method.Invalid}); an
     * invalid number as a group's weight costs nothing scored.
     */
    private static Loaded read(SubmissionLoader.Loaded read, String file, boolean packaged) {
        if (read.document() == null || !read.findings().isEmpty()) {
            return unusable(read, file);
        }
        if (!packaged && read.document().root().isObject() && read.document().root().has(EXTENDS)) {
            return extending(read, file);
        }
        List<Finding> numbers = new ArrayList<>();
        io.github.jixiao.load.Numbers.check(read.document(), read.document().root(), numbers);
        if (numbers.stream().anyMatch(f -> place(f.pointer()) == null && !underResultsMinimum(f.pointer()))) {
            return new Loaded(null, syntax(numbers, file));
        }
        return bindChecked(read.document(), numbers, packaged);
    }

    private static final Pattern LEAF_NUMBER = Pattern.compile("^(/criteria/\\d+/children/\\d+/children/\\d+)/.+$");
    private static final Pattern GROUP_WEIGHT = Pattern.compile("^/criteria/\\d+(/children/\\d+)?/weight$");

    /**
     * Where an invalid number at {@code pointer} does its harm: the pointer of its criterion (三级指标: its weight, a
     * parameter of its method, any number in it), the pointer itself for a 一级 or 二级 weight, else null (the whole
     * framework).
     */
    static String place(String pointer) {
        if (pointer == null) {
            return null;
        }
        Matcher m = LEAF_NUMBER.matcher(pointer);
        if (m.matches()) {
            return m.group(1);
        }
        return GROUP_WEIGHT.matcher(pointer).matches() ? pointer : null;
    }

    /** A schema error about a number: out of its range, or not a number where one belongs. */
    private static boolean numberError(Error e) {
        String k = e.getKeyword();
        if ("minimum".equals(k) || "maximum".equals(k) || "exclusiveMinimum".equals(k) || "exclusiveMaximum".equals(k)
                || "multipleOf".equals(k)) {
            return true;
        }
        JsonNode t = e.getSchemaNode();
        return "type".equals(k) && t != null && t.isString() && ("number".equals(t.asString()) || "integer".equals(t.asString()));
    }

    /**
     * What is wrong with a number, in no language (the finding's arguments, and so its fingerprint, are the same in
     * every report language, and a Chinese message quotes no English of the schema library): the value against its
     * bound ({@code -20 < 0}), or the value as written where a number belongs ({@code "20"}, {@code null}); the
     * keyword itself for one without such a form (multipleOf).
     */
    private static String numberDetail(Error e) {
        JsonNode v = e.getInstanceNode();
        String value = v == null ? "" : SubmissionLoader.excerpt(v.isString() ? "\"" + v.asString() + "\"" : v.toString(), 40);
        JsonNode b = e.getSchemaNode();
        String bound = b == null ? "" : SubmissionLoader.excerpt(b.toString(), 40);
        String k = e.getKeyword();
        if (value.isEmpty() || bound.isEmpty() && !"type".equals(k)) {
            return k;
        }
        return switch (k) {
            case "minimum" -> value + " < " + bound;
            case "exclusiveMinimum" -> value + " ≤ " + bound;
            case "maximum" -> value + " > " + bound;
            case "exclusiveMaximum" -> value + " ≥ " + bound;
            case "type" -> value;
            default -> k;
        };
    }

    // ---- extends: a project file that gives only what differs from a built-in framework ----

    static final String EXTENDS = "extends";

    /**
     * What a file that extends a built-in framework may give, in the order the merged framework has them: its own
     * name for itself and its own version (each required, so that the summary never passes the file off as the built-in,
     * and pins both), what its copy of the table lacks ({@code partial}, {@code partialCut}), and what the form prints
     * ({@code unpointed}; {@code actualIs}, where its actual column is the work's progress, 实施进度: session 56); and whom the form evaluates ({@code kind}), where the base's criteria are the same for either
     * (they read only the funds block and the indicator rows: {@link #kindBound}; a 部门整体 自评表 printed in the 10号
     * project layout, 金寨 2023's t34 and nine more, since session 55). Everything a score rests on (grades, taxonomy,
     * criteria with their weights and methods, resultsMinimum) is the base's: a file that changes those is a framework of
     * its own, written whole.
     */
    static final List<String> OVERRIDABLE = List.of("$schema", EXTENDS, "id", "version", "name", "nameEn", "kind", "source",
            "partial", "partialEn", "partialCut", "unpointed", "unpointedEn", "actualIs", "noFunds", "omit", "repoint");

    /** The base's criteria (三级指标, by id) the printed form does not have: left out, with any group left empty. */
    static final String OMIT = "omit";

    /**
     * The base's criteria (by id) the printed form gives other points: criterion id → its points. Only a criterion whose
     * method scores out of its weight (indicator-points, assessed); its 二级 and 一级 groups then weigh what their criteria add up to.
     */
    static final String REPOINT = "repoint";

    /** The methods whose points are the criterion's weight, so that {@link #REPOINT} changes nothing else of them. */
    private static final Set<String> REPOINTABLE = Set.of("indicator-points", "assessed");

    /** The keys of a framework file, in the order the schema lists them (the order of a merged tree). */
    private static final List<String> ORDER = List.of("$schema", "id", "version", "name", "nameEn", "kind", "source", "partial",
            "partialEn", "partialCut", "unpointed", "unpointedEn", "rowPoints", "actualIs", "noFunds", "resultsMinimum", "grades", "taxonomy", "criteria");

    private static final Pattern EXTENDS_VALUE = Pattern.compile("^([a-z0-9]+(?:-[a-z0-9]+)*)(?:@([0-9A-Za-z._-]{1,50}))?$");

    /**
     * A project file that {@code extends} a built-in framework: the base found among the plugin's own (never a path, a
     * URL or another project file: the file may be anyone's; and as no built-in extends another, no chain and no cycle),
     * the file's keys checked against {@link #OVERRIDABLE}, the file validated, then merged over the base. Every problem
     * is a {@code framework-invalid} finding at its place in the file; the framework is then not used.
     */
    private static Loaded extending(SubmissionLoader.Loaded read, String file) {
        JsonDocument doc = read.document();
        List<Finding> numbers = new ArrayList<>();
        io.github.jixiao.load.Numbers.check(doc, doc.root(), numbers);
        if (!numbers.isEmpty()) {
            return new Loaded(null, syntax(numbers, file));
        }
        JsonNode ext = doc.root().get(EXTENDS);
        List<Finding> out = new ArrayList<>();
        String baseId = null;
        String pinned = null;
        if (ext.isString()) {
            String v = ext.asString().strip();
            Matcher m = EXTENDS_VALUE.matcher(v);
            String shown = SubmissionLoader.excerpt(v, 120);
            if (m.matches() && BUILT_IN.contains(m.group(1))) {
                baseId = m.group(1);
                pinned = m.group(2);
            } else if (m.matches() || !looksLikeAPath(v)) {
                String near = io.github.jixiao.text.Strings.nearest(m.matches() ? m.group(1) : v, BUILT_IN,
                        c -> Math.max(2, c.length() / 6));
                finding(doc, out, "/" + EXTENDS, near == null ? "extends-unknown" : "extends-unknown-near",
                        near == null ? new String[] {shown, String.join("、", BUILT_IN)}
                                : new String[] {shown, String.join("、", BUILT_IN), near});
            } else {
                finding(doc, out, "/" + EXTENDS, "extends-path", shown, String.join("、", BUILT_IN));
            }
        }
        // a key the base's: said once each, at the key, naming what may be given (before the schema, which says only "false")
        for (Map.Entry<String, JsonNode> e : doc.root().properties()) {
            if (!OVERRIDABLE.contains(e.getKey()) && ORDER.contains(e.getKey())) {
                finding(doc, out, "/" + Pointers.escape(e.getKey()), "extends-override", e.getKey(),
                        baseId == null ? EXTENDS : baseId, String.join("、", OVERRIDABLE.subList(2, OVERRIDABLE.size())));
            }
        }
        if (!out.isEmpty()) {
            return new Loaded(null, out);
        }
        // the file as the schema's public contract has it (a type, a missing id or version, an unknown key)
        List<Error> errors = FastSchema.forId(SCHEMA_ID).surelyValid(doc.root()) ? List.of()
                : SchemaCatalog.get().schemaResource(SCHEMA_ID).validate(doc.root());
        for (FrameworkSchemaFaults.Fault ft : FrameworkSchemaFaults.of(doc, errors)) {
            List<String> args = new ArrayList<>(List.of(doc.file(), ft.pointer().isEmpty() ? "/" : ft.pointer()));
            args.addAll(ft.args());
            out.add(new Finding(ScoringContext.FRAMEWORK_INVALID, Severity.ERROR, ft.key(), args, doc.file(), ft.pointer(),
                    ft.at().line(), ft.at().column(), null));
        }
        if (!out.isEmpty() || baseId == null) {
            return new Loaded(null, out);
        }
        JsonNode base = baseTree(baseId);
        kindChange(doc, base, baseId, out);
        criteriaChanges(doc, base, baseId, out);
        if (!out.isEmpty()) {
            return new Loaded(null, out);
        }
        return extend(doc, base, pinned);
    }

    /**
     * What the file's {@code omit} and {@code repoint} say of the base's criteria, checked against them: an id the base
     * does not have (with the nearest id where it is a slip), a criterion both omitted and re-pointed, a re-pointed criterion
     * whose method carries points of its own, every criterion omitted. Each a finding at its place in the file.
     */
    private static void criteriaChanges(JsonDocument doc, JsonNode base, String baseId, List<Finding> out) {
        Map<String, String> methods = new LinkedHashMap<>(); // the base's criterion ids → their method types
        for (JsonNode l1 : base.path("criteria")) {
            for (JsonNode l2 : l1.path("children")) {
                for (JsonNode l : l2.path("children")) {
                    methods.putIfAbsent(l.path("id").asString(""), l.path("method").path("type").asString(""));
                }
            }
        }
        Set<String> omitted = new HashSet<>();
        JsonNode omit = doc.root().get(OMIT);
        if (omit != null) {
            for (int i = 0; i < omit.size(); i++) {
                String id = omit.get(i).asString();
                if (methods.containsKey(id)) {
                    omitted.add(id);
                } else {
                    unknownCriterion(doc, out, "/" + OMIT + "/" + i, id, baseId, methods.keySet());
                }
            }
            if (out.isEmpty() && omitted.size() == methods.size()) {
                finding(doc, out, "/" + OMIT, "extends-omit-all", baseId);
            }
        }
        JsonNode repoint = doc.root().get(REPOINT);
        if (repoint != null) {
            for (Map.Entry<String, JsonNode> e : repoint.properties()) {
                String id = e.getKey();
                String at = "/" + REPOINT + "/" + Pointers.escape(id);
                if (!methods.containsKey(id)) {
                    unknownCriterion(doc, out, at, id, baseId, methods.keySet());
                } else if (omitted.contains(id)) {
                    finding(doc, out, at, "extends-repoint-omitted", id);
                } else if (!REPOINTABLE.contains(methods.get(id))) {
                    finding(doc, out, at, "extends-repoint-method", id, baseId, methods.get(id));
                }
            }
        }
    }

    /**
     * The file's {@code kind}, where it is not the base's, checked against the base's criteria: a base whose criteria read
     * a figure only one kind's submission holds ({@link #kindBound}: 深圳's 在职人员控制率 of management.json, its
     * 三公经费 of the department's budget) cannot score the other kind, said at the file's {@code /kind} naming those
     * figures ({@code extends-kind}). The criteria of a base that reads only the funds block and the indicator rows score
     * a department's table in that layout as they score a project's: what the kind changes is only whom the framework is
     * for (the {@code kind} warning against department.json's kind, and the kind {@code jixiao:import} writes), never a
     * rule that runs or a criterion's score, which follow department.json's kind.
     */
    private static void kindChange(JsonDocument doc, JsonNode base, String baseId, List<Finding> out) {
        JsonNode kind = doc.root().get("kind");
        String baseKind = base.path("kind").asString("");
        if (kind == null || !kind.isString() || kind.asString().equals(baseKind)) {
            return;
        }
        List<String> bound = kindBound(base);
        if (!bound.isEmpty()) {
            List<String> shown = bound.size() > 6 ? new ArrayList<>(bound.subList(0, 6)) : new ArrayList<>(bound);
            if (bound.size() > 6) {
                shown.add("…");
            }
            finding(doc, out, "/kind", "extends-kind", kind.asString(), baseId, baseKind, String.join("、", shown));
        }
    }

    /**
     * The figures the criteria of framework {@code tree} read that are not the funds block's (a {@code role#/pointer}
     * outside {@code budget#/funds/}): what only the framework's own kind of submission holds (a department's
     * management.json, its budget's 三公经费 and 年初预算), in the order first read; empty for a framework whose criteria
     * read only the funds block and the indicator rows, the same for a department's table and a project's.
     */
    static List<String> kindBound(JsonNode tree) {
        java.util.LinkedHashSet<String> refs = new java.util.LinkedHashSet<>();
        refsIn(tree.path("criteria"), refs);
        return List.copyOf(refs);
    }

    /**
     * Whether {@code f} is a built-in framework, as packaged, whose criteria read only the funds block and the indicator
     * rows ({@link #kindBound} empty): one a file may extend with another kind. False for a project's file.
     */
    static boolean kindFree(Framework f) {
        return f != null && BUILT_IN.contains(f.id()) && f.file() != null && f.file().startsWith("classpath:")
                && kindBound(baseTree(f.id())).isEmpty();
    }

    private static final Pattern REF = Pattern.compile("^[a-z][a-z-]*#/.*$");

    private static void refsIn(JsonNode n, java.util.Set<String> refs) {
        if (n.isString()) {
            String v = n.asString();
            if (REF.matcher(v).matches() && !v.startsWith("budget#/funds/")) {
                refs.add(v);
            }
        } else if (n.isArray()) {
            for (JsonNode c : n) {
                refsIn(c, refs);
            }
        } else if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                refsIn(e.getValue(), refs);
            }
        }
    }

    private static void unknownCriterion(JsonDocument doc, List<Finding> out, String at, String id, String baseId,
            Set<String> ids) {
        String shown = SubmissionLoader.excerpt(id, 120);
        String near = io.github.jixiao.text.Strings.nearest(id, ids, c -> Math.max(2, c.length() / 6));
        if (near == null) {
            finding(doc, out, at, "extends-criterion-unknown", shown, baseId, String.join("、", ids));
        } else {
            finding(doc, out, at, "extends-criterion-unknown-near", shown, baseId, String.join("、", ids), near);
        }
    }

    /**
     * The base's criteria as the file changes them (checked by {@link #criteriaChanges}): each omitted criterion left out,
     * each re-pointed one given its new weight (the file's number, at its place in the file); a group holding a changed
     * criterion weighs what is left in it, and a group left empty goes. The base's criteria as they are where the file
     * changes none.
     */
    private static JsonNode criteria(JsonNode baseCriteria, JsonNode omit, JsonNode repoint) {
        Set<String> omitted = new HashSet<>();
        if (omit != null) {
            omit.forEach(o -> omitted.add(o.asString()));
        }
        if (omitted.isEmpty() && (repoint == null || repoint.isEmpty())) {
            return baseCriteria;
        }
        tools.jackson.databind.node.ArrayNode l1s = (tools.jackson.databind.node.ArrayNode) baseCriteria;
        for (int i = l1s.size() - 1; i >= 0; i--) {
            tools.jackson.databind.node.ObjectNode l1 = (tools.jackson.databind.node.ObjectNode) l1s.get(i);
            tools.jackson.databind.node.ArrayNode l2s = (tools.jackson.databind.node.ArrayNode) l1.get("children");
            boolean l1Changed = false;
            for (int j = l2s.size() - 1; j >= 0; j--) {
                tools.jackson.databind.node.ObjectNode l2 = (tools.jackson.databind.node.ObjectNode) l2s.get(j);
                tools.jackson.databind.node.ArrayNode ls = (tools.jackson.databind.node.ArrayNode) l2.get("children");
                boolean changed = false;
                for (int k = ls.size() - 1; k >= 0; k--) {
                    tools.jackson.databind.node.ObjectNode l = (tools.jackson.databind.node.ObjectNode) ls.get(k);
                    String id = l.path("id").asString("");
                    if (omitted.contains(id)) {
                        ls.remove(k);
                        changed = true;
                    } else if (repoint != null && repoint.has(id)) {
                        l.set("weight", repoint.get(id));
                        changed = true;
                    }
                }
                if (ls.isEmpty()) {
                    l2s.remove(j);
                } else if (changed) {
                    l2.set("weight", sum(ls, l2.get("weight")));
                }
                l1Changed |= changed;
            }
            if (l2s.isEmpty()) {
                l1s.remove(i);
            } else if (l1Changed) {
                l1.set("weight", sum(l2s, l1.get("weight")));
            }
        }
        return l1s;
    }

    /** The weights of {@code children} added up, a number located where {@code was} (the group's own weight) is. */
    private static JsonNode sum(JsonNode children, JsonNode was) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode c : children) {
            total = total.add(c.get("weight").decimalValue());
        }
        return io.github.jixiao.load.Inherited.at(tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(total),
                was);
    }

    /**
     * {@code doc} (a file that extends a built-in framework, checked) merged over {@code base} (that framework's tree):
     * each key the file gives replaces the base's, the rest is the base's, located at the file's {@code extends}. The
     * merged framework is bound as a built-in is (each part is proven valid: the base by the plugin's build, the file's
     * keys by the schema), and names its base and the base's version. A version pinned after {@code @} that is not the
     * base's is a warning: the framework is scored on the base there is.
     */
    static Loaded extend(JsonDocument doc, JsonNode base, String pinned) {
        JsonNode ext = doc.root().get(EXTENDS);
        tools.jackson.databind.node.ObjectNode merged = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String k : ORDER) {
            JsonNode own = doc.root().get(k);
            JsonNode v = own != null ? own : base.has(k) ? io.github.jixiao.load.Inherited.at(base.get(k), ext) : null;
            if ("criteria".equals(k) && v != null) {
                v = criteria(v, doc.root().get(OMIT), doc.root().get(REPOINT));
            }
            if (v != null) {
                merged.set(k, v);
            }
        }
        JsonDocument m = new JsonDocument(doc.file(), doc.schemaId(), merged, doc.columns());
        Loaded l = bindChecked(m, List.of(), true);
        String baseId = base.path("id").asString("");
        String baseVersion = base.path("version").asString("");
        List<Finding> out = new ArrayList<>();
        for (Finding x : l.findings()) {
            out.add(x.key().equals("total-weight") ? changedTotal(doc, x, baseId) : x);
        }
        if (pinned != null && !pinned.equals(baseVersion)) {
            Src s = doc.src("/" + EXTENDS);
            out.add(new Finding(ScoringContext.FRAMEWORK_INVALID, Severity.WARNING, "extends-version",
                    List.of(doc.file(), baseId, pinned, baseVersion), doc.file(), "/" + EXTENDS, s.line(), s.column(), null));
        }
        // the base's unpointed carried over, the file giving none of its own: the built-in's declaration (read by the
        // scorer, which blames on the file only a key the file wrote)
        boolean unpointedInherited = !doc.root().has("unpointed") && base.has("unpointed");
        String baseKind = base.path("kind").asString("");
        String kindChangedFrom = l.framework() != null && !l.framework().kind().equals(baseKind) ? baseKind : null;
        Map<String, Src> places = new LinkedHashMap<>(placesOf(m));
        places.put("/" + EXTENDS, doc.src(ext, "/" + EXTENDS));
        Framework f = l.framework() == null ? null
                : l.framework().withBase(new Framework.Base(baseId, baseVersion, unpointedInherited, kindChangedFrom))
                        .withPlaces(places);
        return new Loaded(f, out);
    }

    /**
     * The merged criteria's {@code total-weight} (their 一级 off 100 in a file not partial), which only the file's omit or
     * repoint can have made (every base adds up to 100): said at that key, the one that made it ({@code /repoint} where
     * the file has one, else {@code /omit}), naming the criteria changed and how to fix it, rather than at
     * {@code /criteria}, a key the extending file cannot hold. The same finding (variant {@code total-weight-extends}, its
     * fingerprint the total's: the base and the criteria are details).
     */
    private static Finding changedTotal(JsonDocument doc, Finding total, String baseId) {
        JsonNode omit = doc.root().get(OMIT);
        JsonNode repoint = doc.root().get(REPOINT);
        boolean repointed = repoint != null && !repoint.isEmpty();
        if (!repointed && (omit == null || omit.isEmpty())) {
            return total;
        }
        List<String> changed = new ArrayList<>();
        if (omit != null) {
            omit.forEach(o -> changed.add(SubmissionLoader.excerpt(o.asString(""), 60) + "（omit）"));
        }
        if (repoint != null) {
            for (Map.Entry<String, JsonNode> e : repoint.properties()) {
                changed.add(SubmissionLoader.excerpt(e.getKey(), 60) + " → " + Num.plain(e.getValue().decimalValue()) + "（repoint）");
            }
        }
        String at = "/" + (repointed ? REPOINT : OMIT);
        Src s = doc.src(at);
        List<String> args = new ArrayList<>(total.args());
        args.add(baseId);
        args.add(String.join("、", changed));
        return new Finding(total.ruleId(), total.severity(), "total-weight-extends", args, total.file(), at, s.line(),
                s.column(), total.criterion());
    }

    /** A path, a file name or a URL rather than an id: a separator, a drive or scheme, a file extension, "~" or "..". */
    private static boolean looksLikeAPath(String v) {
        return v.contains("/") || v.contains("\\") || v.contains(":") || v.startsWith("~") || v.contains("..")
                || v.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    /**
     * The tree of built-in framework {@code id} (one of {@link #BUILT_IN}), as packaged: the document its bound framework was
     * read from, never changed (a file that extends it takes a located copy: {@code Inherited.at}).
     */
    private static JsonNode baseTree(String id) {
        builtIn(id); // proven valid, or a packaging bug (thrown, as builtIn does)
        return packaged(id).tree();
    }

    /**
     * Built-in framework {@code id} as plain values, as an untyped JSON read gives them (objects as maps in the file's
     * order, arrays as lists, numbers as Integer, Long or Double): what {@code jixiao:import} builds a framework file of
     * printed points from. A fresh copy on each call, the caller's to change; the packaged file is read and parsed once
     * ({@link #PACKAGED_FRAMEWORKS}). Throws where no framework of that id is packaged.
     */
    public static Map<String, Object> builtInValues(String id) {
        if (id == null || !ID.matcher(id).matches() || !resourceExists(id)) {
            throw new IllegalStateException("no built-in framework " + id);
        }
        return copyOf(packaged(id).values());
    }

    @SuppressWarnings("unchecked")
    private static <T> T copyOf(T v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>();
            m.forEach((k, x) -> c.put((String) k, copyOf(x)));
            return (T) c;
        }
        if (v instanceof List<?> l) {
            List<Object> c = new ArrayList<>(l.size());
            l.forEach(x -> c.add(copyOf(x)));
            return (T) c;
        }
        return v; // a string, a number, a boolean or null: not changeable
    }

    /**
     * A framework packaged in the plugin, as its resource holds it: the bytes, the document parsed from them (its tree),
     * the framework bound from that document ({@code loaded}), and lazily its plain values ({@link #builtInValues}).
     */
    private static final class Packaged {
        private final byte[] bytes;
        private final JsonNode tree;
        private final Loaded loaded;
        private volatile Map<String, Object> values;

        private Packaged(byte[] bytes, JsonNode tree, Loaded loaded) {
            this.bytes = bytes;
            this.tree = tree;
            this.loaded = loaded;
        }

        JsonNode tree() {
            if (tree == null) {
                throw new IllegalStateException("built-in framework is not valid JSON: " + loaded.findings());
            }
            return tree;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> values() {
            Map<String, Object> v = values;
            if (v == null) {
                v = Values.MAPPER.readValue(bytes, LinkedHashMap.class);
                values = v;
            }
            return v;
        }
    }

    /**
     * Reads a packaged framework's plain values ({@link #builtInValues}) as Jackson reads untyped JSON by default. In a holder
     * class of its own, built on the import's first call only: a check never builds a databind mapper (issue 17's cold start:
     * a mapper made when FrameworkLoader was loaded put some 380 of databind's classes on every check's path).
     */
    private static final class Values {
        static final tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper.builder().build();
    }

    /** Packaged framework {@code id}, read once; null where its resource cannot be read. Only for an id {@link #resourceExists}. */
    private static Packaged packaged(String id) {
        Packaged p = PACKAGED_FRAMEWORKS.get(id);
        if (p != null) {
            return p;
        }
        return PACKAGED_FRAMEWORKS.computeIfAbsent(id, i -> {
            String res = RESOURCE_DIR + i + ".json";
            byte[] bytes;
            try (InputStream in = FrameworkLoader.class.getClassLoader().getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("built-in framework " + i + " is not packaged");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("built-in framework " + i + " cannot be read", e);
            }
            SubmissionLoader.Loaded doc = new SubmissionLoader().parse(bytes, "classpath:" + res);
            // one of the plugin's own (BUILT_IN), proven valid by its build (FastSchemaTest), is not validated again:
            // nothing of the framework schema is compiled for a run on it; another jar's resource of that name is
            Loaded loaded = read(doc, "classpath:" + res, BUILT_IN.contains(i));
            return new Packaged(bytes, doc.document() == null ? null : doc.document().root(), loaded);
        });
    }

    /**
     * Whether {@code f} is a framework packaged in the plugin as {@link #packaged} read it: the one instance every run on it
     * gets, so that what is worked out of it once may serve every run (the rules' category labels, session 57).
     */
    public static boolean isPackaged(Framework f) {
        if (f == null || f.id() == null) {
            return false;
        }
        Packaged p = PACKAGED_FRAMEWORKS.get(f.id());
        return p != null && p.loaded.framework() == f;
    }

    /** The ids of the packaged frameworks read so far (for the tests: the cache holds packaged ids only). */
    static Set<String> packagedRead() {
        return Set.copyOf(PACKAGED_FRAMEWORKS.keySet());
    }

    /** A built-in framework; throws when it is missing or invalid (a packaging bug, caught by the tests). */
    public static Framework builtIn(String id) {
        Loaded l = builtInLoaded(id);
        if (l.framework() == null || !l.findings().isEmpty()) {
            throw new IllegalStateException("built-in framework " + id + " is invalid: " + l.findings());
        }
        return l.framework();
    }

    /** Parses, validates and binds framework JSON named {@code file} (for tests and custom files). */
    public static Loaded parse(byte[] json, String file) {
        return read(new SubmissionLoader().parse(json, file), file, false);
    }

    /**
     * Packaged framework {@code id} bound ({@link #packaged}); {@code not-found} where none of that id is packaged or it
     * cannot be read (said, not kept: the ids come from submissions).
     */
    private static Loaded builtInLoaded(String id) {
        if (id == null || !ID.matcher(id).matches() || !resourceExists(id)) {
            return refused("not-found", Src.NONE, id == null ? "" : id);
        }
        try {
            return packaged(id).loaded;
        } catch (IllegalStateException e) {
            return refused("not-found", Src.NONE, id);
        }
    }

    /** Whether a built-in framework of that id is packaged (asked once per id: a class-path lookup is slow). */
    private static boolean resourceExists(String id) {
        Boolean known = PACKAGED.get(id);
        if (known == null) {
            known = FrameworkLoader.class.getClassLoader().getResource(RESOURCE_DIR + id + ".json") != null;
            if (PACKAGED.size() < 64) { // ids come from the submission: keep the map small
                PACKAGED.put(id, known);
            }
        }
        return known;
    }

    private static final java.util.Map<String, Boolean> PACKAGED = new java.util.concurrent.ConcurrentHashMap<>();

    /** No absolute path, drive, URL, "~" or ".." segment: the file must be named relative to the project. */
    static boolean insideProject(String c) {
        if (c.indexOf('\0') >= 0 || c.startsWith("/") || c.startsWith("\\") || c.startsWith("~") || c.contains(":")) {
            return false;
        }
        for (String seg : c.split("[/\\\\]")) {
            if (seg.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static Loaded refused(String key, Src where, String shown) {
        List<String> args = key.equals("not-found") ? List.of(shown, String.join("、", BUILT_IN)) : List.of(shown);
        // an id a built-in's by a slip (shenzhen-department-2025, mof-projcet-2020): the one it is nearest to
        String near = key.equals("not-found") && ID.matcher(shown).matches()
                ? io.github.jixiao.text.Strings.nearest(shown, BUILT_IN, c -> Math.max(2, c.length() / 6)) : null;
        if (near != null) {
            key = "not-found-near";
            args = List.of(shown, String.join("、", BUILT_IN), near);
        }
        return new Loaded(null, List.of(new Finding(ScoringContext.FRAMEWORK_INVALID, Severity.ERROR, key, args,
                where.file(), where.pointer(), where.line(), where.column(), null)));
    }

    // ---- validate and bind ----

    /**
     * Validates and binds. Each schema error is a {@code framework-invalid} finding keyed by its keyword (see
     * {@link FrameworkSchemaFaults}). What an error costs depends on where it is: inside a criterion (三级指标: its
     * fields, its method and the method's parameters) only that criterion, which is not scored; a 一级 or 二级 weight
     * that is an invalid number, no criterion; anywhere else (the file's own fields, the grades, the taxonomy, a 一级
     * or 二级 group itself, the list of criteria, a criterion that is not an object) the whole framework, as nothing
     * can rest on a framework whose shape is broken. A {@code packaged} framework (built in) is bound without the schema:
     * the plugin's own build proves each valid.
     */
    private static Loaded bindChecked(JsonDocument doc, List<Finding> numbers, boolean packaged) {
        // the invalid numbers that cost a criterion or a group's weight only: pointer → what is wrong with it
        Map<String, String> bad = new LinkedHashMap<>();
        List<Finding> minimumFaults = new ArrayList<>(); // faults of resultsMinimum: they cost only ST-5's check
        for (Finding n : numbers) {
            if (underResultsMinimum(n.pointer())) { // in framework-invalid's words, as a criterion's number is
                List<String> args = new ArrayList<>(List.of(doc.file(), n.pointer()));
                args.addAll(n.args()); // the number, and for too many decimals how many are allowed
                minimumFaults.add(new Finding(ScoringContext.FRAMEWORK_INVALID, Severity.WARNING,
                        n.key().isEmpty() ? "number-minimum" : "number-minimum-" + n.key(), args, doc.file(), n.pointer(),
                        n.line(), n.column(), null));
            } else {
                bad.putIfAbsent(n.pointer(), detail(n));
            }
        }
        // the criteria broken otherwise: criterion pointer → where (the first of its faults)
        Map<String, Src> broken = new LinkedHashMap<>();
        List<Finding> faults = new ArrayList<>();
        // a number the schema also calls out of range (1e400 above a maximum) is said once, by the number's finding
        Set<String> said = new HashSet<>();
        numbers.forEach(n -> said.add(n.pointer()));
        List<Finding> costingCriteria = new ArrayList<>();
        List<String> costingAt = new ArrayList<>(); // the pointer of each one's criterion
        boolean refuse = false;
        // proven valid by the pre-check: networknt would report nothing; on any doubt it validates as before
        List<Error> errors = packaged || FastSchema.forId(SCHEMA_ID).surelyValid(doc.root())
                ? List.of()
                : SchemaCatalog.get().schemaResource(SCHEMA_ID).validate(doc.root());
        for (FrameworkSchemaFaults.Fault ft : FrameworkSchemaFaults.of(doc, errors)) {
            if (numberError(ft.error()) && said.contains(ft.pointer())) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of(doc.file(), ft.pointer().isEmpty() ? "/" : ft.pointer()));
            args.addAll(ft.args());
            Finding finding = new Finding(ScoringContext.FRAMEWORK_INVALID, Severity.ERROR, ft.key(), args, doc.file(),
                    ft.pointer(), ft.at().line(), ft.at().column(), null);
            faults.add(finding);
            String criterion = criterionOf(ft);
            if (numberError(ft.error()) && place(ft.pointer()) != null) {
                bad.putIfAbsent(ft.pointer(), numberDetail(ft.error()));
            } else if (criterion != null) {
                broken.putIfAbsent(criterion, ft.at());
                costingCriteria.add(finding);
                costingAt.add(criterion);
            } else if (underResultsMinimum(ft.pointer())) {
                minimumFaults.add(finding);
            } else {
                refuse = true;
            }
        }
        if (refuse) {
            // the framework's shape is broken: nothing can rest on it (every error a finding, each in its own words)
            List<Finding> all = new ArrayList<>(syntax(numbers, doc.file()));
            all.addAll(faults);
            return new Loaded(null, all);
        }
        List<Finding> out = new ArrayList<>();
        Framework f = bind(doc.root(), doc, bad, broken);
        // each fault that costs a criterion names it (the id it is bound and listed unscored under), so that the
        // summary counts each criterion scored 0 once, and the reports show the fault at its criterion; not where two
        // criteria share the id (duplicate-id says so): the fault would show at, and count for, the other one too
        Map<String, Integer> uses = new HashMap<>();
        f.leaves().forEach(leaf -> uses.merge(leaf.id(), 1, Integer::sum));
        Map<String, String> idAt = new HashMap<>();
        f.leaves().stream().filter(leaf -> uses.get(leaf.id()) == 1).forEach(leaf -> idAt.put(leaf.pointer(), leaf.id()));
        for (Map.Entry<String, String> b : bad.entrySet()) {
            String place = place(b.getKey());
            String what = b.getKey().equals(place) ? nameAt(doc, place.substring(0, place.length() - "/weight".length()))
                    : nameAt(doc, place);
            Src s = doc.src(b.getKey());
            List<String> args = new ArrayList<>(List.of(doc.file(), b.getKey(), b.getValue(), what));
            if (b.getKey().equals(place)) {
                args.add(Num.plain(groupAt(f, place).weight()));
            }
            boolean weight = b.getKey().equals(place);
            out.add(new Finding(ScoringContext.FRAMEWORK_INVALID, Severity.ERROR, weight ? "number-weight" : "number",
                    args, doc.file(), b.getKey(), s.line(), s.column(), weight ? null : idAt.get(place)));
        }
        for (int k = 0; k < costingCriteria.size(); k++) {
            out.add(costingCriteria.get(k).withCriterion(idAt.get(costingAt.get(k))));
        }
        // what each criterion broken by a schema error costs, once, at the criterion
        Set<String> unknownWeights = new HashSet<>(bad.keySet());
        for (String c : broken.keySet()) {
            Src s = doc.src(c);
            out.add(new Finding(ScoringContext.FRAMEWORK_INVALID, Severity.ERROR, "criterion",
                    List.of(doc.file(), c, nameAt(doc, c)), doc.file(), c, s.line(), s.column(), idAt.get(c)));
            if (!doc.root().at(c).path("weight").isNumber()) {
                unknownWeights.add(c + "/weight");
            }
        }
        checkAtLeast(doc, out);
        checkWeights(f, doc, out, unknownWeights);
        // a warning, as the check they leave unmade: the framework is scored as without them
        minimumFaults.forEach(m -> out.add(m.withSeverity(Severity.WARNING)));
        checkResults(f, doc, out, unknownWeights, !minimumFaults.isEmpty());
        return new Loaded(packaged ? f : f.withPlaces(placesOf(doc)), out);
    }

    /**
     * Where a framework file gives each top-level key (pointer → location, worked out when asked): a merged file's own
     * keys at their place in it, the keys it inherits at its {@code extends}.
     */
    private static Map<String, Src> placesOf(JsonDocument doc) {
        Map<String, Src> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : doc.root().properties()) {
            out.put("/" + e.getKey(), doc.src(e.getValue(), "/" + e.getKey()));
        }
        return out;
    }

    /**
     * A taxonomy category asking more of its 二级 to be evaluated ({@code atLeast}) than it lists: no submission could
     * meet it, so indicator-category-missing holds the rows to all of them ({@link #bind} caps it) and this tells the
     * framework's author.
     */
    private static void checkAtLeast(JsonDocument doc, List<Finding> out) {
        JsonNode taxonomy = doc.root().path("taxonomy");
        for (int i = 0; i < taxonomy.size(); i++) {
            JsonNode t = taxonomy.get(i);
            int listed = t.path("level2").size();
            JsonNode atLeast = t.path("atLeast"); // 3.0 is the schema's integer 3 too
            if (atLeast.isNumber() && atLeast.canConvertToExactIntegral() && atLeast.asInt() > listed) {
                finding(doc, out, "/taxonomy/" + i + "/atLeast", "at-least", SubmissionLoader.excerpt(t.path("level1").asString(""), 80),
                        Integer.toString(atLeast.asInt()), Integer.toString(listed));
            }
        }
    }

    private static final Pattern CRITERION = Pattern.compile("^(/criteria/\\d+/children/\\d+/children/\\d+)(/.*)?$");

    /**
     * The criterion (三级指标) a schema fault costs: the one it is in, when the criterion is an object (its fields, its
     * method, the method's parameters); null when the fault is elsewhere, or the criterion is not an object at all.
     */
    private static String criterionOf(FrameworkSchemaFaults.Fault ft) {
        Matcher m = CRITERION.matcher(ft.pointer());
        if (!m.matches()) {
            return null;
        }
        if (m.group(2) == null && "type".equals(ft.error().getKeyword())) {
            return null; // a 三级指标 that is not an object: the 二级 group's list is broken
        }
        return m.group(1);
    }

    /** The name of the criterion or group at {@code pointer} (its id, else the pointer, when it has none). */
    private static String nameAt(JsonDocument doc, String pointer) {
        JsonNode n = doc.root().at(pointer);
        if (n.path("name").isString()) {
            return SubmissionLoader.excerpt(n.get("name").asString(), 80);
        }
        return n.path("id").isString() ? n.get("id").asString() : pointer;
    }

    /** The bound group whose weight is at {@code weightPointer} (/criteria/i/weight or /criteria/i/children/j/weight). */
    private static Framework.Group groupAt(Framework f, String weightPointer) {
        String[] p = weightPointer.split("/");
        Framework.Group g = f.criteria().get(Integer.parseInt(p[2]));
        return p.length > 4 ? g.groups().get(Integer.parseInt(p[4])) : g;
    }

    private static void checkWeights(Framework f, JsonDocument doc, List<Finding> out, Set<String> bad) {
        Set<String> ids = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < f.criteria().size(); i++) {
            Framework.Group l1 = f.criteria().get(i);
            total = total.add(l1.weight());
            String p1 = "/criteria/" + i;
            // a group whose weight, or a part's, is an invalid number cannot be checked (the finding says why)
            if (!invalidWeight(bad, p1, l1.groups().size())) {
                weights(doc, out, p1, l1.name(), l1.weight(), l1.groups().stream().map(Framework.Group::weight).toList());
            }
            for (int j = 0; j < l1.groups().size(); j++) {
                Framework.Group l2 = l1.groups().get(j);
                String p2 = p1 + "/children/" + j;
                if (!invalidWeight(bad, p2, l2.leaves().size())) {
                    weights(doc, out, p2, l2.name(), l2.weight(), l2.leaves().stream().map(Framework.Leaf::weight).toList());
                }
                for (Framework.Leaf leaf : l2.leaves()) {
                    if (!ids.add(leaf.id())) {
                        finding(doc, out, leaf.pointer() + "/id", "duplicate-id", leaf.id());
                    }
                    if (leaf.method() instanceof Method.SubItems si) {
                        weights(doc, out, leaf.pointer(), leaf.name(), leaf.weight(),
                                si.items().stream().map(Method.Item::points).toList());
                        Set<String> itemIds = new HashSet<>();
                        for (int k = 0; k < si.items().size(); k++) {
                            if (!itemIds.add(si.items().get(k).id())) {
                                finding(doc, out, leaf.pointer() + "/method/items/" + k + "/id", "duplicate-item-id",
                                        si.items().get(k).id(), leaf.name(), leaf.id());
                            }
                        }
                    }
                }
            }
        }
        // a 一级 weight that is an invalid number counts as its parts' sum here: the total says what will be scored
        if (total.compareTo(BigDecimal.valueOf(100)) != 0 && !f.isPartial()) {
            finding(doc, out, "/criteria", "total-weight", Num.plain(total));
        }
    }

    private static boolean underResultsMinimum(String pointer) {
        return pointer != null && (pointer.equals("/resultsMinimum") || pointer.startsWith("/resultsMinimum/"));
    }

    /** The rule of {@link #checkResults}: 产出、效益 weigh less than 60 % of the points (ST-5). */
    public static final String RESULTS_WEIGHT = "framework-results-weight";
    /** ST-5's share where the framework states none ({@code resultsMinimum}). */
    private static final BigDecimal RESULTS_MIN_PERCENT = BigDecimal.valueOf(60);

    /**
     * ST-5: the 一级 and 二级 groups marked {@code "results": true} (产出、效益) weigh at least 60 % of the framework's
     * points. A marked 一级 counts whole, less a 二级 under it marked false (深圳's 部门绩效 less its 公平性, say); a 二级
     * marked true under it counts once. Unchecked when nothing is marked (the file says nothing of which criteria are
     * 产出、效益), for a partial framework (the points it holds are not its table's), and where a weight is an invalid
     * number (framework-invalid says so; the sums are not known). A framework whose region rules another share states
     * it with its source ({@code "resultsMinimum": {"percent": 50, "source": "…"}}), and is held to that. Compared as
     * sum × 100 against total × the share, exactly: the share itself passes.
     */
    private static void checkResults(Framework f, JsonDocument doc, List<Finding> out, Set<String> bad, boolean minimumBroken) {
        if (f.isPartial() || minimumBroken || bad.stream().anyMatch(p -> p.endsWith("/weight"))) {
            return; // a weight framework-invalid calls invalid (and its group's sum unchecked) is no base for a share
        }
        JsonNode stated = doc.root().path("resultsMinimum");
        BigDecimal minimum = stated.path("percent").isNumber() ? stated.get("percent").decimalValue() : RESULTS_MIN_PERCENT;
        JsonNode l1s = doc.root().path("criteria");
        List<String> names = new ArrayList<>();
        String first = null;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < f.criteria().size(); i++) {
            Framework.Group l1 = f.criteria().get(i);
            total = total.add(l1.weight());
            boolean whole = Boolean.TRUE.equals(mark(l1s.path(i)));
            if (whole) {
                first = first == null ? "/criteria/" + i : first;
            }
            boolean less = false; // a 二级 of a marked 一级 marked false: the 一级 counts as its other 二级
            for (int j = 0; whole && j < l1.groups().size(); j++) {
                less |= Boolean.FALSE.equals(mark(l1s.path(i).path("children").path(j)));
            }
            if (whole && !less) {
                names.add(l1.name());
                sum = sum.add(l1.weight());
                continue;
            }
            for (int j = 0; j < l1.groups().size(); j++) {
                Boolean m = mark(l1s.path(i).path("children").path(j));
                if (whole ? !Boolean.FALSE.equals(m) : Boolean.TRUE.equals(m)) {
                    Framework.Group l2 = l1.groups().get(j);
                    names.add(l2.name());
                    sum = sum.add(l2.weight());
                    first = first == null ? "/criteria/" + i + "/children/" + j : first;
                }
            }
        }
        if (first == null && stated.isObject()) { // a share stated for groups none of which is marked: nothing to check
            Src s = doc.src("/resultsMinimum");
            out.add(new Finding(RESULTS_WEIGHT, Severity.WARNING, "stated-unmarked", List.of(doc.file(), Num.plain(minimum)),
                    doc.file(), "/resultsMinimum", s.line(), s.column(), null));
            return;
        }
        if (first == null || total.signum() <= 0
                || sum.multiply(Num.HUNDRED).compareTo(total.multiply(minimum)) >= 0) {
            return;
        }
        // the share cut, not rounded, to 2 decimals: a share just below 60 never reads "60"
        BigDecimal share = Num.divide(sum.multiply(Num.HUNDRED), total).setScale(2, java.math.RoundingMode.DOWN);
        Src s = doc.src(first);
        List<String> args = new ArrayList<>(List.of(doc.file(), String.join("、", names), Num.plain(sum), Num.plain(total),
                Num.plain(share)));
        if (stated.isObject()) { // the framework's own share and its source (in English its sourceEn, as a name is)
            args.add(Num.plain(minimum));
            args.add(stated.path("source").asString(""));
        }
        out.add(new Finding(RESULTS_WEIGHT, Severity.WARNING, stated.isObject() ? "stated" : "", args, doc.file(), first,
                s.line(), s.column(), null));
    }

    /** A group's {@code results} mark: true, false, or null where it has none. */
    private static Boolean mark(JsonNode group) {
        return group.path("results").isBoolean() ? group.get("results").asBoolean() : null;
    }

    /** Whether the weight of the group at {@code pointer}, or of one of its {@code parts}, is an invalid number. */
    private static boolean invalidWeight(Set<String> bad, String pointer, int parts) {
        if (bad.contains(pointer + "/weight")) {
            return true;
        }
        for (int k = 0; k < parts; k++) {
            if (bad.contains(pointer + "/children/" + k + "/weight")) {
                return true;
            }
        }
        return false;
    }

    private static void weights(JsonDocument doc, List<Finding> out, String pointer, String name, BigDecimal weight,
                                List<BigDecimal> parts) {
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(weight) != 0) {
            finding(doc, out, pointer, "weights", name, Num.plain(sum), Num.plain(weight));
        }
    }

    private static void finding(JsonDocument doc, List<Finding> out, String pointer, String key, String... args) {
        Src s = doc.src(pointer);
        List<String> a = new ArrayList<>();
        a.add(doc.file());
        a.addAll(List.of(args));
        out.add(new Finding(ScoringContext.FRAMEWORK_INVALID, Severity.ERROR, key, a, doc.file(), pointer, s.line(), s.column(), null));
    }

    static Framework bind(JsonNode root, String file) {
        return bind(root, null, file, Map.of(), Map.of());
    }

    private static Framework bind(JsonNode root, JsonDocument doc, Map<String, String> bad, Map<String, Src> broken) {
        return bind(root, doc, doc.file(), bad, broken);
    }

    /** The method types of framework.schema.json (a criterion naming another is bound as {@link Method.Invalid}). */
    static final Set<String> METHOD_TYPES = Set.of("assessed", "ratio", "band", "linear-deduction", "deduct-per-item", "lookup",
            "quarterly-progress", "sub-items", "indicator-points", "conditions");

    /**
     * @param bad    the invalid numbers (pointer → what is wrong) of criteria and groups' weights: a criterion holding
     *               one is bound as {@link Method.Invalid} (weighing 0 when its weight is the number); a group whose
     *               weight is one weighs what its parts add up to
     * @param broken the criteria (pointer → where their first fault is) that break the schema otherwise: bound as
     *               {@link Method.Invalid} from what they give (weighing 0 without a number for a weight; named by their
     *               pointer without a valid id)
     */
    private static Framework bind(JsonNode root, JsonDocument doc, String file, Map<String, String> bad, Map<String, Src> broken) {
        // criterion pointer → the first invalid number in it
        Map<String, String> numberAt = new LinkedHashMap<>();
        for (String b : bad.keySet()) {
            String place = place(b);
            if (place != null && !place.equals(b)) {
                numberAt.putIfAbsent(place, b);
            }
        }
        List<Framework.Grade> grades = new ArrayList<>();
        for (JsonNode g : root.get("grades")) {
            grades.add(new Framework.Grade(g.get("grade").asString(), g.get("min").decimalValue(), g.get("max").decimalValue(),
                    g.get("minInclusive").asBoolean(), g.get("maxInclusive").asBoolean()));
        }
        List<Framework.Category> taxonomy = new ArrayList<>();
        for (JsonNode t : root.get("taxonomy")) {
            List<Framework.SubCategory> subs = new ArrayList<>();
            for (JsonNode s : t.get("level2")) {
                subs.add(new Framework.SubCategory(s.get("name").asString(), strings(s.get("aliases")),
                        s.path("optional").asBoolean(false)));
            }
            taxonomy.add(new Framework.Category(t.get("level1").asString(), strings(t.get("aliases")),
                    t.path("optional").asBoolean(false), subs, Math.min(t.path("atLeast").asInt(0), subs.size())));
        }
        List<Framework.Group> criteria = new ArrayList<>();
        JsonNode l1s = root.get("criteria");
        for (int i = 0; i < l1s.size(); i++) {
            JsonNode l1 = l1s.get(i);
            List<Framework.Group> groups = new ArrayList<>();
            JsonNode l2s = l1.get("children");
            for (int j = 0; j < l2s.size(); j++) {
                JsonNode l2 = l2s.get(j);
                List<Framework.Leaf> leaves = new ArrayList<>();
                JsonNode ls = l2.get("children");
                for (int k = 0; k < ls.size(); k++) {
                    JsonNode l = ls.get(k);
                    String pointer = "/criteria/" + i + "/children/" + j + "/children/" + k;
                    Src brokenAt = broken.get(pointer);
                    String invalid = numberAt.get(pointer);
                    if (brokenAt == null && invalid == null) {
                        leaves.add(new Framework.Leaf(l.get("id").asString(), l.get("name").asString(), l1.get("name").asString(),
                                l2.get("name").asString(), l.get("weight").decimalValue(), l.get("standard").asString(),
                                l.path("description").isString() ? l.get("description").asString() : null,
                                l.get("restsOnIndicators").asBoolean(), withTaxonomy(method(l.get("method")), taxonomy), pointer,
                                strings(l.get("omittedWhenUnprinted"))));
                        continue;
                    }
                    // not scored: bound from what it gives, each field only if it is what the schema asks
                    boolean weightInvalid = bad.containsKey(pointer + "/weight") || !l.path("weight").isNumber();
                    JsonNode type = l.path("method").path("type");
                    String methodType = type.isString() && METHOD_TYPES.contains(type.asString()) ? type.asString() : Method.Invalid.UNKNOWN;
                    Method method;
                    if (brokenAt != null) {
                        method = new Method.Invalid(methodType, file, brokenAt.pointer(), brokenAt.line(), brokenAt.column(),
                                weightInvalid, false);
                    } else {
                        Src s = doc.src(invalid);
                        method = new Method.Invalid(methodType, file, invalid, s.line(), s.column(), weightInvalid, true);
                    }
                    JsonNode idNode = l.path("id");
                    String id = idNode.isString() && ID.matcher(idNode.asString()).matches() && idNode.asString().length() <= 100
                            ? idNode.asString() : pointer;
                    leaves.add(new Framework.Leaf(id, l.path("name").isString() ? l.get("name").asString() : id,
                            l1.get("name").asString(), l2.get("name").asString(),
                            weightInvalid ? BigDecimal.ZERO : l.get("weight").decimalValue(),
                            l.path("standard").isString() ? l.get("standard").asString() : "",
                            l.path("description").isString() ? l.get("description").asString() : null,
                            l.path("restsOnIndicators").isBoolean() && l.get("restsOnIndicators").asBoolean(), method, pointer));
                }
                BigDecimal w2 = bad.containsKey("/criteria/" + i + "/children/" + j + "/weight")
                        ? leaves.stream().map(Framework.Leaf::weight).reduce(BigDecimal.ZERO, BigDecimal::add)
                        : l2.get("weight").decimalValue();
                groups.add(new Framework.Group(l2.get("name").asString(), w2, List.of(), leaves));
            }
            BigDecimal w1 = bad.containsKey("/criteria/" + i + "/weight")
                    ? groups.stream().map(Framework.Group::weight).reduce(BigDecimal.ZERO, BigDecimal::add)
                    : l1.get("weight").decimalValue();
            criteria.add(new Framework.Group(l1.get("name").asString(), w1, groups, List.of()));
        }
        // a form that lists no funds at all (noFunds: 吕梁 护工 2021, t58; session 57)
        boolean noFunds = root.path("noFunds").isBoolean() && root.get("noFunds").asBoolean();
        return new Framework(root.get("id").asString(), root.get("version").asString(), root.get("name").asString(),
                root.get("kind").asString(), root.get("source").asString(), grades, taxonomy, criteria, file,
                root.path("partial").isString() ? root.get("partial").asString() : null, partialCut(root.path("partialCut")),
                root.path("unpointed").isString() ? root.get("unpointed").asString() : null,
                root.path("rowPoints").isString() ? root.get("rowPoints").asString() : null,
                root.path("actualIs").isString() ? root.get("actualIs").asString() : null, english(root), null).withNoFunds(noFunds);
    }

    /** A framework file's {@code partialCut} (what its copy's cut leaves out, as data), or null where it gives none. */
    private static Framework.PartialCut partialCut(JsonNode cut) {
        if (!cut.isObject()) {
            return null;
        }
        return new Framework.PartialCut(cut.path("indicators").isBoolean() && cut.get("indicators").asBoolean(),
                names(cut.path("pointsOf")), cut.path("executionReason").isBoolean() && cut.get("executionReason").asBoolean(),
                cut.path("copyStart").isBoolean() && cut.get("copyStart").asBoolean(), names(cut.path("targetOf")),
                names(cut.path("endsIn")), names(cut.path("scoreOf")), cut.path("funds").isBoolean() && cut.get("funds").asBoolean(),
                cut.path("actuals").isBoolean() && cut.get("actuals").asBoolean(), names(cut.path("unreadable")));
    }

    /** The string items of a partialCut list (pointsOf, targetOf, endsIn, scoreOf, unreadable): rows' names, or category labels. */
    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.isString()) {
                out.add(n.asString());
            }
        }
        return out;
    }

    /** The pairs of Chinese and English texts a framework file gives, anywhere in it (the schema says where). */
    static Map<String, String> english(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        english(root, out, 0);
        // resultsMinimum's source, after the names: a source written like a name never changes that name's English
        JsonNode min = root.path("resultsMinimum");
        if (min.path("source").isString() && min.path("sourceEn").isString() && !min.get("sourceEn").asString().isBlank()) {
            out.putIfAbsent(min.get("source").asString(), min.get("sourceEn").asString());
        }
        return out;
    }

    private static final List<String[]> BILINGUAL = List.of(new String[] {"name", "nameEn"}, new String[] {"label", "labelEn"},
            new String[] {"grade", "gradeEn"}, new String[] {"standard", "standardEn"}, new String[] {"unit", "unitEn"},
            new String[] {"level1", "level1En"}, new String[] {"partial", "partialEn"},
            new String[] {"unpointed", "unpointedEn"});

    private static void english(JsonNode n, Map<String, String> out, int depth) {
        if (depth > 64) {
            return;
        }
        if (n.isObject()) {
            for (String[] p : BILINGUAL) {
                JsonNode zh = n.get(p[0]);
                JsonNode en = n.get(p[1]);
                if (zh != null && zh.isString() && en != null && en.isString() && !en.asString().isBlank()) {
                    out.putIfAbsent(zh.asString(), en.asString());
                }
            }
        }
        if (n.isContainer()) {
            for (JsonNode c : n) {
                english(c, out, depth + 1);
            }
        }
    }

    static Method method(JsonNode m) {
        String type = m.get("type").asString();
        return switch (type) {
            case "assessed" -> new Method.Assessed();
            case "ratio" -> new Method.Ratio(expr(m.get("value")), dec(m, "points"), dec(m, "cap"), dec(m, "zeroWhenAbove"),
                    m.has("pointsFrom") ? m.get("pointsFrom").asString() : null);
            case "band" -> {
                List<Method.Range> bands = new ArrayList<>();
                for (JsonNode b : m.get("bands")) {
                    bands.add(new Method.Range(dec(b, "min"), b.path("minInclusive").asBoolean(false), dec(b, "max"),
                            b.path("maxInclusive").asBoolean(false), dec(b, "points")));
                }
                yield new Method.Band(expr(m.get("value")), bands);
            }
            case "linear-deduction" -> new Method.LinearDeduction(expr(m.get("value")), dec(m, "points"), dec(m, "threshold"),
                    dec(m, "perUnit"));
            case "deduct-per-item" -> new Method.DeductPerItem(expr(m.get("count")), dec(m, "points"), dec(m, "perItem"));
            case "lookup" -> {
                List<Method.Case> cases = new ArrayList<>();
                for (JsonNode c : m.get("cases")) {
                    JsonNode e = c.get("equals");
                    Object v = e.isBoolean() ? (Object) e.asBoolean() : e.isNumber() ? e.decimalValue() : e.asString();
                    cases.add(new Method.Case(v, dec(c, "points"), str(c, "label")));
                }
                yield new Method.Lookup(m.get("value").asString(), str(m, "label"), cases, dec(m, "otherwise"));
            }
            case "quarterly-progress" -> {
                List<BigDecimal> schedule = new ArrayList<>();
                m.get("schedule").forEach(s -> schedule.add(s.decimalValue()));
                yield new Method.QuarterlyProgress(m.get("quarters").asString(), schedule, dec(m, "cap"), dec(m, "perQuarter"),
                        dec(m, "meanPoints"), m.get("capMean").asBoolean());
            }
            case "sub-items" -> {
                List<Method.Item> items = new ArrayList<>();
                for (JsonNode it : m.get("items")) {
                    items.add(new Method.Item(it.get("id").asString(), it.get("name").asString(), dec(it, "points"),
                            str(it, "standard"), method(it.get("method"))));
                }
                JsonNode z = m.get("zeroWhen");
                yield new Method.SubItems(items, z == null ? null : new Method.ZeroWhen(z.get("item").asString(), z.get("name").asString()));
            }
            case "conditions" -> {
                List<Method.Condition> cases = new ArrayList<>();
                for (JsonNode c : m.get("cases")) {
                    cases.add(new Method.Condition(expr(c.get("left")), c.get("op").asString(), expr(c.get("right")),
                            dec(c, "points"), str(c, "label")));
                }
                yield new Method.Conditions(cases, dec(m, "otherwise"));
            }
            case "indicator-points" -> {
                List<String> level1 = strings(m.get("level1"));
                Map<String, BigDecimal[]> bands = new LinkedHashMap<>();
                for (String k : List.of("达成", "部分达成", "未达成")) {
                    JsonNode b = m.get("achievementBands").get(k);
                    bands.put(k, new BigDecimal[] {dec(b, "min"), dec(b, "max")});
                }
                JsonNode sp = m.get("split");
                Method.Split split = sp == null ? null : new Method.Split(sp.get("method").asString(),
                        sp.has("scale") ? sp.get("scale").asInt() : Method.Split.DEFAULT.scale(),
                        sp.has("rounding") ? java.math.RoundingMode.valueOf(sp.get("rounding").asString())
                                : Method.Split.DEFAULT.rounding());
                yield new Method.IndicatorPoints(level1, bands, strings(m.get("impliedAchievement")),
                        strings(m.get("impliedPartialAchievement")), split);
            }
            default -> throw new IllegalArgumentException("unknown method " + type); // the schema rules it out
        };
    }

    /**
     * {@code m} reading rows as the framework's taxonomy files them: an indicator-points block (at any depth of sub-items)
     * counts a row filed under another name the taxonomy gives one of its 一级 ({@link Method.IndicatorPoints#withTaxonomy}).
     */
    static Method withTaxonomy(Method m, List<Framework.Category> taxonomy) {
        if (m instanceof Method.IndicatorPoints ip) {
            return ip.withTaxonomy(taxonomy);
        }
        if (m instanceof Method.SubItems si) {
            List<Method.Item> items = new ArrayList<>();
            for (Method.Item it : si.items()) {
                items.add(new Method.Item(it.id(), it.name(), it.points(), it.standard(), withTaxonomy(it.method(), taxonomy)));
            }
            return new Method.SubItems(items, si.zeroWhen());
        }
        return m;
    }

    static Expr expr(JsonNode e) {
        String label = str(e, "label");
        String unit = str(e, "unit");
        if (e.has("ref")) {
            return new Expr.Ref(e.get("ref").asString(), label, unit);
        }
        if (e.has("const")) {
            return new Expr.Const(e.get("const").decimalValue(), label, unit);
        }
        if (e.has("sum")) {
            List<Expr> terms = new ArrayList<>();
            e.get("sum").forEach(t -> terms.add(expr(t)));
            return new Expr.Sum(terms, label, unit);
        }
        if (e.has("difference")) {
            return new Expr.Difference(expr(e.get("difference").get(0)), expr(e.get("difference").get(1)), label, unit);
        }
        if (e.has("ratio")) {
            return new Expr.Ratio(expr(e.get("ratio").get(0)), expr(e.get("ratio").get(1)), label, unit);
        }
        if (e.has("funds")) {
            return new Expr.FundsFigure(io.github.jixiao.model.Funds.Column.of(e.get("funds").asString()), label, unit);
        }
        if (e.has("firstOf")) {
            List<Expr> alternatives = new ArrayList<>();
            List<String> assumptions = new ArrayList<>();
            e.get("firstOf").forEach(t -> {
                alternatives.add(expr(t));
                assumptions.add(str(t, "assumption"));
            });
            return new Expr.FirstOf(alternatives, assumptions, label, unit);
        }
        if (e.has("percent")) {
            return new Expr.Percent(expr(e.get("percent")), label, unit);
        }
        return new Expr.Abs(expr(e.get("abs")), label, unit);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(s -> out.add(s.asString()));
        }
        return out;
    }

    private static BigDecimal dec(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isNumber() ? v.decimalValue() : null;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isString() ? v.asString() : null;
    }

}
