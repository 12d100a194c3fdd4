package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * One idea, one word list (session 53): where two rules read the same thing in a row's name, they read it by one list, so
 * that a row one of them reads so the other reads so too. Each case is a real row the two lists read apart until then.
 */
class SharedWordListsTest {

    private static List<String> at(Path tmp, String table, String pointer, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        Path project = tmp.resolve(table);
        Samples.copyTreeEditingIndicators(Samples.realTable(table), project, root -> edit.accept((ObjectNode) root.at(pointer)));
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(f -> f.pointer().startsWith(pointer + "/") && f.ruleId().equals("indicator-target-unmeasurable"))
                .map(f -> f.key() + " " + f.args().subList(0, Math.min(3, f.args().size()))).toList();
    }

    /**
     * 同心 2023 (t64 /8): "持续发展", no target, is indicator-incomplete's empty-category-target-aim (its name an aim). Given
     * "≥95%" it is a share of nothing named, as 促进…发展 is: aim-rate, quoting 发展 (target.AimRate's one list; until
     * then AimRate lacked 持续, 发展 and 增加, and said nothing).
     */
    @Test
    void anAimIsOneListForEmptyCategoriesAndAimRates(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("aim-rate [持续发展, ≥95%, 发展]"), at(tmp, "t64-tongxin-xiamaguan-2023", "/indicators/8",
                row -> row.put("target", "≥95%")));
    }

    /**
     * 清涧 2021 (t74 /0) "寨山石坪村新建水泥路1条" with a second structure in its name and a percentage target: two outputs
     * in the name, counts-in-name (NameCounts' one pattern; indicator-target-unmeasurable's own lacked 条 and 座, which
     * indicator-incomplete's -counts reads on 抚远 2022's "新建水房1座", t99). 衡山 2020's "5000吨稻谷、500吨成品粮储备到位率"
     * 100% (t7 /0, RealTablesTest) names its rate: the tonnes are its scope, not said.
     */
    @Test
    void aCountInANameIsOnePattern(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("counts-in-name [寨山石坪村新建水泥路1条、漫水桥2座, 100%, 2]"), at(tmp, "t74-qingjian-guoyuanlu-2021", "/indicators/0",
                row -> row.put("name", "寨山石坪村新建水泥路1条、漫水桥2座").put("target", "100%")));
        assertEquals(List.of(), at(tmp.resolve("t7"), "t7-hengshan-2020", "/indicators/0", row -> { }));
    }

    /**
     * 富源 2022 (t99): 社会效益指标 cut to its row /4 "解决贫困人口饮水安全问题人数" with its target "≥27人" left out. The
     * name names its measure (人数, a count of people): what is missing is the target, and the category is
     * empty-category-target, not -aim ("名称写的是要达到的目的"). 解决 is an aim word since session 53 (AimRate, review s53
     * R3 C7), and statesAnAim read no measure until session 54; a name of 解决 alone ("解决贫困人口饮水安全问题") is an aim
     * still.
     */
    @Test
    void aNameThatNamesItsMeasureStatesNoAim(@TempDir Path tmp) throws Exception {
        assertEquals(List.of("empty-category-target"), incomplete(tmp.resolve("a"), "解决贫困人口饮水安全问题人数"));
        assertEquals(List.of("empty-category-target-aim"), incomplete(tmp.resolve("b"), "解决贫困人口饮水安全问题"));
    }

    private static List<String> incomplete(Path tmp, String name) throws Exception {
        Path project = tmp.resolve("t99");
        Samples.copyTreeEditingIndicators(Samples.realTable("t99-fuyuan-yinshui-2022"), project, root -> {
            tools.jackson.databind.node.ArrayNode rows = (tools.jackson.databind.node.ArrayNode) root.at("/indicators");
            rows.remove(6);
            rows.remove(5);
            ((ObjectNode) rows.get(4)).put("name", name).remove("target");
        });
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(f -> f.pointer().equals("/indicators/4") && f.ruleId().equals("indicator-incomplete"))
                .map(f -> f.key()).toList();
    }
}
