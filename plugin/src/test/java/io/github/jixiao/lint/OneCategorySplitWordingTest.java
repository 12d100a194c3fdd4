package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * score-weights' total-split names the categories that depart from the framework's split "依次为" (respectively): of one
 * category that read "按表中分值依次为 70 分，框架原则上依次为 90 分" (重庆 融媒体 2021, t24; s55 A10 C5). With one category
 * its {@code -one} variant says "为", the same finding.
 */
class OneCategorySplitWordingTest {

    @Test
    void oneCategoryIsNotSaidRespectively() {
        Path p = Samples.realTable("t24-cq-rongmeiti-2021");
        var r = new Engine().run(EngineOptions.of(p, p.resolve("submission")));
        List<Finding> split = r.findings().stream().filter(f -> f.ruleId().equals("score-weights") && f.key().startsWith("total")).toList();
        assertEquals(1, split.size(), split.toString());
        Finding f = split.get(0);
        assertEquals("total-split-one", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertFalse(zh.contains("依次为"), zh);
        assertTrue(zh.contains("按表中分值为 70 分，框架原则上为 90 分"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertFalse(en.contains("in turn"), en);
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "total", f.args().subList(0, 3)), Fingerprints.of(f));
    }
}
