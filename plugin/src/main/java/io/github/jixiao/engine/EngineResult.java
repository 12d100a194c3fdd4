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
 * @param funds      the funds block as filed (budget.json), for the page of a monitoring submission; null when none
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
        io.github.jixiao.model.Funds funds) {

    public EngineResult {
        rules = rules == null ? RuleConfig.none() : rules;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public EngineResult(List<Finding> findings, ScoreSheet sheet, String department, Integer year, String stage, String kind,
                        List<String> files, String project, RuleConfig rules, List<io.github.jixiao.model.Indicator> indicators) {
        this(findings, sheet, department, year, stage, kind, files, project, rules, indicators, null);
    }

    public EngineResult(List<Finding> findings, ScoreSheet sheet, String department, Integer year, String stage, String kind,
                        List<String> files, String project, RuleConfig rules) {
        this(findings, sheet, department, year, stage, kind, files, project, rules, List.of());
    }

    /** The same result with other findings (after suppressions and the baseline). */
    public EngineResult withFindings(List<Finding> other) {
        return new EngineResult(other, sheet, department, year, stage, kind, files, project, rules, indicators, funds);
    }

    public EngineResult(List<Finding> findings, ScoreSheet sheet, String department, Integer year, String stage, String kind,
                        List<String> files) {
        this(findings, sheet, department, year, stage, kind, files, null, null);
    }
}
