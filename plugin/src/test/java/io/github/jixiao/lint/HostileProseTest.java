package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.CpuBound;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Goals a pull request may write to hold the check (review S, session 25), each inside the format's limits: long runs
 * of digits before "X元" (the prose amounts were tried from every digit, backtracking: eight goals of 20,000 characters
 * took 128 s), and many long, nearly equal goals (each achieved goal was looked for in all expected ones joined: 7 MB
 * took 457 s). A guard against those shapes coming back (the bound is minutes below them), not a timing target; what
 * the rules say about such goals is asserted too.
 */
class HostileProseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path withGoals(Path tmp, List<String> expected, List<String> achieved) throws Exception {
        Path sub = io.github.jixiao.testing.Samples.copyTo(tmp);
        Path file = sub.resolve("department.json");
        ObjectNode d = (ObjectNode) JSON.readTree(Files.readString(file));
        ObjectNode goals = d.putObject("overallGoals");
        ArrayNode e = goals.putArray("expected");
        expected.forEach(e::add);
        ArrayNode a = goals.putArray("achieved");
        achieved.forEach(a::add);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(d));
        return sub;
    }

    private static EngineResult run(Path tmp, Path sub) {
        return run(tmp, sub, 30);
    }

    private static EngineResult run(Path tmp, Path sub, int seconds) {
        return CpuBound.within(Duration.ofSeconds(seconds), () -> new Engine().run(EngineOptions.of(tmp, sub)));
    }

    @Test
    void longDigitRunsBeforeYuanAreReadOnce(@TempDir Path tmp) throws Exception {
        List<String> goals = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            goals.add("1".repeat(19_998) + "X元");
        }
        EngineResult r = run(tmp, withGoals(tmp, goals, List.of("完成年度工作任务，服务企业 120 家")));
        // no amount is read out of them (the digits are not followed by a unit), so no goal is "only amounts"
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals("overall-goal-not-a-goal")
                && f.key().equals("amounts")), r.findings().toString());
    }

    @Test
    void manyLongNearlyEqualGoalsAreComparedWithinABound(@TempDir Path tmp) throws Exception {
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            expected.add("啊".repeat(19_999));
        }
        List<String> achieved = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            achieved.add("啊".repeat(9_999) + "吧"); // half an expected goal: String.contains at its worst, 10^8 a pair
        }
        achieved.add("啊".repeat(19_999)); // a whole copy is found whatever the bound
        EngineResult r = run(tmp, withGoals(tmp, expected, achieved));
        List<String> copies = r.findings().stream().filter(f -> f.ruleId().equals("overall-goal-not-a-goal")
                && f.key().equals("achieved-copies")).map(Finding::pointer).toList();
        assertEquals(List.of("/overallGoals/achieved/8"), copies);
    }

    /** A part of one expected goal is still a copy (the ordinary case, well inside the bound). */
    @Test
    void aPartOfAnExpectedGoalIsACopy(@TempDir Path tmp) throws Exception {
        EngineResult r = run(tmp, withGoals(tmp, List.of("完成科技创新载体建设任务 380 家，服务企业 120 家。", "推动党建工作发展。"),
                List.of("完成科技创新载体建设任务 380 家", "推动党建工作发展并取得实效，共开展活动 12 场")));
        assertEquals(List.of("/overallGoals/achieved/0"), r.findings().stream().filter(f -> f.ruleId().equals("overall-goal-not-a-goal")
                && f.key().startsWith("achieved-copies")).map(Finding::pointer).toList());   // -figures since session 54
    }

    /**
     * A template's "（请填写…）" opened again and again and never closed: each opening was read to the text's end before
     * the next was tried, quadratic in the text (100 texts of 20,000 characters: minutes). Only the part up to the last
     * closing bracket can hold a placeholder, and a closed one is still found.
     */
    @Test
    void placeholdersNeverClosedAreReadOnce(@TempDir Path tmp) throws Exception {
        List<String> goals = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            goals.add("（请填写".repeat(4_999));
        }
        goals.add("完成年度工作任务（请填写具体任务）");
        EngineResult r = run(tmp, withGoals(tmp, goals, List.of("完成年度工作任务，服务企业 120 家")));
        assertEquals(List.of("/overallGoals/expected/100"), r.findings().stream()
                .filter(f -> f.ruleId().equals("placeholder-left") && f.key().isEmpty()).map(Finding::pointer).toList());
    }

    /**
     * A length limit ("（限200字）") with long runs after it: the spaces between "（" and the number were tried every way
     * ("（" and 19,999 spaces: quadratic in one text), and the trailing punctuation was stripped by a pattern that read
     * each run to its end from every start. An instruction with its limit is still found.
     */
    @Test
    void lengthLimitsWithLongRunsAreReadOnce(@TempDir Path tmp) throws Exception {
        List<String> goals = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            goals.add("（" + " ".repeat(19_990) + "字"); // 字: the text is asked for a length limit
            goals.add("（限200字）" + "。".repeat(19_980) + "x");
        }
        goals.add("请简要描述年度目标（限200字）。");
        EngineResult r = run(tmp, withGoals(tmp, goals, List.of("完成年度工作任务，服务企业 120 家")));
        assertEquals(List.of("/overallGoals/expected/80"), r.findings().stream()
                .filter(f -> f.ruleId().equals("placeholder-left")).map(Finding::pointer).toList());
    }

    /**
     * Review V2: a clause of "执行率" repeated before a 元 (only-amounts asks whether it states the share spent): from every
     * 执行率 the words before the figure were read to the text's end; a hundred such goals took a minute.
     */
    @Test
    void spentRateWordsRepeatedAreReadOnce(@TempDir Path tmp) throws Exception {
        List<String> goals = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            goals.add("执行率".repeat(6_666) + "元");
        }
        goals.add("预算资金 100 万元，预算执行率（全年执行数/全年预算数）为 96.5%");
        EngineResult r = run(tmp, withGoals(tmp, goals, List.of("完成年度工作任务，服务企业 120 家")));
        assertEquals(List.of("/overallGoals/expected/100"), r.findings().stream().filter(f -> f.ruleId().equals("overall-goal-not-a-goal")
                && f.key().equals("amounts")).map(Finding::pointer).toList());
    }

    /**
     * An actual of 120,000 characters, 无未能 over and over: each 未能 denied by the 无 before it (session 36). The stated-miss
     * reading looked back to its clause's start at every occurrence, and since the scorer reads it too (target.StatedMiss,
     * session 36) the check took 42 s on it through the engine (a 1 MB actual would take an hour). The row is still read:
     * no miss is stated, as the words deny each one.
     */
    @Test
    void manyDeniedMissWordsAreReadOnce(@TempDir Path tmp) throws Exception {
        Path sub = Files.createDirectories(tmp.resolve("submission"));
        Files.writeString(sub.resolve("department.json"), "{\"$schema\": \"https://jixiao.github.io/schemas/v1/department.schema.json\","
                + " \"schemaVersion\": \"1.0\", \"kind\": \"project\", \"name\": \"某局\", \"year\": 2022, \"stage\": \"自评\","
                + " \"framework\": \"mof-project-2020\", \"project\": {\"name\": \"培训项目\"}}");
        Files.writeString(sub.resolve("indicators.json"), "{\"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\","
                + " \"schemaVersion\": \"1.0\", \"indicators\": [{\"level1\": \"产出指标\", \"level2\": \"时效指标\", \"name\": \"培训及时性\","
                + " \"target\": \"及时培训\", \"actual\": \"" + "无未能".repeat(40_000) + "\", \"points\": 10, \"score\": 10}]}");
        EngineResult r = run(tmp, sub);
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals("indicator-target-missed")
                || f.ruleId().equals("score-ignores-missed-target")), r.findings().toString());
        assertEquals(null, io.github.jixiao.target.StatedMiss.of("及时培训", "无未能".repeat(40_000)));
        assertEquals("未能", io.github.jixiao.target.StatedMiss.of("1-6期培训结束后及时考核", "无未能".repeat(40_000) + "，1-2期未能及时培训").word());
    }
    /**
     * Goals of a million digits before "元" (session 37): every amount's figure was read with new BigDecimal, which takes
     * time quadratic in the digits (26 s for one such goal at each of its two readings: these goals took minutes, a
     * department file of them over an hour). Each is still an amount, so each goal still only lists amounts; a figure
     * of more digits than any budget (Checks.MAX_AMOUNT_DIGITS) is not added up against a total.
     */
    @Test
    void amountsOfAMillionDigitsAreReadOnce(@TempDir Path tmp) throws Exception {
        List<String> goals = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            goals.add("9".repeat(999_990) + "元");
        }
        goals.add("9".repeat(999_970) + "元，其中 30 万元，60 万元");
        goals.add("申请预算资金 90 万元：其中 30 万元用于审计，50 万元用于设计");
        // 5 s here under a load of 10 on two cores; before, over four minutes
        EngineResult r = run(tmp, withGoals(tmp, goals, List.of("完成年度工作任务，服务企业 120 家")), 60);
        List<String> amounts = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            amounts.add("/overallGoals/expected/" + k);
        }
        assertEquals(amounts, r.findings().stream().filter(f -> f.ruleId().equals("overall-goal-not-a-goal")
                && f.key().equals("amounts") && !f.pointer().endsWith("/4") && !f.pointer().endsWith("/5")).map(Finding::pointer).toList());
        // an ordinary breakdown is still added up: 30 + 50 is not 90
        assertEquals(List.of("/overallGoals/expected/5"), r.findings().stream().filter(f -> f.ruleId().equals("prose-total-mismatch"))
                .map(Finding::pointer).toList());
    }
}
