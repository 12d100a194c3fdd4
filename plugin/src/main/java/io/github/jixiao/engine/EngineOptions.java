package io.github.jixiao.engine;

import io.github.jixiao.lint.RuleConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What to check.
 *
 * @param projectDir    the project directory; reported paths are relative to it
 * @param submissionDir the folder of JSON files
 * @param includes      glob patterns of files to check, relative to the submission folder ({@code **}/*.json by default)
 * @param excludes      glob patterns to leave out
 * @param framework     framework id or project-relative file overriding the submission's choice, or null
 * @param rules         per-rule severities and thresholds ({@link RuleConfig#none()} when null)
 * @param locale        the language of the scoring texts (explanations, figures' labels): Chinese when null, English
 *                      for an English locale; the scores do not depend on it
 */
public record EngineOptions(Path projectDir, Path submissionDir, List<String> includes, List<String> excludes, String framework,
                            RuleConfig rules, Locale locale) {
    /** The files checked when no includes are given. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.json");

    public EngineOptions {
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        rules = rules == null ? RuleConfig.none() : rules;
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        for (String g : includes) {
            requireGlob(g);
        }
        for (String g : excludes) {
            requireGlob(g);
        }
    }

    private static void requireGlob(String glob) {
        String problem = globProblem(glob);
        if (problem != null) {
            throw new IllegalArgumentException("invalid glob \"" + io.github.jixiao.load.SubmissionLoader.excerpt(glob, 200)
                    + "\": " + problem);
        }
    }

    /** Null when {@code glob} is a valid pattern; else what is wrong with it (for a configuration error naming it). */
    public static String globProblem(String glob) {
        if (glob == null || glob.isBlank()) {
            return "empty";
        }
        try {
            Engine.compileGlob(glob);
            return null;
        } catch (java.util.regex.PatternSyntaxException e) {
            return io.github.jixiao.load.SubmissionLoader.excerpt(e.getDescription(), 120);
        } catch (RuntimeException e) {
            return io.github.jixiao.load.SubmissionLoader.excerpt(String.valueOf(e.getMessage()), 120);
        }
    }

    public EngineOptions(Path projectDir, Path submissionDir, List<String> includes, List<String> excludes, String framework) {
        this(projectDir, submissionDir, includes, excludes, framework, null, null);
    }

    public EngineOptions(Path projectDir, Path submissionDir, List<String> includes, List<String> excludes, String framework,
                         RuleConfig rules) {
        this(projectDir, submissionDir, includes, excludes, framework, rules, null);
    }

    /** These options with the scoring texts in {@code locale}. */
    public EngineOptions withLocale(Locale locale) {
        return new EngineOptions(projectDir, submissionDir, includes, excludes, framework, rules, locale);
    }

    public static EngineOptions of(Path projectDir, Path submissionDir) {
        return new EngineOptions(projectDir, submissionDir, null, null, null);
    }
}
