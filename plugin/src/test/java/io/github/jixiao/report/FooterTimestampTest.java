package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's footer printed the build's project.build.outputTimestamp bare ("… · 2024-01-01T00:00:00Z"): jixiao:init
 * writes {@code <year>-01-01T00:00:00Z}, and a reviewer took it for the date of the report (session 38, trial E). It is
 * labelled as what it is, in each language, on the score summary's page and the aggregate's, the same bytes on each run.
 */
class FooterTimestampTest {
    private static String footer(String html) {
        return html.substring(html.indexOf("<footer>"), html.indexOf("</footer>") + "</footer>".length());
    }

    @Test
    void theTimestampIsSaidAsTheBuildsNotTheReportsDate(@TempDir Path tmp) throws Exception {
        Path sub = Samples.copyTo(tmp);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        ReportMeta meta = new ReportMeta("0.1.0-TEST", "1.0", "2024-01-01T00:00:00Z");
        String zh = footer(ScoreSummaryHtml.render(r, Map.of(), new Messages(Messages.ZH), meta));
        assertEquals("<footer>由 jixiao 0.1.0-TEST 生成（申报格式版本 1.0） · 构建时间戳 2024-01-01T00:00:00Z（pom 中的 "
                + "project.build.outputTimestamp，为使每次生成的报告完全相同而固定，不是本报告的生成日期）</footer>", zh);
        String en = footer(ScoreSummaryHtml.render(r, Map.of(), new Messages(Locale.ENGLISH), meta));
        assertEquals("<footer>Produced by jixiao 0.1.0-TEST (submission format 1.0) · build timestamp 2024-01-01T00:00:00Z "
                + "(project.build.outputTimestamp in the pom, fixed so that the reports come out the same on every run: not the "
                + "date of this report)</footer>", en);
        assertEquals(zh, footer(ScoreSummaryHtml.render(r, Map.of(), new Messages(Messages.ZH), meta)), "the same on each run");
        // no timestamp set: nothing said of one
        assertEquals("<footer>由 jixiao 0.1.0-TEST 生成（申报格式版本 1.0）</footer>",
                footer(ScoreSummaryHtml.render(r, Map.of(), new Messages(Messages.ZH), new ReportMeta("0.1.0-TEST", "1.0", ""))));
        assertTrue(!zh.contains("· 2024"), zh);
    }
}
