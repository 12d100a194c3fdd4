package io.github.jixiao.score;

import static io.github.jixiao.testing.RealTableRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * score-weights {@code total} tells a table whose weights miss 100 which split to aim at: the framework's own 一级 criteria
 * and their weights. It said "（如 预算执行率 10 + 绩效指标 90）", mof-project-2020's split, whatever the framework (P3, session
 * 26, form 2: 广水 2021's own framework is 项目决策 2 + 项目管理 13 + 项目绩效 85). A framework of one 一级 gives no example.
 */
class WeightsSuggestionTest {
    @TempDir
    Path dir;

    private static Path resource(String path) throws Exception {
        return Path.of(WeightsSuggestionTest.class.getResource(path).toURI());
    }

    private static List<Finding> total(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-weights") && f.key().startsWith("total")).toList();
    }

    @Test
    void guangshuiIsToldItsOwnFrameworksSplit() throws Exception {
        Path project = rearranged("whole", (mapper, root) -> { });
        EngineResult r = run(project, Locale.SIMPLIFIED_CHINESE);
        List<Finding> total = total(r);
        assertEquals(1, total.size(), r.findings().toString());
        // -split since session 53: the categories off the framework's split listed after (details; Engine.splitInTotalOnce)
        assertEquals("total-split-one", total.get(0).key()); // (one category: -one since session 55, "为" not "依次为")
        assertEquals(List.of("30", "30.00", "项目决策 2 + 项目管理 13 + 项目绩效 85"), total.get(0).args().subList(0, 3));
        String zh = new Messages(Messages.ZH).message(total.get(0));
        assertTrue(zh.startsWith("各评分指标的分值合计 30 分，不是 100 分：按已有分值计得 30.00 分，这不是综合评分，不评定等级。请核对各指标的分值（points），"
                + "使合计为 100 分（评分框架为 项目决策 2 + 项目管理 13 + 项目绩效 85）。偏离框架原则上分配的类别："), zh);
    }

    /**
     * mof-project-2020's split as its 一级 names it, in English by the framework's English names: 东丽区 2020 with points
     * filled in that add up to 60 (10 + 60 = 70: the table's own error, not a missing 分值 column).
     */
    @Test
    void mofProjectQuotesItsOwnTopLevel() throws Exception {
        Path project = dir.resolve("dongli-points");
        io.github.jixiao.testing.Samples.copyTree(resource("/p26/f1-tianjin-dongli-2020"), project);
        Path indicators = project.resolve("submission/indicators.json");
        Files.writeString(indicators, Files.readString(indicators, StandardCharsets.UTF_8).replace("\"level2\":", "\"points\": 10, \"level2\":"),
                StandardCharsets.UTF_8);
        EngineResult r = run(project, Locale.ENGLISH);
        Finding f = total(r).get(0);
        // total-split since session 53: 产出 30 of 50 and 效益 20 of 30 listed after, in the framework's English
        assertEquals(List.of("70", f.args().get(1), "预算执行 10 + 年度绩效指标 90"), f.args().subList(0, 3));
        assertEquals("The criteria weigh 70 points in all, not 100: " + f.args().get(1) + " is what those points score, not a total, and no grade is given. Check the "
                + "indicators' 分值 (points) so that they add up to 100 (the framework gives Budget execution 10 + Performance indicators of the year 90). "
                + "The categories that depart from the framework's default split, \"Output indicators (quantity, quality, timeliness, cost)\", "
                + "\"Benefit indicators (economic, social, ecological, sustainable impact)\", weigh 30, 20 in turn by the table's points, where the "
                + "framework's defaults are 50, 30: check them as you adjust the points.",
                new Messages(Locale.ENGLISH).forSheet(r.sheet()).message(f));
        EngineResult zh = run(project, Locale.SIMPLIFIED_CHINESE);
        assertEquals(f, total(zh).get(0), "the same finding in either language");
    }

    /**
     * 东丽区 2020 as published, without a 分值 column: one finding (trial s31: score-weights' total beside
     * score-input-missing's indicator-points-none, one defect and two errors), which says what score-weights said too:
     * the points in all, that no grade is given, and the points to fill in, with the JSON to type them as (trial E5,
     * session 42: "points": …, as the other missing figures show theirs).
     */
    @Test
    void aTableWithoutPointsIsOneFinding() throws Exception {
        Path project = resource("/p26/f1-tianjin-dongli-2020");
        EngineResult r = run(project, Locale.ENGLISH);
        assertEquals(List.of(), total(r), r.findings().toString());
        List<Finding> none = r.findings().stream().filter(f -> f.ruleId().equals("score-input-missing")
                && f.key().startsWith("indicator-points-none")).toList();
        assertEquals(1, none.size(), r.findings().toString());
        Finding f = none.get(0);
        assertEquals("indicator-points-none-table-short", f.key());
        // since session 48 the execution named as what is scored, its 10.00 its score and no 综合评分 (s47 audit item 3)
        assertEquals(List.of("6", "10", "100", "10.00", "90", "预算执行率"), f.args());
        assertEquals("表中的 6 个绩效指标都没有分值（points），均未计分：财预〔2020〕10号 自评表每项指标都有分值；没有分值，各指标的得分无从复核，综合评分也就无从得出。"
                + "计分的只有预算执行率（共 10 分，计得 10.00 分），这只是它的得分，不是综合评分：绩效指标的 90 分无从计分，分值合计不足 100 分，不评定等级。"
                + "表中印有各指标分值的，请照表补填；表中本没有分值栏的，请按评分标准为各指标定出分值后填入（indicators.json 中每个指标的 \"points\": …，数字）："
                + "评分框架按各指标所带分值计分。", new Messages(Messages.ZH).message(f));
        assertEquals("None of the table's 6 indicators carries points, so none is scored: MOF Caiyu [2020] No. 10's self-evaluation table gives every indicator "
                + "points; without them no indicator's score can be checked, nor can a total follow from them. Only Budget execution rate is scored (10 points, 10.00 "
                + "scored): that is its score, not a total; the indicators' 90 points cannot be scored, the points fall short of 100, and no grade is given. "
                + "Where the table prints each indicator's points, copy them in; where it has no 分值 (points) column, set each indicator's points by the "
                + "scoring standard and fill them in (\"points\": … on each indicator in indicators.json, a number): the framework scores indicators by the "
                + "points they carry.",
                new Messages(Locale.ENGLISH).forSheet(r.sheet()).message(f));
        assertEquals("", r.sheet().grade(), "no grade, as before");
        // the same fingerprint as the finding without the figures: a baseline entry written before still holds it
        assertEquals(io.github.jixiao.report.Fingerprints.of(f.ruleId(), f.file(), "indicator-points-none-table", f.args().subList(0, 1)),
                io.github.jixiao.report.Fingerprints.of(f));
    }

    /**
     * {@code project}'s copy of 广水's framework with its criteria rearranged by {@code change}, and read as whole: the copy
     * is cut at its 质量指标 and the framework marked partial, and since session 35 weights short of a partial framework are
     * its partial's to say (no total: ScoreWeightsPartialTest); the split the total quotes is what these tests hold.
     */
    private Path rearranged(String name, java.util.function.BiConsumer<tools.jackson.databind.json.JsonMapper, tools.jackson.databind.node.ObjectNode> change)
            throws Exception {
        Path project = dir.resolve(name);
        io.github.jixiao.testing.Samples.copyTree(resource("/p26/f2-guangshui-xiangcun-2021"), project);
        Path fw = project.resolve("guangshui-project-2021.json");
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode) mapper.readTree(Files.readString(fw, StandardCharsets.UTF_8));
        root.remove("partial");
        change.accept(mapper, root);
        Files.writeString(fw, mapper.writeValueAsString(root), StandardCharsets.UTF_8);
        return project;
    }

    /** A framework whose criteria sit under one 一级 quotes the split under it (原州区 2022's 产出 40 + 效益 40 + 满意度 20 so). */
    @Test
    void underASingleTopLevelTheNextLevelIsQuoted() throws Exception {
        Path project = rearranged("one", (mapper, root) -> {
            tools.jackson.databind.node.ObjectNode whole = mapper.createObjectNode();
            whole.put("name", "全部");
            whole.put("weight", 100);
            tools.jackson.databind.node.ArrayNode level2 = mapper.createArrayNode();
            root.get("criteria").forEach(g -> g.get("children").forEach(c -> level2.add(c.deepCopy())));
            whole.set("children", level2);
            root.set("criteria", mapper.createArrayNode().add(whole));
        });
        List<Finding> total = total(run(project, Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("30", "30.00", "项目决策 2 + 项目管理 13 + 绩效指标 85"), total.get(0).args().subList(0, 3));
    }

    /** One 一级, one 二级, one criterion (the indicators' points): no split to quote, and none made up. */
    @Test
    void aFrameworkWithoutASplitGivesNoExample() throws Exception {
        Path project = rearranged("none", (mapper, root) -> {
            tools.jackson.databind.node.ObjectNode top = (tools.jackson.databind.node.ObjectNode) root.get("criteria").get(2).deepCopy();
            top.put("weight", 100);
            ((tools.jackson.databind.node.ObjectNode) top.get("children").get(0)).put("weight", 100);
            ((tools.jackson.databind.node.ObjectNode) top.get("children").get(0).get("children").get(0)).put("weight", 100);
            root.set("criteria", mapper.createArrayNode().add(top));
        });
        EngineResult r = run(project, Locale.SIMPLIFIED_CHINESE);
        List<Finding> total = total(r);
        assertEquals(List.of("total-unsplit"), total.stream().map(Finding::key).toList(), r.findings().toString());
        assertEquals(List.of("15", "15.00"), total.get(0).args());
        assertEquals("各评分指标的分值合计 15 分，不是 100 分：按已有分值计得 15.00 分，这不是综合评分，不评定等级。请核对各指标的分值（points），使合计为 100 分。",
                new Messages(Messages.ZH).message(total.get(0)));
    }
}
