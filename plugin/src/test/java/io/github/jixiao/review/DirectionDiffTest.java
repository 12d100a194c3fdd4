package io.github.jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.report.FrameworkNames;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportModel;
import io.github.jixiao.report.ReportModel.FindingsDocument;
import io.github.jixiao.report.ReportModel.SummaryDocument;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * diff.md and diff.json say where an indicator row's 指标方向 (direction) changed between two rounds: 银川 2021 (t1,
 * scored item by item) with 正向 on two rows and 反向 on a third, then with the third stated 正向 and the first's
 * direction left out. The same round twice says nothing of directions (a diff without a change is as before).
 */
class DirectionDiffTest {

    @TempDir
    Path tmp;

    /**
     * 银川 2021 (t1) with 正向 on its rows 0 and 1 and 反向 on row 3 (as DirectionInReportsTest writes them); {@code edit}:
     * row 3 stated 正向 instead and row 0's direction left out. Reported by the engine into {@code tmp/out-<name>}.
     */
    private Path round(String name, boolean edit) throws Exception {
        Path project = tmp.resolve(name);
        io.github.jixiao.testing.Samples.copyTreeEditingIndicators(
                Path.of(DirectionDiffTest.class.getResource("/real-tables/t1-yinchuan-2021").toURI()), project, root -> {
                    if (!edit) {
                        ((ObjectNode) root.at("/indicators/0")).put("direction", "正向");
                    }
                    ((ObjectNode) root.at("/indicators/1")).put("direction", "正向");
                    ((ObjectNode) root.at("/indicators/3")).put("direction", edit ? "正向" : "反向");
                });
        Path out = tmp.resolve("out-" + name);
        DiffLanguageTest.report(project, Messages.ZH, out);
        return out;
    }


    @Test
    void aChangedDirectionIsSaid() throws Exception {
        ScoreDiff.Result d = DiffLanguageTest.compare(round("r1", false), round("r2", true));
        assertEquals(2, d.directions().size(), d.directions().toString());
        for (Locale l : new Locale[] {Messages.ZH, Locale.ENGLISH}) {
            Messages m = new Messages(l);
            String md = ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m));
            // the console says it too, one line (session 29: only diff.md and diff.json did)
            Path diffMd = tmp.resolve("out-r2").resolve("diff.md");
            assertEquals(java.util.List.of(l == Messages.ZH ? "jixiao：指标方向（正向/反向）有变化的指标 2 个，详见 " + diffMd
                    : "jixiao: the direction (higher or lower is better) changed on 2 indicator rows; see " + diffMd),
                    ScoreDiff.console(d, m, diffMd));
            if (l == Messages.ZH) {
                assertTrue(md.contains("### 指标方向变化的指标（2）\n\n| 指标 | 之前 | 之后 |\n|---|---|---|\n"), md);
                assertTrue(md.contains(" · 办公所需成本 | 反向 | 正向 |\n"), md);
                assertTrue(md.contains(" · 保障人数 | 正向 | — |\n"), md);
            } else {
                assertTrue(md.contains("### Indicators whose direction changed (2)\n\n| Criterion | Before | After |\n"), md);
                assertTrue(md.contains(" · 办公所需成本 | 反向 (lower is better) | 正向 (higher is better) |\n"), md);
            }
        }
        String json = ScoreDiff.json(d);
        assertTrue(json.contains("\"directions\" : ["), json);
        assertTrue(json.contains("\"itemName\" : \"办公所需成本\""), json);
    }

    @Test
    void theSameDirectionsSayNothing() throws Exception {
        ScoreDiff.Result d = DiffLanguageTest.compare(round("s1", false), round("s2", false));
        assertTrue(d.directions().isEmpty());
        Messages m = new Messages(Messages.ZH);
        assertFalse(ScoreDiff.markdown(d, m, ScoreDiff.Links.none(), FrameworkNames.of(d.frameworkId(), m)).contains("指标方向"));
        assertFalse(ScoreDiff.json(d).contains("\"directions\""));
        assertEquals(java.util.List.of(), ScoreDiff.console(d, m, tmp.resolve("diff.md")), "nothing changed: the console as before");
    }
}
