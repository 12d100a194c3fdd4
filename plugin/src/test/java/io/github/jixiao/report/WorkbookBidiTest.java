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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * r24 item 6: a U+202E (and U+202C) in a department's and an indicator's name stayed raw in score-summary.xlsx and
 * aggregate.xlsx, reversing what the reviewer reads there, while the page, the Markdown and the console replace it.
 * The workbook writer (XlsxWriter) writes each such character as U+FFFD wherever text goes — shared strings, sheet
 * names — for both workbooks, and keeps a cell's line breaks; it does so once per distinct text, as it escapes XML.
 */
class WorkbookBidiTest {
    @TempDir
    Path tmp;

    @Test
    void bidiControlsAreReplacedInBothWorkbooks() throws Exception {
        Path sub = Samples.copyTo(tmp);
        Path dept = sub.resolve("department.json");
        Files.writeString(dept, Files.readString(dept).replace("\"name\": \"深圳市福田区科技和工业信息化局（本级）\"",
                "\"name\": \"深圳市福田区\u202E局级本\u202C\""), StandardCharsets.UTF_8);
        Path ind = sub.resolve("indicators.json");
        Files.writeString(ind, Files.readString(ind).replace("\"name\": \"服务创新联合体数量\"",
                "\"name\": \"服务\u202E量数体合联\u202C\""), StandardCharsets.UTF_8);
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        assertTrue(r.department().contains("\u202E"), "the department's name as filed");
        Path out = tmp.resolve("out");
        ReportWriter.write(out, r, Map.of(), new Messages(Messages.ZH), ReportMeta.of(""));
        String strings = BaselinedReportsTest.sharedStrings(out.resolve(ScoreSummaryXlsx.FILE));
        assertFalse(strings.contains("\u202E") || strings.contains("\u202C"), "score-summary.xlsx keeps no bidi control");
        assertTrue(strings.contains("深圳市福田区\uFFFD局级本\uFFFD"), "the department's name, replaced as on the page");
        assertTrue(strings.contains("服务\uFFFD量数体合联\uFFFD"), "the indicator's name, replaced");

        ReportModel.FindingsDocument findings = ReportModel.read(out.resolve(ReportWriter.FINDINGS_JSON), ReportModel.FindingsDocument.class);
        ReportModel.SummaryDocument summary = ReportModel.read(out.resolve(ReportWriter.SUMMARY_JSON), ReportModel.SummaryDocument.class);
        Aggregate.Result agg = Aggregate.of(List.of(new Aggregate.Input("dept-a", summary, findings, null)));
        byte[] bytes = io.github.jixiao.xlsx.XlsxWriter.write(Aggregate.tables(agg, new Messages(Messages.ZH)));
        Path aggregate = Files.write(tmp.resolve("aggregate.xlsx"), bytes);
        String aggStrings = BaselinedReportsTest.sharedStrings(aggregate);
        assertFalse(aggStrings.contains("\u202E") || aggStrings.contains("\u202C"), "aggregate.xlsx keeps no bidi control");
        assertTrue(aggStrings.contains("深圳市福田区\uFFFD局级本\uFFFD"), aggStrings);
    }

    @Test
    void theWriterReplacesThemOnceAndKeepsACellsLineBreaks() throws Exception {
        io.github.jixiao.xlsx.Table t = new io.github.jixiao.xlsx.Table("表\u202E一", "标题\u2066", List.of("a\u0085"),
                List.of(10), List.of(List.<Object>of("a\nb\tc"), List.<Object>of("a\u202Eb\u007Fc\uFEFF\u2028"), List.<Object>of("评分表")),
                0);
        Path x = Files.write(tmp.resolve("t.xlsx"), io.github.jixiao.xlsx.XlsxWriter.write(List.of(t)));
        String strings = BaselinedReportsTest.sharedStrings(x);
        assertTrue(strings.contains("a\nb\tc"), "a cell keeps its line breaks and tabs");
        assertTrue(strings.contains("a\uFFFDb\uFFFDc\uFFFD\uFFFD"), strings);
        assertTrue(strings.contains("标题\uFFFD") && strings.contains("a\uFFFD"), "the title and the header too");
        try (var zip = new java.util.zip.ZipFile(x.toFile())) {
            String wb = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(wb.contains("表\uFFFD一") && !wb.contains("\u202E"), "the sheet's name: " + wb);
        }
        try (var wbk = new org.apache.poi.xssf.usermodel.XSSFWorkbook(x.toFile())) {
            assertTrue(wbk.getSheetAt(0).getRow(2).getCell(0).getStringCellValue().equals("a\nb\tc"), "POI reads it back");
        }
    }
}
