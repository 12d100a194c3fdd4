package io.github.jixiao.lint;

import io.github.jixiao.model.Submission;

/**
 * A rule whose findings come from loading or validating files (the loader and schema validator report
 * them); it exists to carry the metadata, so the catalogue and SARIF describe those findings too.
 */
public interface InputRule extends Rule {
    @Override
    default void check(Submission submission, RuleContext context) {
        // reported by the loader, the schema validator or the engine
    }
}
