package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook of a submission without a score, the file an Excel user opens (s31 trial): the page and the Markdown said
 * 运行监控阶段不评分：得分在年终自评时计算。 and the workbook nowhere, so a unit reading it in Excel could not tell a report
 * without a score from one whose score was lost; and at 运行监控 its 绩效指标 sheet headed the value to date 实际完成值, the
 * year-end column, beside the 运行监控情况 sheet's 1-6月完成值. The first sheet's title now says why there is no score, and
 * the 绩效指标 sheet heads the value to date as the 运行监控情况 sheet does.
 */
class UnscoredWorkbookTest {

    @TempDir
    Path tmp;

    private List<List<String>> sheet(String table, Locale locale, int index) throws Exception {
        Path project = Path.of(UnscoredWorkbookTest.class.getResource("/real-tables/" + table).toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        assertEquals(null, r.sheet());
        Path out = tmp.resolve(table + locale);
        Files.createDirectories(out);
        ReportWriter.write(out, r, Map.of(), new Messages(locale), ReportMeta.of("2026-01-01T00:00:00Z"));
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(ScoreSummaryXlsx.FILE)))) {
            DataFormatter fmt = new DataFormatter();
            for (Row row : wb.getSheetAt(index)) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(fmt.formatCellValue(c)));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void theWorkbookSaysWhyThereIsNoScore() throws Exception {
        assertEquals("黄石市文物局(湖北水泥遗址博物馆) 申遗经费 2019 运行监控情况。运行监控阶段不评分：得分在年终自评时计算。",
                sheet("t15-huangshi-shenyi-2019", Messages.ZH, 0).get(0).get(0));
        assertEquals("湘潭市环境卫生管理处 雾炮车降尘抑尘服务 2023 绩效指标。目标申报阶段不评分：得分在年终自评时计算。",
                sheet("t30-xiangtan-wupaoche-2023", Messages.ZH, 0).get(0).get(0));
        assertEquals("湘潭市环境卫生管理处 雾炮车降尘抑尘服务 2023 performance indicators. Not scored at this stage (Target filing): "
                + "the score is computed at the year-end self-evaluation.", sheet("t30-xiangtan-wupaoche-2023", Locale.ENGLISH, 0).get(0).get(0));
    }

    @Test
    void atMonitoringTheIndicatorsSheetHeadsTheValueToDateAsTheMonitoringSheetDoes() throws Exception {
        // with the page's jixiao 读作 and 位置 since session 44 (FiledColumnsWorkbookTest)
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "jixiao 读作", "1-6月完成值", "分值", "位置", "问题"),
                sheet("t15-huangshi-shenyi-2019", Messages.ZH, 1).get(1));
        assertEquals("Achieved, months 1-6", sheet("t15-huangshi-shenyi-2019", Locale.ENGLISH, 1).get(1).get(5));
        // at 目标申报 there is no value yet: the column keeps the year-end heading
        assertEquals("实际完成值", sheet("t30-xiangtan-wupaoche-2023", Messages.ZH, 0).get(1).get(5));
    }
}
