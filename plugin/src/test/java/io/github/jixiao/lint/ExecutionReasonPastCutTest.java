package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 50 (G1, F17's left-alone): 隆阳 2022 (t111) spends 10.77 % and its copy ends before the form's 偏差大或目标未完成原因分析
 * (t84's form prints it after the total). Its framework says so as data, {@code partialCut.executionReason}, and
 * execution-rate-unexplained holds; without that line, the partial note alone, the finding is there: the hold is read from
 * the data, not from a framework being partial.
 */
class ExecutionReasonPastCutTest {

    private static List<String> unexplained(Path tmp, boolean keepFlag) throws Exception {
        Samples.copyTree(Samples.realTable("t111-longyang-huafei-2022"), tmp);
        if (!keepFlag) {
            Path fw = tmp.resolve("longyang-huafei-2022.json");
            String s = Files.readString(fw);
            String flag = ",\n  \"partialCut\": {\n    \"executionReason\": true\n  }";
            assertEquals(true, s.contains(flag));
            Files.writeString(fw, s.replace(flag, ""));
        }
        return new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("execution-rate-unexplained") || f.ruleId().equals("score-weights"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).sorted().toList();
    }

    @Test
    void theReasonPastTheCutIsNotAskedFor(@TempDir Path tmp) throws Exception {
        // partial-rows since session 53: the cut only, beside score-input-missing's -short finding (Engine.partialRowsOnce)
        assertEquals(List.of("score-weights partial-rows /partial"), unexplained(tmp, true));
    }

    @Test
    void aPartialNoteAloneDoesNotHoldIt(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("execution-rate-unexplained  /funds/total/executed", "score-weights partial-rows /partial"),
                unexplained(tmp, false));
    }
}
