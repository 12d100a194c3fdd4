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
        RuleConfig rules) {

    public EngineResult {
        rules = rules == null ? RuleConfig.none() : rules;
    }

    public EngineResult(List<Finding> findings, ScoreSheet sheet, String department, Integer year, String stage, String kind,
                        List<String> files) {
        this(findings, sheet, department, year, stage, kind, files, null, null);
    }
}
