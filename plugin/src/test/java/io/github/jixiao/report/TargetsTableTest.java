package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import io.github.jixiao.workbook.WorkbookImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's page and the Markdown of a 目标申报 submission show its indicator table as filed (session 43, R9): each
 * row's 一级/二级/三级, the target as typed, how jixiao reads it, its place and cell, and the findings on the row. Before,
 * they listed the findings only, and the rows were in score-summary.xlsx alone (review R8, left alone 4). Real tables:
 * t87 and t88 (金安 2025 项目支出绩效目标表; t88's stored page has no row), t86 (陈仓 2020 区域绩效目标表, the template's
 * units left as targets) and t74 (清涧 2021 绩效目标申报表) imported from its workbook; the sample, at 自评, has none.
 */
class TargetsTableTest {
    @TempDir
    Path tmp;

    static Path realTable(String name) throws Exception {
        return Path.of(TargetsTableTest.class.getResource("/real-tables/" + name).toURI());
    }

    static EngineResult run(Path project, Locale locale) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(locale));
    }

    private String[] write(Path project, Locale locale, String dir) throws Exception {
        EngineResult r = run(project, locale);
        Path out = tmp.resolve(dir);
        ReportWriter.write(out, r, Map.of(), new Messages(locale), ScoreSummaryTest.META, Snippets.none(), Cells.of(r));
        return new String[]{Files.readString(out.resolve("score-summary.html")), Files.readString(out.resolve("score-summary.md"))};
    }

    /** The Markdown's section from its heading to the next. */
    private static String section(String md, String heading) {
        int at = md.indexOf("## " + heading + "\n");
        assertTrue(at >= 0, md);
        return FindingAnchorsTest.unlinked(md.substring(at, md.indexOf("\n## ", at + 1) + 1)); // the words; the links: FindingAnchorsTest
    }

    @Test
    void t87TheRowsAsFiledWithHowEachIsReadWhereItIsAndItsFindings() throws Exception {
        String[] zh = write(realTable("t87-jinan-wangqiu-2025"), Messages.ZH, "zh");
        assertEquals("## 绩效指标（按申报）\n\n"
                + "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | jixiao 读作 | 位置 | 本行问题 |\n"
                + "|---|---|---|---|---|---|---|\n"
                + "| 产出指标 | 数量指标 | 开展运动种类 | 1种 | ≥ 1 种 | submission/indicators.json:5:71 | 提示 indicator-target-no-comparator |\n"
                + "| 产出指标 | 数量指标 | 打造品牌赛事种类 | 1种 | ≥ 1 种 | submission/indicators.json:6:73 | 提示 indicator-target-no-comparator |\n"
                + "| 产出指标 | 质量指标 | 经费支出合规率 | 100% | ≥ 100% | submission/indicators.json:7:72 | 提示 indicator-target-no-comparator |\n"
                + "| 产出指标 | 质量指标 | 赛事完成率 | 100% | ≥ 100% | submission/indicators.json:8:70 | 提示 indicator-target-no-comparator |\n"
                + "| 产出指标 | 时效指标 | 完成时间 | 2025年年底前 | ≤ 2025-12-31 | submission/indicators.json:9:69 |  |\n"
                + "| 产出指标 | 成本指标 | 项目总成本 | ≤1000万元 | ≤ 1000 万元 | submission/indicators.json:10:70 | 提示 indicator-input-as-output |\n"
                + "| 效益指标 | 经济效益指标 | 提升六安城市知名度和美誉度,推动体育消费、“网球+”产业深度融合 | 经济效益良好 | 定性（文字） | submission/indicators.json:11:99 | 警告 indicator-target-unmeasurable |\n"
                + "| 效益指标 | 社会效益指标 | 打造金安国际网球公开赛等系列品牌赛事,提升六安城市的知名度和美誉度。 | 效果良好 | 定性（文字） | submission/indicators.json:12:101 | 警告 indicator-target-unmeasurable |\n"
                + "| 效益指标 | 生态效益指标 | 本项目不适用此指标 | 无 | 定性（文字） | submission/indicators.json:13:76 |  |\n"
                + "| 效益指标 | 可持续影响指标 | 打造金安国际网球公开赛等系列品牌赛事 | 影响可持续 | 定性（文字） | submission/indicators.json:14:86 | 警告 indicator-target-unmeasurable |\n"
                + "| 满意度指标 | 满意度指标 | 群众满意度 | ≥95% | ≥ 95% | submission/indicators.json:15:72 |  |\n\n",
                section(zh[1], "绩效指标（按申报）"));
        // the table comes before the findings, and the findings are all still listed
        assertTrue(zh[1].indexOf("## 绩效指标（按申报）") < zh[1].indexOf("## 问题"), zh[1]);
        // 8: the 成本 row's ceiling at the whole budget is a note since session 47 (indicator-input-as-output budget-ceiling)
        assertEquals(8, section(zh[1] + "\n## end", "问题").lines().filter(l -> l.startsWith("- ")).count(), zh[1]);
        // the page: a link to it, a row a filed row, each row's findings linked to the list
        assertTrue(zh[0].contains("<nav><ul><li><a href=\"#targets\">绩效指标（按申报）</a></li><li><a href=\"#findings\">"), zh[0]);
        String page = zh[0].substring(zh[0].indexOf("<section id=\"targets\">"), zh[0].indexOf("<section id=\"findings\">"));
        assertEquals(11, HostileTextProperties.count(page, "<tr><td>"), page);
        assertTrue(page.contains("<tr><td>产出指标</td><td>时效指标</td><td>完成时间</td><td>2025年年底前</td><td>≤ 2025-12-31</td>"
                + "<td><code>submission/indicators.json:9:69</code></td><td></td></tr>"), page);
        assertTrue(page.contains("<td>效果良好</td><td>定性（文字）</td><td><code>submission/indicators.json:12:101</code></td>"
                + "<td><a href=\"#" + FindingAnchorsTest.idOf(run(realTable("t87-jinan-wangqiu-2025"), Locale.SIMPLIFIED_CHINESE),
                "indicator-target-unmeasurable", "/indicators/7/") + "\">警告 indicator-target-unmeasurable</a></td></tr>"), page);
        // English: the headings and the readings in English, the data as filed
        String[] en = write(realTable("t87-jinan-wangqiu-2025"), Locale.ENGLISH, "en");
        String table = section(en[1], "Indicators as filed");
        assertTrue(table.contains("| Level 1 | Level 2 | Level 3 indicator | Target for the year | Read by jixiao as | Where | Findings on the row |\n"), table);
        assertTrue(table.contains("| Output indicators | Timeliness indicators | 完成时间 | 2025年年底前 | ≤ 2025-12-31 | submission/indicators.json:9:69 |  |\n"), table);
        assertTrue(table.contains("| 开展运动种类 | 1种 | ≥ 1 种 | submission/indicators.json:5:71 | info indicator-target-no-comparator |\n"), table);
        assertTrue(en[0].contains("<li><a href=\"#targets\">Indicators as filed</a></li>"), en[0]);
        // deterministic: the same bytes again
        String[] again = write(realTable("t87-jinan-wangqiu-2025"), Messages.ZH, "zh2");
        assertArrayEquals(zh, again);
    }

    @Test
    void t86TheTemplatesUnitsLeftAsTargetsReadAsWordsTheFirstRowWithTheFinding() throws Exception {
        String[] zh = write(realTable("t86-chencang-yinshui-2020"), Messages.ZH, "zh");
        String table = section(zh[1], "绩效指标（按申报）");
        assertEquals(5 + 2, table.lines().filter(l -> l.startsWith("|")).count(), table);
        // the five unit-only targets are one finding since session 51 (unit-only-rows, audit s50 A5 §2), at the first row with
        // the count; since session 52 each other row it names carries it too (before, rows 2–5 showed none and read as clean)
        assertTrue(table.contains("| 产出指标 | 数量指标 | 指标1:新建堤防、护岸长度 | 公里 | 定性（文字） | submission/indicators.json:5:78 | 提示 placeholder-left；警告 placeholder-left |\n"), table);
        assertTrue(table.contains("| 产出指标 | 数量指标 | 指标2:灌区节水改造面积 | 万亩 | 定性（文字） | submission/indicators.json:6:77 | 警告 placeholder-left |\n"), table);
        assertTrue(table.contains("| 产出指标 | 质量指标 | 指标1:工程验收合格率 | ≧ % | 定性（文字） | submission/indicators.json:9:76 | 警告 placeholder-left |\n"), table);
        assertEquals(5, table.lines().filter(l -> l.endsWith("警告 placeholder-left |")).count(), table);
        // the page: the mark on row 5 links to the one finding, at row 1
        String page = zh[0].substring(zh[0].indexOf("<section id=\"targets\">"), zh[0].indexOf("<section id=\"findings\">"));
        String id = FindingAnchorsTest.idOf(run(realTable("t86-chencang-yinshui-2020"), Locale.SIMPLIFIED_CHINESE), "placeholder-left",
                "/indicators/0/target");
        assertEquals(5, HostileTextProperties.count(page, "<a href=\"#" + id + "\">警告 placeholder-left</a>"), page);
        // the funds' error is no row's
        assertFalse(table.contains("sum-mismatch"), table);
    }

    @Test
    void t88NoRowFiledIsSaid() throws Exception {
        String[] zh = write(realTable("t88-jinan-changgui-2025"), Messages.ZH, "zh");
        String empty = "indicators.json 中没有任何绩效指标行（indicators 是空的），见下方问题。";
        assertEquals("## 绩效指标（按申报）\n\n" + empty + "\n\n", section(zh[1], "绩效指标（按申报）"));
        assertTrue(zh[0].contains("<section id=\"targets\">\n<h2>绩效指标（按申报）</h2>\n<p>" + empty + "</p>\n</section>\n"), zh[0]);
        String[] en = write(realTable("t88-jinan-changgui-2025"), Locale.ENGLISH, "en");
        assertTrue(en[1].contains("## Indicators as filed\n\nindicators.json lists no indicator row (its indicators is empty): see the findings below.\n\n"), en[1]);
    }

    /**
     * t88 with its indicators.json cut short, with {@code indicators} not a list, and without the file: the line says the
     * file could not be read, or is not there, not that it lists no row (session 44; one line said "no row read" for all,
     * R9's left-alone item 6).
     */
    @Test
    void t88UnreadableOrMissingIsSaidSo() throws Exception {
        Path src = realTable("t88-jinan-changgui-2025");
        String[] variants = {"{\"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\", \"indicators\": [",
                "{\"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\", \"schemaVersion\": \"1.0\", \"indicators\": {}}", null};
        String[] zh = {"indicators.json 无法读取，没有读到任何绩效指标行；原因见下方问题。", "indicators.json 无法读取，没有读到任何绩效指标行；原因见下方问题。",
                "申报文件夹中没有 indicators.json，没有读到任何绩效指标行，见下方问题。"};
        for (int k = 0; k < variants.length; k++) {
            Path p = tmp.resolve("v" + k);
            try (java.util.stream.Stream<Path> files = Files.list(src)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.createDirectories(p);
                    Files.copy(f, p.resolve(f.getFileName()));
                }
            }
            Files.createDirectories(p.resolve("submission"));
            for (String f : new String[]{"budget.json", "department.json"}) {
                Files.copy(src.resolve("submission/" + f), p.resolve("submission/" + f));
            }
            if (variants[k] != null) {
                Files.writeString(p.resolve("submission/indicators.json"), variants[k]);
            }
            String[] out = write(p, Messages.ZH, "zh" + k);
            assertEquals("## 绩效指标（按申报）\n\n" + zh[k] + "\n\n", section(out[1], "绩效指标（按申报）"), out[1]);
            assertTrue(out[0].contains("<h2>绩效指标（按申报）</h2>\n<p>" + zh[k] + "</p>"), out[0]);
        }
        String[] en = write(tmp.resolve("v0"), Locale.ENGLISH, "en0");
        assertTrue(en[1].contains("\n\nindicators.json could not be read, so no indicator row was read: the findings below say why.\n\n"), en[1]);
        en = write(tmp.resolve("v2"), Locale.ENGLISH, "en2");
        assertTrue(en[1].contains("\n\nThe submission folder has no indicators.json, so no indicator row was read: see the findings below.\n\n"), en[1]);
    }

    @Test
    void t74ImportedEachRowNamesItsCell() throws Exception {
        Path h = realTable("t74-qingjian-guoyuanlu-2021");
        Path p = tmp.resolve("p");
        Files.createDirectories(p.resolve("forms"));
        Files.copy(Path.of(getClass().getResource("/real-table-workbooks/t74-qingjian-guoyuanlu-2021.xlsx").toURI()),
                p.resolve("forms/t74.xlsx"));
        Files.copy(h.resolve("qingjian-project-2021.json"), p.resolve("qingjian-project-2021.json"), StandardCopyOption.REPLACE_EXISTING);
        WorkbookImport.run(p, "forms/t74.xlsx", p.resolve("submission"), true, "qingjian-project-2021.json");
        String[] zh = write(p, Messages.ZH, "zh");
        String table = section(zh[1], "绩效指标（按申报）");
        assertEquals(5 + 2, table.lines().filter(l -> l.startsWith("|")).count(), table);
        assertTrue(table.matches("(?s).*\\| submission/indicators\\.json:\\d+:\\d+（单元格 Sheet1\\\\!E\\d+） \\|.*"), table);
        assertTrue(zh[0].matches("(?s).*<td><code>submission/indicators\\.json:\\d+:\\d+</code>（单元格 Sheet1!E\\d+）</td>.*"), zh[0]);
        String[] en = write(p, Locale.ENGLISH, "en");
        assertTrue(section(en[1], "Indicators as filed").matches("(?s).*\\| submission/indicators\\.json:\\d+:\\d+ \\(cell Sheet1\\\\!E\\d+\\) \\|.*"), en[1]);
    }

    @Test
    void atMostFiveHundredRowsTheRestCounted() throws Exception {
        Path p = tmp.resolve("big");
        Path src = realTable("t87-jinan-wangqiu-2025");
        Files.createDirectories(p.resolve("submission"));
        for (String f : new String[]{"budget.json", "department.json"}) {
            Files.copy(src.resolve("submission/" + f), p.resolve("submission/" + f));
        }
        StringBuilder rows = new StringBuilder();
        for (int k = 0; k < Targets.MAX_ROWS + 20; k++) {
            rows.append(k == 0 ? "" : ",\n").append("{ \"level1\": \"产出指标\", \"level2\": \"数量指标\", \"name\": \"培训人数")
                    .append(k).append("\", \"target\": \"≥").append(k).append("人\" }");
        }
        Files.writeString(p.resolve("submission/indicators.json"), "{\"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\", \"schemaVersion\": \"1.0\", \"indicators\": [\n" + rows + "\n]}\n");
        String[] zh = write(p, Messages.ZH, "zh");
        String table = section(zh[1], "绩效指标（按申报）");
        assertEquals(Targets.MAX_ROWS + 2, table.lines().filter(l -> l.startsWith("|")).count(), zh[1]);
        assertTrue(table.contains("| 培训人数499 | ≥499人 | ≥ 499 人 |"), table);
        assertFalse(table.contains("培训人数500"), table);
        assertTrue(table.endsWith("\n\n另有 20 行未在此列出，每一行都在 score-summary.xlsx 的“绩效指标”表中。\n\n"), table);
        assertTrue(zh[0].contains("<p class=\"note\">另有 20 行未在此列出，每一行都在 score-summary.xlsx 的“绩效指标”表中。</p>\n</section>"));
    }

    @Test
    void theSampleAtSelfEvaluationHasNoneAndNeitherHasMonitoring() throws Exception {
        Samples.copyTo(tmp.resolve("sample"));
        String[] zh = write(tmp.resolve("sample"), Messages.ZH, "zh");
        assertFalse(zh[0].contains("id=\"targets\"") || zh[0].contains("绩效指标（按申报）"), zh[0]);
        assertFalse(zh[1].contains("绩效指标（按申报）"), zh[1]);
    }
}
