package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two projects of one unit are two named rows in aggregate, not two identical ones (issue: real forms, item 7). */
class AggregateProjectsTest {

    private static Aggregate.Input input(String module, String form) {
        Path project = Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("src/it").resolve(form).toAbsolutePath().normalize();
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        Messages m = new Messages(Messages.ZH);
        ReportMeta meta = ReportMeta.of("");
        return new Aggregate.Input(module, ScoreSummary.jsonTree(r, meta),
                FindingsJson.tree(r.findings(), m, ReportWriter.head(r, m, meta), java.util.Map.of()), null);
    }

    @Test
    void eachRowNamesItsProject() {
        Aggregate.Result r = Aggregate.of(List.of(input("a", "form-daying-2023-a"), input("b", "form-daying-2023-b")));
        assertEquals(List.of("大英县司法局", "大英县司法局 · 2023年全县安可替代补助资金项目"),
                r.rows().stream().map(Aggregate.Row::name).sorted().toList());
        String md = Aggregate.markdown(r, new Messages(Messages.ZH));
        assertTrue(md.contains("大英县司法局 · 2023年全县安可替代补助资金项目"), md);
        assertTrue(Aggregate.json(r).contains("\"project\""));
    }
}
