package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleConfig;
import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A percentage whose name only states an aim (永德 2022's 促进学校教育事业健康发展 "≧ 100 %", t8 row 7; 历城 2019's
 * 承担重要公益服务项目、助推民生事业发展 "100%", t17 row 4) is one defect at its target, said by indicator-target-unmeasurable's
 * aim-rate: the notes of indicator-target-at-ceiling and indicator-target-no-comparator at that cell are left out by one
 * fold (Engine.aimRateOnce, session 50), where each of those rules held its own before. The notes come back where the
 * project turned indicator-target-unmeasurable off, and, as beside every fold, where it raised the note above aim-rate's
 * warning (before session 50 they stayed held then).
 */
class AimRateOnceTest {

    private static final List<String> RULES = List.of("indicator-target-unmeasurable", "indicator-target-at-ceiling",
            "indicator-target-no-comparator");

    private static List<String> at(String table, RuleConfig rules, String cell) {
        Path project = Samples.realTable(table);
        return said(new Engine().run(new EngineOptions(project, project.resolve("submission"), null, null, null, rules)).findings(), cell);
    }

    private static List<String> said(List<Finding> all, String cell) {
        return all.stream().filter(f -> f.pointer().equals(cell) && RULES.contains(f.ruleId()))
                .map(f -> f.ruleId() + " " + f.key() + " " + f.severity().id()).sorted().toList();
    }

    private static RuleConfig set(String rule, String severity) {
        return RuleConfig.of(List.of(new RuleConfig.Entry(rule, severity, null)));
    }

    @Test
    void anAimAtItsCeilingIsSaidOnce() {
        assertEquals(List.of("indicator-target-unmeasurable aim-rate warning"),
                at("t8-yongde-mingliang-2022", null, "/indicators/7/target"));
    }

    @Test
    void withAimRateOffTheCeilingNoteShows() {
        assertEquals(List.of("indicator-target-at-ceiling percent info"),
                at("t8-yongde-mingliang-2022", set("indicator-target-unmeasurable", "OFF"), "/indicators/7/target"));
    }

    @Test
    void aCeilingNoteRaisedAboveAimRateShows() {
        assertEquals(List.of("indicator-target-at-ceiling percent error", "indicator-target-unmeasurable aim-rate warning"),
                at("t8-yongde-mingliang-2022", set("indicator-target-at-ceiling", "error"), "/indicators/7/target"));
    }

    @Test
    void anAimWithoutAComparatorIsSaidOnce() {
        assertEquals(List.of("indicator-target-unmeasurable aim-rate warning"),
                at("t17-licheng-wenhuaguan-2019", null, "/indicators/4/target"));
        assertEquals(List.of("indicator-target-no-comparator percent-full info"),
                at("t17-licheng-wenhuaguan-2019", set("indicator-target-unmeasurable", "OFF"), "/indicators/4/target"));
    }

    @Test
    void aComparatorNoteRaisedAboveAimRateShows() {
        assertEquals(List.of("indicator-target-no-comparator percent-full error", "indicator-target-unmeasurable aim-rate warning"),
                at("t17-licheng-wenhuaguan-2019", set("indicator-target-no-comparator", "error"), "/indicators/4/target"));
    }

    /** The two rules' former passes fixtures (each rule alone now reports these cells; the engine does not). */
    @Test
    void theFormerPassesFixturesPassThroughTheEngine(@TempDir Path dir) throws Exception {
        Path fixtures = Path.of(AimRateOnceTest.class.getResource("/aim-rate-once").toURI());
        List<Path> files;
        try (var s = Files.list(fixtures)) {
            files = s.sorted().toList();
        }
        assertEquals(2, files.size());
        int n = 0;
        for (Path fixture : files) {
            List<Finding> all = RuleFixtures.runEngine(fixture, dir.resolve("p" + n++)).findings();
            List<Finding> aims = all.stream().filter(f -> f.key().equals("aim-rate")).toList();
            assertEquals(fixture.getFileName().toString().startsWith("no-comparator") ? 2 : 1, aims.size(), all.toString());
            for (Finding aim : aims) {
                assertEquals(List.of("indicator-target-unmeasurable aim-rate warning"), said(all, aim.pointer()), fixture.toString());
            }
        }
    }

    private static String aimQuoted(String table, String cell) {
        Path project = Samples.realTable(table);
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings().stream()
                .filter(f -> f.pointer().equals(cell) && f.key().equals("aim-rate")).map(f -> f.args().get(2)).findFirst().orElse(null);
    }

    /**
     * The aim quoted is the word the name ends in where one does: 重庆 融媒体 2021's "业务保障能力提升" (t24 /18) said
     * "名称只写了目的（“保障”）", the 保障 of the noun 业务保障, where the aim is 提升 (audit s51 A6 row 6); a name that
     * begins with its aim keeps it (促进学校教育事业健康发展, t8 /7).
     */
    @Test
    void theAimQuotedIsTheOneTheNameEndsIn() {
        assertEquals("提升", aimQuoted("t24-cq-rongmeiti-2021", "/indicators/18/target"));
        assertEquals("促进", aimQuoted("t8-yongde-mingliang-2022", "/indicators/7/target"));
    }
}
