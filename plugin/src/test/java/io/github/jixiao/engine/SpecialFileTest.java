package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.CpuBound;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 25, minor: a FIFO named budget.json was left out of the listing and then called missing ("没有 budget.json",
 * create it). It is said for what it is, a file that is not a regular file and was not read, and is not claimed missing;
 * nothing blocks on opening it.
 */
class SpecialFileTest {
    @TempDir
    Path project;

    @Test
    void aFifoNamedBudgetJsonIsNotARegularFileRatherThanMissing() throws Exception {
        Path sub = Samples.copyTo(project);
        Files.delete(sub.resolve("budget.json"));
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", sub.resolve("budget.json").toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mk.waitFor() == 0);
        EngineResult r = CpuBound.within(Duration.ofSeconds(30), Duration.ofMinutes(2), // a FIFO read blocks: a wait
                () -> new Engine().run(EngineOptions.of(project, sub)));
        List<Finding> said = r.findings().stream().filter(f -> f.file().equals("submission/budget.json")).toList();
        assertEquals(1, said.size(), said.toString());
        Finding f = said.get(0);
        assertEquals("file-unreadable", f.ruleId());
        assertEquals("not-regular", f.key());
        assertEquals("submission/budget.json is not a regular file (a FIFO, a socket or a device), so it was not read. Commit the file itself.",
                new Messages(Locale.ENGLISH).message(f));
        Messages en = new Messages(Locale.ENGLISH);
        for (Finding g : r.findings()) {
            assertTrue(!en.message(g).contains("no budget.json") && !g.args().contains("budget.json"), en.message(g));
        }
    }
}
