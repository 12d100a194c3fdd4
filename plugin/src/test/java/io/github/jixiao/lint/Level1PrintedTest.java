package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.RealTableRuns;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 一级 column that prints no category (大英 双心 2020, t44: 项目决策 over 数量 / 质量 / 时效 / 成本, 项目效益 over 社会效益; audit
 * s57 A12 rows C1, D1, session 58): transcribed as {@code level1Printed}, the rows filed by their 二级 are one note at
 * /indicators saying the printed text is no category and where they went, not four "没有一级指标…请填写一级指标" infos, one a
 * 二级; the row that cannot be filed (成本指标: 产出's 二级 or a 一级 of its own) says the printed text is no category.
 * Without the field (a transcription that leaves it out) the rows are said as before.
 */
class Level1PrintedTest {

    private static List<String> category(EngineResult r) {
        return RealTableRuns.of(r, "indicator-category-unknown").stream().map(f -> f.key() + " " + f.pointer()).toList();
    }

    @Test
    void thePrintedLevel1IsSaidOnceAsNoCategory() throws Exception {
        EngineResult r = RealTableRuns.asFiled("t44-daying-shuangxin-2020");
        assertEquals(List.of("level1-printed-unscored /indicators", "no-level1-unscored-either-printed /indicators/3"), category(r));
        Finding f = RealTableRuns.of(r, "indicator-category-unknown").get(0);
        assertEquals("一级指标一栏印的“项目决策、项目效益”不在评价体系“项目支出绩效自评报告（四川 大英县 双心及文明城市创建专项资金 2020；"
                + "财预〔2020〕10号 的分类）：t44-daying-shuangxin-2020 的存档副本（截断）”的分类中（不是绩效指标的类别），无法照录为一级指标："
                + "其下 4 行（“宣传次数”、“创建质量”、“全年”、“提升全县消费者维权意识”）按各自的二级指标归入产出指标、效益指标"
                + "（表式不为绩效指标印分值，各行本不计分）。如不对，请按评价体系填写各行的一级指标（level1）。", RealTableRuns.zh(f));
        String en = RealTableRuns.en(f);
        assertEquals(true, en.startsWith("The first-level column prints \"项目决策, 项目效益\", which is not in the taxonomy of framework"), en);
        assertEquals(true, en.contains("its 4 rows (\"宣传次数\", \"创建质量\", \"全年\", \"提升全县消费者维权意识\") are filed by their second-level "
                + "categories under 产出指标"), en);
        assertEquals(true, en.contains("(the form prints no points on its indicators, so no row is scored)"), en);
        assertEquals(false, RealTableRuns.zh(RealTableRuns.of(r, "indicator-category-unknown").get(1)).contains("没有一级指标"));
    }

    @Test
    void withoutTheFieldTheRowsAreSaidAsBefore(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t44-daying-shuangxin-2020", root -> {
            for (JsonNode row : root.get("indicators")) {
                ((ObjectNode) row).remove("level1Printed");
            }
        });
        assertEquals(List.of("level1-inferred-unscored /indicators/0", "level1-inferred-unscored /indicators/1",
                "level1-inferred-unscored /indicators/2", "no-level1-unscored-either /indicators/3",
                "level1-inferred-unscored /indicators/4"), category(r));
    }
}
