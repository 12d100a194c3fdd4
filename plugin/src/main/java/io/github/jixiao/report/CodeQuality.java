package io.github.jixiao.report;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code gl-code-quality-report.json}: the findings in GitLab's Code Quality format (the subset of the Code Climate
 * issue spec GitLab reads: {@code description}, {@code check_name}, {@code fingerprint}, {@code severity},
 * {@code location.path}, {@code location.lines.begin}), so that a merge request's Code Quality widget (against the
 * target branch's report) and, on GitLab Ultimate, its diff show them (GitLab does not read SARIF). Declared in
 * {@code .gitlab-ci.yml} under
 * {@code artifacts:reports:codequality} (docs/ci.md). Not written by default ({@code -Djixiao.formats=default,codequality}).
 *
 * <p>The description is a finding's message as the Markdown outputs write it ({@link Escape#md}: GitLab renders it
 * as Markdown), so a name in it makes no link, image, HTML, table or code span.
 *
 * <p>A suppressed finding is left out (its reason was accepted; GitLab has no way to show one as suppressed), and so is
 * a finding in jixiao-baseline.json. Paths
 * are the repository's: GitLab links {@code location.path} into the merge request's diff from the repository root,
 * so a department that is one module of a reactor gets its folder ({@code prefix}) before each file. GitLab wants each
 * fingerprint once in a pipeline (it merges every job's and module's report): a finding's identity
 * ({@link Messages#fingerprint}, stable when rows move) is taken over its file as the repository names it, so that two
 * modules' alike findings stay two, and a finding whose identity another finding of the run already has gets
 * {@code :2}, {@code :3} … after it, in the findings' order.
 */
public final class CodeQuality {
    private CodeQuality() {
    }

    public static final String FILE = "gl-code-quality-report.json";

    /**
     * The report's tree.
     *
     * @param prefix the project's folder in the repository, with a trailing {@code /} ({@code "" } at its root)
     */
    static List<Object> tree(List<Finding> findings, Map<Finding, String> suppressions, Messages messages, Cells cells,
                             String prefix) {
        return tree(findings, suppressions, java.util.Set.of(), messages, cells, prefix);
    }

    /** As above; a finding in the baseline is left out too (it does not fail the build either). */
    static List<Object> tree(List<Finding> findings, Map<Finding, String> suppressions, java.util.Set<Finding> baselined,
                             Messages messages, Cells cells, String prefix) {
        List<Object> issues = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            if (suppressions.containsKey(f) || baselined.contains(f)) {
                continue;
            }
            String path = f.file().isEmpty() ? prefix.isEmpty() ? "." : prefix.substring(0, prefix.length() - 1)
                    : prefix + f.file();
            // GitLab keeps one issue per fingerprint across every report of the pipeline: in a reactor, two departments'
            // alike findings (the same placeholder in the same file of each) must differ, so a module's identity is
            // taken over the file as the repository names it; at the root it is findings.json's and SARIF's
            String fp = prefix.isEmpty() ? messages.fingerprint(f) : Fingerprints.of(new Finding(f.ruleId(), f.severity(),
                    f.key(), f.args(), path, f.pointer(), f.line(), f.column(), f.criterion()));
            int n = seen.merge(fp, 1, Integer::sum);
            if (n > 1) {
                fp = fp + ":" + n;
            }
            String text = Escape.clean(messages.message(f));
            String cell = cells.of(f, messages); // for the reader: a Word document's cells in the report's language
            if (cell != null) {
                text = text + " " + messages.label("report.cell", Escape.clean(cell)); // as the console says it
            }
            Map<String, Object> lines = new LinkedHashMap<>();
            lines.put("begin", Math.max(1, f.line()));
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("path", path);
            location.put("lines", lines);
            Map<String, Object> issue = new LinkedHashMap<>();
            // GitLab shows the description as Markdown in the merge request's widget: a name holding [x](javascript:…),
            // <img …>, | or backticks is escaped as every Markdown output escapes it (a link, an image, a table, code)
            issue.put("description", Escape.md(Escape.cut(text, Escape.MAX_MESSAGE)));
            issue.put("check_name", f.ruleId());
            issue.put("fingerprint", fp);
            issue.put("severity", severity(f.severity()));
            issue.put("location", location);
            issues.add(issue);
        }
        return issues;
    }

    /** GitLab's scale is info, minor, major, critical, blocker: an error is major, a warning minor, a hint info. */
    static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    /**
     * The repository's root folder: {@code named} ({@code jixiao.repositoryRoot}) when given; else GitLab's checkout
     * ({@code CI_PROJECT_DIR}, set in every GitLab job) when the project lies in it, as GitLab names files from there
     * whichever folder the build started in ({@code cd dept-a && ./mvnw verify}, {@code -f dept-a/pom.xml}); else the
     * folder Maven takes for the root ({@code maven.multiModuleProjectDirectory}: the one with {@code .mvn/}, else where
     * the build started), which may be null.
     */
    public static java.nio.file.Path root(java.nio.file.Path named, String ciProjectDir, java.nio.file.Path maven,
                                          java.nio.file.Path project) {
        if (named != null) {
            return named;
        }
        if (ciProjectDir != null && !ciProjectDir.isBlank() && project != null) {
            java.nio.file.Path ci = java.nio.file.Path.of(ciProjectDir.strip());
            if (contains(ci, project)) {
                return ci;
            }
        }
        return maven;
    }

    /** Whether {@code project} is {@code root} or lies below it (both as they are on disk, links resolved). */
    public static boolean contains(java.nio.file.Path root, java.nio.file.Path project) {
        return real(project).startsWith(real(root));
    }

    /**
     * The folder of {@code project} inside {@code root} as a prefix of repository paths ({@code "dept-a/"}), or
     * {@code ""} when the project is the root, either is unknown, or the project is not below the root. Both are
     * compared as they are on disk: a root reached through a link ({@code /tmp} on macOS, a runner's builds folder)
     * is the folder it leads to, as the project's folder already is.
     */
    public static String prefix(java.nio.file.Path root, java.nio.file.Path project) {
        if (root == null || project == null) {
            return "";
        }
        java.nio.file.Path r = real(root);
        java.nio.file.Path p = real(project);
        if (!p.startsWith(r) || p.equals(r)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (java.nio.file.Path part : r.relativize(p)) {
            sb.append(part).append('/');
        }
        return sb.toString();
    }

    /** The folder as it is on disk, links resolved; as written (absolute, normalized) when it does not exist. */
    private static java.nio.file.Path real(java.nio.file.Path p) {
        java.nio.file.Path a = p.toAbsolutePath().normalize();
        try {
            return a.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return a;
        }
    }
}
