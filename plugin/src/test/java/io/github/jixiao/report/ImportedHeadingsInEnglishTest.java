package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.workbook.FormWorkbooks;
import io.github.jixiao.workbook.WorkbookImport;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column's heading as the table prints it enters a message that names the column (Messages' {@code {@field}}, from the
 * import's sidecar); in English a heading with a bracketed unit or note (实际完成值（%）, 得分（分）, 分值(分)) is glossed as
 * any Chinese term: its words in English from the fields' printed headings, the unit in English. EnglishPageTest reads
 * the reports without the sidecar (a project typed as JSON), so a heading never reached it: here the reports of an
 * imported workbook (棠溪 2022, FormWorkbooks.tangxi) are read in English as the check goal writes them, with its cells,
 * and nothing Chinese may be left unglossed but the department's data (the JSON files; not the sidecar's headings).
 */
class ImportedHeadingsInEnglishTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);

    /** 棠溪 2022 with its headings printed with units, a row's actual and another's score left blank, imported. */
    private static Path imported(Path tmp) throws Exception {
        XSSFWorkbook wb = FormWorkbooks.tangxi(FormWorkbooks.Quirks.NONE);
        var sh = wb.getSheet("自评表");
        Row head = sh.getRow(11);
        head.getCell(5).setCellValue("实际完成值（%）");
        head.getCell(6).setCellValue("分值(分)");
        head.getCell(7).setCellValue("得分（分）");
        sh.getRow(13).removeCell(sh.getRow(13).getCell(5)); // 委托业务报告合格率: no actual
        sh.getRow(14).removeCell(sh.getRow(14).getCell(7)); // 经费支出合规性: no score
        try (OutputStream out = Files.newOutputStream(tmp.resolve("自评表.xlsx"))) {
            wb.write(out);
        }
        WorkbookImport.run(tmp, "自评表.xlsx", tmp.resolve("submission"), false);
        return tmp;
    }

    @Test
    void aHeadingWithItsUnitIsGlossed(@TempDir Path tmp) throws Exception {
        Path project = imported(tmp);
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.ENGLISH));
        Cells cells = Cells.of(r); // as the check goal does: the sidecar the engine read
        Messages en = EN.withCells(cells);
        assertEquals("Indicator \"委托业务报告合格率\" (target ≥100百分比) has no actual, yet is scored full marks (8). A self-evaluation must fill in column 实际完成值 "
                + "(actual, in %), in the target's terms (target \"≥ 60 items\" → actual \"67 items\"); without it the full marks cannot be checked, "
                + "and a target not met is scored as not met.", en.message(find(r, "indicator-incomplete", "/indicators/1")));
        assertEquals("Indicator \"经费支出合规性\" carries 8 points but has no score. Fill in column 得分 (score, in points).",
                en.message(find(r, "indicator-incomplete", "/indicators/2")));

        Path out = tmp.resolve("en");
        ReportWriter.write(out, r, Map.of(), EN, ScoreSummaryTest.META, Snippets.none(), cells); // as the check goal does
        String allowed = json(project);
        List<String> problems = new ArrayList<>();
        StringBuilder sarif = new StringBuilder();
        Json.mapper().readTree(Files.readString(out.resolve("findings.sarif"))).at("/runs/0/results")
                .forEach(res -> sarif.append(res.at("/message/text").asString()).append('\n'));
        StringBuilder json = new StringBuilder();
        Json.mapper().readTree(Files.readString(out.resolve("findings.json"))).path("findings")
                .forEach(f -> json.append(f.path("message").asString()).append('\n'));
        for (String[] text : new String[][] {{"score-summary.html", Files.readString(out.resolve("score-summary.html"))},
                {"score-summary.md", Files.readString(out.resolve("score-summary.md"))}, {"findings.sarif", sarif.toString()},
                {"findings.json", json.toString()}}) {
            Set<String> f = EnglishPageTest.foreign(text[1], allowed);
            if (!f.isEmpty()) {
                problems.add(text[0] + ": " + f);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The department's data: its JSON files (not the import's sidecar, whose headings must be glossed). */
    private static String json(Path project) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(project.resolve("submission"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                sb.append(Files.readString(p)).append('\n');
            }
        }
        return sb.toString();
    }

    private static Finding find(EngineResult r, String rule, String pointer) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule) && f.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " at " + pointer + ": " + r.findings()));
    }
}
