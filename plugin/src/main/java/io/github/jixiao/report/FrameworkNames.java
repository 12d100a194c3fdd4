package io.github.jixiao.report;

import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.FrameworkLoader;
import io.github.jixiao.score.ScoreSheet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names a report shows for a framework's criteria, levels, grades and 评分标准 in its locale. Chinese reports
 * show the framework's texts as they are; English ones show the framework's own English ({@code nameEn} of the
 * framework, 一级/二级 groups, leaves and sub-items, {@code gradeEn}, {@code standardEn}) and fall back to the
 * Chinese where the framework gives none.
 *
 * <p>The English comes with the score sheet, from the framework the submission was scored against (a project's
 * own framework file included). The aggregate page, which reads score-summary.json back, reads the framework the
 * summary names again ({@link #english(String, String, java.nio.file.Path)}).
 */
public final class FrameworkNames {
    private static final Map<String, FrameworkNames> BUILT_IN = new ConcurrentHashMap<>();
    private static final FrameworkNames NONE = new FrameworkNames(Map.of());

    /** Chinese text → English, as the framework gives it. */
    private final Map<String, String> english;

    private FrameworkNames(Map<String, String> english) {
        this.english = english;
    }

    /** The names for {@code sheet} in the locale of {@code m}: the English of the framework it was scored against. */
    public static FrameworkNames of(ScoreSheet sheet, Messages m) {
        return sheet == null || !m.english() ? NONE : new FrameworkNames(sheet.english());
    }

    /**
     * The names of the built-in framework {@code frameworkId} in the locale of {@code m}, for reports that have the
     * framework's id only (diff.md when the run could not score; the aggregate page when it cannot read the framework).
     */
    public static FrameworkNames of(String frameworkId, Messages m) {
        if (frameworkId == null || !m.english() || !FrameworkLoader.BUILT_IN.contains(frameworkId)) {
            return NONE;
        }
        return BUILT_IN.computeIfAbsent(frameworkId, FrameworkNames::load);
    }

    /**
     * The names {@code english} gives (a framework's Chinese → English, as {@link #english(String, String, Path)} reads
     * it) in the locale of {@code m}; the built-in framework {@code frameworkId}'s when {@code english} is null.
     */
    public static FrameworkNames of(Map<String, String> english, String frameworkId, Messages m) {
        if (english == null) {
            return of(frameworkId, m);
        }
        return !m.english() || english.isEmpty() ? NONE : new FrameworkNames(english);
    }

    /**
     * The English of the framework a module's run scored against, for a report that reads its score-summary.json back
     * (the aggregate page): the project file the summary names ({@code frameworkFile}, read again from the module's
     * directory, which a run's confinement rules apply to), as the module's own reports used it; the built-in
     * framework of {@code frameworkId} when the summary names no file or the file cannot be read now. Null when there
     * is neither.
     */
    public static Map<String, String> english(String frameworkId, String frameworkFile, java.nio.file.Path projectDir) {
        if (frameworkFile != null && !frameworkFile.isBlank() && projectDir != null) {
            try {
                io.github.jixiao.score.Framework f = FrameworkLoader.load(frameworkFile, projectDir, io.github.jixiao.load.Src.NONE).framework();
                if (f != null) {
                    return f.english();
                }
            } catch (RuntimeException e) {
                // a file that no longer reads: the built-in framework of its id, as before
            }
        }
        if (frameworkId == null || !FrameworkLoader.BUILT_IN.contains(frameworkId)) {
            return null;
        }
        try {
            return FrameworkLoader.builtIn(frameworkId).english();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A leaf criterion's name by its id, when the Chinese name is {@code zh}. */
    public String criterion(String id, String zh) {
        return name(zh);
    }

    private static FrameworkNames load(String id) {
        try {
            return new FrameworkNames(FrameworkLoader.builtIn(id).english());
        } catch (RuntimeException e) {
            return NONE; // a packaging bug the framework tests catch; the report is still written
        }
    }

    private String name(String zh) {
        return zh == null ? "" : english.getOrDefault(zh, zh);
    }

    /** A leaf criterion's (or sub-item's) name. */
    public String criterion(CriterionScore c) {
        return name(c.name());
    }

    /** A 一级 or 二级 group's name. */
    public String group(String zh) {
        return name(zh);
    }

    public String grade(String zh) {
        return name(zh);
    }

    public String framework(String zh) {
        return name(zh);
    }

    /** A criterion's 评分标准. */
    public String standard(String zh) {
        return name(zh);
    }
}
