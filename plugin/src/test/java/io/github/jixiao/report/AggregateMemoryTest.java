package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao:aggregate read every module's findings.json (up to 64 MB each) and kept them all until the tables were made: a
 * reactor of many large modules needed their sum in heap, where the task asks for bounded memory whatever the files under
 * the limits. The aggregate is now built one department at a time (Aggregate.Builder, which the mojo feeds as it reads each
 * module): a department's reports are let go once added, and the tables are the same as from the list of them.
 */
class AggregateMemoryTest {
    @TempDir
    Path tmp;

    private Aggregate.Input input(String module) throws Exception {
        return AggregateMonitoringTest.input(module, tmp.resolve("reports"));
    }

    @Test
    void aDepartmentsReportsAreLetGoOnceAdded() throws Exception {
        Path sub = Samples.copyTo(tmp.resolve("sample"));
        EngineResult r = new Engine().run(EngineOptions.of(tmp.resolve("sample"), sub));
        ReportWriter.write(tmp.resolve("reports"), r, Map.of(), new Messages(Messages.ZH), ReportMeta.of(""));

        Aggregate.Builder b = new Aggregate.Builder();
        List<Aggregate.Input> all = new ArrayList<>();
        WeakReference<ReportModel.FindingsDocument> first = null;
        for (int i = 0; i < 3; i++) {
            Aggregate.Input in = input("m" + i);
            if (first == null) {
                first = new WeakReference<>(in.findings());
            }
            b.add(in);
            all.add(input("m" + i)); // read again for the comparison below
        }
        for (int k = 0; k < 20 && first.get() != null; k++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(first.get(), "the builder holds no department's findings.json once it is added");
        Aggregate.Result built = b.result();
        Aggregate.Result listed = Aggregate.of(all);
        assertEquals(Aggregate.json(listed), Aggregate.json(built), "the same aggregate as from the list of departments");
        assertEquals(3, built.rows().size());
    }
}
