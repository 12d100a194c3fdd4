package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.load.Src;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.target.Comparator;
import io.github.jixiao.target.Outcome;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Each bit of {@link IndicatorFacts} is the expression it stands for (the one the rules evaluated per row before the
 * facts were shared), on every row of every rule fixture and on 20,000 rows made of random cells; the groups are the
 * rows with equal (一级, 二级) labels.
 */
class IndicatorFactsTest {

    /** The bits of {@code i} as the rules used to work them out, row by row. */
    static long expected(Indicator i, boolean applicable) {
        TargetValue t = i.targetValue();
        TargetValue a = i.actualValue();
        // 产出目标 / 数量目标 (福建 2020) are read as 产出指标 / 数量指标
        String c1 = io.github.jixiao.score.Taxonomy.goalAsIndicator(i.level1());
        String c2 = io.github.jixiao.score.Taxonomy.goalAsIndicator(i.level2());
        String l1 = c1 == null ? "" : c1;
        String l2 = c2 == null ? "" : c2;
        long b = 0;
        b |= applicable ? IndicatorFacts.APPLICABLE : 0;
        b |= Checks.blank(i.effectiveTarget()) ? IndicatorFacts.TARGET_BLANK : 0;
        b |= Checks.blank(i.actual()) ? IndicatorFacts.ACTUAL_BLANK : 0;
        b |= Checks.blank(i.explanation()) ? IndicatorFacts.EXPLANATION_BLANK : 0;
        b |= Checks.placeholder(i.explanation()) ? IndicatorFacts.EXPLANATION_PLACEHOLDER : 0;
        b |= Checks.outcome(i) == Outcome.MISSED ? IndicatorFacts.MISSED : 0;
        b |= TargetParser.compare(t, a) == Outcome.MISSED ? IndicatorFacts.COMPARED_MISSED : 0;
        // Indicator.isTemplateRow as it was before the binding kept it: the row's fields asked again
        b |= !i.notApplicable() && Checks.blank(i.target()) && Checks.blank(i.adjustedTarget()) && Checks.blank(i.actual())
                && i.points() == null && i.score() == null && i.achievement() == null ? IndicatorFacts.TEMPLATE : 0;
        b |= Checks.isSatisfaction(c1) ? IndicatorFacts.SATISFACTION : 0;
        b |= SatisfactionWithoutSurvey.satisfaction(c1, c2) ? IndicatorFacts.SATISFACTION_ROW : 0;
        b |= Checks.achievementShort(i) ? IndicatorFacts.ACHIEVEMENT_SHORT : 0;
        b |= ActualEqualsTargetPattern.equalsTarget(i) ? IndicatorFacts.EQUALS_TARGET : 0;
        b |= ActualEqualsTargetPattern.copiedComparator(i) ? IndicatorFacts.COPIED_COMPARATOR : 0;
        b |= !Checks.blank(i.adjustedTarget()) && !Checks.blank(i.target()) ? IndicatorFacts.REVISED : 0;
        b |= i.points() != null ? IndicatorFacts.POINTS : 0;
        b |= i.score() != null ? IndicatorFacts.SCORE : 0;
        b |= t.isQuantitative() ? IndicatorFacts.T_QUANTITATIVE : 0;
        b |= t.isQualitative() ? IndicatorFacts.T_QUALITATIVE : 0;
        b |= t.isEmpty() ? IndicatorFacts.T_EMPTY : 0;
        b |= t.isRange() ? IndicatorFacts.T_RANGE : 0;
        b |= t.isPercent() ? IndicatorFacts.T_PERCENT : 0;
        b |= t.isMoney() ? IndicatorFacts.T_MONEY : 0;
        b |= t.explicitComparator() ? IndicatorFacts.T_EXPLICIT : 0;
        b |= t.comparator() == Comparator.GE || t.comparator() == Comparator.GT ? IndicatorFacts.T_AT_LEAST : 0;
        b |= a.isQuantitative() ? IndicatorFacts.A_QUANTITATIVE : 0;
        b |= a.isQualitative() ? IndicatorFacts.A_QUALITATIVE : 0;
        b |= a.isEmpty() ? IndicatorFacts.A_EMPTY : 0;
        b |= a.isRange() ? IndicatorFacts.A_RANGE : 0;
        b |= a.isPercent() ? IndicatorFacts.A_PERCENT : 0;
        b |= a.isMoney() ? IndicatorFacts.A_MONEY : 0;
        // a category name as the taxonomy reads it: normalised, 指标 after it where it lacks one (成本 is 成本指标)
        String n1 = asCategory(c1);
        String n2 = asCategory(c2);
        b |= "产出指标".equals(n1) ? IndicatorFacts.L1_OUTPUT : 0;
        b |= l1.startsWith("效益") ? IndicatorFacts.L1_BENEFIT : 0;
        b |= l1.contains("成本") || l2.contains("成本") ? IndicatorFacts.COST_WORD : 0;
        b |= l2.isEmpty() ? IndicatorFacts.L2_EMPTY : 0;
        // the one recognition of the 时效 二级 (session 50): the label holds 时效 (时效指标, 时效, 产出时效 of 吕梁 2021)
        b |= c2 != null && c2.contains("时效") ? IndicatorFacts.L2_TIMELINESS : 0;
        b |= "成本指标".equals(n1) ? IndicatorFacts.L1_COST : 0;
        b |= "成本指标".equals(n2) ? IndicatorFacts.L2_COST : 0;
        b |= List.of("经济成本指标", "社会成本指标", "生态环境成本指标").contains(n2)
                ? IndicatorFacts.L2_ST3_COST : 0;
        b |= TargetParser.sameTerms(t, a) ? IndicatorFacts.SAME_TERMS : 0;
        // Indicator.actualUnitAssumed as it was before the binding kept actualUnitWritten: the actual parsed again
        b |= a.isQuantitative() && !a.unit().isEmpty()
                && (i.columns().unit() == null || TargetParser.unitOf(i.columns().unit()).isEmpty())
                && writtenUnit(i, t).isEmpty()
                && TargetParser.unitInName(i.name()).isEmpty()
                // "实际按该标准发放" (session 56): read as the target's own figure, its unit the target's, not assumed
                && !TargetParser.standardApplied(i.actual())
                // "无群体性事件发生" on a row naming 群体性事件 (session 57): 0 of the target's unit, not a bare figure's unit assumed
                && !TargetParser.noneCounted(i.name(), i.actual()) ? IndicatorFacts.UNIT_ASSUMED : 0; // a name's unit is the row's
        String rowUnit = TargetParser.unitOf(i.columns().unit()).isEmpty() ? TargetParser.unitInName(i.name()) : i.columns().unit();
        // a bare target read in the unit its actual names: both parsed again, the target as binding reads it before that
        TargetValue asWritten = io.github.jixiao.target.Direction.target(TargetParser.parse(i.effectiveTarget()),
                i.columns().comparator(), rowUnit, i.name(), i.level1(), i.level2());
        TargetValue actualAsWritten = TargetParser.parse(i.actual());
        b |= asWritten.isQuantitative() && !asWritten.isDate() && asWritten.unit().isEmpty()
                && actualAsWritten.isQuantitative() && !actualAsWritten.isDate() && !actualAsWritten.unit().isEmpty()
                && !(actualAsWritten.isPercent() && asWritten.high().compareTo(new BigDecimal("100")) > 0)
                && !(io.github.jixiao.target.Direction.isTimeCategory(i.level2()) && io.github.jixiao.target.TargetParser.excelDate(asWritten) != null)
                && !t.unit().isEmpty() ? IndicatorFacts.TARGET_UNIT_ASSUMED : 0;
        b |= i.task() != null && i.targetRevisedOn() != null ? IndicatorFacts.TASK_REVISED : 0;
        b |= t.vague() && !t.graded() ? IndicatorFacts.T_VAGUE : 0;
        b |= i.effectiveTarget() != null && PlaceholderLeft.noNumeral(i.effectiveTarget()) != null ? IndicatorFacts.T_NO_NUMERAL : 0;
        b |= i.actual() != null && PlaceholderLeft.noNumeral(i.actual()) != null ? IndicatorFacts.A_NO_NUMERAL : 0;
        return b;
    }

    /**
     * The unit the actual's text names: parsed again, or, for an actual read with words beside its figure (培训人次 520),
     * its figure's unit, else the target's unit the words end with.
     */
    private static String writtenUnit(Indicator i, TargetValue t) {
        if (i.actualValue().isDate() && t.isDate()) {
            // a day written without its year (6月20日 beside 6月30日前, 金寨 2023's 9月前 → 7月), read in the table's year at
            // binding: its unit is its text's, though the text parsed alone is words (no fixture had one until session 43)
            return TargetParser.DATE_UNIT;
        }
        if (i.actualLabel() == null) {
            return TargetParser.parse(i.actual()).unit();
        }
        String u = TargetParser.labelledActual(i.actual()).value().unit();
        return u.isEmpty() && i.actualLabel().endsWith(t.unit()) ? t.unit() : u;
    }

    private static void assertFacts(Submission s, String where) {
        IndicatorFacts f = IndicatorFacts.of(s);
        List<Indicator> rows = s.indicators();
        assertEquals(rows.size(), f.size(), where);
        for (int k = 0; k < rows.size(); k++) {
            Indicator i = rows.get(k);
            assertSame(i, f.row(k));
            boolean applicable = s.applicableIndicators().contains(i);
            long want = expected(i, applicable);
            long got = f.bits(k);
            int row = k;
            assertEquals(Long.toBinaryString(want), Long.toBinaryString(got), () -> where + " row " + row);
            for (int j = 0; j < k; j++) {
                boolean same = Objects.equals(i.level1(), rows.get(j).level1()) && Objects.equals(i.level2(), rows.get(j).level2());
                assertEquals(same, f.group(k) == f.group(j), where + " rows " + j + ", " + k);
            }
            assertEquals(TargetParser.inUnitOf(i.actualValue(), i.targetValue()), f.actualInTarget(k), where);
            assertEquals(ColumnFormatMixed.formats(i.target()), f.formats(k, true), where);
            assertEquals(ColumnFormatMixed.formats(i.actual()), f.formats(k, false), where);
            assertEquals(i.level1(), f.level1(f.group(k)));
            assertEquals(i.level2(), f.level2(f.group(k)));
        }
        int applicable = 0;
        for (int k = 0; k < f.size(); k++) {
            applicable += f.all(k, IndicatorFacts.APPLICABLE) ? 1 : 0;
        }
        assertEquals(s.applicableIndicators().size(), applicable, where);
    }

    @Test
    void onEveryFixture() {
        int rows = 0;
        for (String id : RuleFixtures.ruleIdsWithFixtures()) {
            for (String kind : List.of(RuleFixtures.FLAGS, RuleFixtures.PASSES)) {
                for (Path file : RuleFixtures.files(id, kind)) {
                    RuleFixtures.Fixture fx = RuleFixtures.load(id, kind, file);
                    assertFacts(fx.submission(), fx.relative());
                    rows += fx.submission().indicators().size();
                }
            }
        }
        assertTrue(rows > 200, "rows: " + rows);
    }

    @Test
    void onTheSample() throws java.io.IOException {
        Path dir = Path.of(System.getProperty("jixiao.repoRoot", ".."), "sample-submission", "submission");
        io.github.jixiao.load.SubmissionLoader loader = new io.github.jixiao.load.SubmissionLoader();
        Map<String, io.github.jixiao.load.JsonDocument> docs = new java.util.LinkedHashMap<>();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                io.github.jixiao.load.JsonDocument d = loader.load(p, p.getFileName().toString()).document();
                String role = d == null ? null : io.github.jixiao.validate.SchemaCatalog.roleOf(d.schemaId());
                if (role != null) {
                    docs.put(role, d);
                }
            }
        }
        Submission s = new Submission(docs);
        assertTrue(s.indicators().size() > 10, "the sample's rows: " + s.indicators().size());
        assertFacts(s, "sample-submission");
    }

    /**
     * More groups than are found by comparing with each (the map then takes over), their labels absent, empty, of
     * one hash ("Aa" and "BB", and "AaAa", "AaBB", "BBAa", "BBBB", share theirs) and interleaved: the same groups,
     * numbered in the order their first rows come, as the map of label lists gave them.
     */
    @Test
    void manyGroupsOfLabelsThatShareAHash(@org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        String[] l1 = {null, "", "产出指标", "Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};
        String[] l2 = {null, "", "数量指标", "AaAa", "AaBB", "BBAa", "BBBB", "Aa", "BB"};
        Random r = new Random(31);
        StringBuilder json = new StringBuilder("{\"$schema\": \"https://jixiao.github.io/schemas/v1/indicators.schema.json\","
                + " \"schemaVersion\": \"1.0\", \"indicators\": [");
        for (int k = 0; k < 600; k++) {
            String a = pick(r, l1);
            String b = pick(r, l2);
            json.append(k == 0 ? "" : ",").append("{\"name\": \"指标").append(k).append('"')
                    .append(a == null ? "" : ", \"level1\": \"" + a + "\"").append(b == null ? "" : ", \"level2\": \"" + b + "\"")
                    .append(", \"target\": \"≥ 1 个\", \"actual\": \"1 个\"}");
            if (r.nextInt(4) == 0) { // a run of rows of the same labels
                json.append(",{\"name\": \"续").append(k).append('"').append(a == null ? "" : ", \"level1\": \"" + a + "\"")
                        .append(b == null ? "" : ", \"level2\": \"" + b + "\"").append(", \"target\": \"≥ 1 个\", \"actual\": \"1 个\"}");
            }
        }
        json.append("]}");
        Path file = tmp.resolve("indicators.json");
        java.nio.file.Files.writeString(file, json);
        io.github.jixiao.load.JsonDocument doc = new io.github.jixiao.load.SubmissionLoader().load(file, "submission/indicators.json").document();
        Submission s = new Submission(Map.of("indicators", doc));
        assertFacts(s, "labels of one hash");
        IndicatorFacts f = IndicatorFacts.of(s);
        List<List<String>> firstSeen = new java.util.ArrayList<>();
        for (int k = 0; k < f.size(); k++) {
            List<String> labels = java.util.Arrays.asList(f.row(k).level1(), f.row(k).level2());
            if (!firstSeen.contains(labels)) {
                firstSeen.add(labels);
            }
            assertEquals(firstSeen.indexOf(labels), f.group(k), "row " + k);
        }
        assertTrue(f.groups() > 40, "groups: " + f.groups());
        assertEquals(firstSeen.size(), f.groups());
    }

    private static String asCategory(String label) {
        String n = io.github.jixiao.score.Taxonomy.normalise(label);
        return n.isEmpty() || n.endsWith("指标") ? n : n + "指标";
    }

    private static final String[] LABELS1 = {null, "", " ", "产出指标", "效益指标", "效益", "满意度指标", "成本指标", "产出 指标", "null"};
    private static final String[] LABELS2 = {null, "", "数量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标",
        "生态环境成本指标", "生态效益指标", "服务对象满意度指标", "满意度", "项目成本", "成本", "成本 ", "经济成本", "产出时效"};
    private static final String[] TEXTS = {null, "", " ", "\u3000", "≥ 95%", "≥95%", "100%", "= 100%", "≤ 30万元", "30", "30 万元",
        "300000元", "90%—100%", "90%-100%", "≥ 266 米", "2天以内", "达成", "达成预期指标", "完成", "无", "0", "/", "有效提升",
        "优/良/中/差", "12月底前", "年底前完成", "≥ 3 个", "3个", "≥ 3 次", "1.5", "≥ 0", "＞ 50%", "百分之九十", "95 百分比", "5,000 元", "≥ 95 百分比", "1亿元", "20.00", "12345"};
    private static final String[] UNITS = {null, "", "%", "个", "万元", "元", "次", "天", "单位", "％"};
    private static final String[] COMPARATORS = {null, "≥", "≤", "=", "不小于", "不高于", "定性", "定量"};
    private static final String[] ACHIEVEMENTS = {null, "达成", " 达成 ", "未达成", "部分达成"};

    @Test
    void onRandomRows() {
        Random r = new Random(17);
        // one instance for every row: its memory of the 度量单位 columns met before is asked too
        IndicatorFacts f = IndicatorFacts.of(new Submission(Map.of()));
        for (int n = 0; n < 20_000; n++) {
            Indicator i = Indicator.of(n, pick(r, LABELS1), pick(r, LABELS2), pick(r, new String[] {null, "", "资金使用率", "满意度"}),
                    pick(r, TEXTS), r.nextInt(4) == 0 ? pick(r, TEXTS) : null,
                    r.nextInt(5) == 0 ? java.time.LocalDate.of(2024, 6, 30) : null, pick(r, TEXTS), r.nextInt(10) == 0,
                    r.nextInt(3) == 0 ? null : BigDecimal.valueOf(r.nextInt(12)), r.nextInt(3) == 0 ? null : BigDecimal.valueOf(r.nextInt(12)),
                    pick(r, ACHIEVEMENTS), r.nextBoolean() ? null : "任务", pick(r, TEXTS),
                    new Indicator.Columns(pick(r, UNITS), null, pick(r, COMPARATORS), null, null), Src.NONE, Src.NONE, Src.NONE);
            int row = n;
            assertEquals(Long.toBinaryString(expected(i, false)), Long.toBinaryString(f.facts(i)), () -> "row " + row + ": " + i);
        }
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
