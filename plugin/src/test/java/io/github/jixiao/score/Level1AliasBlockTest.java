package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A row filed under a 一级 alias the framework's taxonomy lists is scored by the indicator-points block of that 一级, as
 * {@link Framework#category} (and so every lint rule) files it. Until session 44 {@code Method.IndicatorPoints.counts}
 * compared the block's own {@code level1} names only (a Method has no framework): such a row was in no block, its points
 * and score lost. On 棠溪 2022 (t25) under a project copy of mof-project-2020 whose 效益指标 lists the alias 效果指标: the
 * three 效益 rows (30 points) typed 效果指标 must score as typed 效益指标; before, the 效益 criterion held nothing of them.
 */
class Level1AliasBlockTest {

    @Test
    void aRowFiledUnderAnAliasIsInItsCategorysBlock(@TempDir Path tmp) throws Exception {
        EngineResult printed = run(tmp.resolve("printed"), "效益指标");
        EngineResult alias = run(tmp.resolve("alias"), "效果指标");
        assertEquals("tangxi-alias-2022", alias.sheet().frameworkId());
        assertTrue(rows(printed).stream().anyMatch(l -> l.startsWith("  10/10")), rows(printed).toString());
        assertEquals(rows(printed), rows(alias));
        assertEquals(printed.sheet().total(), alias.sheet().total());
        assertEquals(printed.sheet().grade(), alias.sheet().grade());
        assertEquals(scoring(printed), scoring(alias));
        // lint files the rows under 效益指标 too: no category finding on them either way
        assertEquals(categories(printed), categories(alias));
    }

    private static EngineResult run(Path project, String level1) throws Exception {
        Samples.copyTreeEditingIndicators(Samples.realTable("t25-tangxi-weituo-2022"), project, root -> {
            for (int k = 6; k <= 8; k++) {
                ((ObjectNode) root.at("/indicators/" + k)).put("level1", level1);
            }
        });
        return runUnderAliasFramework(project);
    }

    /**
     * The project run under a copy of its own framework, mof-project-2020 marked partial (tangxi-alias-2022.json in the project), that lists 效果指标 as an
     * alias of its 效益指标 (CategoryPointsAliasTest runs the same).
     */
    static EngineResult runUnderAliasFramework(Path project) throws Exception {
        // the table's own framework (mof-project-2020 marked partial, the copy cut in its 满意度 block: since session 51;
        // since session 52 a file that extends the built-in, which cannot change the taxonomy: the whole built-in, written
        // out with the file's partial, is the copy changed here)
        String own = Files.readString(project.resolve("mof-project-2020-tangxi-weituo-2022.json"), StandardCharsets.UTF_8);
        String partial = tools.jackson.databind.json.JsonMapper.builder().build().readTree(own).get("partial").toString();
        String framework;
        try (java.io.InputStream in = Level1AliasBlockTest.class.getClassLoader()
                .getResourceAsStream(FrameworkLoader.RESOURCE_DIR + FrameworkLoader.MOF_PROJECT + ".json")) {
            framework = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String copy = framework.replace("\"id\": \"mof-project-2020\",", "\"id\": \"tangxi-alias-2022\",\n  \"partial\": " + partial + ",")
                .replace("\"level1\": \"效益指标\",", "\"level1\": \"效益指标\",\n      \"aliases\": [\"效果指标\"],");
        assertTrue(copy.contains("\"aliases\": [\"效果指标\"]"));
        Files.writeString(project.resolve("tangxi-alias-2022.json"), copy);
        Path dept = project.resolve("submission/department.json");
        String named = Files.readString(dept);
        String renamed = named.replace("\"framework\": \"mof-project-2020-tangxi-weituo-2022.json\"", "\"framework\": \"tangxi-alias-2022.json\"");
        assertTrue(!renamed.equals(named), "the table names its framework file");
        Files.writeString(dept, renamed);
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
    }

    /** Each criterion's weight and score, and those of the indicator rows it scores. */
    static List<String> rows(EngineResult r) {
        List<String> out = new java.util.ArrayList<>();
        for (CriterionScore c : r.sheet().criteria()) {
            out.add(c.id() + " " + c.weight().stripTrailingZeros().toPlainString() + "/" + c.score().toPlainString());
            c.items().forEach(i -> out.add("  " + i.weight().stripTrailingZeros().toPlainString() + "/" + i.score().toPlainString()));
        }
        return out;
    }

    /** The score findings with their zh text. */
    static List<String> scoring(EngineResult r) {
        Messages zh = new Messages(Messages.ZH);
        return r.findings().stream().filter(f -> f.ruleId().startsWith("score-"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer() + " " + zh.message(f)).toList();
    }

    private static List<String> categories(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().startsWith("indicator-category"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).toList();
    }
}
