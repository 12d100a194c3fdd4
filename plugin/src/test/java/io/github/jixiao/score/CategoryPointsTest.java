package io.github.jixiao.score;

import static io.github.jixiao.testing.RealTableRuns.run;
import static io.github.jixiao.testing.RealTableRuns.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.report.Messages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Points printed on the 二级 and shared evenly among its 三级 (P3 session 26, form 2: 湖北 广水 2021 prints 数量指标 15 分,
 * 质量指标 12 分, "三级指标分值按三级指标个数平均确定…四舍五入保留整数"): indicators.json's {@code categories} gives them as
 * printed, the framework's indicator-points {@code split} (even, scale 0, HALF_UP) how they are shared; a row with no
 * points of its own takes its share, says where it came from, and a share that does not add up (15 ÷ 2 → 8 + 8 = 16) is
 * score-weights {@code category-share}. Before, {@code categories} was a schema violation and the rows had no points.
 */
class CategoryPointsTest {

    private static Path resource(String path) throws Exception {
        return Path.of(CategoryPointsTest.class.getResource(path).toURI());
    }

    private static List<Finding> categoryFindings(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-weights") && f.key().startsWith("category")).toList();
    }

    /** 15 over 1 row → 15; 12 over 2 rows → 6 + 6; 15 over 2 rows → 7.5 → 8 + 8 = 16, flagged. */
    @Test
    void theGuangshuiShapeIsSharedAndAShareThatBreaksTheTotalIsFlagged() throws Exception {
        EngineResult r = run(resource("/category-points/guangshui-shape"), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(), of(r, "schema-violation"), "categories is part of the format");
        List<BigDecimal> points = r.indicators().stream().map(Indicator::points).toList();
        assertEquals(List.of("15", "6", "6", "8", "8"), points.stream().map(BigDecimal::toPlainString).toList());

        CriterionScore block = r.sheet().criterion("performance-indicators").orElseThrow();
        assertEquals(0, new BigDecimal("43").compareTo(block.weight()), "15 + 6 + 6 + 8 + 8, the shares as scored");
        assertEquals(5, block.items().size());
        // each row says where its points came from: the category's points, shared
        assertEquals(List.of("二级指标“数量指标”下每个三级指标的分值（所印 15 分，由其下 1 个三级指标平均分得）", "15 ÷ 1 = 15",
                "indicators#/categories/0/points"), input(block.items().get(0)));
        assertEquals(List.of("二级指标“质量指标”下每个三级指标的分值（所印 12 分，由其下 2 个三级指标平均分得）", "12 ÷ 2 = 6",
                "indicators#/categories/1/points"), input(block.items().get(1)));
        assertEquals("15 ÷ 2 = 7.5 → 8", input(block.items().get(3)).get(1));
        // and the block lists each category's once, as the page and score-summary.json show it
        assertEquals(List.of("indicators#/categories/0/points", "indicators#/categories/1/points", "indicators#/categories/2/points"),
                block.inputs().stream().map(ScoreInput::ref).filter(x -> x.contains("/categories/")).toList());
        EngineResult en = run(resource("/category-points/guangshui-shape"), Locale.ENGLISH);
        assertEquals("each indicator's points under \"数量指标\": an even share of the 15 points printed on it, among its 1 indicators",
                input(en.sheet().criterion("performance-indicators").orElseThrow().items().get(0)).get(0));

        List<Finding> flagged = categoryFindings(r);
        assertEquals(1, flagged.size(), r.findings().toString());
        Finding f = flagged.get(0);
        assertEquals("category-share", f.key());
        assertEquals("warning", f.severity().id());
        assertEquals("/categories/2/points", f.pointer());
        assertTrue(f.file().endsWith("indicators.json"), f.file());
        assertEquals("二级指标“时效指标”（产出指标）印有 15 分，其下 2 个三级指标按评分框架的分配（15 ÷ 2 = 7.5 → 8）合计 8 + 8 = 16 分，"
                + "与所印 15 分不符，已按 16 分计分。请按表中实际给各行的分值，在这些行的分值（points）中逐行写明，使合计为 15 分。",
                new Messages(Messages.ZH).message(f));
        assertEquals("The category \"时效指标\" (Timeliness indicators) under \"产出指标\" (Output indicators) prints 15 points, but its 2 indicators, shared as the framework states "
                + "(15 ÷ 2 = 7.5 → 8), weigh 8 + 8 = 16, not 15; they are scored at 16. Write each row's 分值 (points) as the table "
                + "gives them, so that they add up to 15.", new Messages(Locale.ENGLISH).forSheet(r.sheet()).message(f));
        // the rows' own scores are held to the shares, as to printed points: 8 of 8, no claim mismatch
        assertEquals(List.of(), of(r, "score-claim-mismatch").stream().filter(x -> x.key().equals("indicator")).toList());
    }

    private static List<String> input(CriterionScore row) {
        ScoreInput in = row.inputs().stream().filter(i -> i.ref().startsWith("indicators#/categories/")).findFirst().orElseThrow();
        return List.of(in.label(), in.value(), in.ref());
    }

    /** The same table with each row's points printed (15; 6 + 6; 7 + 8): the rows' points stand, nothing is said. */
    @Test
    void rowsWithTheirOwnPointsAreUnchanged() throws Exception {
        EngineResult r = run(resource("/category-points/row-points"), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(), of(r, "schema-violation"));
        assertEquals(List.of("15", "6", "6", "7", "8"), r.indicators().stream().map(i -> i.points().toPlainString()).toList());
        CriterionScore block = r.sheet().criterion("performance-indicators").orElseThrow();
        assertEquals(0, new BigDecimal("42").compareTo(block.weight()));
        assertTrue(block.items().stream().allMatch(i -> i.inputs().stream().noneMatch(in -> in.ref().contains("/categories/"))));
        assertEquals(List.of(), categoryFindings(r), r.findings().toString());
    }

    /** Rows printing their own points that miss the category's: category-rows, the rows' points used. */
    @Test
    void printedRowsThatMissTheCategoryAreSaid(@TempDir Path project) throws Exception {
        io.github.jixiao.testing.Samples.copyTree(resource("/category-points/row-points"), project);
        Path ind = project.resolve("submission/indicators.json");
        java.nio.file.Files.writeString(ind, java.nio.file.Files.readString(ind).replace("\"points\": 7", "\"points\": 9"));
        EngineResult r = run(project, Locale.SIMPLIFIED_CHINESE);
        List<Finding> flagged = categoryFindings(r);
        assertEquals(List.of("category-rows"), flagged.stream().map(Finding::key).toList(), r.findings().toString());
        assertEquals(List.of("时效指标", "产出指标", "15", "2", "9 + 8", "17"), flagged.get(0).args());
    }

    /**
     * The row-points table with 时效指标 (15 points) given a third row, {@code first} printed on its first row and none
     * on the other two.
     */
    private static Path mixed(Path project, String first) throws Exception {
        io.github.jixiao.testing.Samples.copyTree(resource("/category-points/row-points"), project);
        Path ind = project.resolve("submission/indicators.json");
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode) json.readTree(ind.toFile());
        tools.jackson.databind.node.ArrayNode rows = (tools.jackson.databind.node.ArrayNode) root.get("indicators");
        ((tools.jackson.databind.node.ObjectNode) rows.get(3)).put("points", new BigDecimal(first)).put("score", new BigDecimal(first));
        tools.jackson.databind.node.ObjectNode fifth = (tools.jackson.databind.node.ObjectNode) rows.get(4);
        fifth.remove("points");
        fifth.put("score", 3);
        rows.add(fifth.deepCopy().put("name", "资金拨付及时率"));
        String text = json.writeValueAsString(root);
        java.nio.file.Files.writeString(ind, text);
        return project;
    }

    /**
     * 15 points, one row printing 9, two printing none: the two share what is left, (15 − 9) ÷ 2 = 3, and the category
     * adds up. Before, each took 15 ÷ 3 = 5 (9 + 5 + 5 = 19) and category-share blamed the framework's rounding.
     */
    @Test
    void rowsWithoutPointsShareWhatThePrintedRowsLeave(@TempDir Path tmp) throws Exception {
        EngineResult r = run(mixed(tmp.resolve("zh"), "9"), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(), of(r, "schema-violation"));
        assertEquals(List.of("15", "6", "6", "9", "3", "3"), r.indicators().stream().map(i -> i.points().toPlainString()).toList());
        assertEquals(List.of(), categoryFindings(r), r.findings().toString());
        CriterionScore block = r.sheet().criterion("performance-indicators").orElseThrow();
        assertEquals(0, new BigDecimal("42").compareTo(block.weight()), "15 + 6 + 6 + 9 + 3 + 3");
        assertEquals(List.of("二级指标“时效指标”下未印分值的三级指标的分值（所印 15 分减去其他三级指标所印 9 分，由未印分值的 2 个三级指标平均分得）",
                "(15 − 9) ÷ 2 = 3", "indicators#/categories/2/points"), input(block.items().get(4)));
        EngineResult en = run(mixed(tmp.resolve("en"), "9"), Locale.ENGLISH);
        assertEquals("the points of each indicator under \"时效指标\" that prints none: the 15 points printed on it less the 9 its other "
                + "indicators print, shared evenly among its 2 indicators without points",
                input(en.sheet().criterion("performance-indicators").orElseThrow().items().get(5)).get(0));
    }

    /** The printed row alone (16) is more than the category's 15: nothing to share, category-rows, the others get none. */
    @Test
    void printedRowsAboveTheCategoryLeaveNothingToShare(@TempDir Path tmp) throws Exception {
        EngineResult r = run(mixed(tmp, "16"), Locale.SIMPLIFIED_CHINESE);
        List<Finding> flagged = categoryFindings(r);
        assertEquals(List.of("category-rows"), flagged.stream().map(Finding::key).toList(), r.findings().toString());
        assertEquals(List.of("时效指标", "产出指标", "15", "1", "16", "16"), flagged.get(0).args());
        assertEquals(java.util.Arrays.asList("16", null, null),
                r.indicators().stream().skip(3).map(i -> i.points() == null ? null : i.points().toPlainString()).toList());
    }

    /** The real 广水 copy: 数量指标's 15 points given to its one row; the cut 质量 rows are template rows, as before. */
    @Test
    void theGuangshuiCopyScoresAsBefore() throws Exception {
        EngineResult r = run(resource("/p26/f2-guangshui-xiangcun-2021"), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(), of(r, "schema-violation"));
        assertEquals(0, new BigDecimal("30").compareTo(r.sheet().total()));
        assertEquals("15", r.indicators().get(0).points().toPlainString());
        assertEquals(null, r.indicators().get(1).points());
        assertEquals(List.of(), categoryFindings(r));
    }
}
