package io.github.jixiao.testing;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.score.CriterionScore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real table (src/test/resources/real-tables) or another project checked, as filed or with its indicators edited, and
 * its findings and scored rows read back.
 */
public final class RealTableRuns {
    private RealTableRuns() {
    }

    /** Checks real table {@code table} as committed, read in place (the engine writes nothing). */
    public static EngineResult asFiled(String table) throws Exception {
        Path project = Path.of(RealTableRuns.class.getResource("/real-tables/" + table).toURI());
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    /** The one finding of rule {@code rule} at {@code pointer} of real table {@code table} as filed; fails unless one. */
    public static Finding one(String table, String rule, String pointer) {
        List<Finding> all;
        try {
            all = asFiled(table).findings();
        } catch (Exception e) {
            throw new IllegalStateException(table, e);
        }
        List<Finding> found = all.stream().filter(f -> f.ruleId().equals(rule) && f.pointer().equals(pointer)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + rule + " at " + pointer + " of " + table + ", found " + all);
        }
        return found.get(0);
    }

    /** {@code f}'s message in Chinese, as the console and reports say it. */
    public static String zh(Finding f) {
        return new Messages(Messages.ZH).message(f);
    }

    /** {@code f}'s message in English. */
    public static String en(Finding f) {
        return new Messages(Locale.ENGLISH).message(f);
    }

    /** Checks the project at {@code project} (its submission in {@code submission/}), messages in {@code locale}. */
    public static EngineResult run(Path project, Locale locale) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(locale));
    }

    /** The findings of rule {@code rule}, in the engine's order. */
    public static List<Finding> of(EngineResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    /** The scored row (三级指标 item) whose name ends in {@code name}; fails when there is none. */
    public static CriterionScore row(EngineResult r, String name) {
        return r.sheet().criteria().stream().flatMap(c -> c.items().stream()).filter(i -> i.name().endsWith(name))
                .findFirst().orElseThrow();
    }

    /** Checks real table {@code table}, copied into {@code tmp} with {@code edit} applied to its indicators.json. */
    public static EngineResult run(Path tmp, String table, Consumer<ObjectNode> edit) throws Exception {
        Path project = tmp.resolve(table);
        Samples.copyTreeEditingIndicators(Path.of(RealTableRuns.class.getResource("/real-tables/" + table).toURI()),
                project, root -> edit.accept((ObjectNode) root));
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    /** The findings on indicator rows {@code rows} (by index): "pointer rule key [args]", sorted. */
    public static List<String> onRows(EngineResult r, String... rows) {
        return r.findings().stream()
                .filter(f -> Arrays.stream(rows).anyMatch(k -> f.pointer().equals("/indicators/" + k)
                        || f.pointer().startsWith("/indicators/" + k + "/")))
                .map(f -> f.pointer() + " " + f.ruleId() + " " + f.key() + " " + f.args())
                .sorted()
                .toList();
    }
}
