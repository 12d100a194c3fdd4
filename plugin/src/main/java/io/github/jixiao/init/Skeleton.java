package io.github.jixiao.init;

import io.github.jixiao.report.Json;
import io.github.jixiao.validate.SchemaCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A new, empty submission for a department and year at stage 目标申报: a pom with the plugin, and the files
 * with their {@code $schema} and placeholders; and what makes the folder a repository that works on day one:
 * the Maven Wrapper (the one this plugin's own build uses), {@code .mvn/jvm.config} ({@link #JVM_CONFIG}), a {@code .gitignore}, a GitHub Actions workflow, a
 * {@code .gitlab-ci.yml} and a README. Checking it gives only the findings that say what to fill in, each
 * placeholder a {@code placeholder-left} finding.
 */
public final class Skeleton {
    private Skeleton() {
    }

    /** The expected indicator categories, one placeholder row each. */
    private static final String[][] CATEGORIES = {
        {"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"产出指标", "时效指标"}, {"产出指标", "成本指标"},
        {"效益指标", "经济效益指标"}, {"效益指标", "社会效益指标"}, {"效益指标", "生态效益指标"}, {"效益指标", "可持续影响指标"},
        {"满意度指标", "服务对象满意度指标"}};

    /** Budget years a submission may have (as department.schema.json). */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** What Maven accepts as an artifactId (its model validator's pattern). */
    private static final java.util.regex.Pattern ARTIFACT_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_\\-.]+");

    /** Files written executable (the wrapper scripts). */
    public static final java.util.Set<String> EXECUTABLE = java.util.Set.of("mvnw");

    /** The Maven Wrapper as this plugin's own build has it: file in the new folder → resource in the plugin. */
    private static final Map<String, String> WRAPPER = Map.of(
            "mvnw", "wrapper/mvnw",
            "mvnw.cmd", "wrapper/mvnw.cmd",
            ".mvn/wrapper/maven-wrapper.properties", "wrapper/.mvn/wrapper/maven-wrapper.properties");

    /**
     * The JVM options of the department's Maven: a check is one short run, in which the JVM's optimising compiler (C2)
     * spends more CPU than the check itself (110–200 ms against the Maven thread's 150–180 on the sample) and finishes
     * little before the build ends; without it one department's {@code mvn verify} took 1.16 s instead of 1.70 s here
     * (benchmark/README, session 29). A reactor of hundreds of departments in one JVM is the exception (about a sixth
     * slower): the README this class writes says to delete the line there.
     */
    public static final String JVM_CONFIG = "-XX:TieredStopAtLevel=1\n";

    /** What a submission is of ({@code department.json} {@code kind}): a whole department's spending, or one project's. */
    public static final String DEPARTMENT = "department";
    public static final String PROJECT = "project";

    /** The name of the one task init writes into tasks.json, a placeholder (placeholder-left reports it). */
    public static final String TASK_PLACEHOLDER = io.github.jixiao.model.Task.INIT_PLACEHOLDER_NAME;

    /** The most of a tasks.json read to tell whether it is still init's placeholder (init's is a few hundred bytes). */
    private static final long MAX_PLACEHOLDER = 64L * 1024;

    /**
     * Whether {@code file} is still the tasks.json init wrote: a regular file (never read through a link), a JSON object
     * whose {@code tasks} are each named {@link #TASK_PLACEHOLDER} and nothing else. An import that leaves it (a project's
     * table has no task list) says so plainly: it is init's placeholder, to delete (session 38, trial E).
     */
    public static boolean placeholderTasks(java.nio.file.Path file) {
        try {
            if (!java.nio.file.Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    || java.nio.file.Files.size(file) > MAX_PLACEHOLDER) {
                return false;
            }
            tools.jackson.databind.JsonNode root = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(java.nio.file.Files.readAllBytes(file));
            tools.jackson.databind.JsonNode tasks = root == null ? null : root.get("tasks");
            if (tasks == null || !tasks.isArray() || tasks.isEmpty()) {
                return false;
            }
            for (tools.jackson.databind.JsonNode t : tasks) {
                tools.jackson.databind.JsonNode name = t.get("name");
                if (name == null || !name.isString() || !TASK_PLACEHOLDER.equals(name.asString().strip())) {
                    return false;
                }
            }
            return true;
        } catch (java.io.IOException | RuntimeException e) { // JacksonException among them: not init's, as written
            return false;
        }
    }

    /** The artifactId init writes when the folder's name is none Maven accepts (a 中文 or spaced name) and none is given. */
    public static final String DEFAULT_ARTIFACT_ID = "performance-submission";

    /**
     * The artifactId of a new department's pom when {@code -Djixiao.artifactId} is not given: the name of the folder it is
     * written into where Maven accepts it as one ({@code science}, {@code edu-2025}), else {@link #DEFAULT_ARTIFACT_ID}. A
     * district's reactor lists each department's folder as a module, and Maven refuses two modules of one
     * groupId:artifactId:version ("is duplicated in the reactor"): with one fixed id, two departments of a year written by
     * init could not be built together, and aggregate's 模块 column named every department alike (session 38, trial E).
     */
    public static String artifactIdFor(java.nio.file.Path folder) {
        java.nio.file.Path name = folder == null ? null : folder.getFileName();
        String n = name == null ? "" : name.toString();
        return ARTIFACT_ID.matcher(n).matches() && !n.equals(".") && !n.equals("..") ? n : DEFAULT_ARTIFACT_ID;
    }

    /** Checks the inputs; returns null when they are usable, else a label key of the report bundle (its argument is the value). */
    public static String problem(String department, int year, String artifactId) {
        return problem(department, year, artifactId, DEPARTMENT);
    }

    /** As above, with the kind of submission: {@link #DEPARTMENT} or {@link #PROJECT} ({@code init.kind} otherwise). */
    public static String problem(String department, int year, String artifactId, String kind) {
        if (!DEPARTMENT.equals(kind) && !PROJECT.equals(kind)) {
            return "init.kind";
        }
        if (department == null || department.isBlank()) {
            return "init.department";
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return "init.year";
        }
        if (artifactId == null || !ARTIFACT_ID.matcher(artifactId).matches()) {
            return "init.artifactId";
        }
        return null;
    }

    /** File name → content, in writing order: a whole department's submission. */
    public static Map<String, String> files(String department, int year, String pluginVersion, String artifactId) {
        return files(department, year, pluginVersion, artifactId, DEPARTMENT);
    }

    /**
     * File name → content, in writing order, of a submission of {@code kind}: a whole department's (its tasks in
     * tasks.json, scored on shenzhen-department-2024), or one project's ({@code -Djixiao.kind=project}: kind project,
     * the project's name to fill in, scored on mof-project-2020, and no tasks.json, which a project's table does not
     * have), written by {@code department} (for a project, its 主管部门 or 实施单位). Before, a project's needed a hand
     * edit of department.json (officer trial s31).
     */
    public static Map<String, String> files(String department, int year, String pluginVersion, String artifactId, String kind) {
        String p = problem(department, year, artifactId, kind);
        if (p != null) {
            throw new IllegalArgumentException(p);
        }
        boolean project = PROJECT.equals(kind);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("pom.xml", pom(department, year, pluginVersion, artifactId));
        out.put("submission/department.json", Json.write(department(department, year, project)));
        out.put("submission/budget.json", Json.write(budget()));
        out.put("submission/adjustments.json", Json.write(doc("adjustments", "adjustments", List.of())));
        if (!project) {
            out.put("submission/tasks.json", Json.write(tasks()));
        }
        out.put("submission/indicators.json", Json.write(indicators()));
        for (String name : List.of("mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties")) {
            out.put(name, resource(WRAPPER.get(name)));
        }
        out.put(".mvn/jvm.config", JVM_CONFIG);
        out.put(".gitignore", resource("gitignore.template"));
        out.put(".github/workflows/jixiao.yml", fill(resource("github-workflow.yml.template"), department, year, pluginVersion));
        out.put(".gitlab-ci.yml", fill(resource("gitlab-ci.yml.template"), department, year, pluginVersion));
        out.put("README.md", fill(resource("README.md.template"), markdown(department), year, pluginVersion)
                .replace("@KIND@\n", resource(project ? "README.project.md" : "README.department.md")));
        return out;
    }

    private static String fill(String template, String department, int year, String pluginVersion) {
        return template.replace("@DEPARTMENT@", department).replace("@YEAR@", Integer.toString(year))
                .replace("@VERSION@", pluginVersion);
    }

    /** A name as Markdown text on one line: no line breaks, control characters or markup taken from it. */
    static String markdown(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                sb.append(' ');
            } else if ("\\`*_{}[]()<>#+-.!|~&".indexOf(c) >= 0) {
                sb.append('\\').appendCodePoint(c);
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString().strip();
    }

    private static String resource(String name) {
        try (java.io.InputStream in = Skeleton.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the plugin");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> doc(String role, String key, Object value) {
        Map<String, Object> m = head(role);
        m.put(key, value);
        return m;
    }

    private static Map<String, Object> head(String role) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("$schema", SchemaCatalog.idOf(role));
        m.put("schemaVersion", SchemaCatalog.SCHEMA_VERSION);
        return m;
    }

    private static Map<String, Object> department(String name, int year, boolean project) {
        Map<String, Object> m = head("department");
        m.put("kind", project ? PROJECT : DEPARTMENT);
        m.put("name", name);
        m.put("year", year);
        m.put("stage", "目标申报");
        m.put("preparer", "");
        m.put("contact", "");
        m.put("framework", project ? "mof-project-2020" : "shenzhen-department-2024");
        if (project) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", "（请填写项目名称）");
            m.put("project", p);
        }
        Map<String, Object> goals = new LinkedHashMap<>();
        goals.put("expected", List.of("（请填写年度总体目标）"));
        m.put("overallGoals", goals);
        return m;
    }

    private static Map<String, Object> money(Object v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", v);
        m.put("unit", "万元");
        return m;
    }

    private static Map<String, Object> budget() {
        Map<String, Object> m = head("budget");
        m.put("initialBudget", money(0));
        m.put("fullYearBudget", money(0));
        return m;
    }

    private static Map<String, Object> tasks() {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", TASK_PLACEHOLDER);
        t.put("content", "（请填写主要内容）");
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("total", money(0)); // in 万元 as budget.json's: the tasks' budgets add up to the full-year budget (sum-mismatch)
        t.put("budget", b);
        return doc("tasks", "tasks", List.of(t));
    }

    private static Map<String, Object> indicators() {
        List<Object> list = new ArrayList<>();
        for (String[] c : CATEGORIES) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("level1", c[0]);
            i.put("level2", c[1]);
            i.put("name", "（请填写" + c[1].replace("指标", "") + "指标名称）");
            i.put("target", "");
            list.add(i);
        }
        return doc("indicators", "indicators", list);
    }

    private static String pom(String department, int year, String pluginVersion, String artifactId) {
        return resource("pom.xml.template").formatted(escapeXml(artifactId), year, escapeXml(department), year, year,
                escapeXml(pluginVersion));
    }

    /** Text for XML content: markup escaped, and characters XML 1.0 cannot hold (control characters) left out. */
    static String escapeXml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (legal) {
                        sb.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD ? ' ' : c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
