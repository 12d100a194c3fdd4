package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reports show a row's 指标方向 (direction) where the table prints one (session 27): score-summary.json gives each
 * indicator item its {@code direction}, the .md and .html follow the item's name with the direction and the comparator
 * its target was read with (（正向，按 ≥）), the .xlsx 绩效指标 sheet has a 指标方向 column after 年度指标值; English
 * glosses 正向 (higher is better) and 反向 (lower is better). 银川 2021 (t1, scored item by item) with 正向 written on its
 * 保障人数 and 公用经费标准 rows and 反向 on 办公所需成本; 井研 2023 (t33, 目标申报, 正向指标 on every row) as printed. A
 * table without the column keeps its reports as they were (ReportWriterTest, and the workbook's columns here).
 */
class DirectionInReportsTest {

    @Test
    void aScoredTableWithDirectionsShowsThemInEveryReport(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("t1");
        Samples.copyTreeEditingIndicators(ScoreSummaryXlsxTest.realTable("t1-yinchuan-2021"), project, root -> {
            ((ObjectNode) root.at("/indicators/0")).put("direction", "正向");
            ((ObjectNode) root.at("/indicators/1")).put("direction", "正向指标");
            ((ObjectNode) root.at("/indicators/3")).put("direction", "反向");
        });

        for (Locale l : List.of(Messages.ZH, Locale.ENGLISH)) {
            boolean zh = l == Messages.ZH;
            EngineResult r = zh ? ScoreSummaryTest.run(project) : EnglishPageTest.runEnglish(project);
            Messages m = new Messages(l);
            Path out = Files.createDirectories(tmp.resolve("out-" + l));
            ScoreSummary.write(out, r, m, ScoreSummaryTest.META);

            JsonNode json = Json.mapper().readTree(Files.readAllBytes(out.resolve("score-summary.json")));
            List<String> directions = new ArrayList<>();
            for (JsonNode c : json.path("criteria")) {
                for (JsonNode it : c.path("items")) {
                    directions.add(it.path("id").asString() + "=" + (it.has("direction") ? it.path("direction").asString() : "-"));
                }
            }
            assertEquals(List.of("indicator-0=正向", "indicator-1=正向", "indicator-2=-", "indicator-3=反向", "indicator-4=-",
                    "indicator-5=-", "indicator-6=-", "indicator-7=-"), directions, l.toString());
            for (JsonNode c : json.path("criteria")) {
                assertFalse(c.has("direction"), "a criterion has none: " + c.path("id"));
            }

            String md = Files.readString(out.resolve("score-summary.md"), StandardCharsets.UTF_8);
            String html = Files.readString(out.resolve("score-summary.html"), StandardCharsets.UTF_8);
            List<String> notes = zh
                    ? List.of("保障人数（正向，按 ≥）", "公用经费标准（正向）", "办公所需成本（反向，按 ≤）")
                    : List.of("保障人数 (正向 (higher is better), read as ≥)", "公用经费标准 (正向 (higher is better))",
                            "办公所需成本 (反向 (lower is better), read as ≤)");
            for (String n : notes) {
                assertTrue(md.contains("|  |  | · " + n.replace("(", "\\(").replace(")", "\\)") + " | ")
                        || md.contains("|  |  | · " + n + " | "), n + "\n" + md);
                assertTrue(html.contains("<li>" + n + (zh ? "：" : ": ")), n);
            }
            assertTrue(md.contains("|  |  | · 公用经费完成时间 | "), "no direction, no note");

            Path x = ScoreSummaryXlsx.write(Files.createDirectories(tmp.resolve("x-" + l)), r, m, f -> null);
            List<String> column = column(x, 4);
            assertEquals(zh ? "指标方向" : "Direction", column.get(0));
            assertEquals(zh ? List.of("正向", "正向", "", "反向", "", "", "", "")
                    : List.of("正向 (higher is better)", "正向 (higher is better)", "", "反向 (lower is better)", "", "", "", ""),
                    column.subList(1, column.size()));
        }
    }

    /** 井研 2023 prints 正向指标 on every row: its workbook (目标申报, not scored) has the column; 银川 as printed has none. */
    @Test
    void theWorkbookHasTheColumnOnlyWhereARowStatesADirection(@TempDir Path tmp) throws Exception {
        EngineResult jingyan = ScoreSummaryTest.run(ScoreSummaryXlsxTest.realTable("t33-jingyan-mata-2023"));
        List<String> column = column(ScoreSummaryXlsx.write(Files.createDirectories(tmp.resolve("j")), jingyan,
                new Messages(Messages.ZH), f -> null), 4);
        assertEquals("指标方向", column.get(0));
        assertEquals(List.of("正向"), column.subList(1, column.size()).stream().distinct().toList());
        EngineResult yinchuan = ScoreSummaryTest.run(ScoreSummaryXlsxTest.realTable("t1-yinchuan-2021"));
        Path y = Files.createDirectories(tmp.resolve("y"));
        assertEquals("实际完成值", column(ScoreSummaryXlsx.write(y, yinchuan, new Messages(Messages.ZH), f -> null), 4).get(0));
        ScoreSummary.write(y, yinchuan, new Messages(Messages.ZH), ScoreSummaryTest.META);
        assertFalse(Files.readString(y.resolve("score-summary.json")).contains("\"direction\""));
        assertFalse(Files.readString(y.resolve("score-summary.md")).contains("（正向"));
    }

    /** The 绩效指标 sheet's column {@code c} from its header row down (the sheet's first row is its title). */
    private static List<String> column(Path xlsx, int c) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(wb.getSheetIndex(wb.getSheet("绩效指标")) >= 0 ? wb.getSheetIndex(wb.getSheet("绩效指标"))
                    : wb.getSheetIndex(wb.getSheet("Indicators")));
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                out.add(row == null || row.getCell(c) == null ? "" : row.getCell(c).toString());
            }
            return out;
        }
    }
}
