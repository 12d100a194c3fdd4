package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Points printed on a category (indicators.json {@code categories}) reach the rows filed under an alias the framework's
 * taxonomy lists for it, as the indicator-points blocks read such rows (Level1AliasBlockTest, session 44). Until session 45
 * {@code CategoryPoints} compared the category's and the rows' labels as written only: 效益指标 (30分) printed on the
 * category and its rows filed 效果指标 (the framework's alias) shared nothing, and each row was asked for its points. On
 * 棠溪 2022 (t25) under a project copy of mof-project-2020 whose 效益指标 lists the alias 效果指标, the three 效益 rows'
 * 分值 moved onto the category (效益指标, 30): rows typed 效果指标 must score as rows typed 效益指标 (10 of 10 each).
 */
class CategoryPointsAliasTest {

    @Test
    void aCategorysPointsReachTheRowsFiledUnderItsAlias(@TempDir Path tmp) throws Exception {
        EngineResult printed = run(tmp.resolve("printed"), "效益指标");
        EngineResult alias = run(tmp.resolve("alias"), "效果指标");
        assertTrue(rows(printed).stream().filter(l -> l.equals("  10/10.00")).count() >= 4, rows(printed).toString());
        assertEquals(rows(printed), rows(alias));
        assertEquals(printed.sheet().total(), alias.sheet().total());
        assertEquals(printed.sheet().grade(), alias.sheet().grade());
        assertEquals(scoring(printed), scoring(alias));
    }

    private static EngineResult run(Path project, String level1) throws Exception {
        Samples.copyTreeEditingIndicators(Samples.realTable("t25-tangxi-weituo-2022"), project, root -> {
            for (int k = 6; k <= 8; k++) {
                ObjectNode row = (ObjectNode) root.at("/indicators/" + k);
                row.put("level1", level1);
                row.remove("points");
            }
            ArrayNode categories = ((ObjectNode) root).putArray("categories");
            categories.addObject().put("level1", "效益指标").put("points", 30);
        });
        return Level1AliasBlockTest.runUnderAliasFramework(project);
    }

    private static List<String> rows(EngineResult r) {
        return Level1AliasBlockTest.rows(r);
    }

    /** The score findings with their zh text, but for the category's name as typed on the rows (效益指标 / 效果指标). */
    private static List<String> scoring(EngineResult r) {
        Messages zh = new Messages(Messages.ZH);
        return r.findings().stream().filter(f -> f.ruleId().startsWith("score-"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer() + " " + zh.message(f)).toList();
    }
}
