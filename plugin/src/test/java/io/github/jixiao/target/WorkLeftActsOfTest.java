package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * work-left-unexplained reads each goal's 实际完成情况 against the expected goals together; since session 55 it reads them
 * once, as {@link WorkLeft#actsOf} (the words a row can set), not again for each text, which was quadratic in the goals of
 * a file. The stand-in must answer as the whole text does: every row below, every text, the same reading.
 */
class WorkLeftActsOfTest {

    private static final List<String> ROWS = List.of(
            "", "按时完成建设", "完成项目建设并拨付全部资金", "完成工程结算和审计；按进度推进", "有序推进各项工作",
            "项目竣工验收合格率100%", "资金支付及时", "年内完成决算并移交使用单位", "做好灌溉用水的工作；完成资金兑付");

    private static final List<String> TEXTS = List.of(
            "随项目进度把控", "项目暂未开展。", "工程已完工，尚未拨付尾款", "已完成建设，尚未完成结算", "正在推进",
            "已按计划完成年度任务，各项工作有序推进", "已全部完成", "未能完成绩效任务目标", "验收工作尚未完成", "资金尚未到位");

    @Test
    void theStandInReadsAsTheWholeRowDoes() {
        int found = 0;
        for (String row : ROWS) {
            String stand = WorkLeft.actsOf(row);
            for (String text : TEXTS) {
                String[] whole = WorkLeft.leftUntargeted(row, text);
                assertArrayEquals(whole, WorkLeft.leftUntargeted(stand, text), row + " | " + text);
                found += whole == null ? 0 : 1;
            }
        }
        // the table reads both ways: some texts are work left beside these rows, some are not
        assertEquals(true, found > 0 && found < ROWS.size() * TEXTS.size(), "found " + found);
    }

    @Test
    void aRowOfMoneyAndProgressIsShortAndSaysBoth() {
        String stand = WorkLeft.actsOf("通过项目实施，按进度推进建设，年内拨付资金并完成结算。".repeat(1000));
        assertEquals("|推进|进度|拨付|结算|", stand);
        assertNull(WorkLeft.leftUntargeted(stand, "随项目进度把控"));   // the goals ask for progress: none is work left
        assertNotNull(WorkLeft.leftUntargeted(WorkLeft.actsOf("完成项目建设"), "项目暂未开展。"));
    }
}
