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
 * (score-input-missing indicator, the target's) is as before. Since session 55 the framework says those cells printed but
 * unreadable (partialCut.unreadable: audit s55 A10 row A3), and the reason says so; the test takes that away to read the
 * rows as blank on the form.
 */
class UnscoredRowReasonTest {
    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    private List<String> reasons(Locale locale) throws Exception {
        return reasons(blank(), locale);
    }

    /** t23 with its framework's partialCut taken away: the five rows' cells read as blank on the form. */
    private Path blank() throws Exception {
        Path project = tmp.resolve("t23");
        if (!java.nio.file.Files.exists(project)) {
            io.github.jixiao.testing.Samples.copyTreeEditingIndicators(
                    Path.of(UnscoredRowReasonTest.class.getResource("/real-tables/t23-yuanzhou-mashu-2022").toURI()), project, root -> { });
            Path fw = project.resolve("yuanzhou-project-2022.json");
            String json = java.nio.file.Files.readString(fw);
            String blank = json.replaceFirst("\"partialCut\"\\s*:\\s*\\{[^}]*\\}\\s*,", "");
            assertEquals(false, blank.equals(json), json);
            java.nio.file.Files.writeString(fw, blank);
        }
        return project;
    }

    private static List<String> reasons(Path project, Locale locale) throws Exception {
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

    /** As published (partialCut.unreadable), the five rows' reason is the copy's damage, not a gap to fill in. */
    @Test
    void anUnreadableRowSaysTheDamage() throws Exception {
        Path project = Path.of(UnscoredRowReasonTest.class.getResource("/real-tables/t23-yuanzhou-mashu-2022").toURI());
        List<String> zh = reasons(project, Locale.SIMPLIFIED_CHINESE);
        assertEquals(0, zh.stream().filter(s -> s.contains("缺少指标值")).count(), zh.toString());
        assertEquals(5, zh.stream().filter(s -> s.matches("绩效指标“[^”]+”的指标值和实际完成值在所录副本中无法辨认")).count(), zh.toString());
        List<String> en = reasons(project, Locale.ENGLISH);
        assertEquals(5, en.stream().filter(s -> s.matches("indicator \"[^\"]+\": its target and actual are unreadable in the transcribed copy")).count(), en.toString());
    }
}
