package io.github.jixiao.report;

import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreSheet;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The names a report shows for a framework's criteria, levels and grades in its locale. Chinese reports show the
 * framework's names as they are; English ones show the optional {@code nameEn} (framework, 一级/二级 groups and
 * leaves) and {@code gradeEn} (grades) of a built-in framework, and fall back to the Chinese name where the
 * framework gives none.
 *
 * <p>The score sheet carries Chinese names only (the scoring package reads none of the English fields yet), so
 * the English names are read here from the built-in framework of the sheet's id, and used only where the
 * Chinese name there is the one in the sheet (a project framework file that reuses an id gets no wrong names).
 */
public final class FrameworkNames {
    private static final Map<String, FrameworkNames> BUILT_IN = new ConcurrentHashMap<>();
    private static final FrameworkNames NONE = new FrameworkNames(Map.of(), Map.of(), "", "");

    /** Chinese name → English name, for groups; criterion id → [Chinese, English], for leaves. */
    private final Map<String, String> groups;
    private final Map<String, String[]> leaves;
    private final String name;
    private final String nameEn;
    private Map<String, String> grades = Map.of();

    private FrameworkNames(Map<String, String> groups, Map<String, String[]> leaves, String name, String nameEn) {
        this.groups = groups;
        this.leaves = leaves;
        this.name = name;
        this.nameEn = nameEn;
    }

    /** The names for {@code sheet} in the locale of {@code m}. */
    public static FrameworkNames of(ScoreSheet sheet, Messages m) {
        return sheet == null ? NONE : of(sheet.frameworkId(), m);
    }

    /** The names of the built-in framework {@code frameworkId} in the locale of {@code m}. */
    public static FrameworkNames of(String frameworkId, Messages m) {
        if (frameworkId == null || !m.english()) {
            return NONE;
        }
        return BUILT_IN.computeIfAbsent(frameworkId, FrameworkNames::load);
    }

    /** A leaf criterion's name by its id, when the Chinese name is {@code zh}. */
    public String criterion(String id, String zh) {
        String[] n = id == null ? null : leaves.get(id);
        return n != null && n[0].equals(zh) ? n[1] : zh;
    }

    private static FrameworkNames load(String id) {
        if (!id.matches("[a-z0-9][a-z0-9-]{0,80}")) {
            return NONE;
        }
        try (InputStream in = FrameworkNames.class.getResourceAsStream("/io/github/jixiao/frameworks/" + id + ".json")) {
            if (in == null) {
                return NONE;
            }
            JsonNode root = Json.mapper().readTree(in);
            Map<String, String> groups = new HashMap<>();
            Map<String, String[]> leaves = new HashMap<>();
            walk(root.path("criteria"), groups, leaves, 0);
            FrameworkNames n = new FrameworkNames(groups, leaves, root.path("name").asString(""), root.path("nameEn").asString(""));
            Map<String, String> grades = new HashMap<>();
            for (JsonNode g : root.path("grades")) {
                if (g.path("gradeEn").isString()) {
                    grades.put(g.path("grade").asString(""), g.path("gradeEn").asString());
                }
            }
            n.grades = grades;
            return n;
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    private static void walk(JsonNode list, Map<String, String> groups, Map<String, String[]> leaves, int depth) {
        for (JsonNode c : list) {
            String zh = c.path("name").asString("");
            String en = c.path("nameEn").asString("");
            if (c.has("children") && depth < 8) {
                if (!en.isEmpty()) {
                    groups.put(zh, en);
                }
                walk(c.path("children"), groups, leaves, depth + 1);
            } else if (c.path("id").isString() && !en.isEmpty()) {
                leaves.put(c.path("id").asString(), new String[] {zh, en});
            }
            if (c.has("items")) {
                walk(c.path("items"), groups, leaves, depth + 1);
            }
        }
    }

    /** A leaf criterion's (or sub-item's) name. */
    public String criterion(CriterionScore c) {
        String[] n = leaves.get(c.id());
        return n != null && n[0].equals(c.name()) ? n[1] : c.name();
    }

    /** A 一级 or 二级 group's name. */
    public String group(String zh) {
        return zh == null ? "" : groups.getOrDefault(zh, zh);
    }

    public String grade(String zh) {
        return zh == null ? "" : grades.getOrDefault(zh, zh);
    }

    public String framework(String zh) {
        return !nameEn.isEmpty() && name.equals(zh) ? nameEn : zh;
    }
}
