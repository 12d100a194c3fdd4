package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 一级 or 二级 typed without its 指标 (产出 for 产出指标, 数量 for 数量指标) names the same category to the score as to
 * lint (E7, session 43: {@code IndicatorFacts.withIndicator}, as {@link Taxonomy} reads a label; real tables print 成本,
 * 时效 bare: 襄阳 2021, 黄石 2019). Points printed on a category ({@code categories}) are shared among its rows however
 * either side spells it, and an indicator-points block counts a row filed 产出 as one filed 产出指标. Until session 44
 * {@link CategoryPoints} compared the normalised text exactly and {@code Method.IndicatorPoints.counts} read 目标 and 值
 * but not a bare stem: on t84 保山 2022 typed 产出 / 数量 the rows had no points and no block counted them (total 10 of
 * the printed 80's 70), on the 广水 shape typed 数量 the 二级's 15 points reached no row.
 */
class ShortCategoryNamesTest {
    private static final List<String> STEMS = List.of("数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益",
            "可持续影响", "服务对象满意度", "其他满意度");

    private static EngineResult run(Path project) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
    }

    /** The findings of the scoring rules, as a reader sees them: rule, key, severity, place and message. */
    private static List<String> scoring(EngineResult r) {
        Messages zh = new Messages(Messages.ZH);
        return r.findings().stream().filter(f -> f.ruleId().startsWith("score-"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.severity().id() + " " + f.pointer() + " " + zh.message(f)).toList();
    }

    /** Each criterion's weight and score, and those of the indicator rows it scores. */
    private static List<String> rows(EngineResult r) {
        List<String> out = new java.util.ArrayList<>();
        for (CriterionScore c : r.sheet().criteria()) {
            out.add(c.id() + " " + c.weight().stripTrailingZeros().toPlainString() + "/" + c.score().toPlainString());
            c.items().forEach(i -> out.add("  " + i.weight().stripTrailingZeros().toPlainString() + "/" + i.score().toPlainString()));
        }
        return out;
    }

    /** {@code text} with each row's 一级 (and, with {@code level2}, 二级) less its 指标. */
    private static String typedShort(String text, boolean level1, boolean level2) {
        String out = text;
        if (level1) {
            for (String l1 : List.of("产出", "效益", "满意度")) {
                out = out.replaceAll("(\"level1\": \")" + l1 + "指标(\",\\s*\"level2\")", "$1" + l1 + "$2");
            }
        }
        if (level2) {
            for (String stem : STEMS) {
                out = out.replaceAll("(\"level2\": \")" + stem + "指标(\",\\s*\"name\")", "$1" + stem + "$2");
            }
        }
        return out;
    }

    private static void sameAsTypedInFull(Path project, Path tmp, boolean level1, boolean level2) throws Exception {
        EngineResult full = run(project);
        Path t = copy(project, tmp);
        Path ind = t.resolve("submission/indicators.json");
        String before = Files.readString(ind);
        String after = typedShort(before, level1, level2);
        assertFalse(before.equals(after), "the fixture's rows are typed short");
        Files.writeString(ind, after);
        EngineResult typed = run(t);
        assertEquals(rows(full), rows(typed));
        assertEquals(full.sheet().total(), typed.sheet().total());
        assertEquals(full.sheet().grade(), typed.sheet().grade());
        assertEquals(scoring(full), scoring(typed));
        assertEquals(full.indicators().stream().map(Indicator::points).toList(), typed.indicators().stream().map(Indicator::points).toList());
    }

    /** t84 保山 2022: 产出指标(60分) over three rows, 效益指标(10分), 满意度指标(10分), rows typed 产出 / 数量 and so on. */
    @Test
    void t84sLevel1PointsReachRowsTypedShort(@TempDir Path tmp) throws Exception {
        sameAsTypedInFull(Samples.realTable("t84-baoshan-tuiyijunren-2022"), tmp, true, true);
    }

    /** t18 区商务局 2020: 产出 60 and 效益 40 printed on the 一级, eight rows; the 二级 alone typed short, then both. */
    @Test
    void t18sLevel1PointsReachRowsTypedShort(@TempDir Path tmp) throws Exception {
        sameAsTypedInFull(Samples.realTable("t18-shangwu-fuwumaoyi-2020"), tmp.resolve("a"), false, true);
        sameAsTypedInFull(Samples.realTable("t18-shangwu-fuwumaoyi-2020"), tmp.resolve("b"), true, true);
    }

    /**
     * The sample (no categories: each row prints its points), every 一级 and 二级 typed short: scored alike. (Its
     * framework's indicator blocks name no 一级, so this held before too; it guards the wider reading of a 一级.)
     */
    @Test
    void theSamplesRowsTypedShortAreScoredAlike(@TempDir Path tmp) throws Exception {
        sameAsTypedInFull(Path.of(System.getProperty("jixiao.repoRoot", ".."), "sample-submission"), tmp, true, true);
    }

    /**
     * 广水 2021 (p26/f2, transcribed: 数量指标 15 分 over one row, 质量指标 12 分 over two, 三级指标分值按三级指标个数平均确定),
     * its rows filed 数量 / 质量, then 产出 too.
     */
    @Test
    void guangshuisLevel2PointsReachRowsTypedShort(@TempDir Path tmp) throws Exception {
        Path f2 = Path.of(ShortCategoryNamesTest.class.getResource("/p26/f2-guangshui-xiangcun-2021").toURI());
        sameAsTypedInFull(f2, tmp.resolve("a"), false, true);
        sameAsTypedInFull(f2, tmp.resolve("b"), true, true);
    }

    /** 广水's shape (数量指标 15 分, 质量指标 12 分, 时效指标 15 分 on the 二级), the rows filed 数量 / 质量 / 时效. */
    @Test
    void level2PointsReachRowsTypedShort(@TempDir Path tmp) throws Exception {
        Path shape = Path.of(ShortCategoryNamesTest.class.getResource("/category-points/guangshui-shape").toURI());
        sameAsTypedInFull(shape, tmp.resolve("rows"), false, true);
        // and the other way round: the categories typed short, the rows in full (15 ÷ 2 → 8 + 8 still said, at its place)
        EngineResult full = run(shape);
        Path t = copy(shape, tmp.resolve("categories"));
        Path ind = t.resolve("submission/indicators.json");
        Files.writeString(ind, Files.readString(ind).replaceAll("(\"level2\": \"[^\"]+)指标(\",\\s*\"points\")", "$1$2"));
        EngineResult typed = run(t);
        assertEquals(rows(full), rows(typed));
        assertEquals(full.sheet().total(), typed.sheet().total());
        assertEquals(List.of("score-weights category-share /categories/2/points"), typed.findings().stream()
                .filter(f -> f.ruleId().equals("score-weights") && f.key().startsWith("category")).map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).toList());
    }

    /** Two entries for one category, one typed short: the first is taken, as for a repeated entry typed alike. */
    @Test
    void aCategoryGivenTwiceInTwoSpellingsIsTakenOnce(@TempDir Path tmp) throws Exception {
        Path shape = Path.of(ShortCategoryNamesTest.class.getResource("/category-points/guangshui-shape").toURI());
        EngineResult full = run(shape);
        Path t = copy(shape, tmp);
        Path ind = t.resolve("submission/indicators.json");
        // (the 广水 shape writes its categories first)
        Files.writeString(ind, Files.readString(ind).replaceFirst("\\s*]\\s*,\\s*\"indicators\"",
                ", { \"level1\": \"产出\", \"level2\": \"数量\", \"points\": 99 } ], \"indicators\""));
        EngineResult typed = run(t);
        assertEquals(rows(full), rows(typed));
        assertEquals(scoring(full), scoring(typed));
    }

    private static Path copy(Path from, Path to) throws Exception {
        io.github.jixiao.testing.Samples.copyTree(from, to);
        return to;
    }
}
