package io.github.jixiao.init;

import io.github.jixiao.report.Json;
import io.github.jixiao.validate.SchemaCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A new, empty submission for a department and year at stage 目标申报: a pom with the plugin, and the files
 * with their {@code $schema} and placeholders. Checking it gives only the findings that say what to fill in.
 */
public final class Skeleton {
    private Skeleton() {
    }

    /** The expected indicator categories, one placeholder row each. */
    private static final String[][] CATEGORIES = {
        {"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"产出指标", "时效指标"}, {"产出指标", "成本指标"},
        {"效益指标", "经济效益指标"}, {"效益指标", "社会效益指标"}, {"效益指标", "生态效益指标"}, {"效益指标", "可持续影响指标"},
        {"满意度指标", "服务对象满意度指标"}};

    /** File name → content, in writing order. */
    public static Map<String, String> files(String department, int year, String pluginVersion, String artifactId) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("pom.xml", pom(department, year, pluginVersion, artifactId));
        out.put("submission/department.json", Json.write(department(department, year)));
        out.put("submission/budget.json", Json.write(budget()));
        out.put("submission/adjustments.json", Json.write(doc("adjustments", "adjustments", List.of())));
        out.put("submission/tasks.json", Json.write(tasks()));
        out.put("submission/indicators.json", Json.write(indicators()));
        return out;
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

    private static Map<String, Object> department(String name, int year) {
        Map<String, Object> m = head("department");
        m.put("kind", "department");
        m.put("name", name);
        m.put("year", year);
        m.put("stage", "目标申报");
        m.put("preparer", "");
        m.put("contact", "");
        m.put("framework", "shenzhen-department-2024");
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
        t.put("name", "（请填写任务名称）");
        t.put("content", "（请填写主要内容）");
        Map<String, Object> b = new LinkedHashMap<>();
        Map<String, Object> yuan = new LinkedHashMap<>();
        yuan.put("value", 0);
        yuan.put("unit", "元");
        b.put("total", yuan);
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
        String t;
        try (java.io.InputStream in = Skeleton.class.getResourceAsStream("pom.xml.template")) {
            t = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("pom.xml.template missing from the plugin", e);
        }
        return t.formatted(artifactId, year, escapeXml(department), year, year, pluginVersion);
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
