package io.github.jixiao.report;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
class TmpDumpTest {
    @Test void dump() throws Exception {
        var r = ScoreSummaryTest.run(ScoreSummaryTest.sample());
        ReportWriter.write(Path.of("/tmp/wt14/zh2"), r, Map.of(), new Messages(Messages.ZH), ScoreSummaryTest.META, Snippets.of(ScoreSummaryTest.sample()));
    }
}
