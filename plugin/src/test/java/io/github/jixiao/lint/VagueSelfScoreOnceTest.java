package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 南昌 蚕茶卫生院 2021 (t81) row 8: 绿化、节能 "绿化良好、水电费开支有下降" → "水电支出减少01万元", 10 of 10. indicator-target-
 * unmeasurable asked to quantify the target and the scorer's achievement-self-score, a second warning on the row, asked for
 * a 完成档次 and said the unit's 10 was taken unchecked (helper A3's audit, session 48). One warning now, on the target,
 * saying both; the same finding as the unmeasurable one was (fingerprint).
 */
class VagueSelfScoreOnceTest {

    @Test
    void oneWarningSaysTheTargetAndTheScoreTaken() {
        EngineResult r = new Engine().run(EngineOptions.of(Samples.realTable("t81-nanchang-cancha-2021"),
                Samples.realTable("t81-nanchang-cancha-2021").resolve("submission")).withLocale(Locale.SIMPLIFIED_CHINESE));
        List<Finding> row = r.findings().stream().filter(f -> f.pointer().startsWith("/indicators/8")).toList();
        assertEquals(List.of("indicator-target-unmeasurable read-self /indicators/8/target"),
                row.stream().map(f -> f.ruleId() + " " + f.key() + " " + f.pointer()).toList());
        Finding f = row.get(0);
        assertEquals("指标“绿化、节能”的指标值“绿化良好、水电费开支有下降”是不分级的定性表述，无法判断是否完成；实际完成值“水电支出减少01万元”也看不出是否达成，"
                + "评分时暂按单位自评的 10 分计，未经核对。请改为可量化的指标值（如“≥ 90%”“≥ 10 家”）；确实无法量化的，写明分级分档标准（如优、良、中、差各档的判定条件），"
                + "并写明完成档次（达成、部分达成或未达成）。", new Messages(Messages.ZH).message(f));
        assertTrue(new Messages(Locale.ENGLISH).message(f).contains("the department's own score of 10 is taken as it stands, unchecked"));
        // the finding kept is the unmeasurable one: a baseline taken before holds it
        assertEquals(Fingerprints.of("indicator-target-unmeasurable", f.file(), "", f.args().subList(0, 2)), Fingerprints.of(f));
    }
}
