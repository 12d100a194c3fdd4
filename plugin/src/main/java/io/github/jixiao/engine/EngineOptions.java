package io.github.jixiao.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What to check.
 *
 * @param projectDir    the project directory; reported paths are relative to it
 * @param submissionDir the folder of JSON files
 * @param includes      glob patterns of files to check, relative to the submission folder ({@code **}/*.json by default)
 * @param excludes      glob patterns to leave out
 * @param framework     framework id or project-relative file overriding the submission's choice, or null
 */
public record EngineOptions(Path projectDir, Path submissionDir, List<String> includes, List<String> excludes, String framework) {
    public EngineOptions {
        includes = includes == null || includes.isEmpty() ? List.of("**/*.json") : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }

    public static EngineOptions of(Path projectDir, Path submissionDir) {
        return new EngineOptions(projectDir, submissionDir, null, null, null);
    }
}
