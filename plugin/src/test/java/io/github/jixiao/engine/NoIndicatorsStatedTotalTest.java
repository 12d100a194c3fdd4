package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A self-evaluation with a stated total and no indicator row (重庆市忠县科学技术协会 2024, t72: 自评总分 99.68, the copy cut
 * before the indicators, 9.69 scored on the 10 points of the execution rate), read as a whole table on
 * chongqing-department-2021 (Samples.wholeFramework: since session 53 the real table marks its cut, and its note is
 * score-weights partial instead). Until session 37 score-claim-mismatch said
 * "所写综合评分 99.68 分与按评分标准计算的各项得分之和 9.69 分不一致。以计算值为准。" beside score-weights' total-no-indicators, as
 * though 9.69 were a total that stands, while the 90 points of the indicators could not be scored at all. Now the gap
 * within those 90 points is theirs: one finding, total-no-indicators, which adds that the stated total cannot be checked.
 */
class NoIndicatorsStatedTotalTest {

    @TempDir
    Path tmp;

    private static Path table() throws Exception {
        return io.github.jixiao.testing.Samples.realTable("t72-zhongxian-kexie-2024");
    }

    private static List<Finding> run(Path project, RuleConfig rules) {
        return new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null,
                io.github.jixiao.testing.Samples.wholeFramework(project), rules)).findings()
                .stream().filter(f -> f.ruleId().startsWith("score-")).toList();
    }

    private static List<String> keys(List<Finding> fs) {
        return fs.stream().map(f -> f.ruleId() + "/" + f.key()).toList();
    }

    @Test
    void oneFindingSaysTheStatedTotalCannotBeChecked() throws Exception {
        List<Finding> at = run(table(), null);
        assertEquals(List.of("score-weights/total-no-indicators-stated"), keys(at));
        Finding f = at.get(0);
        assertEquals("没有任何绩效指标：评分框架给绩效指标的 90 分无从计分，计得的 9.69 分只是其余 10 分的得分，不是综合评分，"
                + "不评定等级；表中所写的综合评分 99.68 分也就无从核对。请按产出、效益、满意度各类填报三级指标及其分值（points）。",
                new Messages(Messages.ZH).message(f));
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("; nor can the stated total 99.68 be checked against it."), en);
        // the stated total is a detail: the same finding as without it (a baseline entry still holds it)
        assertEquals(Fingerprints.of("score-weights", f.file(), "total-no-indicators", f.args().subList(0, 3)), Fingerprints.of(f));
    }

    @Test
    void withScoreWeightsOffTheClaimSaysTheGapMayBeTheMissingRows() throws Exception {
        List<Finding> at = run(table(), RuleConfig.of(List.of(new RuleConfig.Entry("score-weights", "OFF", null))));
        assertEquals(List.of("score-claim-mismatch/total-data"), keys(at));
        assertEquals(List.of("99.68", "9.69", "90"), at.get(0).args());
    }

    @Test
    void aStatedTotalBeyondWhatTheRowsCouldAddIsStillReported() throws Exception {
        Path copy = tmp.resolve("t72");
        copyTree(table(), copy);
        Path stated = copy.resolve("submission/self-assessment.json");
        Files.writeString(stated, Files.readString(stated, StandardCharsets.UTF_8).replace("99.68", "99.9"),
                StandardCharsets.UTF_8);
        // 9.69 scored + the indicators' 90 = 99.69 at most, below 99.9
        assertEquals(List.of("score-weights/total-no-indicators", "score-claim-mismatch/total"), keys(run(copy, null)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
