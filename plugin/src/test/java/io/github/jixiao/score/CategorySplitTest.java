package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Framework#split}: a category cell naming a 一级 and one of its 二级 run together, as 河北's 项目绩效评价指标表 prints them
 * in its 评价内容 column (宁晋 2019, real table t51: 产出数量指标), read with the taxonomy's own matching (its names, aliases and
 * the trailing 指标 left off); a label that is itself one category, or that no split reads, stays whole.
 */
class CategorySplitTest {
    private static final Framework MOF = FrameworkLoader.builtIn(FrameworkLoader.MOF_PROJECT);

    private static List<String> split(String label) {
        Optional<String[]> s = MOF.split(label);
        return s.map(List::of).orElse(List.of());
    }

    @Test
    void aFirstAndASecondLevelRunTogetherAreSplit() {
        assertEquals(List.of("产出指标", "数量指标"), split("产出数量指标"));
        assertEquals(List.of("效益指标", "社会效益指标"), split("效益社会效益指标"));
        assertEquals(List.of("产出指标", "质量指标"), split("产出指标质量指标"));
        assertEquals(List.of("满意度指标", "服务对象满意度指标"), split("满意度服务对象满意度指标"));
    }

    @Test
    void oneCategoryOrNoneStaysWhole() {
        assertEquals(List.of(), split("满意度指标")); // a 一级 (and its 二级's alias)
        assertEquals(List.of(), split("社会效益指标")); // a 二级
        assertEquals(List.of(), split("产出指标"));
        assertEquals(List.of(), split("制度指标")); // no category of the framework's
        assertEquals(List.of(), split("产出制度指标"));
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split("产出" + "数".repeat(100) + "指标")); // too long to be a category: not tried
    }
}
