package io.github.jixiao.report;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreInput;
import io.github.jixiao.score.ScoreSheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * score-summary.json, .md and .html: the score sheet criterion by criterion (weight, score, method, inputs,
 * the formula as applied, the claim and the findings that touch it), the total and the grade. Deterministic:
 * the same result gives byte-identical files (no clock, insertion-ordered maps, fixed-scale numbers).
 */
public final class ScoreSummary {
    private ScoreSummary() {
    }

    /** Rules whose findings without a criterion still concern the score (a stated total, the framework). */
    static final Set<String> SCORING_RULES = Set.of("score-claim-mismatch", "score-input-missing", "framework-invalid");

    public static List<Path> write(Path outDir, EngineResult result, Messages messages, ReportMeta meta) throws IOException {
        return write(outDir, result, Map.of(), messages, meta);
    }

    /** As above; {@code suppressed} findings are listed as such and left out of the verdict's counts. */
    public static List<Path> write(Path outDir, EngineResult result, Map<Finding, String> suppressed, Messages messages,
                                   ReportMeta meta) throws IOException {
        if (result.sheet() == null) {
            return List.of();
        }
        List<Path> written = new ArrayList<>();
        Path json = outDir.resolve(ReportWriter.SUMMARY_JSON);
        AtomicFiles.write(json, Json.content(jsonTree(result, meta)));
        written.add(json);
        Path md = outDir.resolve(ReportWriter.SUMMARY_MD);
        AtomicFiles.write(md, ScoreSummaryMarkdown.render(result, suppressed, messages, meta));
        written.add(md);
        Path html = outDir.resolve(ReportWriter.SUMMARY_HTML);
        AtomicFiles.write(html, ScoreSummaryHtml.render(result, suppressed, messages, meta));
        written.add(html);
        return written;
    }

    /** score-summary.json. */
    static String json(EngineResult result, ReportMeta meta) {
        return Json.write(jsonTree(result, meta));
    }

    private static Map<String, Object> jsonTree(EngineResult result, ReportMeta meta) {
        ScoreSheet sheet = result.sheet();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "jixiao");
        root.put("pluginVersion", meta.pluginVersion());
        root.put("schemaVersion", meta.schemaVersion());
        root.put("frameworkId", sheet.frameworkId());
        root.put("frameworkVersion", sheet.frameworkVersion());
        root.put("frameworkName", sheet.frameworkName());
        root.put("department", result.department());
        root.put("year", result.year());
        root.put("stage", result.stage());
        root.put("kind", result.kind());
        root.put("total", fixed(sheet.total()));
        root.put("grade", sheet.grade());
        root.put("complete", incomplete(result) == 0);
        root.put("criteriaWithoutData", incomplete(result));
        root.put("weight", fixed(sheet.weight()));
        List<Map<String, Object>> levels = new ArrayList<>();
        for (Level l : levels(sheet)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", l.name());
            m.put("weight", fixed(l.weight()));
            m.put("score", fixed(l.score()));
            levels.add(m);
        }
        root.put("levels", levels);
        List<Map<String, Object>> criteria = new ArrayList<>();
        Map<String, List<Finding>> byCriterion = byCriterion(result.findings());
        for (CriterionScore c : sheet.criteria()) {
            Map<String, Object> m = criterion(c);
            m.put("findings", findingRefs(byCriterion.getOrDefault(c.id(), List.of())));
            criteria.add(m);
        }
        root.put("criteria", criteria);
        root.put("findings", findingRefs(unattached(result)));
        return root;
    }

    private static Map<String, Object> criterion(CriterionScore c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        if (c.level1() != null) {
            m.put("path", List.of(c.level1(), c.level2()));
        }
        m.put("weight", fixed(c.weight()));
        m.put("score", fixed(c.score()));
        m.put("method", c.method());
        if (c.restsOnIndicators()) {
            m.put("restsOnIndicators", true);
        }
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (ScoreInput i : c.inputs()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("label", i.label());
            im.put("value", i.value());
            im.put("ref", i.ref());
            inputs.add(im);
        }
        m.put("inputs", inputs);
        m.put("explanation", c.explanation());
        m.put("claimed", c.claimed());
        if (!c.items().isEmpty()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (CriterionScore it : c.items()) {
                Map<String, Object> im = criterion(it);
                im.remove("path");
                items.add(im);
            }
            m.put("items", items);
        }
        return m;
    }

    private static List<Map<String, Object>> findingRefs(List<Finding> fs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : fs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.ruleId());
            m.put("severity", f.severity().id());
            m.put("fingerprint", Fingerprints.of(f));
            out.add(m);
        }
        return out;
    }

    // ---- shared by the three formats ----

    /** A 一级 block: its name, the weight and score of its criteria. */
    record Level(String name, BigDecimal weight, BigDecimal score, List<CriterionScore> criteria) {
    }

    /** The 一级 blocks in framework order. */
    static List<Level> levels(ScoreSheet sheet) {
        Map<String, List<CriterionScore>> by = new LinkedHashMap<>();
        for (CriterionScore c : sheet.criteria()) {
            by.computeIfAbsent(c.level1() == null ? "" : c.level1(), k -> new ArrayList<>()).add(c);
        }
        List<Level> out = new ArrayList<>();
        by.forEach((name, cs) -> out.add(new Level(name,
                cs.stream().map(CriterionScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add),
                cs.stream().map(CriterionScore::score).reduce(BigDecimal.ZERO, BigDecimal::add), cs)));
        return out;
    }

    /** The findings that touch criterion {@code id}, in report order. */
    static List<Finding> findings(EngineResult result, String id) {
        return byCriterion(result.findings()).getOrDefault(id, List.of());
    }

    /** The findings by the criterion they touch, each list in report order: one pass, not one per criterion. */
    static Map<String, List<Finding>> byCriterion(List<Finding> findings) {
        Map<String, List<Finding>> by = new java.util.HashMap<>();
        for (Finding f : findings) {
            if (f.criterion() != null) {
                by.computeIfAbsent(f.criterion(), k -> new ArrayList<>()).add(f);
            }
        }
        return by;
    }

    /**
     * The verdict a reviewer reads first: how many open (not suppressed) errors, warnings and infos, and what that
     * means in plain words.
     */
    record Verdict(long errors, long warnings, long infos, long suppressed) {
        static Verdict of(List<Finding> findings, Map<Finding, String> suppressed) {
            long[] n = new long[3];
            long s = 0;
            for (Finding f : findings) {
                if (suppressed.containsKey(f)) {
                    s++;
                } else {
                    n[f.severity().ordinal()]++;
                }
            }
            return new Verdict(n[0], n[1], n[2], s);
        }

        /** ok, warn or err: the page's colour. */
        String level() {
            return errors > 0 ? "err" : warnings > 0 ? "warn" : "ok";
        }

        String status(Messages m) {
            return errors > 0 ? m.label("summary.status.errors", errors)
                    : warnings > 0 ? m.label("summary.status.warnings", warnings) : m.label("summary.status.clean");
        }

        String counts(Messages m) {
            return m.label("summary.counts", errors, warnings, infos);
        }
    }

    /**
     * The page's heading: the title (department and year) and a subtitle line. The subtitle is where the
     * project's name (department.json {@code project.name}) goes once reports carry it; today it is empty and
     * not shown.
     */
    record Heading(String title, String subtitle) {
        static Heading of(EngineResult result, Messages m) {
            return new Heading(m.label("summary.title", Escape.value(result.department() == null ? "" : result.department()),
                    result.year() == null ? "" : result.year()), "");
        }
    }

    /** The stage in the report's language. */
    static String stage(String label, Messages m) {
        io.github.jixiao.model.Stage st = io.github.jixiao.model.Stage.fromLabel(label);
        return st == null ? Escape.value(label) : m.label("stage." + st.name());
    }

    /** Scoring findings that touch no single criterion (a stated total or grade, the framework). */
    static List<Finding> unattached(EngineResult result) {
        return result.findings().stream().filter(f -> f.criterion() == null && SCORING_RULES.contains(f.ruleId())).toList();
    }

    /** A number with exactly 2 decimals. */
    static BigDecimal fixed(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    static String text(BigDecimal v) {
        return fixed(v).toPlainString();
    }

    /**
     * How many criteria were scored 0 for want of data (score-input-missing, framework-invalid): a total with
     * such criteria is a lower bound, and the summary says so.
     */
    static long incomplete(EngineResult result) {
        return result.findings().stream()
                .filter(f -> f.ruleId().equals("score-input-missing") || f.ruleId().equals("framework-invalid"))
                .map(f -> f.criterion() == null ? "" : f.criterion()).distinct().count();
    }
}
