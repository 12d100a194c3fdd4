package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Submission;
import io.github.jixiao.score.CriterionScore;
import io.github.jixiao.score.ScoreSheet;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import tools.jackson.databind.json.JsonMapper;

/**
 * No rule throws, whatever a submission holds: odd numbers (zero, negative, 1e14, scale 6), odd strings,
 * missing or mistyped fields, every stage. Findings always name a rule and a file.
 */
class RulesNeverThrowTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String S = "https://jixiao.github.io/schemas/v1/";

    @Property(tries = 300)
    void everyRuleCopesWithAnything(@ForAll("submissions") Map<String, Object> bundle, @ForAll boolean withSheet) {
        Map<String, JsonDocument> docs = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : bundle.entrySet()) {
            byte[] bytes = MAPPER.writeValueAsString(e.getValue()).getBytes(StandardCharsets.UTF_8);
            JsonDocument d = new SubmissionLoader().parse(bytes, e.getKey() + ".json").document();
            docs.put(e.getKey(), d);
        }
        Submission s = new Submission(docs);
        ScoreSheet sheet = withSheet ? new ScoreSheet("f", "1", "f", List.of(
                new CriterionScore("effectiveness", "效果性", "", "", BigDecimal.valueOf(25), BigDecimal.valueOf(25), "assessed",
                        List.of(), "", BigDecimal.valueOf(25), null, List.of(), true),
                new CriterionScore("odd", null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, "assessed",
                        List.of(), "", null, null, List.of(), true)), BigDecimal.valueOf(25), "优", true) : null;
        java.util.Set<String> files = new java.util.HashSet<>();
        files.add("");
        bundle.keySet().forEach(k -> files.add(k + ".json"));
        io.github.jixiao.report.Messages zh = new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH);
        io.github.jixiao.report.Messages en = new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH);
        for (Rule r : RuleRegistry.all()) {
            RuleDescriptor d = r.descriptor();
            RuleContext ctx = new RuleContext(d, sheet);
            r.check(s, ctx);
            for (Finding f : ctx.findings()) {
                // a finding names its own rule, one of the rule's message variants, a file of the submission
                // (or none) and a place in it; its text renders in both languages with every argument filled in
                assertEquals(d.id(), f.ruleId());
                assertTrue(d.messages().containsKey(f.key()), () -> d.id() + ": unknown message variant '" + f.key() + "'");
                assertTrue(files.contains(f.file()), () -> d.id() + ": file " + f.file());
                assertTrue(f.line() >= 0 && f.column() >= 0, () -> d.id() + ": " + f.line() + ":" + f.column());
                assertTrue(f.pointer().isEmpty() || f.pointer().startsWith("/"), () -> d.id() + ": pointer " + f.pointer());
                for (io.github.jixiao.report.Messages m : List.of(zh, en)) {
                    assertFalse(m.message(f).isBlank(), d.id());
                    java.util.regex.Matcher ph = java.util.regex.Pattern.compile("\\{(\\d+)}").matcher(d.template(f.key(), m.locale()));
                    while (ph.find()) {
                        int n = Integer.parseInt(ph.group(1));
                        assertTrue(n < f.args().size(), () -> d.id() + "/" + f.key() + ": argument {" + n + "} missing, given " + f.args());
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> submissions() {
        return Combinators.combine(department(), indicators(), budget(), tasks(), adjustments(), management())
                .as((d, i, b, t, a, m) -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("department", d);
                    out.put("indicators", i);
                    out.put("budget", b);
                    out.put("tasks", t);
                    out.put("adjustments", a);
                    out.put("management", m);
                    out.put("self-assessment", doc("self-assessment", "criteria",
                            List.of(m("criterion", "effectiveness", "score", 25), m("criterion", "odd"))));
                    return out;
                });
    }

    /** A map that may hold nulls (written as JSON null, i.e. a field of the wrong type). */
    private static Map<String, Object> m(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) {
            out.put((String) kv[k], kv[k + 1]);
        }
        return out;
    }

    private static Map<String, Object> doc(String role, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("$schema", S + role + ".schema.json");
        m.put("schemaVersion", "1.0");
        m.put(key, value);
        return m;
    }

    private static Arbitrary<Object> number() {
        return Arbitraries.oneOf(
                Arbitraries.of(new BigDecimal("0"), new BigDecimal("-1"), new BigDecimal("0.000001"), new BigDecimal("99999999999999"),
                        new BigDecimal("100"), new BigDecimal("35.61"), new BigDecimal("-888.3"), new BigDecimal("1E+3")).map(x -> (Object) x),
                Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000000")).ofScale(2).map(x -> (Object) x),
                Arbitraries.of("12", "", "abc").map(x -> (Object) x),
                Arbitraries.just(null));
    }

    private static Arbitrary<Object> money() {
        Arbitrary<Object> valid = Combinators.combine(number(), Arbitraries.of("元", "万元", "万元", "亿元", ""))
                .as((v, u) -> (Object) m("value", v, "unit", u));
        return Arbitraries.frequencyOf(Tuple.of(8, valid), Tuple.of(1, number()));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.of("≥ 60 个", "60 家", "明显", "100%", "90%—100%", "≤ 3 次", "", "  ", "≥ 1 亿元", "9000 万元", "完成", "95%以上",
                        "达到90%", "-5%", "0", "0 元", "≥ 0%", "1e400", "科普活动", "产业发展专项资金·科技创新分项"),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.just((String) null));
    }

    private static Arbitrary<String> date() {
        return Arbitraries.of("2023-12-31", "2024-07-15", "2024-12-31", "2024-13-45", "", "2024-06-01", null);
    }

    private static Arbitrary<Object> department() {
        return Arbitraries.of("自评", "目标申报", "运行监控", "别的").map(stage -> (Object) m(
                "$schema", S + "department.schema.json", "schemaVersion", "1.0", "kind", "department", "name", "某局",
                "year", 2024, "stage", stage));
    }

    private static Arbitrary<Object> indicators() {
        Arbitrary<Object> one = Combinators.combine(
                Arbitraries.of("产出指标", "效益指标", "满意度指标", "成本指标", ""),
                Arbitraries.of("数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会效益指标", "服务对象满意度指标", ""),
                text(), text(), text(), Arbitraries.of(true, false), number(), date())
                .as((l1, l2, name, target, actual, na, points, revised) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("level1", l1);
                    m.put("level2", l2);
                    m.put("name", name);
                    m.put("target", target);
                    m.put("actual", actual);
                    if (na) {
                        m.put("notApplicable", true);
                    }
                    m.put("points", points);
                    m.put("score", points);
                    m.put("adjustedTarget", actual);
                    m.put("targetRevisedOn", revised);
                    m.put("task", name);
                    return (Object) m;
                });
        return one.list().ofMaxSize(20).map(l -> (Object) doc("indicators", "indicators", l));
    }

    private static Arbitrary<Object> budget() {
        Arbitrary<Object> quarters = Combinators.combine(Arbitraries.integers().between(0, 5), number(), text())
                .as((q, v, e) -> (Object) m("quarter", q, "cumulativePercent", v, "explanation", e)).list().ofMaxSize(5).map(x -> (Object) x);
        return Combinators.combine(money(), money(), money(), quarters, money(), number())
                .as((i, f, a, q, p, rate) -> {
                    Map<String, Object> m = doc("budget", "initialBudget", i);
                    m.put("fullYearBudget", f);
                    m.put("actualExpenditure", a);
                    m.put("quarterlyExecution", q);
                    m.put("stated", m("executionRatePercent", rate, "adjustmentRatePercent", rate, "adjustmentAmount", p));
                    m.put("threePublic", m("fullYearBudget", f, "actual", a, "parts", m("overseas", p, "vehicles", p, "reception", p),
                            "stated", m("controlRatePercent", rate)));
                    m.put("procurement", m("plan", f, "actual", a, "parts", m("goods", p, "services", p, "works", p),
                            "stated", m("executionRatePercent", rate)));
                    return (Object) m;
                });
    }

    private static Arbitrary<Object> tasks() {
        Arbitrary<Object> one = Combinators.combine(text(), money(), money(), date())
                .as((n, b, e, d) -> (Object) m("name", n, "budget", m("total", b), "execution", m("total", e),
                        "indicatorsRevisedOn", d));
        return one.list().ofMaxSize(6).map(l -> (Object) doc("tasks", "tasks", l));
    }

    private static Arbitrary<Object> adjustments() {
        Arbitrary<Object> one = Combinators.combine(date(), Arbitraries.of("调剂", "调整", "别的"), Arbitraries.of("task", "department", "x"),
                text(), money(), money(), money(), text())
                .as((d, k, sc, t, am, b, af, r) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("date", d);
                    m.put("kind", k);
                    m.put("scope", sc);
                    m.put("task", t);
                    m.put("amount", am);
                    m.put("before", b);
                    m.put("after", af);
                    m.put("reason", r);
                    return (Object) m;
                });
        return one.list().ofMaxSize(4).map(l -> (Object) doc("adjustments", "adjustments", l));
    }

    private static Arbitrary<Object> management() {
        return Combinators.combine(number(), number(), number(), money(), text())
                .as((a, b, c, m, q) -> {
                    Map<String, Object> out = doc("management", "staffing", m("authorized", a, "actual", b, "otherStaff", c, "dispatched", c,
                            "stated", m("fiscalStaffControlRatePercent", a, "nonEstablishmentRatePercent", b)));
                    List<Object> parts = new ArrayList<>();
                    parts.add(m("category", "设备", "value", m));
                    out.put("assets", m("originalValue", m, "inUse", m, "additions", m("total", m, "parts", parts),
                            "stated", m("utilizationRatePercent", a)));
                    out.put("projects", m("planned", a, "completedOnTime", b, "stated", m("completionRatePercent", c)));
                    out.put("keyTasks", m("missed", a, "stated", m("completionRatePercent", b)));
                    out.put("satisfaction", m("surveyPercent", c, "qualifier", q));
                    return (Object) out;
                });
    }
}
