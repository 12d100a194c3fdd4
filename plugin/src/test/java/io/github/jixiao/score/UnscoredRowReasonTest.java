package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An indicator row that cannot be scored says every field it lacks (review R7, session 42): 原州区 2022's (t23) rows 3 to
 * 8, garbled in the copy, keep their name, 分值 and 得分 and lost both target and actual; the page said
 * "绩效指标“…”缺少指标值", and a unit that filled in the target was then told the actual was missing too. The finding
 * (score-input-missing indicator, the target's) is as before.
 */
class UnscoredRowReasonTest {
    private static List<String> reasons(Locale locale) throws Exception {
        Path project = Path.of(UnscoredRowReasonTest.class.getResource("/real-tables/t23-yuanzhou-mashu-2022").toURI());
        EngineResult r = new Engine().run(EngineOptions.of(project, project.resolve("submission")).withLocale(locale));
        return r.sheet().unscored().stream().map(ScoreSheet.Unscored::reason).toList();
    }

    @Test
    void aRowWithNeitherTargetNorActualSaysBoth() throws Exception {
        List<String> zh = reasons(Locale.SIMPLIFIED_CHINESE);
        assertEquals(5, zh.stream().filter(s -> s.matches("绩效指标“[^”]+”缺少指标值和实际完成值")).count(), zh.toString());
        List<String> en = reasons(Locale.ENGLISH);
        assertEquals(5, en.stream().filter(s -> s.matches("indicator \"[^\"]+\" has no target and no actual value")).count(), en.toString());
    }
}
