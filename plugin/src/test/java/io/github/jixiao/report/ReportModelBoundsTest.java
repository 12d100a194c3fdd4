package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.CpuBound;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report read back (diff, aggregate) is anyone's file: a number no run wrote is a malformed report naming the file
 * and where, before anything computes with it or prints it (session 25, item 4).
 */
class ReportModelBoundsTest {
    @TempDir
    Path tmp;

    /** The sample's reports as a build writes them; their folder. */
    private Path reports() throws Exception {
        io.github.jixiao.testing.Samples.copyTo(tmp);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission")));
        Path out = tmp.resolve("target/jixiao");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ReportMeta.of(""));
        return out;
    }

    /** {@code file} with the first {@code "name" : <number>} given {@code value} instead. */
    static void replaceNumber(Path file, String name, String value) throws Exception {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        String t = s.replaceFirst("\"" + name + "\" : -?[0-9][0-9.eE+-]*", "\"" + name + "\" : " + value);
        assertFalse(s.equals(t), name + " not in " + file);
        Files.writeString(file, t, StandardCharsets.UTF_8);
    }

    @Test
    void theReportsARunWritesAreReadBack() throws Exception {
        Path out = reports();
        ReportModel.SummaryDocument s = ReportModel.read(out.resolve(ReportWriter.SUMMARY_JSON), ReportModel.SummaryDocument.class);
        assertNotNull(s.total());
        assertNotNull(ReportModel.read(out.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e9999999", "1e99999999", "-1e999999999", "1e-999999999", "1.000000000000000000001",
            "12345678901234567890123456789012345678901"})
    void aTotalNoRunWroteIsAMalformedReportNamingTheFileAndWhere(String total) throws Exception {
        Path file = reports().resolve(ReportWriter.SUMMARY_JSON);
        replaceNumber(file, "total", total);
        ReportModel.MalformedReportException e = CpuBound.within(Duration.ofSeconds(10),
                () -> assertThrows(ReportModel.MalformedReportException.class, () -> ReportModel.read(file, ReportModel.SummaryDocument.class)));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": at /total: a number beyond what jixiao writes"), e.getMessage());
    }

    /** A malformed report is said in the reader's language, where and why, never in English inside Chinese (review V). */
    @Test
    void theDetailIsInTheReadersLanguage() throws Exception {
        Path file = tmp.resolve("score-summary.json");
        Files.writeString(file, "{\n  \"total\": 1,\n  \"criteria\": [ AKIASECRET ]\n}", StandardCharsets.UTF_8);
        ReportModel.MalformedReportException e = assertThrows(ReportModel.MalformedReportException.class,
                () -> ReportModel.read(file, ReportModel.SummaryDocument.class));
        String zh = e.detail(new Messages(Messages.ZH));
        assertTrue(zh.startsWith("第 3 行第 ") && zh.endsWith("不是有效的 JSON"), zh);
        assertTrue(e.detail(new Messages(java.util.Locale.ENGLISH)).startsWith("line 3, column "), e.detail());
        assertTrue(!zh.contains("AKIA") && !e.getMessage().contains("AKIA"), "never the text found there");
        Path summary = reports().resolve(ReportWriter.SUMMARY_JSON);
        replaceNumber(summary, "weight", "1e400");
        ReportModel.MalformedReportException n = assertThrows(ReportModel.MalformedReportException.class,
                () -> ReportModel.read(summary, ReportModel.SummaryDocument.class));
        assertTrue(n.detail(new Messages(Messages.ZH)).startsWith("/weight 处的数超出 jixiao 写出的范围"), n.detail(new Messages(Messages.ZH)));
    }

    @Test
    void aCriterionsWeightAndAnItemsScoreAreBoundedToo() throws Exception {
        Path file = reports().resolve(ReportWriter.SUMMARY_JSON);
        replaceNumber(file, "weight", "1e400");
        ReportModel.MalformedReportException e = assertThrows(ReportModel.MalformedReportException.class,
                () -> ReportModel.read(file, ReportModel.SummaryDocument.class));
        assertTrue(e.detail().startsWith("at /weight: "), e.getMessage());
        Files.writeString(file, "{\"criteria\":[{\"id\":\"a\",\"weight\":1,\"score\":1,\"claimed\":5.5,\"items\":[{\"id\":\"b\",\"score\":2e-50}]}]}",
                StandardCharsets.UTF_8);
        e = assertThrows(ReportModel.MalformedReportException.class, () -> ReportModel.read(file, ReportModel.SummaryDocument.class));
        assertTrue(e.detail().startsWith("at /criteria/0/items/0/score: "), e.getMessage());
    }

    @Test
    void monitoringFiguresAndRuleConfigurationAreBounded() throws Exception {
        Path file = tmp.resolve("findings.json");
        Files.writeString(file, "{\"monitoring\":{\"unit\":\"万元\",\"budget\":220,\"executed\":87.57,\"progress\":1e99999999}}",
                StandardCharsets.UTF_8);
        ReportModel.MalformedReportException e = assertThrows(ReportModel.MalformedReportException.class,
                () -> ReportModel.read(file, ReportModel.FindingsDocument.class));
        assertTrue(e.detail().startsWith("at /monitoring/progress: "), e.getMessage());
        Files.writeString(file, "{\"ruleConfiguration\":[{\"id\":\"x\",\"thresholds\":{\"share\":1e999999999}}]}", StandardCharsets.UTF_8);
        e = assertThrows(ReportModel.MalformedReportException.class, () -> ReportModel.read(file, ReportModel.FindingsDocument.class));
        assertTrue(e.detail().startsWith("at /ruleConfiguration/0/thresholds/share: "), e.getMessage());
    }

    @Test
    void theLargestNumbersARunWritesAreAccepted() {
        // a percentage of the largest figure of the smallest: 10^15 ÷ 10^-20 × 100, 2 decimals; a figure of 20 decimals
        assertTrue(ReportModel.bounded(new BigDecimal("999999999999999").divide(new BigDecimal("1e-20")).movePointRight(2).setScale(2)));
        assertTrue(ReportModel.bounded(new BigDecimal("999999999999999.12345678901234567890")));
        assertTrue(ReportModel.bounded(new BigDecimal("1.50000000000000000000000000")));
        assertFalse(ReportModel.bounded(new BigDecimal("1e999999999")));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = tmp.resolve("findings.json");
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), ReportModel.MAX_BYTES); // sparse: 64 MB + 1 byte
        }
        ReportModel.MalformedReportException e = assertThrows(ReportModel.MalformedReportException.class,
                () -> ReportModel.read(file, ReportModel.FindingsDocument.class));
        assertEquals("larger than 67108864 bytes, the most aggregate and diff read of one report (check writes one that"
                + " large only for a submission of tens of thousands of indicator rows)", e.detail());
        assertTrue(e.tooLarge());
    }
}
