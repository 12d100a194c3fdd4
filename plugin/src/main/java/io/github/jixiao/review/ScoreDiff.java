package io.github.jixiao.review;

import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.report.Json;
import io.github.jixiao.report.Messages;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Compares two builds' score summaries (and their findings, when a {@code findings.json} sits beside each
 * summary): total before and after, every criterion whose score moved, findings new and resolved.
 */
public final class ScoreDiff {

    /** A criterion whose score moved. */
    public record Moved(String id, String name, BigDecimal before, BigDecimal after) {
        public BigDecimal delta() {
            return after.subtract(before);
        }
    }

    /** A finding present on one side only. */
    public record Item(String fingerprint, String rule, String severity, String file, int line, String message) {
    }

    /** The comparison. {@code newFindings}/{@code resolvedFindings} are null when the base has no findings. */
    public record Result(BigDecimal totalBefore, BigDecimal totalAfter, String gradeBefore, String gradeAfter,
                         List<Moved> moved, List<Item> newFindings, List<Item> resolvedFindings) {
        public BigDecimal delta() {
            return totalAfter.subtract(totalBefore);
        }
    }

    private ScoreDiff() {
    }

    /** Reads a JSON file into a tree; empty when it is missing or not JSON. */
    public static Optional<JsonNode> read(Path p) {
        if (p == null || !Files.isRegularFile(p)) {
            return Optional.empty();
        }
        SubmissionLoader.Loaded l = new SubmissionLoader().load(p, p.getFileName().toString());
        return Optional.ofNullable(l.document()).map(d -> d.root());
    }

    public static Result compare(JsonNode base, JsonNode current, JsonNode baseFindings, JsonNode currentFindings) {
        Map<String, JsonNode> before = criteria(base);
        Map<String, JsonNode> after = criteria(current);
        List<Moved> moved = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            JsonNode b = before.get(e.getKey());
            BigDecimal a = dec(e.getValue().get("score"));
            BigDecimal bs = b == null ? BigDecimal.ZERO : dec(b.get("score"));
            if (a.compareTo(bs) != 0) {
                moved.add(new Moved(e.getKey(), e.getValue().path("name").asString(e.getKey()), bs, a));
            }
        }
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                moved.add(new Moved(e.getKey(), e.getValue().path("name").asString(e.getKey()), dec(e.getValue().get("score")), BigDecimal.ZERO));
            }
        }
        List<Item> added = null;
        List<Item> resolved = null;
        if (baseFindings != null && currentFindings != null) {
            Map<String, Item> b = items(baseFindings);
            Map<String, Item> c = items(currentFindings);
            added = c.values().stream().filter(i -> !b.containsKey(i.fingerprint())).toList();
            resolved = b.values().stream().filter(i -> !c.containsKey(i.fingerprint())).toList();
        }
        return new Result(dec(base.get("total")), dec(current.get("total")), base.path("grade").asString(""),
                current.path("grade").asString(""), moved, added, resolved);
    }

    private static Map<String, JsonNode> criteria(JsonNode summary) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        JsonNode arr = summary == null ? null : summary.get("criteria");
        if (arr != null && arr.isArray()) {
            for (JsonNode c : arr) {
                String id = c.path("id").asString(c.path("name").asString(""));
                m.put(id, c);
            }
        }
        return m;
    }

    private static Map<String, Item> items(JsonNode findings) {
        Map<String, Item> m = new LinkedHashMap<>();
        JsonNode arr = findings.get("findings");
        if (arr != null && arr.isArray()) {
            for (JsonNode f : arr) {
                String fp = f.path("fingerprint").asString("");
                m.put(fp, new Item(fp, f.path("rule").asString(""), f.path("severity").asString(""),
                        f.path("file").asString(""), f.path("line").asInt(0), f.path("message").asString("")));
            }
        }
        return m;
    }

    private static BigDecimal dec(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return BigDecimal.ZERO;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        try {
            return new BigDecimal(n.asString());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    /** "+0.10", "−0.19" (a true minus sign), "0.00". */
    public static String signed(BigDecimal d) {
        BigDecimal s = d.setScale(2, java.math.RoundingMode.HALF_UP);
        int sign = s.signum();
        return sign > 0 ? "+" + s.toPlainString() : sign < 0 ? "−" + s.negate().toPlainString() : s.toPlainString();
    }

    private static String two(BigDecimal d) {
        return d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code diff.md}: meant to be pasted as a pull-request comment. */
    public static String markdown(Result r, Messages m) {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(m.label("diff.title")).append("\n\n");
        sb.append("**").append(m.label("diff.total")).append("**: ").append(two(r.totalBefore())).append(" → ")
                .append(two(r.totalAfter())).append(" (").append(signed(r.delta())).append(")");
        sb.append("  \n**").append(m.label("diff.grade")).append("**: ").append(r.gradeBefore()).append(" → ").append(r.gradeAfter()).append("\n\n");
        if (r.moved().isEmpty()) {
            sb.append(m.label("diff.noChange")).append("\n");
        } else {
            sb.append("| ").append(m.label("diff.criterion")).append(" | ").append(m.label("diff.before")).append(" | ")
                    .append(m.label("diff.after")).append(" | ").append(m.label("diff.delta")).append(" |\n|---|---:|---:|---:|\n");
            for (Moved mv : r.moved()) {
                sb.append("| ").append(escape(mv.name())).append(" | ").append(two(mv.before())).append(" | ")
                        .append(two(mv.after())).append(" | ").append(signed(mv.delta())).append(" |\n");
            }
        }
        if (r.newFindings() == null) {
            sb.append("\n").append(m.label("diff.noBaseFindings")).append("\n");
        } else {
            findings(sb, m.label("diff.newFindings", r.newFindings().size()), r.newFindings());
            findings(sb, m.label("diff.resolvedFindings", r.resolvedFindings().size()), r.resolvedFindings());
        }
        return sb.toString();
    }

    private static void findings(StringBuilder sb, String title, List<Item> items) {
        sb.append("\n### ").append(title).append("\n\n");
        for (Item i : items) {
            sb.append("- `").append(i.rule()).append("` ").append(i.severity()).append(" — ").append(i.file());
            if (i.line() > 0) {
                sb.append(":").append(i.line());
            }
            sb.append(" — ").append(escape(i.message())).append("\n");
        }
    }

    private static String escape(String s) {
        return SubmissionLoader.excerpt(s, 300).replace("|", "\\|");
    }

    /** {@code diff.json}. */
    public static String json(Result r) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("before", r.totalBefore().setScale(2, java.math.RoundingMode.HALF_UP));
        total.put("after", r.totalAfter().setScale(2, java.math.RoundingMode.HALF_UP));
        total.put("delta", r.delta().setScale(2, java.math.RoundingMode.HALF_UP));
        root.put("total", total);
        root.put("grade", Map.of("before", r.gradeBefore(), "after", r.gradeAfter()));
        List<Map<String, Object>> moved = new ArrayList<>();
        for (Moved mv : r.moved()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", mv.id());
            e.put("name", mv.name());
            e.put("before", mv.before().setScale(2, java.math.RoundingMode.HALF_UP));
            e.put("after", mv.after().setScale(2, java.math.RoundingMode.HALF_UP));
            e.put("delta", mv.delta().setScale(2, java.math.RoundingMode.HALF_UP));
            moved.add(e);
        }
        root.put("criteria", moved);
        root.put("newFindings", r.newFindings());
        root.put("resolvedFindings", r.resolvedFindings());
        return Json.write(root);
    }
}
