package io.github.jixiao.engine;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.score.ScoreSheet;
import java.util.List;

/**
 * The outcome of one run.
 *
 * @param findings   every finding, in {@link io.github.jixiao.finding.Findings#ORDER}
 * @param sheet      the score sheet, or null when the submission could not be scored
 * @param department department (or project) name, or null
 * @param year       budget year, or null
 * @param stage      stage label
 * @param kind       department or project
 * @param files      files checked (project-relative), in order
 * @param project    the project's name (department.json project.name), or null
 * @param rules      the per-rule configuration the run applied
 * @param indicators the indicator rows as filed (indicators.json), for the spreadsheet export; empty when none
 * @param frameworkEnglish the English the framework the submission names gives for its Chinese names (its taxonomy's
 *                   categories, criteria …), at every stage: an English report of a submission that is not scored (目标申报,
 *                   运行监控) names the categories in it too; empty when no framework was read
 * @param funds      the funds block as filed (budget.json), for the page of a monitoring submission; null when none
 * @param sources    each parsed file's bytes as the loader read them, by project-relative name, for the SARIF's snippets
 *                   (not read and decoded again): files up to {@link #SOURCES_MAX_BYTES}, as no larger one gets
 *                   snippets (a larger one's bytes would only be kept); empty when none
 * @param imported   what jixiao:import's sidecars in the submission folder say (the cells each value came from), read
 *                   once for the check and the reports; {@link Imported#NONE} for a submission typed by hand
 * @param places     where each figure of the score sits in the files read (file, line, column), looked up only when a
 *                   report renders it; {@link Places#NONE} when unknown (a result built by hand)
 * @param title      the table's title as filed (department.json title), or null: the 运行监控 section reads the month its
 *                   figures run to from it where budget.json gives none ({@link io.github.jixiao.model.MonitoringMonth}),
 *                   as the rules do
 */
public record EngineResult(
        List<Finding> findings,
        ScoreSheet sheet,
        String department,
        Integer year,
        String stage,
        String kind,
        List<String> files,
        String project,
        RuleConfig rules,
        List<io.github.jixiao.model.Indicator> indicators,
        java.util.Map<String, String> frameworkEnglish,
        io.github.jixiao.model.Funds funds,
        java.util.Map<String, byte[]> sources,
        Imported imported,
        Places places,
        String title) {

    /** The largest file whose bytes {@link #sources} keeps: no larger file's results get snippets. */
    public static final long SOURCES_MAX_BYTES = 16L * 1024 * 1024;

    public EngineResult {
        places = places == null ? Places.NONE : places;
        sources = sources == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(sources);
        rules = rules == null ? RuleConfig.none() : rules;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        frameworkEnglish = frameworkEnglish == null ? java.util.Map.of() : frameworkEnglish; // the framework's own, unmodifiable
        imported = imported == null ? Imported.NONE : imported;
    }

    public EngineResult(List<Finding> findings, ScoreSheet sheet, String department, Integer year, String stage, String kind,
                        List<String> files, String project, RuleConfig rules, List<io.github.jixiao.model.Indicator> indicators,
                        java.util.Map<String, String> frameworkEnglish, io.github.jixiao.model.Funds funds,
                        java.util.Map<String, byte[]> sources) {
        this(findings, sheet, department, year, stage, kind, files, project, rules, indicators, frameworkEnglish, funds, sources, null);
    }

    public EngineResult(List<Finding> findings, ScoreSheet sheet, String department, Integer year, String stage, String kind,
                        List<String> files, String project, RuleConfig rules, List<io.github.jixiao.model.Indicator> indicators,
                        java.util.Map<String, String> frameworkEnglish, io.github.jixiao.model.Funds funds,
                        java.util.Map<String, byte[]> sources, Imported imported) {
        this(findings, sheet, department, year, stage, kind, files, project, rules, indicators, frameworkEnglish, funds, sources,
                imported, null, null);
    }

    public EngineResult(List<Finding> findings, ScoreSheet sheet, String department, Integer year, String stage, String kind,
                        List<String> files, String project, RuleConfig rules, List<io.github.jixiao.model.Indicator> indicators,
                        java.util.Map<String, String> frameworkEnglish, io.github.jixiao.model.Funds funds) {
        this(findings, sheet, department, year, stage, kind, files, project, rules, indicators, frameworkEnglish, funds, null);
    }

    public EngineResult(List<Finding> findings, ScoreSheet sheet, String department, Integer year, String stage, String kind,
                        List<String> files, String project, RuleConfig rules, List<io.github.jixiao.model.Indicator> indicators) {
        this(findings, sheet, department, year, stage, kind, files, project, rules, indicators,
                sheet == null ? java.util.Map.of() : sheet.english(), null);
    }

    public EngineResult(List<Finding> findings, ScoreSheet sheet, String department, Integer year, String stage, String kind,
                        List<String> files, String project, RuleConfig rules) {
        this(findings, sheet, department, year, stage, kind, files, project, rules, List.of());
    }

    /** The same result with other findings (after suppressions and the baseline). */
    public EngineResult withFindings(List<Finding> other) {
        return withFindings(other, sheet);
    }

    /** This result with {@code other} findings and {@code otherSheet} (the review's: a grade doubt suppressed, since session 58). */
    public EngineResult withFindings(List<Finding> other, ScoreSheet otherSheet) {
        return new EngineResult(other, otherSheet, department, year, stage, kind, files, project, rules, indicators, frameworkEnglish,
                funds, sources, imported, places, title);
    }

    public EngineResult(List<Finding> findings, ScoreSheet sheet, String department, Integer year, String stage, String kind,
                        List<String> files) {
        this(findings, sheet, department, year, stage, kind, files, null, null);
    }
}
