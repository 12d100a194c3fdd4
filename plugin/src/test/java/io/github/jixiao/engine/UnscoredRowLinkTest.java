package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 天长 2022 (t5, a 项目支出绩效自评表): six rows print only a name and 10 of 10 (no 指标值, no 实际完成值), and scoring gives each
 * 0, so the total is 40 where the table says 100. Each row's error (indicator-incomplete empty-category-scored) is what a
 * reviewer or the unit must act on, yet it named no criterion: findings are tied to a criterion by the figures scoring
 * read, and a row it could read none of had none. score-summary.md's 与得分有关的问题 then listed the four infos and
 * none of the six errors that cost 60 points; the page did not link them to the 产出 and 效益 rows (trial E5, session 42).
 * A row the criterion scored now ties its findings to it, after the figures read.
 */
class UnscoredRowLinkTest {

    @Test
    void theErrorsOfRowsScoredZeroTouchTheirCriterion() throws Exception {
        Path project = Path.of(UnscoredRowLinkTest.class.getResource("/real-tables/t5-tianchang-2022").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")));
        List<String> rows = r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/"))
                .map(f -> f.ruleId() + " " + f.pointer() + " " + f.criterion()).toList();
        assertEquals(List.of(
                "indicator-target-no-comparator /indicators/0/target output-indicators",   // a figure read: as before
                "indicator-target-no-comparator /indicators/1/target output-indicators",
                "indicator-incomplete /indicators/2 output-indicators",   // 工程质量合格: 0 of 10
                "indicator-incomplete /indicators/3 output-indicators",
                "indicator-input-as-output /indicators/3 output-indicators",
                "indicator-incomplete /indicators/4 output-indicators",
                "indicator-incomplete /indicators/5 benefit-indicators",   // 全市安全度汛: 0 of 10
                "indicator-incomplete /indicators/6 benefit-indicators",
                "indicator-incomplete /indicators/8 benefit-indicators",
                "satisfaction-without-survey /indicators/9 satisfaction-indicators",
                "indicator-target-no-comparator /indicators/9/target satisfaction-indicators"), rows);
    }
}
