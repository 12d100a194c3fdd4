package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.rules.ScoreIgnoresMissedTarget;
import io.github.jixiao.report.Messages;
import io.github.jixiao.score.CriterionScore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One defect on one indicator row, one finding: a row that missed its target (or fell a grade short) and claims exactly
 * its points is reported by score-ignores-missed-target with the computed figures, and scoring reports no
 * score-claim-mismatch beside it; a claim wrong by more than the miss (above the points), or a grade stated in the
 * 完成档次 column, keeps its mismatch. No row loses its figures: every stated row score that differs from the computed one
 * is said by one of the two.
 */
class OneDefectOneFindingTest {
    private static final String RULE = "score-ignores-missed-target";
    private static final String MISMATCH = "score-claim-mismatch";

    private static RuleFixtures.Fixture fixture() {
        Path file = RuleFixtures.root().resolve(RULE).resolve(RuleFixtures.FLAGS).resolve("carries-the-claim.json");
        return RuleFixtures.load(RULE, RuleFixtures.FLAGS, file);
    }

    /**
     * Whether {@code f} is an indicator-incomplete empty-category of several rows that starts at or before {@code row} and
     * counts it: the category's rows said at its first (Engine.emptyCategoryRowsOnce, session 53; 原州 2022's 社会效益).
     */
    private static boolean categoryCovers(Finding f, String row) {
        if (!f.ruleId().equals("indicator-incomplete") || !f.key().startsWith("empty-category") || !f.pointer().startsWith("/indicators/")) {
            return false;
        }
        Integer count = null;
        for (Object a : f.args()) {
            if (String.valueOf(a).matches("[0-9]+")) {
                count = Integer.valueOf(String.valueOf(a));
                break;
            }
        }
        int first = Integer.parseInt(f.pointer().substring("/indicators/".length()));
        int at = Integer.parseInt(row.substring("/indicators/".length()));
        return count != null && at >= first && at < first + count;
    }

    @Test
    void theRuleCarriesTheClaimItsMissExplains() {
        RuleFixtures.Fixture f = fixture();
        // 12 of 10 on a miss: wrong by more than the miss; 部分达成 stated in 完成档次 at 10 of 10: the stated grade's band
        assertEquals(List.of("/indicators/1/score", "/indicators/3/score"),
                f.scoringFindings().stream().filter(x -> x.ruleId().equals(MISMATCH)).map(Finding::pointer).sorted().toList());
        List<Finding> found = RuleFixtures.run(new ScoreIgnoresMissedTarget(), f);
        Finding missed = at(found, "/indicators/0/score");
        assertEquals("indicator", missed.key());
        assertEquals(List.of("免费发放原原种", "≥ 100 万粒", "80 万粒", "10", "8.00", "80 / 100 = 0.8 × 10 = 8"), missed.args());
        assertEquals("output-indicators", missed.criterion(), "it touches the criterion that scored the row");
        Finding band = at(found, "/indicators/2/score");
        assertEquals("lower-grade-band", band.key());
        assertEquals(List.of("示范带动效果", "达标", "基本达标", "10", "5", "8", "8.00"), band.args());
        assertEquals("benefit-indicators", band.criterion());
        // the figures the dropped mismatch gave are the scorer's own: the row's computed score
        CriterionScore row0 = item(f, "indicator-0");
        CriterionScore row2 = item(f, "indicator-2");
        assertEquals(row0.score().toPlainString(), missed.args().get(4));
        assertEquals(row2.score().toPlainString(), band.args().get(6));
    }

    @Test
    void theCarryingMessagesSayTheFiguresInEitherLanguage() {
        RuleFixtures.Fixture f = fixture();
        List<Finding> found = RuleFixtures.run(new ScoreIgnoresMissedTarget(), f);
        Messages en = new Messages(Locale.ENGLISH);
        Messages zh = new Messages(Messages.ZH);
        String m = en.message(at(found, "/indicators/0/score"));
        assertTrue(m.contains("earns 8.00 (80 / 100 = 0.8 × 10 = 8)"), m);
        assertTrue(zh.message(at(found, "/indicators/0/score")).contains("应得 8.00 分（80 / 100 = 0.8 × 10 = 8）"));
        String b = en.message(at(found, "/indicators/2/score"));
        assertTrue(b.contains("partly achieved at 5–8 points, so it counts as 8.00"), b);
        // nothing but the department's own words (达标, 基本达标, the row's name) in Chinese
        String rest = b.replace("示范带动效果", "").replace("基本达标", "").replace("达标", "");
        assertTrue(rest.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), b);
    }

    /**
     * Across every real table: a scored row whose stated score differs from the computed one is said by score-claim-mismatch
     * or by score-ignores-missed-target at its score; and no row has both unless its claim is above its points.
     */
    /** The rules whose finding at an actual stands in for the scorer's score-input-missing there (Engine's once-methods). */
    private static final java.util.Set<String> UNSCORED_SAID = java.util.Set.of("indicator-actual-incommensurable", "placeholder-left");

    /** The score detail of a row whose cells the copy prints but nobody can read (score.unreadable), up to its first comma. */
    private static final String UNREADABLE_ZH = "不计分：这一行的指标值和实际完成值印在所录副本中";
    private static final String UNREADABLE_EN = "not scored: this row's target and actual are printed in the transcribed copy";

    @Test
    void everyRowsDifferenceIsSaidOnce() throws Exception {
        Path root = Path.of(OneDefectOneFindingTest.class.getResource("/real-tables").toURI());
        List<Path> tables;
        try (Stream<Path> s = Files.list(root)) {
            tables = s.filter(p -> Files.isDirectory(p.resolve("submission"))).sorted().toList();
        }
        int carried = 0;
        for (Path t : tables) {
            EngineResult r = new Engine().run(EngineOptions.of(t, t.resolve("submission")));
            if (r.sheet() == null) {
                continue;
            }
            // a table that writes its scores to one decimal (稷山 2021, t53): a difference within that decimal's rounding
            // (1.9 for 1.946, shown 1.95) is none (score-claim-mismatch's rationale)
            int decimals = r.indicators().stream().filter(i -> i.score() != null)
                    .mapToInt(i -> i.score().stripTrailingZeros().scale()).max().orElse(0);
            BigDecimal within = new BigDecimal(decimals == 1 ? "0.055" : "0.005");
            for (CriterionScore c : r.sheet().criteria()) {
                for (CriterionScore it : c.items()) {
                    if (!it.id().startsWith("indicator-") || it.claimed() == null
                            || it.score().subtract(it.claimed()).abs().compareTo(within) <= 0) {
                        continue;
                    }
                    String row = "/indicators/" + it.id().substring("indicator-".length());
                    String pointer = row + "/score";
                    if (r.findings().stream().anyMatch(x -> (x.ruleId().equals("score-input-missing")
                            || x.ruleId().equals("indicator-incomplete")) && (x.pointer().equals(row) || x.pointer().startsWith(row + "/"))
                            || categoryCovers(x, row)
                            || UNSCORED_SAID.contains(x.ruleId()) && x.pointer().equals(row + "/actual"))) {
                        // not scored (0 points): score-input-missing says why, or indicator-incomplete the blank, or the lint
                        // finding kept in place of the scorer's at the actual (Engine.noResultOnce, incomparableOnce: 蚕茶 2021's
                        // 100% → 完成 since session 46)
                        continue;
                    }
                    // a row whose 指标值 and 实际完成值 are printed in the copy but unreadable (partialCut.unreadable: 原州 2022, t23,
                    // since session 55): its detail says so beside its printed 得分 ("无法辨认（自评 8）"), and the partial note names
                    // it; the difference is the copy's damage, which no finding about the row should ask the unit to mend
                    if (it.explanation() != null && r.findings().stream().anyMatch(x -> x.ruleId().equals("score-weights")
                            && x.key().startsWith("partial")) && (it.explanation().startsWith(UNREADABLE_ZH)
                            || it.explanation().startsWith(UNREADABLE_EN))) {
                        continue;
                    }
                    // a row on an even share jixiao assumed, which a printed 得分 above it refutes (昌宁 2022, t116): score-assumption's
                    // -scored note at the category's points says once that its rows' printed scores are not held to the share
                    // (session 53)
                    // (-scored-cents since session 55: the same note where the share does not divide to the cent)
                    if (r.findings().stream().anyMatch(x -> x.ruleId().equals("score-assumption") && (x.key().endsWith("-scored") || x.key().endsWith("-scored-cents"))
                            && it.inputs().stream().anyMatch(in -> in.ref() != null && in.ref().equals("indicators#" + x.pointer())))) {
                        continue;
                    }
                    List<String> said = new ArrayList<>();
                    for (Finding x : r.findings()) {
                        if (x.pointer().equals(pointer) && (x.ruleId().equals(MISMATCH) || x.ruleId().equals(RULE))) {
                            said.add(x.ruleId());
                        } else if (x.ruleId().equals("indicator-target-missed") && (x.key().replace("-part", "").endsWith("-below") || x.key().replace("-part", "").endsWith("-above"))
                                && (x.pointer().equals(row + "/target") || x.pointer().equals(row + "/actual"))) {
                            // a missed row marked down by other than its ratio: the miss's finding carries the computed score
                            // (Engine.missedClaimOnce, session 49)
                            said.add(x.ruleId());
                        }
                    }
                    String where = t.getFileName() + " " + pointer + " " + said;
                    assertTrue(!said.isEmpty(), where + ": a difference no finding says");
                    if (said.size() > 1) {
                        assertTrue(it.claimed().compareTo(it.weight()) > 0, where + ": said twice");
                    }
                    carried += said.equals(List.of(RULE)) ? 1 : 0;
                }
            }
        }
        assertTrue(carried >= 7, "九亭镇's six rows and 重庆's one are carried by the rule: " + carried);
    }

    /**
     * A project that turns score-ignores-missed-target off still hears of each full-points claim on a missed target: the
     * scorer then reports it as score-claim-mismatch itself (before, turning the rule off hid both).
     */
    @Test
    void turnedOffTheRuleLeavesTheClaimsToTheScorer() throws Exception {
        Path t = Path.of(OneDefectOneFindingTest.class.getResource("/real-tables/t16-jiuting-chengzhen-2020").toURI());
        EngineResult on = new Engine().run(EngineOptions.of(t, t.resolve("submission")));
        EngineResult off = new Engine().run(new EngineOptions(t, t.resolve("submission"), null, null, null,
                RuleConfig.of(List.of(new RuleConfig.Entry(RULE, "OFF", null)))));
        List<String> carried = on.findings().stream().filter(x -> x.ruleId().equals(RULE)).map(Finding::pointer).sorted().toList();
        assertTrue(carried.size() >= 6, carried.toString());
        List<String> mismatchesOn = on.findings().stream().filter(x -> x.ruleId().equals(MISMATCH)).map(Finding::pointer).toList();
        List<String> added = new ArrayList<>(off.findings().stream().filter(x -> x.ruleId().equals(MISMATCH)).map(Finding::pointer).toList());
        mismatchesOn.forEach(added::remove);
        // rows 2–7: the six claims the rule carries (RealTablesTest had them as mismatches before); row 8's finding is
        // the rule's own (no claim differs there)
        assertEquals(carried.subList(0, 6), added.stream().sorted().toList());
        assertEquals(List.of("/indicators/2/score", "/indicators/3/score", "/indicators/4/score", "/indicators/5/score",
                "/indicators/6/score", "/indicators/7/score"), added.stream().sorted().toList());
        assertTrue(off.findings().stream().noneMatch(x -> x.ruleId().equals(RULE)));
    }

    /**
     * 黄冈 2020 prints its 时效 rows as 进度指标: indicator-category-unknown reports the label (suggesting 时效指标), so
     * indicator-category-missing does not say 时效指标 is missing as well; with the first turned off, the second does.
     */
    @Test
    void aCategoryPrintedUnderAnotherWordIsSaidOnceEvenWithOneRuleOff() {
        Path file = RuleFixtures.root().resolve("indicator-category-missing").resolve(RuleFixtures.PASSES)
                .resolve("timeliness-printed-as-progress.json");
        RuleFixtures.Fixture f = RuleFixtures.load("indicator-category-missing", RuleFixtures.PASSES, file);
        io.github.jixiao.lint.rules.IndicatorCategoryMissing rule = new io.github.jixiao.lint.rules.IndicatorCategoryMissing();
        assertEquals(List.of(), RuleFixtures.run(rule, f));
        io.github.jixiao.score.Framework fw = new io.github.jixiao.score.Scorer().framework(f.submission(), null,
                f.path().getParent()).framework();
        RuleContext off = new RuleContext(rule.descriptor(), f.sheet(), fw,
                RuleConfig.of(List.of(new RuleConfig.Entry("indicator-category-unknown", "OFF", null))));
        rule.check(f.submission(), off);
        assertEquals(List.of("时效指标"), off.findings().stream().map(x -> String.valueOf(x.args().get(1))).toList()); // the 二级 (a stage word after it since session 56: approved)
    }

    /**
     * A row field written with a typo ("traget", "acutal") is said once, by the schema at the row, naming the field
     * meant; indicator-incomplete's "no target" / "no actual" for that row is left out, and the other rows keep theirs.
     * With the schema's findings turned off, the row's "no target" is what tells.
     */
    @Test
    void aMisspeltRowFieldIsSaidOnce(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path sub = io.github.jixiao.testing.Samples.copyTo(tmp);
        Path file = sub.resolve("indicators.json");
        String text = Files.readString(file);
        int first = text.indexOf("\"target\"");
        int actual = text.indexOf("\"actual\"", text.indexOf("\"target\"", first + 1));
        // row 0's target misspelt, and the actual of the row after it
        String broken = text.substring(0, first) + "\"traget\"" + text.substring(first + 8, actual) + "\"acutal\""
                + text.substring(actual + 8);
        Files.writeString(file, broken);
        List<Finding> on = new Engine().run(EngineOptions.of(tmp, sub)).findings();
        List<Finding> schema = on.stream().filter(x -> x.ruleId().equals("schema") && x.key().equals("additionalProperties-near")).toList();
        assertEquals(List.of("target", "actual"), schema.stream().map(x -> x.args().get(2)).toList(), schema.toString());
        for (Finding s : schema) {
            assertTrue(on.stream().noneMatch(x -> x.ruleId().equals("indicator-incomplete") && x.pointer().equals(s.pointer())),
                    "no second finding at " + s.pointer() + ": " + on);
        }
        EngineResult off = new Engine().run(new EngineOptions(tmp, sub, null, null, null,
                RuleConfig.of(List.of(new RuleConfig.Entry("schema", "OFF", null)))));
        assertEquals(List.of("no-target-approved", "no-actual"), off.findings().stream()
                .filter(x -> x.ruleId().equals("indicator-incomplete")
                        && schema.stream().anyMatch(s -> s.pointer().equals(x.pointer())))
                .map(Finding::key).toList());
    }

    /**
     * A blank 完成值 is one defect (青神 2023, two rows): indicator-incomplete says so, the scorer's "cannot be scored" for
     * the same row and field is left out; with indicator-incomplete turned off, the scorer's finding is what tells.
     */
    @Test
    void aBlankActualIsSaidOnceEvenWithTheRuleOff() throws Exception {
        Path t = Path.of(OneDefectOneFindingTest.class.getResource("/real-tables/t12-qingshen-fagai-2023").toURI());
        EngineResult on = new Engine().run(EngineOptions.of(t, t.resolve("submission")));
        // both rows blank: one finding at the first since session 54 (Engine.noActualAllOnce)
        assertEquals(List.of("/indicators/0"), on.findings().stream()
                .filter(x -> x.ruleId().equals("indicator-incomplete") && x.key().startsWith("no-actual")).map(Finding::pointer).toList());
        assertTrue(on.findings().stream().noneMatch(x -> x.ruleId().equals("score-input-missing") && x.key().equals("indicator")),
                on.findings().toString());
        assertEquals(2, on.sheet().unscored().stream().filter(u -> u.criterion() != null).count(), "the rows are still listed unscored");
        for (String level : List.of("OFF", "INFO")) { // turned off, or down below the scorer's error: the scorer's tells
            EngineResult off = new Engine().run(new EngineOptions(t, t.resolve("submission"), null, null, null,
                    RuleConfig.of(List.of(new RuleConfig.Entry("indicator-incomplete", level, null)))));
            assertEquals(List.of("/indicators/0", "/indicators/1"), off.findings().stream()
                    .filter(x -> x.ruleId().equals("score-input-missing") && x.key().equals("indicator")).map(Finding::pointer).toList(),
                    level);
        }
    }

    /**
     * A row with neither actual nor score is one finding at the row (session 47: 大英 医保 2023, t96, published unfilled, gave
     * a no-actual and a no-score on each of its 7 rows): no-actual, said as no-actual-no-score with the row's points, its
     * fingerprint no-actual's; with the actual given, the blank score is still said on its own.
     */
    @Test
    void aRowWithNeitherActualNorScoreIsOneFinding(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path t = Path.of(OneDefectOneFindingTest.class.getResource("/real-tables/t12-qingshen-fagai-2023").toURI());
        // the actual filled in on row 0 (both rows blank are one finding at the table since session 54: NoActualAllTest)
        Path sub = Files.createDirectories(tmp.resolve("submission"));
        try (Stream<Path> s = Files.list(t.resolve("submission"))) {
            for (Path p : s.toList()) {
                Files.copy(p, sub.resolve(p.getFileName().toString()));
            }
        }
        Path ind = sub.resolve("indicators.json");
        tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode) new tools.jackson.databind.ObjectMapper()
                .readTree(Files.readString(ind));
        ((tools.jackson.databind.node.ObjectNode) root.get("indicators").get(0)).put("actual", "已完成");
        Files.writeString(ind, root.toPrettyString());
        List<Finding> rows = new Engine().run(EngineOptions.of(tmp, sub)).findings().stream()
                .filter(x -> x.ruleId().equals("indicator-incomplete") && x.pointer().startsWith("/indicators/")).toList();
        // its blank score is said, as before; row 1 keeps its one finding, saying both
        assertEquals(List.of("no-score /indicators/0", "no-actual-no-score /indicators/1"),
                rows.stream().map(x -> x.key() + " " + x.pointer()).toList());
        Finding f = rows.get(1);
        String zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f);
        assertTrue(zh.startsWith("指标“" + f.args().get(0) + "”（指标值 " + f.args().get(1) + "）没有实际完成值，也没有自评得分（分值 "
                + f.args().get(2) + " 分）。"), zh);
        String en = new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH).message(f);
        assertTrue(en.contains("has no actual and no score (it carries " + f.args().get(2) + " points)"), en);
        Finding asNoActual = new Finding(f.ruleId(), f.severity(), "no-actual", f.args().subList(0, 2), f.file(), f.pointer(),
                f.line(), f.column(), f.criterion());
        assertEquals(io.github.jixiao.report.Fingerprints.of(asNoActual), io.github.jixiao.report.Fingerprints.of(f),
                "the fingerprint a baseline holds for the row's no-actual");
    }

    /** A blank written into the file ("actual": "") is the same defect as one left out: said once (review V3). */
    @Test
    void aBlankWrittenIsSaidOnceToo(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path t = Path.of(OneDefectOneFindingTest.class.getResource("/real-tables/t12-qingshen-fagai-2023").toURI());
        Path sub = Files.createDirectories(tmp.resolve("submission"));
        try (Stream<Path> s = Files.list(t.resolve("submission"))) {
            for (Path p : s.toList()) {
                Files.copy(p, sub.resolve(p.getFileName().toString()));
            }
        }
        Path ind = sub.resolve("indicators.json");
        tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode) new tools.jackson.databind.ObjectMapper()
                .readTree(Files.readString(ind));
        ((tools.jackson.databind.node.ObjectNode) root.get("indicators").get(0)).put("actual", "");
        Files.writeString(ind, root.toPrettyString());
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        // the written blank is counted as blank with row 1's left out: both columns blank throughout, one finding at the
        // first row's written cell since session 54 (Engine.noActualAllOnce; until then one a row)
        assertEquals(List.of("no-actual-all-no-score /indicators/0/actual"), r.findings().stream()
                .filter(x -> x.ruleId().equals("indicator-incomplete") && x.key().startsWith("no-actual"))
                .map(x -> x.key() + " " + x.pointer()).toList());
        assertTrue(r.findings().stream().noneMatch(x -> x.ruleId().equals("score-input-missing") && x.key().equals("indicator")),
                r.findings().toString());
    }

    /**
     * A blank row alone under its category (濉溪 2019's ★受助对象满意度 under 满意度指标/服务对象满意度指标: name and points,
     * no target, no actual) is one defect: indicator-incomplete's empty-category, and not the scorer's score-input-missing
     * at the same row as well (trial s30-G item 9: two errors at one cell); the row is still listed unscored. With
     * indicator-incomplete off, the scorer's finding tells.
     */
    @Test
    void aBlankRowAloneInItsCategoryIsSaidOnce(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path t = Path.of(OneDefectOneFindingTest.class.getResource("/real-tables/t12-qingshen-fagai-2023").toURI());
        Path sub = Files.createDirectories(tmp.resolve("submission"));
        try (Stream<Path> s = Files.list(t.resolve("submission"))) {
            for (Path p : s.toList()) {
                Files.copy(p, sub.resolve(p.getFileName().toString()));
            }
        }
        Path ind = sub.resolve("indicators.json");
        tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode) new tools.jackson.databind.ObjectMapper()
                .readTree(Files.readString(ind));
        ((tools.jackson.databind.node.ArrayNode) root.get("indicators")).addObject().put("level1", "满意度指标")
                .put("level2", "服务对象满意度指标").put("name", "★受助对象满意度(≥**%)").put("points", 10);
        Files.writeString(ind, root.toPrettyString());
        EngineResult r = new Engine().run(EngineOptions.of(tmp, sub));
        List<Finding> atRow = r.findings().stream().filter(x -> x.pointer().equals("/indicators/2")
                && (x.ruleId().equals("indicator-incomplete") || x.ruleId().equals("score-input-missing"))).toList();
        assertEquals(List.of("indicator-incomplete empty-category"), atRow.stream().map(x -> x.ruleId() + " " + x.key()).toList(), r.findings().toString());
        assertTrue(r.sheet().unscored().stream().anyMatch(u -> "★受助对象满意度(≥**%)".equals(u.name()) || String.valueOf(u).contains("受助对象满意度")),
                "the row is still listed unscored: " + r.sheet().unscored());
        EngineResult off = new Engine().run(new EngineOptions(tmp, sub, null, null, null,
                RuleConfig.of(List.of(new RuleConfig.Entry("indicator-incomplete", "OFF", null)))));
        assertEquals(1, off.findings().stream().filter(x -> x.pointer().equals("/indicators/2") && x.ruleId().equals("score-input-missing")).count(),
                off.findings().toString());
    }

    private static Finding at(List<Finding> found, String pointer) {
        return found.stream().filter(x -> x.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding at " + pointer + ": " + found));
    }

    private static CriterionScore item(RuleFixtures.Fixture f, String id) {
        return f.sheet().criteria().stream().flatMap(c -> c.items().stream()).filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
