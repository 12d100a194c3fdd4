package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 衡山 观塘 2023 (t70) is a 部门整体 table in the 财预〔2020〕10号 project layout: its framework file extends
 * mof-project-2020 with {@code "kind": "department"} (since session 55). score-summary.json/.md/.html said so
 * ({@code frameworkBaseKind}); the console's score line and the aggregate's framework column named the project form's
 * built-in beside a department with nothing more, read as a mismatch. Since session 56 both say the change, shortly; a
 * file that keeps its built-in's kind (鄂州 2021, t14) is said as before.
 */
class FrameworkBaseKindSaidTest {

    private static EngineResult run(Path project, Locale l) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(l));
    }

    @Test
    void theConsoleAndTheAggregateSayAFileChangesItsBasesKind() {
        Path t70 = Samples.realTable("t70-hengshan-guantang-2023");
        Path t14 = Samples.realTable("t14-ezhou-shenpi-2021");
        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            Messages m = new Messages(l);
            EngineResult r = run(t70, l);
            assertEquals("project", r.sheet().frameworkBaseKind());
            String version = r.sheet().frameworkBaseVersion();
            String line = ConsoleReport.scoreLines(r.sheet(), m.forSheet(r.sheet())).get(0).text();
            assertTrue(line.endsWith(m.label("console.frameworkBaseKind.department", "mof-project-2020", version)), line);
            assertTrue(line.contains(l == Messages.ZH ? "评价对象改为部门整体" : "made a department's framework"), line);
            EngineResult e = run(t14, l);
            String plain = ConsoleReport.scoreLines(e.sheet(), m.forSheet(e.sheet())).get(0).text();
            assertTrue(plain.endsWith(m.label("console.frameworkBase", "mof-project-2020", version)), plain);

            Aggregate.Result a = Aggregate.of(List.of(AggregateGradesTest.input("t70", t70, l), AggregateGradesTest.input("t14", t14, l)));
            String kinded = "guantang-department-2023" + m.label("aggregate.frameworkBaseKind.department", "mof-project-2020", version);
            assertTrue(kinded.contains(l == Messages.ZH ? "（扩展 mof-project-2020 " + version + "，改为部门整体）"
                    : " (extends mof-project-2020 " + version + ", made a department's)"), kinded);
            String same = "mof-project-2020-ezhou-shenpi-2021" + m.label("aggregate.frameworkBase", "mof-project-2020", version);
            String md = Aggregate.markdown(a, m);
            assertTrue(md.contains(" | " + Escape.md(kinded) + " | ") && md.contains(" | " + Escape.md(same) + " | "), md);
            String html = Aggregate.html(a, m);
            assertTrue(html.contains("<td>" + Escape.html(kinded) + "</td>") && html.contains("<td>" + Escape.html(same) + "</td>"), html);
            List<List<Object>> sheet = Aggregate.tables(a, m).get(0).rows();
            assertTrue(sheet.stream().anyMatch(row -> row.contains(kinded)) && sheet.stream().anyMatch(row -> row.contains(same)),
                    sheet.toString());
            String json = Aggregate.json(a);
            assertEquals(1, json.split("\"frameworkBaseKind\" : \"project\"", -1).length - 1, json);
        }
        // the summary as before
        assertTrue(ScoreSummary.jsonTree(run(t70, Messages.ZH), ReportMeta.of("")).frameworkBaseKind().equals("project"));
        assertFalse(Aggregate.json(Aggregate.of(List.of(AggregateGradesTest.input("t14", t14, Messages.ZH)))).contains("frameworkBaseKind"));
    }
}
