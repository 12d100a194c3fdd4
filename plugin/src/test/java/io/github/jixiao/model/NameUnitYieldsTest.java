package io.github.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Review s29-V: the unit a name ends with in brackets (s29-forms) is a guess; a bracket that says what is counted
 * (（累计）, （中央）, （抽检）) made a bare target beside an actual with a written unit ("3" beside "3家", "90" beside
 * "100%") an incommensurable error scored 0, where it was read in the actual's unit and met before. A unit written in
 * a cell wins over a bracket it cannot be compared with; a bracket that is a unit (万美元, 月) is still read (t18, t49).
 */
class NameUnitYieldsTest {
    @TempDir
    Path tmp;

    @Test
    void aBracketThatIsNoUnitYieldsToTheActualsUnit() throws Exception {
        Path t18 = Path.of(getClass().getResource("/real-tables/t18-shangwu-fuwumaoyi-2020").toURI());
        Path p = tmp.resolve("x");
        Samples.copyTreeEditingIndicators(t18, p, root -> {
            ArrayNode rows = (ArrayNode) root.get("indicators");
            ObjectNode r2 = (ObjectNode) rows.get(2);
            r2.put("name", "支持服务外包企业数量（累计）");
            r2.put("actual", "3家");
            ObjectNode r4 = (ObjectNode) rows.get(4);
            r4.put("name", "预算资金执行率（中央）");
            r4.put("target", "90");
            ObjectNode r5 = (ObjectNode) rows.get(5);
            r5.put("name", "资金拨付及时性（抽检）");
            r5.put("target", "98");
        });
        List<Finding> f = new Engine().run(EngineOptions.of(p, p.resolve("submission"))).findings();
        // as before session 29: the target read in the actual's unit, said as an assumption (target-unit-assumed), not an error
        assertTrue(f.stream().noneMatch(x -> x.ruleId().equals("indicator-actual-incommensurable") && x.key().equals("unit")), f.toString());
        assertEquals(3, f.stream().filter(x -> x.ruleId().equals("indicator-actual-incommensurable") && x.key().equals("target-unit-assumed")).count(), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.ruleId().equals("indicator-target-no-comparator")
                && (x.args().get(2).contains("累计") || x.args().get(2).contains("中央") || x.args().get(2).contains("抽检"))), f.toString());
    }

    @Test
    void aBracketThatIsAUnitIsStillRead() {
        assertEquals("万美元", Indicator.nameUnit("服务外包在岸(万美元)", "20000", "23333.56"));
        assertEquals("月", Indicator.nameUnit("任务完成时限(月)", "10", "10"));
        assertEquals("万元", Indicator.nameUnit("项目投资(万元)", "500", "4800000元"), "元 converts to 万元");
        assertEquals("", Indicator.nameUnit("企业数量（累计）", "3", "3家"));
        // (until session 33 "累计", nothing written saying otherwise: a bracket that is no unit is not read as one)
        assertEquals("", Indicator.nameUnit("企业数量（累计）", "3", "3"), "a word saying what is counted is no unit");
        assertEquals("", Indicator.nameUnit("建设项目个数(含续建)", "1", null), "天津 宝坻 2022");
        assertEquals("人次", Indicator.nameUnit("培训人数（人次）", "300", "320"));
        assertEquals("元/人", Indicator.nameUnit("人均补助(元/人)", "500", "500"));
        assertEquals("kW", Indicator.nameUnit("装机容量(kW)", "50", "50"));
    }
}
