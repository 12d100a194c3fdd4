package io.github.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.target.Outcome;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.UnitKind;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Session 33 (task U): since ea0ed875 a name's last bracket is the row's unit only where {@link UnitKind} knows it. Units
 * real tables print (万粒 in 元谋 2022's 马铃薯 table t23, 厘米 in 中江 2022's 水标尺 t4) and the 指标库's (万千瓦时, 吨标准煤,
 * 床位, 班次, 架次, 标准箱, 人·次) were unknown: such a bracket read as no unit, and a bare target beside the actual as printed
 * was said to be assumed in the actual's unit (target-unit-assumed) on a form that writes its unit consistently.
 */
class RealUnitsTest {
    @TempDir
    Path tmp;

    @Test
    void realTablesUnitsInANameBracketAreTheRowsUnit() throws Exception {
        Path t23 = Path.of(getClass().getResource("/real-tables/t23-yuanzhou-mashu-2022").toURI());
        Path p = tmp.resolve("t23");
        Samples.copyTreeEditingIndicators(t23, p, root -> {
            // 免费发放原原种 550万粒 / 550万粒 as printed, its unit moved to the name as a 目标表 heading writes it
            ObjectNode r0 = (ObjectNode) ((ArrayNode) root.get("indicators")).get(0);
            assertEquals("免费发放原原种", r0.get("name").asString());
            r0.put("name", "免费发放原原种(万粒)");
            r0.put("target", "550");
        });
        List<Finding> f = new Engine().run(EngineOptions.of(p, p.resolve("submission"))).findings();
        assertTrue(f.stream().noneMatch(x -> x.ruleId().equals("indicator-actual-incommensurable")), f.toString());
    }

    @Test
    void theUnitsAreKnownWithTheirKinds() {
        assertEquals(UnitKind.COUNT, UnitKind.of("万粒"));
        assertEquals(UnitKind.LENGTH, UnitKind.of("厘米"));
        assertEquals(UnitKind.ENERGY, UnitKind.of("万千瓦时"));
        assertEquals(UnitKind.ENERGY, UnitKind.of("千瓦时"));
        assertEquals(UnitKind.ENERGY, UnitKind.of("吨标准煤"));
        assertEquals(UnitKind.ENERGY, UnitKind.of("万吨标准煤"));
        assertEquals(UnitKind.POWER, UnitKind.of("千瓦"));
        assertEquals(UnitKind.VOLUME, UnitKind.of("万立方米"));
        assertEquals(UnitKind.AREA, UnitKind.of("公顷"));
        assertEquals(UnitKind.COUNT, UnitKind.of("床位"));
        assertEquals(UnitKind.COUNT, UnitKind.of("班次"));
        assertEquals(UnitKind.COUNT, UnitKind.of("架次"));
        assertEquals(UnitKind.COUNT, UnitKind.of("标准箱"));
        assertEquals(UnitKind.COUNT, UnitKind.of("人·次"));
        assertEquals(UnitKind.LENGTH, UnitKind.of("千米"));
        assertEquals(UnitKind.MASS, UnitKind.of("千克"));
        assertEquals(UnitKind.COUNT, UnitKind.of("千人"));
        assertNotEquals(UnitKind.of("千瓦时"), UnitKind.of("千瓦"), "energy is no power");
        assertNull(UnitKind.of("·"));
        assertNull(UnitKind.of("级"));
    }

    @Test
    void aNamesBracketInTheseUnitsIsTheRowsUnit() {
        assertEquals("万千瓦时", Indicator.nameUnit("年发电量(万千瓦时)", "500", "520"));
        assertEquals("吨标准煤", Indicator.nameUnit("节约能源（吨标准煤）", "300", "320"));
        assertEquals("立方米/日", Indicator.nameUnit("污水处理能力(立方米/日)", "2000", "2000"));
        assertEquals("床位", Indicator.nameUnit("新增养老床位(床位)", "50", "50"));
        assertEquals("架次", Indicator.nameUnit("航空护林飞行（架次）", "40", "42"));
        assertEquals("万标准箱", Indicator.nameUnit("集装箱吞吐量(万标准箱)", "12", "12.5"));
        assertEquals("厘米", Indicator.nameUnit("水标尺宽度(厘米)", "≥50", "50"));
        assertEquals("", Indicator.nameUnit("企业数量（累计）", "3", "3"), "a word saying what is counted is still no unit");
    }

    @Test
    void theyConvertOnlyWithinTheirUnit() {
        // 万千瓦时 and 千瓦时 are one unit with 万 before it: 5,200,000 千瓦时 is 520 万千瓦时
        assertEquals(Outcome.MET, TargetParser.compare(TargetParser.parse("≥500万千瓦时"), TargetParser.parse("5200000千瓦时")));
        assertEquals(Outcome.INCOMPARABLE, TargetParser.compare(TargetParser.parse("≥500千瓦时"), TargetParser.parse("520千瓦")));
        assertEquals(Outcome.INCOMPARABLE, TargetParser.compare(TargetParser.parse("≥500吨标准煤"), TargetParser.parse("520吨")));
    }
}
