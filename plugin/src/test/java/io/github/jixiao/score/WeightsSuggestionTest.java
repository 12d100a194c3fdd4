package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
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

    private static EngineResult run(Path project, Locale locale) {
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(locale));
    }

    @Test
    void guangshuiIsToldItsOwnFrameworksSplit() throws Exception {
        Path project = resource("/p26/f2-guangshui-xiangcun-2021");
        EngineResult r = run(project, Locale.SIMPLIFIED_CHINESE);
        List<Finding> total = total(r);
        assertEquals(1, total.size(), r.findings().toString());
        assertEquals("total", total.get(0).key());
        assertEquals(List.of("30", "30.00", "项目决策 2 + 项目管理 13 + 项目绩效 85"), total.get(0).args());
        assertEquals("各评分指标的分值合计 30 分，不是 100 分，综合评分 30.00 分没有完整的基准，不评定等级。请核对各指标的分值（points），"
                + "使合计为 100 分（评分框架为 项目决策 2 + 项目管理 13 + 项目绩效 85）。", new Messages(Messages.ZH).message(total.get(0)));
    }

    /** mof-project-2020's split as its 一级 names it, in English by the framework's English names. */
    @Test
    void mofProjectQuotesItsOwnTopLevel() throws Exception {
        Path project = resource("/p26/f1-tianjin-dongli-2020");
        EngineResult r = run(project, Locale.ENGLISH);
        Finding f = total(r).get(0);
        assertEquals(List.of("10", "10.00", "预算执行 10 + 年度绩效指标 90"), f.args());
        assertEquals("The criteria weigh 10 points in all, not 100, so the total 10.00 has no full base and no grade is given. Check the "
                + "indicators' 分值 (points) so that they add up to 100 (the framework gives Budget execution 10 + Performance indicators of the year 90).",
                new Messages(Locale.ENGLISH).forSheet(r.sheet()).message(f));
        EngineResult zh = run(project, Locale.SIMPLIFIED_CHINESE);
        assertEquals(f, total(zh).get(0), "the same finding in either language");
    }

    /** {@code project}'s copy of 广水's framework with its criteria rearranged by {@code change}. */
    private Path rearranged(String name, java.util.function.BiConsumer<tools.jackson.databind.json.JsonMapper, tools.jackson.databind.node.ObjectNode> change)
            throws Exception {
        Path project = dir.resolve(name);
        io.github.jixiao.testing.Samples.copyTree(resource("/p26/f2-guangshui-xiangcun-2021"), project);
        Path fw = project.resolve("guangshui-project-2021.json");
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode) mapper.readTree(Files.readString(fw, StandardCharsets.UTF_8));
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
        assertEquals(List.of("30", "30.00", "项目决策 2 + 项目管理 13 + 绩效指标 85"), total.get(0).args());
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
        assertEquals("各评分指标的分值合计 15 分，不是 100 分，综合评分 15.00 分没有完整的基准，不评定等级。请核对各指标的分值（points），使合计为 100 分。",
                new Messages(Messages.ZH).message(total.get(0)));
    }
}
