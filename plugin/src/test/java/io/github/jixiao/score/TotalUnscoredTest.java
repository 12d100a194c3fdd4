package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 保山 退役军人 2022 (t84): 总分 100 against 90 computed, the 10 points the row whose actual "无上访" does not compare with
 * its target "小于5次" (an error of its own). total-data said the gap was within points "因缺少数据未能计分" and to file the
 * data; none is missing (helper A3's audit, session 48). total-unscored names the items not scored and sends the user to
 * their own findings; the same finding as total-data (fingerprint).
 */
class TotalUnscoredTest {

    @Test
    void theGapIsSaidAsTheItemsNotScored() {
        EngineResult r = new Engine().run(EngineOptions.of(Samples.realTable("t84-baoshan-tuiyijunren-2022"),
                Samples.realTable("t84-baoshan-tuiyijunren-2022").resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("score-claim-mismatch") && x.pointer().equals("/stated/total"))
                .findFirst().orElseThrow();
        assertEquals("total-unscored", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertEquals("所写综合评分 100 分与按评分标准计算的各项得分之和 90.00 分不一致；差额不超过未能计分的 10 分（全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生），"
                + "可能来自这些未计分的项目而非报告本身。请先按这些项目各自的提示补正，再核对综合评分。", zh);
        assertTrue(new Messages(Locale.ENGLISH).message(f).contains("the gap is within the 10 points that could not be scored ("), f.toString());
        assertEquals(Fingerprints.of("score-claim-mismatch", f.file(), "total-data", f.args().subList(0, 3)), Fingerprints.of(f));
    }
}
