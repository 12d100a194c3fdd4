package io.github.jixiao.score;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Submission;
import java.nio.file.Path;
import java.util.List;

/** Scores a submission against its framework. */
public final class Scorer {

    /** The sheet (null when the submission cannot be scored) and the findings scoring produced. */
    public record Result(ScoreSheet sheet, List<Finding> findings) {
    }

    /**
     * @param submission        the bound submission
     * @param frameworkOverride a framework id or a project-relative file that overrides the submission's
     *                          choice, or null
     * @param projectDir        the project directory (custom framework files resolve inside it)
     */
    public Result score(Submission submission, String frameworkOverride, Path projectDir) {
        return new Result(null, List.of());
    }
}
