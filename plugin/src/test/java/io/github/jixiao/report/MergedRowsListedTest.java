package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 黄石市图书馆 2022 (real table t82): its 产出 and 效益 rows print a 得分 on some rows and none on the rows beside them, the
 * printed 得分 filling each category's printed points (read as merged 得分 cells, score-assumption category-merged, since
 * session 56). The summary's 逐项 list named only the rows printing a 得分, so "WIFI布点全覆盖" was in no line of the 评分表
 * (s56 P11's left-alone). Since session 57 each merged row is listed in the table's order, at no points of its own and
 * marked as under the merged cell, in the Markdown and the HTML summary.
 */
class MergedRowsListedTest {
    private static final String T82 = "t82-huangshi-tushuguan-2022";
    private static final String MARK = "得分印在合并单元格中，已计入“产出指标”下所印得分（所印得分填满其 40 分，各以所印得分为该行分值：见 score-assumption category-merged）";

    @Test
    void mergedRowsAreListedAmongTheItems() throws Exception {
        EngineResult r = RealTableRuns.asFiled(T82);
        String md = ScoreSummaryMarkdown.render(r, new Messages(Messages.ZH), ScoreSummaryTest.META);
        List<String> lines = md.lines().filter(l -> l.startsWith("|  |  | · WIFI布点全覆盖 |")).toList();
        assertEquals(1, lines.size(), md);
        assertTrue(lines.get(0).startsWith("|  |  | · WIFI布点全覆盖 | 0.00 | 0.00 |"), lines.get(0));
        assertTrue(lines.get(0).contains(MARK), lines.get(0));
        // the four merged rows, each once
        for (String name : List.of("WIFI布点全覆盖", "2022年全年", "使读者更方便快捷查找检阅", "WIFI全覆盖,绿色环保")) {
            assertEquals(1, md.lines().filter(l -> l.startsWith("|  |  | · " + name + " |")).count(), name);
        }
        String html = ScoreSummaryHtml.render(r, new Messages(Messages.ZH), ScoreSummaryTest.META);
        assertTrue(html.contains(Escape.html(MARK)) || html.contains(MARK), "the HTML lists the merged row's mark");
        // the block's points and score as before: 70 of 70 on the rows that print a 得分
        assertEquals("90.00", r.sheet().total().toPlainString());
    }
}
