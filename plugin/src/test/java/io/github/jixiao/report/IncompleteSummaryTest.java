package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A total computed with criteria that had no data says it is a lower bound. */
class IncompleteSummaryTest {
    @TempDir
    Path tmp;

    private String summary(Path sub, String file) throws Exception {
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        Path out = tmp.resolve("out");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ReportMeta.of(""));
        return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theSampleIsComplete() throws Exception {
        Path sub = Samples.copyTo(tmp);
        assertTrue(summary(sub, "score-summary.json").contains("\"complete\" : true"));
        assertFalse(summary(sub, "score-summary.md").contains("得分不完整"));
    }

    @Test
    void withoutManagementFiguresTheTotalIsMarkedALowerBound() throws Exception {
        Path sub = Samples.copyTo(tmp);
        Files.delete(sub.resolve("management.json"));
        String json = summary(sub, "score-summary.json");
        assertTrue(json.contains("\"complete\" : false"), json);
        assertTrue(summary(sub, "score-summary.md").contains("得分不完整"));
        assertTrue(summary(sub, "score-summary.html").contains("得分不完整"));
    }
}
