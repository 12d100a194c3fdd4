package io.github.jixiao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Cells;
import io.github.jixiao.report.Messages;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A criterion the department scores itself, its 自评得分 cell left blank in an imported 评分表: score-input-missing said
 * "self-assessment.json 中没有它的得分", a file the finance officer never wrote. The import now lists the blank score cell in
 * its sidecar ({@code blank}, as it does a blank 全年预算数) and the column's heading ({@code columns}); the finding
 * ({@code assessed-blank}) says the row and the column as the table prints them, the JSON in brackets. 寿县 2023's 评分表
 * (H4, 基础信息完整性) and 广水 2021's Word 自评表 (决策依据's 自评分), each with one score cell emptied; the same JSON without
 * its sidecar (written by hand) keeps the message it had, byte for byte; the tables as printed have no such finding.
 * The message names the table the row is in: 寿县's 评分表, 广水's 自评表 (its criterion rows are the indicator table's).
 */
class AssessedBlankTest {
    static final String SHOUXIAN = "/real-tables/t43-shouxian-2023/shouxian-department-2023.json";
    static final String GUANGSHUI = "/p26/f2-guangshui-xiangcun-2021/guangshui-project-2021.json";

    @TempDir
    Path tmp;

    /** A framework resource copied into the project's frameworks/ folder; its project-relative path. */
    static String framework(Path project, String resource) throws Exception {
        Path to = project.resolve("frameworks").resolve(Path.of(resource).getFileName().toString());
        Files.createDirectories(to.getParent());
        try (InputStream in = AssessedBlankTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return project.relativize(to).toString();
    }

    /** 寿县 2023's 评分表 imported, its first criterion's 自评得分 (H4) emptied if asked. */
    private Path shouxian(String name, boolean blank) throws Exception {
        Path project = tmp.resolve(name);
        Path file = FourTables27.shouxian(project.resolve("forms/整体支出自评表.xlsx"));
        if (blank) {
            XSSFWorkbook wb;
            try (InputStream in = Files.newInputStream(file)) {
                wb = new XSSFWorkbook(in);
            }
            var row = wb.getSheetAt(0).getRow(3);
            row.removeCell(row.getCell(7));
            FormWorkbooks.save(wb, file);
        }
        WorkbookImport.run(project, "forms/整体支出自评表.xlsx", project.resolve("submission"), true, framework(project, SHOUXIAN));
        return project;
    }

    /** 广水 2021's Word 自评表 imported, the 自评分 of its row 项目决策 | 决策依据 emptied if asked. */
    private Path guangshui(String name, boolean blank) throws Exception {
        Path project = tmp.resolve(name);
        Path file = FourTables27.guangshui(project.resolve("forms/自评报告.docx"), "自评分", null);
        if (blank) {
            XWPFDocument doc;
            try (InputStream in = Files.newInputStream(file)) {
                doc = new XWPFDocument(in);
            }
            boolean done = false;
            for (XWPFTableRow row : doc.getTables().get(0).getRows()) {
                if (row.getTableCells().size() > 6 && row.getCell(1).getText().equals("决策依据")) {
                    XWPFTableCell c = row.getCell(6);
                    assertEquals("2", c.getText());
                    while (!c.getParagraphs().isEmpty()) {
                        c.removeParagraph(0);
                    }
                    c.addParagraph();
                    done = true;
                }
            }
            assertTrue(done);
            try (OutputStream o = Files.newOutputStream(file)) {
                doc.write(o);
            }
            doc.close();
        }
        WorkbookImport.run(project, "forms/自评报告.docx", project.resolve("submission"), true, framework(project, GUANGSHUI));
        return project;
    }

    private static EngineResult check(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
    }

    private static List<Finding> assessed(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-input-missing") && f.key().startsWith("assessed")).toList();
    }

    /** The finding's text as the reports give it: with the import's cells. */
    private static String text(Path project, Finding f, Locale locale) {
        return new Messages(locale).withCells(Cells.of(io.github.jixiao.engine.Imported.read(project, project.resolve("submission")))).message(f);
    }

    @Test
    void aBlankScoreInAnImportedScoreSheetNamesTheTable() throws Exception {
        Path project = shouxian("shouxian", true);
        String sidecar = Files.readString(project.resolve("submission/" + WorkbookImport.CELLS));
        assertTrue(sidecar.contains("self-assessment#/criteria/0/score"), sidecar);
        EngineResult r = check(project);
        List<Finding> a = assessed(r);
        assertEquals(1, a.size(), r.findings().toString());
        Finding f = a.get(0);
        assertEquals("assessed-blank", f.key());
        String criterion = f.args().get(1);
        assertEquals("评分表中“" + f.args().get(0) + "”一行的“自评得分”列（score）为空，此项按 0 分计。请在表中填写这一得分后重新导入"
                + "（self-assessment.json 中 criterion “" + criterion + "” 的 score）。", text(project, f, Messages.ZH));
        assertEquals("In the 评分表 (scoring table), the row \"" + f.args().get(0) + "\" leaves column 自评得分 (score) blank, so it "
                + "scores 0. Fill in the score in the table and import it again (self-assessment.json: criterion \"" + criterion
                + "\", score).", text(project, f, Locale.ENGLISH));
        // at the row of the table
        assertEquals("整体支出自评表!D4", Cells.of(io.github.jixiao.engine.Imported.read(project, project.resolve("submission"))).of(f));
    }

    @Test
    void aBlankScoreInAnImportedWordTableNamesTheTable() throws Exception {
        Path project = guangshui("guangshui", true);
        EngineResult r = check(project);
        List<Finding> a = assessed(r);
        assertEquals(1, a.size(), r.findings().toString());
        Finding f = a.get(0);
        // the row is the Word 自评表's (its indicator table's criterion rows), not a 评分表's: the message says which
        assertEquals("assessed-blank-table", f.key());
        assertEquals("自评表中“决策依据”一行的“自评分”列（score）为空，此项按 0 分计。请在自评表中填写这一得分后重新导入"
                + "（self-assessment.json 中 criterion “decision-basis” 的 score）。", text(project, f, Messages.ZH));
        assertEquals("In the 自评表 (self-assessment table), the row \"" + f.args().get(0) + "\" leaves column 自评分 (score) blank, so "
                + "it scores 0. Fill in the score in the table and import it again (self-assessment.json: criterion \"decision-basis\", "
                + "score).", text(project, f, Locale.ENGLISH));
        assertEquals("表1!B7", Cells.of(io.github.jixiao.engine.Imported.read(project, project.resolve("submission"))).of(f));
    }

    /** The same JSON, its sidecar deleted (a submission written by hand): the message it always had. */
    @Test
    void writtenByHandTheMessageIsAsBefore() throws Exception {
        for (Path project : List.of(shouxian("shouxian-by-hand", true), guangshui("guangshui-by-hand", true))) {
            Files.delete(project.resolve("submission/" + WorkbookImport.CELLS));
            List<Finding> a = assessed(check(project));
            assertEquals(1, a.size(), a.toString());
            Finding f = a.get(0);
            assertEquals("assessed", f.key());
            assertEquals("“" + f.args().get(0) + "”按部门自评计分，但 self-assessment.json 中没有它的得分（criterion “" + f.args().get(1)
                    + "” 的 score），此项按 0 分计。", text(project, f, Messages.ZH));
            assertEquals("\"" + f.args().get(0) + "\" takes the department's own score, but self-assessment.json has none (criterion \""
                    + f.args().get(1) + "\", score); it scores 0.", text(project, f, Locale.ENGLISH));
        }
    }

    /** The tables as printed, every score filled in: no such finding. */
    @Test
    void theTablesAsPrintedHaveNone() throws Exception {
        assertEquals(List.of(), assessed(check(shouxian("shouxian-printed", false))));
        assertEquals(List.of(), assessed(check(guangshui("guangshui-printed", false))));
    }
}
