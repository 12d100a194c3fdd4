package io.github.jixiao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * A district's view over many departments' reports: one row per department (name, year, framework, total,
 * grade, findings by severity), sorted by total, the distribution of grades, and the criteria where the
 * departments lose most points. Reads each department's score-summary.json and findings.json.
 */
public final class Aggregate {
    private Aggregate() {
    }

    /** One department's row. */
    public record Row(String module, String department, Integer year, String framework, BigDecimal total, String grade,
                      long errors, long warnings, long infos) {
    }

    /** A criterion's points lost across departments. */
    public record Loss(String id, String name, BigDecimal lost, int departments) {
    }

    public record Result(List<Row> rows, Map<String, Integer> grades, List<Loss> losses) {
    }

    /** @param inputs per module: its name, its score summary (or null) and its findings.json (or null) */
    public static Result of(List<Object[]> inputs) {
        List<Row> rows = new ArrayList<>();
        Map<String, BigDecimal> lost = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        Map<String, Integer> count = new TreeMap<>();
        for (Object[] in : inputs) {
            String module = (String) in[0];
            JsonNode summary = (JsonNode) in[1];
            JsonNode findings = (JsonNode) in[2];
            long[] sev = new long[3];
            String dept = null;
            Integer year = null;
            if (findings != null) {
                dept = text(findings, "department");
                year = findings.path("year").isInt() ? findings.get("year").asInt() : null;
                for (JsonNode f : findings.path("findings")) {
                    switch (f.path("severity").asString("")) {
                        case "error" -> sev[0]++;
                        case "warning" -> sev[1]++;
                        default -> sev[2]++;
                    }
                }
            }
            BigDecimal total = null;
            String grade = null;
            String framework = null;
            if (summary != null) {
                dept = dept == null ? text(summary, "department") : dept;
                year = year == null && summary.path("year").isInt() ? summary.get("year").asInt() : year;
                total = summary.path("total").isNumber() ? summary.get("total").decimalValue().setScale(2, RoundingMode.HALF_UP) : null;
                grade = text(summary, "grade");
                framework = text(summary, "frameworkId");
                for (JsonNode c : summary.path("criteria")) {
                    if (!c.path("weight").isNumber() || !c.path("score").isNumber()) {
                        continue;
                    }
                    String id = c.path("id").asString(c.path("name").asString(""));
                    BigDecimal l = c.get("weight").decimalValue().subtract(c.get("score").decimalValue());
                    if (l.signum() > 0) {
                        lost.merge(id, l, BigDecimal::add);
                        count.merge(id, 1, Integer::sum);
                        names.putIfAbsent(id, c.path("name").asString(id));
                    }
                }
            }
            rows.add(new Row(module, dept == null ? module : dept, year, framework, total, grade, sev[0], sev[1], sev[2]));
        }
        rows.sort(Comparator.comparing((Row r) -> r.total() == null ? BigDecimal.valueOf(-1) : r.total()).reversed()
                .thenComparing(Row::department).thenComparing(Row::module));
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (String g : List.of("优", "良", "中", "差")) {
            grades.put(g, 0);
        }
        for (Row r : rows) {
            if (r.grade() != null) {
                grades.merge(r.grade(), 1, Integer::sum);
            }
        }
        List<Loss> losses = lost.entrySet().stream()
                .map(e -> new Loss(e.getKey(), names.get(e.getKey()), e.getValue().setScale(2, RoundingMode.HALF_UP), count.get(e.getKey())))
                .sorted(Comparator.comparing(Loss::lost).reversed().thenComparing(Loss::id))
                .limit(10).toList();
        return new Result(rows, grades, losses);
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v != null && v.isString() ? v.asString() : null;
    }

    public static String json(Result r) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> deps = new ArrayList<>();
        for (Row row : r.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("module", row.module());
            m.put("department", row.department());
            m.put("year", row.year());
            m.put("framework", row.framework());
            m.put("total", row.total());
            m.put("grade", row.grade());
            m.put("findings", Map.of("error", row.errors(), "warning", row.warnings(), "info", row.infos()));
            deps.add(m);
        }
        root.put("departments", deps);
        root.put("grades", r.grades());
        List<Map<String, Object>> losses = new ArrayList<>();
        for (Loss l : r.losses()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.id());
            m.put("name", l.name());
            m.put("pointsLost", l.lost());
            m.put("departments", l.departments());
            losses.add(m);
        }
        root.put("losses", losses);
        return Json.write(root);
    }

    public static String markdown(Result r, Messages m) {
        StringBuilder sb = new StringBuilder("## ").append(m.label("aggregate.title")).append("\n\n");
        sb.append("| ").append(m.label("aggregate.department")).append(" | ").append(m.label("aggregate.year")).append(" | ")
                .append(m.label("aggregate.framework")).append(" | ").append(m.label("aggregate.total")).append(" | ")
                .append(m.label("aggregate.grade")).append(" | ").append(m.label("aggregate.errors")).append(" | ")
                .append(m.label("aggregate.warnings")).append(" | ").append(m.label("aggregate.infos")).append(" |\n");
        sb.append("|---|---|---|---:|---|---:|---:|---:|\n");
        for (Row row : r.rows()) {
            sb.append("| ").append(row.department().replace("|", "\\|")).append(" | ").append(row.year() == null ? "" : row.year())
                    .append(" | ").append(row.framework() == null ? "" : row.framework()).append(" | ")
                    .append(row.total() == null ? m.label("aggregate.notScored") : row.total().toPlainString()).append(" | ")
                    .append(row.grade() == null ? "" : row.grade()).append(" | ").append(row.errors()).append(" | ")
                    .append(row.warnings()).append(" | ").append(row.infos()).append(" |\n");
        }
        sb.append("\n### ").append(m.label("aggregate.grades")).append("\n\n");
        r.grades().forEach((g, n) -> sb.append("- ").append(g).append(": ").append(n).append("\n"));
        sb.append("\n### ").append(m.label("aggregate.losses")).append("\n\n| ").append(m.label("diff.criterion")).append(" | ")
                .append(m.label("aggregate.lost")).append(" | n |\n|---|---:|---:|\n");
        for (Loss l : r.losses()) {
            sb.append("| ").append(l.name()).append(" | ").append(l.lost().toPlainString()).append(" | ").append(l.departments()).append(" |\n");
        }
        return sb.toString();
    }

    public static String html(Result r, Messages m) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(m.english() ? "en" : "zh-CN").append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(m.label("aggregate.title"))).append("</title>\n<style>\nbody{font-family:sans-serif;margin:2em;color:#222}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}td.n{text-align:right}"
                        + "th{background:#f3f3f3}\n</style>\n</head>\n<body>\n<h1>").append(esc(m.label("aggregate.title"))).append("</h1>\n");
        sb.append("<table>\n<tr><th>").append(esc(m.label("aggregate.department"))).append("</th><th>").append(esc(m.label("aggregate.year")))
                .append("</th><th>").append(esc(m.label("aggregate.total"))).append("</th><th>").append(esc(m.label("aggregate.grade")))
                .append("</th><th>").append(esc(m.label("aggregate.errors"))).append("</th><th>").append(esc(m.label("aggregate.warnings")))
                .append("</th><th>").append(esc(m.label("aggregate.infos"))).append("</th></tr>\n");
        for (Row row : r.rows()) {
            sb.append("<tr><td>").append(esc(row.department())).append("</td><td>").append(row.year() == null ? "" : row.year())
                    .append("</td><td class=\"n\">").append(row.total() == null ? esc(m.label("aggregate.notScored")) : row.total().toPlainString())
                    .append("</td><td>").append(row.grade() == null ? "" : esc(row.grade())).append("</td><td class=\"n\">").append(row.errors())
                    .append("</td><td class=\"n\">").append(row.warnings()).append("</td><td class=\"n\">").append(row.infos()).append("</td></tr>\n");
        }
        sb.append("</table>\n<h2>").append(esc(m.label("aggregate.grades"))).append("</h2>\n");
        int max = Math.max(1, r.grades().values().stream().mapToInt(Integer::intValue).max().orElse(1));
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"").append(30 * r.grades().size() + 10).append("\" role=\"img\">\n");
        int y = 5;
        for (Map.Entry<String, Integer> g : r.grades().entrySet()) {
            int w = 300 * g.getValue() / max;
            sb.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(esc(g.getKey())).append("</text>");
            sb.append("<rect x=\"30\" y=\"").append(y).append("\" width=\"").append(w).append("\" height=\"20\" fill=\"#4a7ebb\"/>");
            sb.append("<text x=\"").append(35 + w).append("\" y=\"").append(y + 15).append("\">").append(g.getValue()).append("</text>\n");
            y += 30;
        }
        sb.append("</svg>\n<h2>").append(esc(m.label("aggregate.losses"))).append("</h2>\n<table>\n");
        for (Loss l : r.losses()) {
            sb.append("<tr><td>").append(esc(l.name())).append("</td><td class=\"n\">").append(l.lost().toPlainString())
                    .append("</td><td class=\"n\">").append(l.departments()).append("</td></tr>\n");
        }
        sb.append("</table>\n</body>\n</html>\n");
        return sb.toString();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
