package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text a pull request writes that a spreadsheet would take for a formula (= + - @ at its start, a DDE call, a HYPERLINK)
 * in score-summary.xlsx, end to end from a real table (稷山 2021, t53): the department's name, an indicator's name and
 * its 偏差原因 so written. Every cell of the workbook the check writes is a string or a number, never a formula, and keeps
 * the text (the writer's own test, ScoreSummaryXlsxTest.hostileTextStaysText, writes a table by hand).
 */
class XlsxFormulaHostileTest {
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example/x\",\"点此\")", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "=1+1");

    @TempDir
    Path tmp;

    @Test
    void formulaTextStaysTextInScoreSummaryXlsx() throws Exception {
        Path table = Path.of(XlsxFormulaHostileTest.class.getResource("/real-tables/t53-jishan-gongwei-2021").toURI());
        Path project = tmp.resolve("dept");
        Files.createDirectories(project.resolve("submission"));
        try (var files = Files.list(table.resolve("submission"))) {
            for (Path f : files.toList()) {
                Files.copy(f, project.resolve("submission").resolve(f.getFileName()));
            }
        }
        edit(project.resolve("submission/department.json"), root -> ((ObjectNode) root).put("name", FORMULAS.get(0)));
        edit(project.resolve("submission/indicators.json"), root -> {
            JsonNode rows = root.get("indicators");
            for (int i = 0; i < 4; i++) {
                ObjectNode row = (ObjectNode) rows.get(i);
                row.put("name", FORMULAS.get(i + 1));
                row.put("explanation", FORMULAS.get(i));
            }
        });
        EngineResult r = ScoreSummaryTest.run(project);
        for (Locale l : new Locale[] {Messages.ZH, Locale.ENGLISH}) {
            Path out = Files.createDirectories(tmp.resolve("out-" + l.getLanguage()));
            Path xlsx = ScoreSummaryXlsx.write(out, r, new Messages(l), f -> null);
            List<String> texts = new ArrayList<>();
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet s : wb) {
                    for (Row row : s) {
                        for (Cell c : row) {
                            assertTrue(c.getCellType() == CellType.STRING || c.getCellType() == CellType.NUMERIC
                                    || c.getCellType() == CellType.BLANK, () -> s.getSheetName() + "!" + c.getAddress() + " is " + c.getCellType());
                            if (c.getCellType() == CellType.STRING) {
                                texts.add(c.getStringCellValue());
                            }
                        }
                    }
                }
            }
            // the department's name and the rows' names are shown (as text): the formulas were there to be taken
            assertTrue(texts.stream().anyMatch(t -> t.contains(FORMULAS.get(0))), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.contains("+cmd|' /C calc'!A0")), texts.toString());
            // no <f> element anywhere in the package's sheets
            try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().startsWith("xl/worksheets/")) {
                        String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                        assertFalse(xml.contains("<f>") || xml.contains("<f "), e.getName());
                        assertFalse(xml.contains("t=\"str\""), e.getName());
                    }
                }
                assertEquals(null, zip.getEntry("xl/externalLinks/externalLink1.xml"));
            }
        }
    }

    private static void edit(Path file, java.util.function.Consumer<JsonNode> edit) throws Exception {
        JsonNode root = Json.mapper().readTree(Files.readString(file));
        edit.accept(root);
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
    }
}
