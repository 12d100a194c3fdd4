package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Json;
import io.github.jixiao.report.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A timeliness rate of 100% with no date in its name or target (衡山 2020's 及时率 "100%", 永德 2022's "≥ 100%", 廊坊 2019's
 * "100") is one finding at its target (Engine.timeRateOnce; s47 audit, duplicates group 1, 17 pairs): indicator-time-cost-
 * unspecified's time-rate, which says how the figure is read, and not also indicator-target-no-comparator's or
 * indicator-target-at-ceiling's note at the same cell. A 合格率 "100%" (no 时效 row) keeps its no-comparator note. The
 * fingerprint is the plain time-rate's.
 */
class TimeRateOnceTest {
    @TempDir
    Path tmp;

    @Test
    void aTimelinessRateOfHundredPercentIsSaidOnceWithItsReading() throws Exception {
        Path fixture = Path.of(TimeRateOnceTest.class.getResource(
                "/rules/indicator-time-cost-unspecified/flags/timeliness-hundred-percent-comparator-read-here.json").toURI());
        JsonNode bundle = Json.mapper().readTree(Files.readString(fixture));
        Path sub = tmp.resolve("submission");
        Files.createDirectories(sub);
        for (var e : bundle.properties()) {
            Files.writeString(sub.resolve(e.getKey() + ".json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()));
        }
        List<Finding> all = new Engine().run(EngineOptions.of(tmp, sub)).findings();
        List<String> at = all.stream().filter(f -> f.pointer().endsWith("/target"))
                .map(f -> f.pointer() + " " + f.ruleId() + " " + f.key()).sorted().toList();
        assertEquals(List.of(
                "/indicators/0/target indicator-time-cost-unspecified time-rate-bare",   // 100%: no comparator, read as ≥ 100%
                "/indicators/1/target indicator-time-cost-unspecified time-rate-ceiling",   // ≥100%: = 100%
                "/indicators/2/target indicator-time-cost-unspecified time-rate-bare",   // 100 on a rate: its % and comparator
                "/indicators/3/target indicator-time-cost-unspecified time-rate",   // = 100%: only the date
                "/indicators/4/target indicator-target-no-comparator rate-full",   // 验收合格率 100%: no 时效 row, its own note ("= 100%" alone since session 48)
                "/indicators/5/target indicator-time-cost-unspecified time-rate"), at);   // = | 100 | % in three columns (四川, t45)
        Messages zh = new Messages(Messages.ZH);
        Finding bare = all.stream().filter(f -> f.key().equals("time-rate-bare")).findFirst().orElseThrow();
        assertTrue(zh.message(bare).contains("没有比较符，按“≥ 100%”理解") && zh.message(bare).contains("没有写明时限"), zh.message(bare));
        Finding ceiling = all.stream().filter(f -> f.key().equals("time-rate-ceiling")).findFirst().orElseThrow();
        assertTrue(zh.message(ceiling).contains("“≥ 100%”实际就是“= 100%”"), zh.message(ceiling));
        Finding columns = all.stream().filter(f -> f.pointer().equals("/indicators/5/target")).findFirst().orElseThrow();
        assertTrue(zh.message(columns).contains("指标值“= 100%”"), zh.message(columns)); // the target composed, not "100"
        assertTrue(new Messages(Locale.ENGLISH).message(bare).contains("read as \"≥ 100%\""), new Messages(Locale.ENGLISH).message(bare));
        // the same finding as the time-rate it was: its fingerprint is the plain variant's of the name and the target
        assertEquals(Fingerprints.of(bare.ruleId(), bare.file(), "time-rate", bare.args().subList(0, 2)), Fingerprints.of(bare));
        assertEquals(Fingerprints.of(ceiling.ruleId(), ceiling.file(), "time-rate", ceiling.args().subList(0, 2)), Fingerprints.of(ceiling));
    }
}
