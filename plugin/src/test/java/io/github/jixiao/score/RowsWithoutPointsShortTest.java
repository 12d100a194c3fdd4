package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table where some rows print no 分值 (points) and those rows' criteria are what falls short of 100, every other
 * criterion at the framework's points, is one defect per row: the row's score-input-missing says it is left out and, as
 * score-weights' total did beside it, the points in all, that no grade is given and the points missing
 * ({@code indicator-points-short}, the same fingerprint as {@code indicator-points}). Before session 33 each row's
 * finding and a score-weights total beside them. On 丽江 2020 (real table t6: 10 + 20 + 20 | 30 | 10 of 10号's
 * 50 / 30 / 10 with execution 10), its 项目验收合格率 row's 20 points taken away. Where the shortfall lies elsewhere too (a
 * copy cut before its 满意度 block, 原州 2022 in RealTablesTest), both findings stay: two defects.
 */
class RowsWithoutPointsShortTest {

    @TempDir
    Path tmp;

    /** 丽江 2020 copied, with {@code from} replaced by {@code to} in its indicators.json. */
    private Path lijiang(String from, String to) throws Exception {
        Path src = Path.of(RowsWithoutPointsShortTest.class.getResource("/real-tables/t6-lijiang-2020/submission").toURI());
        Path dest = tmp.resolve("submission");
        Samples.copyTree(src, dest);
        Path ind = dest.resolve("indicators.json");
        String json = Files.readString(ind, StandardCharsets.UTF_8);
        assertTrue(json.contains(from), from);
        Files.writeString(ind, json.replace(from, to), StandardCharsets.UTF_8);
        return tmp;
    }

    private static List<String> weights(EngineResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("score-weights") || f.ruleId().equals("score-input-missing"))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).sorted().toList();
    }

    @Test
    void aRowWithoutPointsThatIsTheWholeShortfallIsOneFinding() throws Exception {
        Path project = lijiang("\"points\": 20,\n      \"score\": 19\n", "\"score\": 19\n");
        // on the whole built-in framework: the copy holds only the submission (t6's own framework, partial since session 53, is not beside it)
        EngineResult r = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, "mof-project-2020"));
        assertEquals(List.of("score-input-missing indicator-points-short /indicators/1"), weights(r));
        assertEquals("", r.sheet().grade());
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("score-input-missing")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("绩效指标“项目验收合格率”没有分值") && zh.contains("分值合计只有 80 分，不足 100 分") && zh.contains("不评定等级")
                && zh.contains("没有分值的绩效指标共 1 个，合计尚缺 20 分"), zh);
        // the figure computed on the 80 points there are is not called the table's 综合评分 (s49; before: "综合评分 … 分没有完整的基准")
        assertTrue(zh.contains("不足 100 分：按已有分值计得 " + f.args().get(4) + " 分，这不是综合评分，不评定等级"), zh);
        assertFalse(zh.contains("综合评分 " + f.args().get(4)), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("weigh 80 points in all, short of 100") && en.contains("no grade is given") && en.contains("20 points are missing"), en);
        assertTrue(en.contains("short of 100: " + f.args().get(4) + " is what those points score, not a total"), en);
        // the figures added are details: the row's finding is the one it was (a baseline of it still holds)
        Finding plain = new Finding(f.ruleId(), f.severity(), "indicator-points", f.args().subList(0, 2), f.file(), f.pointer(),
                f.line(), f.column(), f.criterion());
        assertEquals(Fingerprints.of(plain), Fingerprints.of(f));
    }

    @Test
    void whereAnotherCriterionFallsShortTooBothAreSaid() throws Exception {
        // the 效益 row's 30 points printed as 15 as well: a shortfall no row without points explains (score-weights')
        Path project = lijiang("\"points\": 30.0", "\"points\": 15");
        String json = Files.readString(project.resolve("submission/indicators.json"), StandardCharsets.UTF_8);
        Files.writeString(project.resolve("submission/indicators.json"), json.replace("\"points\": 20,\n      \"score\": 19\n", "\"score\": 19\n"),
                StandardCharsets.UTF_8);
        // on the whole built-in framework: the copy holds only the submission (t6's own framework, partial since session 53, is not beside it)
        EngineResult r = new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, "mof-project-2020"));
        List<String> w = weights(r);
        // -scored since session 51: the row prints 19 without its 分值, quoted and not taken (ScoredRowWithoutPointsTest)
        assertTrue(w.contains("score-input-missing indicator-points-scored /indicators/1"), w.toString());
        // total-split since session 53: the split of the short criterion listed in it (Engine.splitInTotalOnce)
        assertTrue(w.contains("score-weights total-split /indicators"), w.toString());
    }
}
