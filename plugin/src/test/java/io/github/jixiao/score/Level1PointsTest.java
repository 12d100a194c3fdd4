package io.github.jixiao.score;

import static io.github.jixiao.testing.RealTableRuns.run;
import static io.github.jixiao.testing.RealTableRuns.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Points printed on the 一级 of a form with no 分值 column (云南 保山 2022, t84: 产出指标(60分), 效益指标(10分), 满意度指标(10分)
 * over rows printing only their 得分 20, 20, 20, 10, 10; 总分(100分) 100, 自评等级 优): indicators.json's {@code categories}
 * without a {@code level2} gives each 一级's points, shared evenly among its rows (the form states no split: said once per
 * category of several rows, score-assumption category-even-level1). The rows are then scored and their printed 得分 held
 * to the scores. Before session 43 the schema had no place for a 一级's points, the 评分表 showed 年度绩效目标 0.00 / 0.00 with
 * no rows, and 总分 100 / 优 appeared only inside score-input-missing indicator-points-none-short-stated.
 */
class Level1PointsTest {
    private static final String T84 = "t84-baoshan-tuiyijunren-2022";

    @Test
    void theRowsAreScoredOnTheirLevel1sPoints() {
        EngineResult r = run(Samples.realTable(T84), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(), of(r, "schema-violation"), "a category without level2 is part of the format");
        CriterionScore block = r.sheet().criterion("performance-indicators").orElseThrow();
        assertEquals(List.of("20.00", "20.00", "20.00", "10.00", "10.00"),
                block.items().stream().map(i -> i.weight().setScale(2).toPlainString()).toList());
        // the printed 得分 beside each row's score: three as computed, 按时限完成 → 100% kept at its printed 20 unchecked (no
        // band to hold it to: achievement-self-score, session 46; before, 0), 小于5次 → 无上访 unscorable (the lint's error)
        assertEquals(List.of("20", "20", "20", "10", "10"), block.items().stream().map(i -> i.claimed().toPlainString()).toList());
        assertEquals(List.of("20.00", "20.00", "20.00", "0.00", "10.00"), block.items().stream().map(i -> i.score().toPlainString()).toList());
        assertEquals(0, new BigDecimal("80").compareTo(block.weight()));
        assertEquals("90.00", r.sheet().total().toPlainString());
        CriterionScore output = block.items().get(0);
        ScoreInput share = output.inputs().stream().filter(i -> i.ref().startsWith("indicators#/categories/")).findFirst().orElseThrow();
        assertEquals(List.of("一级指标“产出指标”下每个三级指标的分值（所印 60 分，由其下 3 个三级指标平均分得）", "60 ÷ 3 = 20",
                "indicators#/categories/0/points"), List.of(share.label(), share.value(), share.ref()));

        // the even share of 产出指标's 60 among its three rows is an assumption (the form states none); 10 over one row is not
        List<Finding> assumed = of(r, "score-assumption");
        assertEquals(List.of("category-even-level1 /categories/0/points"), assumed.stream().map(f -> f.key() + " " + f.pointer()).toList());
        assertEquals("一级指标“产出指标”印有 60 分，表中没有印其下各三级指标的分值，也没有写明如何分配：按其下 3 个三级指标平均分配计分（60 ÷ 3 = 20），"
                + "并据此核对所印得分。如不是，请在各行的分值（points）中写明。", new Messages(Messages.ZH).message(assumed.get(0)));
        assertEquals("The category \"产出指标\" (Output indicators) prints 60 points, and the table prints no points for its indicators nor how "
                + "they are shared: they are shared evenly among its 3 indicators (60 ÷ 3 = 20), and the printed scores are checked on "
                + "that. If that is wrong, write each row's 分值 (points).",
                new Messages(Locale.ENGLISH).forSheet(r.sheet()).message(assumed.get(0)));

        // 总分 100 against 70 scored with 30 unscorable: may be the missing data's; 优 is 100's grade, no grade mismatch
        assertEquals(List.of("total-unscored"), of(r, "score-claim-mismatch").stream().map(Finding::key).toList());
        assertEquals(List.of(), of(r, "score-input-missing").stream().filter(f -> f.key().startsWith("indicator-points")).toList());
    }

    /** A stated grade that is not its stated total's is still said, the missing data notwithstanding. */
    @Test
    void aGradeThatIsNotItsTotalsIsStillSaid(@TempDir Path tmp) throws Exception {
        Path t = copy(Samples.realTable(T84), tmp);
        Path sa = t.resolve("submission/self-assessment.json");
        Files.writeString(sa, Files.readString(sa).replace("\"优\"", "\"良\""));
        EngineResult r = run(t, Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("total-unscored", "grade"), of(r, "score-claim-mismatch").stream().map(Finding::key).toList());
    }

    /** Rows under a 一级 that print their own points add up short of it: category-rows-level1, the rows' points used. */
    @Test
    void rowsThatMissTheirLevel1sPointsAreSaid(@TempDir Path tmp) throws Exception {
        Path t = copy(Samples.realTable(T84), tmp);
        Path ind = t.resolve("submission/indicators.json");
        Files.writeString(ind, Files.readString(ind).replace("\"name\": \"补助经费足额拨付率\", \"target\": \"100%\", \"actual\": \"100%\", \"score\": 20",
                "\"name\": \"补助经费足额拨付率\", \"target\": \"100%\", \"actual\": \"100%\", \"points\": 15, \"score\": 15"));
        EngineResult r = run(t, Locale.SIMPLIFIED_CHINESE);
        // 15 printed on one row: the other two share the rest, (60 − 15) ÷ 2 = 22.5, and 60 is kept
        assertEquals(List.of("22.5", "15", "22.5"), r.indicators().subList(0, 3).stream().map(i -> i.points().stripTrailingZeros().toPlainString()).toList());
        assertEquals(List.of(), of(r, "score-weights").stream().filter(x -> x.key().startsWith("category")).toList(), r.findings().toString());
        // every row printing its own: 20 + 15 + 20 = 55, not 60
        Files.writeString(ind, Files.readString(ind).replace("\"actual\": \"100%\", \"score\": 20 }", "\"actual\": \"100%\", \"points\": 20, \"score\": 20 }"));
        r = run(t, Locale.SIMPLIFIED_CHINESE);
        List<Finding> f = of(r, "score-weights").stream().filter(x -> x.key().startsWith("category")).toList();
        assertEquals(List.of("category-rows-level1 /categories/0/points"), f.stream().map(x -> x.key() + " " + x.pointer()).toList());
        assertEquals("一级指标“产出指标”印有 60 分，其下 3 个三级指标的分值（points）合计 20 + 15 + 20 = 55 分，与之不符，已按各行的分值计分。"
                + "请核对一级指标的分值（categories 的 points）或各行的分值（points）。", new Messages(Messages.ZH).message(f.get(0)));
    }

    private static Path copy(Path from, Path to) throws Exception {
        io.github.jixiao.testing.Samples.copyTree(from, to);
        return to;
    }
}
