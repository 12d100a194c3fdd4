package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.model.Indicator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** score-summary.xlsx: deterministic, laid out as a 评分表 is printed, every indicator row carried. */
class ScoreSummaryXlsxTest {

    static Path it(String name) {
        return Path.of(System.getProperty("jixiao.repoRoot", "..")).resolve("src/it").resolve(name).toAbsolutePath().normalize();
    }

    @Test
    void byteIdenticalWithFixedPackageDates(@TempDir Path tmp) throws IOException {
        Path a = ScoreSummaryXlsx.write(Files.createDirectories(tmp.resolve("a")), ScoreSummaryTest.run(ScoreSummaryTest.sample()),
                new Messages(Messages.ZH), f -> null);
        Path b = ScoreSummaryXlsx.write(Files.createDirectories(tmp.resolve("b")), ScoreSummaryTest.run(ScoreSummaryTest.sample()),
                new Messages(Messages.ZH), f -> null);
        byte[] bytes = Files.readAllBytes(a);
        assertArrayEquals(bytes, Files.readAllBytes(b));
        int entries = 0;
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                entries++;
                assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                if (e.getName().equals("docProps/core.xml")) {
                    String core = new String(z.readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(core.contains("2000-01-01T00:00:00Z"), core);
                }
            }
        }
        assertTrue(entries > 5);
        try (var left = Files.list(tmp.resolve("a"))) {
            assertEquals(1, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void scoreSheetLaidOutForPrint(@TempDir Path tmp) throws IOException {
        Path p = ScoreSummaryXlsx.write(tmp, ScoreSummaryTest.run(ScoreSummaryTest.sample()), new Messages(Messages.ZH), f -> null);
        try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(4, wb.getNumberOfSheets());
            assertEquals("评分表", wb.getSheetName(0));
            assertEquals("绩效指标", wb.getSheetName(1));
            assertEquals("问题", wb.getSheetName(2));
            assertEquals("所用数据", wb.getSheetName(3)); // each figure's place (session 43): FigurePlacesDataTest
            XSSFSheet s = wb.getSheet("评分表");
            assertEquals("一级指标", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("评分标准", s.getRow(1).getCell(5).getStringCellValue());
            assertTrue(s.getPaneInformation().isFreezePane());
            assertEquals(2, s.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertTrue(s.getPrintSetup().getLandscape());
            // the title merged across, and at least one 一级 category merged over its criteria
            assertTrue(s.getMergedRegions().stream().anyMatch(r -> r.getFirstColumn() == 0 && r.getFirstRow() >= 2
                    && r.getLastRow() > r.getFirstRow()), "merged 一级 cells");
            Row total = s.getRow(s.getLastRowNum());
            assertEquals("合计", total.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, total.getCell(4).getCellType());
            assertEquals(96.15, total.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals("0.00", total.getCell(4).getCellStyle().getDataFormatString());
            assertTrue(total.getCell(6).getStringCellValue().contains("优"));
            // the formula as applied and the framework's standard are there
            Row first = s.getRow(2);
            assertTrue(!first.getCell(5).getStringCellValue().isBlank(), "评分标准");
            assertTrue(!first.getCell(6).getStringCellValue().isBlank(), "计算过程");
            // 问题: one row per finding, with file and line
            XSSFSheet f = wb.getSheet("问题");
            assertEquals(ScoreSummaryTest.run(ScoreSummaryTest.sample()).findings().size(), f.getLastRowNum() - 1);
            assertTrue(f.getRow(2).getCell(3).getStringCellValue().startsWith("submission/"));
            // line and column are numbers, which Excel sorts and filters as such (a finding without one: blank)
            java.util.List<io.github.jixiao.finding.Finding> fs = ScoreSummaryTest.run(ScoreSummaryTest.sample()).findings();
            for (int i = 0; i < fs.size(); i++) {
                Row row = f.getRow(2 + i);
                int[] expected = {fs.get(i).line(), fs.get(i).column()};
                for (int c = 0; c < 2; c++) {
                    org.apache.poi.ss.usermodel.Cell cell = row.getCell(4 + c);
                    if (expected[c] > 0) {
                        assertEquals(CellType.NUMERIC, cell.getCellType(), "row " + (i + 3) + " column " + (5 + c));
                        assertEquals(expected[c], cell.getNumericCellValue(), 0);
                    } else {
                        assertTrue(cell == null || cell.getCellType() == CellType.BLANK, "row " + (i + 3));
                    }
                }
            }
            assertTrue(fs.stream().anyMatch(x -> x.line() > 0), "the sample has findings with lines");
        }
    }

    /**
     * The 绩效指标 sheet shows the rows as filed: a 一级 the table did not print, inferred from the row's 二级 (大英 2020's
     * 数量指标 under 产出指标), says so; the row the taxonomy could not place (成本指标) stays blank (review V, session 25).
     */
    @Test
    void anInferredLevel1SaysSo(@TempDir Path tmp) throws Exception {
        Path t = Path.of(ScoreSummaryXlsxTest.class.getResource("/real-tables/t44-daying-shuangxin-2020").toURI());
        EngineResult r = ScoreSummaryTest.run(t);
        for (java.util.Locale l : java.util.List.of(Messages.ZH, java.util.Locale.ENGLISH)) {
            Path p = ScoreSummaryXlsx.write(Files.createDirectories(tmp.resolve(l.getLanguage())), r, new Messages(l), f -> null);
            try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet s = wb.getSheetAt(1);
                boolean en = l == java.util.Locale.ENGLISH;
                assertEquals(en ? "Output indicators (inferred from level 2)" : "产出指标（按二级推定）", s.getRow(2).getCell(0).getStringCellValue());
                assertEquals("", s.getRow(5).getCell(0).getStringCellValue(), "成本指标: not placed, blank as printed");
                assertEquals(en ? "Satisfaction indicators" : "满意度指标", s.getRow(7).getCell(0).getStringCellValue(), "printed");
            }
        }
    }

    /**
     * A 一级 the table printed in its 二级 column, under a heading above the national 一级 (宝坻 2022's 中央预算内投资计划绩效目标表:
     * 实施效果指标 | 产出指标, read as 一级 产出指标), is the table's word, not inferred: the sheet says where it was printed
     * (it said 按二级推定, worded for a 一级 the taxonomy gives a printed 二级).
     */
    @Test
    void aLevel1PrintedInTheLevel2ColumnSaysSo(@TempDir Path tmp) throws Exception {
        Path t = Path.of(ScoreSummaryXlsxTest.class.getResource("/real-tables/t57-baodi-fenwu-2022").toURI());
        EngineResult r = ScoreSummaryTest.run(t);
        for (java.util.Locale l : java.util.List.of(Messages.ZH, java.util.Locale.ENGLISH)) {
            Path p = ScoreSummaryXlsx.write(Files.createDirectories(tmp.resolve(l.getLanguage())), r, new Messages(l), f -> null);
            try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                boolean en = l == java.util.Locale.ENGLISH;
                XSSFSheet s = wb.getSheet(en ? "Indicators" : "绩效指标"); // a 目标申报 table: no 评分表 sheet before it
                assertEquals(en ? "Output indicators (printed in the level-2 column)" : "产出指标（表中印在二级列）",
                        s.getRow(2).getCell(0).getStringCellValue());
                assertEquals(en ? "Benefit indicators (printed in the level-2 column)" : "效益指标（表中印在二级列）",
                        s.getRow(5).getCell(0).getStringCellValue());
            }
        }
    }

    @Test
    void everyIndicatorRowAsFiled(@TempDir Path tmp) throws IOException {
        EngineResult r = ScoreSummaryTest.run(it("form-tangxi-2022"));
        Path p = ScoreSummaryXlsx.write(tmp, r, new Messages(Messages.ZH),
                f -> f.pointer().equals("/indicators/9") ? "自评表!C20" : null);
        try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("绩效指标");
            assertEquals(r.indicators().size(), s.getLastRowNum() - 1);
            assertEquals(10, r.indicators().size());
            for (Indicator i : r.indicators()) {
                Row row = s.getRow(2 + i.index());
                assertEquals(i.name() == null ? "" : i.name(), row.getCell(2).getStringCellValue());
                assertEquals(i.effectiveTarget() == null ? "" : i.effectiveTarget(), row.getCell(3).getStringCellValue());
                assertEquals(i.actual() == null ? "" : i.actual(), row.getCell(4).getStringCellValue());
                if (i.points() != null) {
                    assertEquals(i.points().doubleValue(), row.getCell(5).getNumericCellValue(), 1e-9);
                }
            }
            // the template row's finding is listed on its row and its cell on the 问题 sheet
            assertTrue(s.getRow(11).getCell(8).getStringCellValue().contains("indicator-template-row"));
            XSSFSheet f = wb.getSheet("问题");
            boolean cell = false;
            for (int i = 2; i <= f.getLastRowNum(); i++) {
                cell |= f.getRow(i).getCell(6).getStringCellValue().equals("自评表!C20");
            }
            assertTrue(cell);
        }
    }

    /** A row jixiao did not score says so in its 得分 cell, and why, instead of a blank. */
    @Test
    void rowsNotScoredSayWhy(@TempDir Path tmp) throws Exception {
        EngineResult tangxi = ScoreSummaryTest.run(it("form-tangxi-2022"));
        Path p = ScoreSummaryXlsx.write(Files.createDirectories(tmp.resolve("t")), tangxi, new Messages(Messages.ZH), f -> null);
        try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("绩效指标");
            assertEquals(8.0, s.getRow(2).getCell(7).getNumericCellValue(), 1e-9);
            assertTrue(s.getRow(11).getCell(7).getStringCellValue().startsWith("不计分：模板空行"),
                    s.getRow(11).getCell(7).getStringCellValue());
        }
        // 重庆: five rows lack their 指标值 or 完成值 (24 points), each saying why it was not scored, in the report's language
        Path cqProject = it("form-cq-rongmeiti-2021");
        String allowed = EnglishPageTest.allowed(cqProject);
        for (String lang : new String[] {"zh", "en"}) {
            Messages m = new Messages(lang.equals("zh") ? Messages.ZH : java.util.Locale.ENGLISH);
            EngineResult cq = lang.equals("zh") ? ScoreSummaryTest.run(cqProject) : EnglishPageTest.runEnglish(cqProject);
            Path q = ScoreSummaryXlsx.write(Files.createDirectories(tmp.resolve(lang)), cq, m, f -> null);
            try (InputStream in = Files.newInputStream(q); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet s = wb.getSheetAt(1);
                int notScored = 0;
                for (Indicator i : cq.indicators()) {
                    var c = s.getRow(2 + i.index()).getCell(7);
                    if (c.getCellType() == CellType.STRING) {
                        notScored++;
                        String t = c.getStringCellValue();
                        // the scorer's reason names the indicator and the column it lacks (in a Chinese “…”, a name's own
                        // “…” as ‘…’: “‘三公经费’变动率”)
                        String named = lang.equals("zh") ? i.name().replace('“', '‘').replace('”', '’') : i.name();
                        assertTrue(t.contains(named), t);
                        if (lang.equals("zh")) {
                            assertTrue(t.startsWith("不计分：绩效指标“" + named + "”缺少") && t.endsWith("（按 0 分计）"), t);
                        } else {
                            assertTrue(t.startsWith("not scored: indicator \"" + i.name() + "\" has no ") && t.endsWith("; counted as 0"), t);
                            assertEquals(java.util.Set.of(), EnglishPageTest.foreign(t, allowed), t);
                        }
                    } else {
                        assertEquals(CellType.NUMERIC, c.getCellType(), i.name());
                    }
                }
                assertEquals(5, notScored, lang);
            }
            // the page, the Markdown summary and score-summary.json give the same reasons (quotes aside: each escapes them)
            ScoreSummary.write(Files.createDirectories(tmp.resolve(lang + "-summary")), cq, m, ScoreSummaryTest.META);
            java.util.function.UnaryOperator<String> unquoted = x -> x.replace("&quot;", "").replace("&#34;", "").replace("\\\"", "")
                    .replace("\"", "").replace("\\", "");
            String html = unquoted.apply(Files.readString(tmp.resolve(lang + "-summary/score-summary.html")));
            String md = unquoted.apply(Files.readString(tmp.resolve(lang + "-summary/score-summary.md")));
            String json = unquoted.apply(Files.readString(tmp.resolve(lang + "-summary/score-summary.json")));
            assertEquals(5, cq.sheet().unscored().size());
            for (io.github.jixiao.score.ScoreSheet.Unscored u : cq.sheet().unscored()) {
                String r = unquoted.apply(u.reason());
                assertTrue(html.contains(r) && md.contains(r), r);
                assertTrue(json.contains(r), r);
            }
        }
    }

    static Path realTable(String name) throws java.net.URISyntaxException {
        return Path.of(ScoreSummaryXlsxTest.class.getResource("/real-tables/" + name).toURI());
    }

    /**
     * The workbook's findings say their severity in the report's language (错误, not error) and the criterion they touch
     * by its name in the 评分表, not by the framework's internal id ("output-indicators"): 天长 2022, whose rows without
     * targets are errors of the 产出 and 效益 blocks.
     */
    @Test
    void findingsSaySeverityAndCriterionInWords(@TempDir Path tmp) throws Exception {
        Path project = realTable("t5-tianchang-2022");
        for (String lang : new String[] {"zh", "en"}) {
            boolean zh = lang.equals("zh");
            Messages m = new Messages(zh ? Messages.ZH : java.util.Locale.ENGLISH);
            EngineResult r = zh ? ScoreSummaryTest.run(project) : EnglishPageTest.runEnglish(project);
            Path p = ScoreSummaryXlsx.write(Files.createDirectories(tmp.resolve(lang)), r, m, f -> null);
            try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet f = wb.getSheetAt(2);
                Row missing = null;
                java.util.Set<String> severities = new java.util.TreeSet<>();
                for (int i = 2; i <= f.getLastRowNum(); i++) {
                    severities.add(f.getRow(i).getCell(0).getStringCellValue());
                    if (f.getRow(i).getCell(1).getStringCellValue().equals("score-input-missing") && missing == null) {
                        missing = f.getRow(i);
                    }
                }
                assertEquals(zh ? java.util.Set.of("错误", "警告", "提示") : java.util.Set.of("error", "warning", "info"), severities, lang);
                // 天长's blank rows are each alone in their category: said once, by indicator-incomplete (trial s30-G item 9)
                assertEquals(null, missing, "no score-input-missing beside indicator-incomplete's empty-category");
                // the scorer's findings of 袁州 2022 (its first, a row of the 产出 block without points): the criterion in words
                Path two = realTable("t23-yuanzhou-mashu-2022");
                EngineResult r2 = zh ? ScoreSummaryTest.run(two) : EnglishPageTest.runEnglish(two);
                Path p2 = ScoreSummaryXlsx.write(Files.createDirectories(tmp.resolve(lang + "-2")), r2, m, x -> null);
                try (InputStream in2 = Files.newInputStream(p2); XSSFWorkbook wb2 = new XSSFWorkbook(in2)) {
                    XSSFSheet f2 = wb2.getSheetAt(2);
                    for (int i = 2; i <= f2.getLastRowNum(); i++) {
                        if (f2.getRow(i).getCell(1).getStringCellValue().equals("score-input-missing") && missing == null) {
                            missing = f2.getRow(i);
                        }
                    }
                }
                // (a note since session 48: the row's category is already full, 未印分值，不计分; s47 audit item 11)
                assertEquals(zh ? "提示" : "info", missing.getCell(0).getStringCellValue());
                assertEquals(zh ? "产出指标（数量、质量、时效、成本）" : "Output indicators (quantity, quality, timeliness, cost)",
                        missing.getCell(8).getStringCellValue());
                // 工程质量合格 (the third row): no target, so an error of incompleteness (the scoring one said by it), named as such
                String findings = wb.getSheetAt(1).getRow(4).getCell(8).getStringCellValue();
                assertTrue(findings.startsWith(zh ? "[错误] indicator-incomplete: " : "[error] indicator-incomplete: "), findings);
                // its full marks said by that finding (session 33, Engine.blankActualOnce), not by indicator-score-unexplained too
                assertTrue(findings.contains(zh ? "却自评满分 10 分" : "scored full marks (10)"), findings);
                assertTrue(!findings.contains("indicator-score-unexplained"), findings);
            }
        }
    }

    /**
     * The 评分表's formula gives the department's own score where it differs, as the page and the Markdown do: 鄂州 2021
     * stated 98 for a 预算执行率 worth 10 (8.35 computed), and the workbook showed only the 8.35.
     */
    @Test
    void aDifferentStatedScoreFollowsTheFormula(@TempDir Path tmp) throws Exception {
        Path project = realTable("t14-ezhou-shenpi-2021");
        for (String lang : new String[] {"zh", "en"}) {
            boolean zh = lang.equals("zh");
            EngineResult r = zh ? ScoreSummaryTest.run(project) : EnglishPageTest.runEnglish(project);
            Path p = ScoreSummaryXlsx.write(Files.createDirectories(tmp.resolve(lang)), r,
                    new Messages(zh ? Messages.ZH : java.util.Locale.ENGLISH), f -> null);
            try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Row execution = wb.getSheetAt(0).getRow(2);
                assertEquals(8.35, execution.getCell(4).getNumericCellValue(), 1e-9);
                assertEquals(zh ? "125.25 / 150 = 83.50% × 10 = 8.35（自评 98）" : "125.25 / 150 = 83.50% × 10 = 8.35 (self-assessed 98)",
                        execution.getCell(6).getStringCellValue());
                // a block whose rows carry no stated score keeps its formula alone
                String outputs = wb.getSheetAt(0).getRow(3).getCell(6).getStringCellValue();
                assertTrue(outputs.startsWith("16.7 + 10 + 10 + 10 + 10 = 56.70") && !outputs.contains(zh ? "自评" : "self-assessed"), outputs);
            }
        }
    }

    @Test
    void englishHeadings(@TempDir Path tmp) throws IOException {
        Path p = ScoreSummaryXlsx.write(tmp, ScoreSummaryTest.run(ScoreSummaryTest.sample()),
                new Messages(java.util.Locale.ENGLISH), f -> null);
        try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Score sheet", wb.getSheetName(0));
            assertEquals("Level 1", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            // a framework's leaf is a criterion in every English report (the page's and the Markdown's column too)
            assertEquals("Criterion", wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue());
            // 自评 is "self-assessed" in every English report, as the formulas say it
            assertEquals("Self-assessed score", wb.getSheetAt(1).getRow(1).getCell(6).getStringCellValue());
            // the indicators' categories in the framework's English, as the findings name them
            Row first = wb.getSheetAt(1).getRow(2);
            assertEquals("Output indicators", first.getCell(0).getStringCellValue());
            assertFalse(first.getCell(1).getStringCellValue().matches(".*[\\u4e00-\\u9fff].*"), first.getCell(1).getStringCellValue());
        }
    }

    /** A submission not scored (目标申报) names its indicators' categories in the English of the framework it names too. */
    @Test
    void englishCategoriesWithoutAScore(@TempDir Path tmp) throws Exception {
        Path project = realTable("t21-ningxiang-batang-2021");
        EngineResult r = EnglishPageTest.runEnglish(project);
        assertTrue(r.sheet() == null, "not scored");
        Path p = ScoreSummaryXlsx.write(tmp, r, new Messages(java.util.Locale.ENGLISH), f -> null);
        try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Sheet ind = wb.getSheet("Indicators");
            java.util.Set<String> level1 = new java.util.TreeSet<>();
            for (int k = 2; k <= ind.getLastRowNum(); k++) {
                level1.add(ind.getRow(k).getCell(0).getStringCellValue());
            }
            assertTrue(level1.contains("Output indicators"), level1.toString());
            assertFalse(level1.contains("产出指标"), level1.toString());
        }
    }

    @Test
    void hostileTextStaysText(@TempDir Path tmp) throws IOException {
        EngineResult r = ScoreSummaryTest.run(ScoreSummaryTest.sample());
        byte[] bytes = io.github.jixiao.xlsx.XlsxWriter.write(java.util.List.of(new io.github.jixiao.xlsx.Table("a[b]:c", "=cmd|' /C calc'!A0\u0001",
                java.util.List.of("h"), java.util.List.of(10), java.util.List.of(java.util.List.of("=1+1")), 0)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals("a_b__c", wb.getSheetName(0));
            assertEquals(CellType.STRING, wb.getSheetAt(0).getRow(2).getCell(0).getCellType());
            assertEquals("=1+1", wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, wb.getSheetAt(0).getRow(0).getCell(0).getCellType());
        }
        assertTrue(r.sheet() != null && Map.of().isEmpty());
    }
}
