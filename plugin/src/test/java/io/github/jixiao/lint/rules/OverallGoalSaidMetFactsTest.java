package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.lint.RuleFixtures;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.MoneyOutput;
import io.github.jixiao.score.Scorer;
import io.github.jixiao.target.Outcome;
import io.github.jixiao.target.StatedMiss;
import io.github.jixiao.target.WorkLeft;
import io.github.jixiao.testing.Samples;
import io.github.jixiao.validate.SchemaCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * overall-goal-said-met's row test read from the run's {@link IndicatorFacts} (session 57, issue 17) against the reading it
 * replaced, kept here as the oracle: every test asked of the row again ({@code Checks.achievementShort}, {@code Checks.blank},
 * {@code Checks.outcome}, the parsed values' kinds). Held on every applicable row of every real table and of the sample (bound
 * as the engine binds them: the framework's 一级 inferred, a category's points shared), of every rule fixture, and of rows
 * made of random cells in a file of their own.
 */
class OverallGoalSaidMetFactsTest {

    /** The row test as it was before session 57. */
    static boolean missedBefore(Submission s, Indicator i) {
        if (Checks.achievementShort(i)) {
            return true;
        }
        String a = i.actual();
        if (Checks.blank(a)) {
            return false;
        }
        String t = i.effectiveTarget();
        if (Checks.blank(t)) {
            return WorkLeft.leftUntargeted(i.name(), a) != null;
        }
        if (Checks.outcome(i) == Outcome.MISSED) {
            return !MoneyOutput.spending(s, i);
        }
        if (i.targetValue().isQuantitative() || i.actualValue().isQuantitative() || WorkLeft.asksProgress(t)) {
            return false;
        }
        return WorkLeft.saysLeft(t, a) || StatedMiss.of(t, a) != null;
    }

    /** Every applicable row of {@code s}: the same answer; the number of rows missed. */
    private static int assertSame(Submission s, String where) {
        IndicatorFacts facts = IndicatorFacts.of(s);
        List<Indicator> applicable = s.applicableIndicators();
        int a = 0;
        int missed = 0;
        for (int k = 0; k < facts.size(); k++) {
            if (!facts.all(k, IndicatorFacts.APPLICABLE)) {
                continue;
            }
            Indicator i = facts.row(k);
            assertTrue(applicable.get(a++) == i, where + ": row " + k);
            boolean before = missedBefore(s, i);
            int row = k;
            assertEquals(before, OverallGoalSaidMet.missed(s, facts, k), () -> where + ": row " + row + ": " + i);
            missed += before ? 1 : 0;
        }
        assertEquals(applicable.size(), a, where);
        return missed;
    }

    /** The project at {@code dir} bound as the engine binds it. */
    private static Submission bound(Path dir) throws IOException {
        SubmissionLoader loader = new SubmissionLoader();
        Map<String, JsonDocument> docs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("submission"))) {
            for (Path p : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                JsonDocument d = loader.load(p, "submission/" + p.getFileName()).document();
                String role = d == null ? null : SchemaCatalog.roleOf(d.schemaId());
                if (role != null) {
                    docs.putIfAbsent(role, d);
                }
            }
        }
        Submission s = new Submission(docs);
        if (!docs.containsKey("department")) {
            return s;
        }
        io.github.jixiao.score.FrameworkLoader.Loaded fw = new Scorer().framework(s, null, dir);
        s = io.github.jixiao.score.InferredLevel1.apply(s, fw.framework());
        return io.github.jixiao.score.CategoryPoints.apply(s, fw.framework());
    }

    @Test
    void onEveryRealTableAndTheSample() throws IOException {
        Path root = Samples.realTable("t1-yinchuan-2021").getParent();
        List<Path> projects;
        try (Stream<Path> s = Files.list(root)) {
            projects = new java.util.ArrayList<>(s.filter(p -> Files.isDirectory(p.resolve("submission"))).sorted().toList());
        }
        projects.add(Samples.project());
        int rows = 0;
        int missed = 0;
        for (Path p : projects) {
            Submission s = bound(p);
            missed += assertSame(s, p.getFileName().toString());
            rows += s.applicableIndicators().size();
        }
        assertTrue(projects.size() > 100 && rows > 800 && missed > 20, projects.size() + " tables, " + rows + " rows, " + missed + " missed");
    }

    @Test
    void onEveryFixture() {
        int rows = 0;
        for (String id : RuleFixtures.ruleIdsWithFixtures()) {
            for (String kind : List.of(RuleFixtures.FLAGS, RuleFixtures.PASSES)) {
                for (Path file : RuleFixtures.files(id, kind)) {
                    RuleFixtures.Fixture fx = RuleFixtures.load(id, kind, file);
                    assertSame(fx.submission(), fx.relative());
                    rows += fx.submission().applicableIndicators().size();
                }
            }
        }
        assertTrue(rows > 200, "rows: " + rows);
    }

    private static final String[] TEXTS = {null, "", " ", "≥ 95%", "100%", "90%", "≤ 30万元", "30", "35 万元", "≥ 3 个", "2个",
        "达成", "达成预期指标", "完成", "已完成", "基本完成", "未完成", "尚未完工", "一期已完工，二期正在推进", "正在推进", "项目实施中",
        "按计划推进", "按进度完成", "资金拨付", "尚未拨付", "1-2期未能及时培训", "有效提升", "无", "12月底前", "年底前完成", "待支付"};
    private static final String[] NAMES = {null, "", "资金拨付率", "工程建设", "培训人数", "项目验收", "满意度"};
    private static final String[] LEVEL1 = {null, "", "产出指标", "效益指标", "满意度指标", "成本指标"};
    private static final String[] ACHIEVEMENTS = {null, "达成", "未达成", " 部分达成 "};
    private static final String[] UNITS = {null, "", "%", "个", "万元"};

    /** 3,000 rows of random cells (of the words the test reads), in one indicators file. */
    @Test
    void onRandomRows(@TempDir Path tmp) throws IOException {
        Random r = new Random(57);
        StringBuilder json = new StringBuilder("{\"$schema\": \"" + SchemaCatalog.ID_PREFIX + SchemaCatalog.VERSION
                + "/indicators.schema.json\", \"indicators\": [");
        for (int n = 0; n < 3000; n++) {
            json.append(n == 0 ? "" : ",").append('{');
            field(json, "level1", pick(r, LEVEL1), false);
            field(json, "name", pick(r, NAMES), true);
            field(json, "target", pick(r, TEXTS), true);
            if (r.nextInt(5) == 0) {
                field(json, "adjustedTarget", pick(r, TEXTS), true);
            }
            field(json, "actual", pick(r, TEXTS), true);
            field(json, "achievement", pick(r, ACHIEVEMENTS), true);
            field(json, "unit", pick(r, UNITS), true);
            if (r.nextInt(10) == 0) {
                json.append(",\"notApplicable\": true");
            }
            json.append('}');
        }
        json.append("]}");
        Path file = tmp.resolve("indicators.json");
        Files.writeString(file, json);
        JsonDocument doc = new SubmissionLoader().load(file, "submission/indicators.json").document();
        Submission s = new Submission(Map.of("indicators", doc));
        assertTrue(s.applicableIndicators().size() > 2000, "rows: " + s.applicableIndicators().size());
        int missed = assertSame(s, "random rows");
        assertTrue(missed > 300, "missed: " + missed);
    }

    private static void field(StringBuilder json, String name, String value, boolean comma) {
        if (value == null) {
            return;
        }
        if (comma && json.charAt(json.length() - 1) != '{') {
            json.append(',');
        }
        json.append('"').append(name).append("\": \"").append(value).append('"');
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
