package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.testing.Samples;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row under a merged 得分 cell (session 56, s55 P8's left-alone A1): 黄石市图书馆 2022 (t82) prints its points on the
 * 一级, 产出指标(40分), 效益指标(30分), 满意度指标(10分), and its 得分 once for a 二级's two rows; the 得分 printed fill each
 * category's points (产出 10 + 10 + 10 + 10 = 40 on four of six rows, 效益 10 + 10 + 10 = 30 on three of five). A row
 * printing no 得分 there is under a merged cell: not indicator-incomplete no-score, not scored 0 of an even share (40 ÷ 6),
 * and its score not counted again; said once for each category by score-assumption category-merged-level1. Where the
 * printed 得分 do not fill the points, a row printing none may be one left blank, and keeps its no-score.
 */
class MergedScoreCellTest {

    private static final String T82 = "t82-huangshi-tushuguan-2022";
    private static final String CATEGORIES = """
            ,
              "categories": [
                { "level1": "产出指标", "points": 40 },
                { "level1": "效益指标", "points": 30 },
                { "level1": "满意度指标", "points": 10 }
              ]
            }
            """;

    private static EngineResult run(Path table, Locale locale) {
        return new Engine().run(EngineOptions.of(table, table.resolve("submission")).withLocale(locale));
    }

    /** t82 with its categories' printed points, as the copy prints them (产出指标(40分) …), in a copy at {@code tmp}. */
    private static Path withCategories(Path tmp) throws IOException {
        copy(Samples.realTable(T82), tmp);
        Path ind = tmp.resolve("submission/indicators.json");
        String text = Files.readString(ind);
        if (!text.contains("\"categories\"")) {
            int end = text.lastIndexOf("]");
            text = text.substring(0, end + 1) + CATEGORIES;
            Files.writeString(ind, text);
        }
        return tmp;
    }

    private static List<String> keyed(List<Finding> all, String rule) {
        return all.stream().filter(f -> f.ruleId().equals(rule)).map(f -> f.key() + " " + f.pointer() + " " + f.severity().id())
                .sorted().toList();
    }

    @Test
    void rowsUnderAMergedScoreAreNeitherAskedForAScoreNorScoredZero(@TempDir Path tmp) throws IOException {
        EngineResult r = run(withCategories(tmp), Messages.ZH);
        List<Finding> all = r.findings();
        assertEquals(List.of(), keyed(all, "indicator-incomplete"), all.toString());
        // nothing unscorable: every row printing a 得分 is scored on it as its points, the merged rows in it
        assertEquals(List.of("achievement-self-score /indicators/3 warning"), keyed(all, "score-input-missing"));
        assertEquals(List.of("achievement /indicators/2/actual info", "achievement /indicators/6/actual info",
                "category-merged-level1 /categories/0/points info", "category-merged-level1 /categories/1/points info"),
                keyed(all, "score-assumption"));
        Messages m = new Messages(Messages.ZH).forResult(r);
        List<String> said = all.stream().filter(f -> f.key().equals("category-merged-level1")).map(m::message).toList();
        assertTrue(said.get(0).contains("（10 + 10 + 10 + 10 = 40），另有 2 行没有印得分（“WIFI布点全覆盖”、“2022年全年”）"), said.get(0));
        assertTrue(said.get(1).contains("（10 + 10 + 10 = 30），另有 2 行没有印得分（“使读者更方便快捷查找检阅”、“WIFI全覆盖,绿色环保”）"),
                said.get(1));
        CriterionScore block = r.sheet().criteria().stream().filter(c -> !c.items().isEmpty()).findFirst().orElseThrow();
        // 产出 40 + 效益 30 scored in full on the seven rows that print a 得分 (the 满意度 row is past the cut); not 44.66 of 70
        // with four rows at 0 of an even share 6.67 or 6
        assertEquals(0, new BigDecimal("70").compareTo(block.weight()), block.toString());
        assertEquals(0, new BigDecimal("70").compareTo(block.score()), block.toString());
        assertEquals(List.of("indicator-0", "indicator-2", "indicator-3", "indicator-5", "indicator-6", "indicator-9", "indicator-11"),
                block.items().stream().filter(i -> i.weight().signum() > 0).map(CriterionScore::id).toList());
        // the rows under the merged cells listed among the items too, in the table's order, at no points of their own and
        // marked so (session 57, s56 P11's left-alone: the summary's 逐项 list left them out)
        List<CriterionScore> merged = block.items().stream().filter(i -> i.weight().signum() == 0).toList();
        assertEquals(List.of("indicator-1", "indicator-4", "indicator-7", "indicator-10"), merged.stream().map(CriterionScore::id).toList());
        assertEquals("得分印在合并单元格中，已计入“产出指标”下所印得分（所印得分填满其 40 分，各以所印得分为该行分值：见 score-assumption category-merged）；"
                + "本行不另有分值和得分，不重复计分", merged.get(0).explanation());
        assertEquals(0, merged.get(0).score().signum());
        assertEquals(List.of(), r.sheet().unscored());
    }

    @Test
    void theReadingIsSaidInEnglish(@TempDir Path tmp) throws IOException {
        EngineResult r = run(withCategories(tmp), Locale.ENGLISH);
        Messages m = new Messages(Locale.ENGLISH).forResult(r);
        String said = r.findings().stream().filter(f -> f.key().equals("category-merged-level1")).map(m::message).findFirst()
                .orElseThrow();
        assertTrue(said.startsWith("The category \"产出指标\" (Output indicators) prints 40 points"), said);
        assertTrue(said.contains("(10 + 10 + 10 + 10 = 40), and 2 of its rows print none (\"WIFI布点全覆盖\", \"2022年全年\")"), said);
    }

    @Test
    void scoresShortOfThePointsLeaveABlankScoreToFillIn(@TempDir Path tmp) throws IOException {
        Path table = withCategories(tmp);
        // 以低价位高质量为采购原则's 10 left out: 产出's printed 得分 come to 30 of its 40
        Path ind = table.resolve("submission/indicators.json");
        String text = Files.readString(ind);
        String cost = "\"actual\": \"5万\", \"score\": 10 }";
        assertTrue(text.contains(cost), text);
        Files.writeString(ind, text.replace(cost, "\"actual\": \"5万\" }"));
        List<Finding> all = run(table, Messages.ZH).findings();
        assertEquals(List.of("no-score /indicators/1 error", "no-score /indicators/4 error", "no-score /indicators/5 error"),
                keyed(all, "indicator-incomplete"));
        // 产出's 40 shared evenly among its six rows as before (40 ÷ 6, the printed 10s above the share: -scored); 效益's 30
        // are still filled: its two rows printing none stay under merged cells
        assertEquals(List.of("category-even-level1-scored-cents /categories/0/points info", "category-merged-level1 /categories/1/points info"),
                keyed(all, "score-assumption").stream().filter(k -> k.startsWith("category-")).toList());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
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
