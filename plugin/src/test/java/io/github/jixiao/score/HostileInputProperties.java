package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.load.JsonDocument;
import io.github.jixiao.load.SubmissionLoader;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever sits where a framework reads a figure (wrong types, negatives, zeros, huge numbers, unknown units),
 * scoring never throws: each criterion gets a score within [0, weight], and what cannot be scored is a finding.
 */
class HostileInputProperties {
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    static final List<JsonNode> VALUES = List.of(
            F.nullNode(), F.stringNode("x"), F.stringNode(""), F.booleanNode(true), F.booleanNode(false),
            F.numberNode(BigDecimal.ZERO), F.numberNode(BigDecimal.ONE), F.numberNode(new BigDecimal("-1")),
            F.numberNode(new BigDecimal("99999999999999")), F.numberNode(new BigDecimal("0.000001")),
            F.numberNode(new BigDecimal("1E+14")), F.arrayNode(), F.objectNode(),
            money("0", "万元"), money("1", "元"), money("-5", "万元"), money("123456789.12", "元"), money("1", "美元"),
            F.stringNode("on-time"), F.stringNode("late"));

    static JsonNode money(String v, String unit) {
        ObjectNode o = F.objectNode();
        o.put("value", new BigDecimal(v));
        o.put("unit", unit);
        return o;
    }

    @Provide
    Arbitrary<List<Integer>> choices() {
        return Arbitraries.integers().between(0, VALUES.size() - 1).list().ofSize(80);
    }

    @Property(tries = 300)
    void shenzhenNeverThrows(@ForAll("choices") List<Integer> picks) {
        check(FrameworkLoader.builtIn(FrameworkLoader.SHENZHEN_DEPARTMENT), picks);
    }

    @Property(tries = 200)
    void mofProjectNeverThrows(@ForAll("choices") List<Integer> picks) {
        check(FrameworkLoader.builtIn(FrameworkLoader.MOF_PROJECT), picks);
    }

    static void check(Framework framework, List<Integer> picks) {
        Map<String, ObjectNode> roots = new LinkedHashMap<>();
        int i = 0;
        for (String ref : refs(framework)) {
            String[] rp = Submission.splitRef(ref);
            ObjectNode root = roots.computeIfAbsent(rp[0], r -> F.objectNode());
            put(root, rp[1], VALUES.get(picks.get(i++ % picks.size())));
        }
        // quarters, claims and indicators: hostile too
        ArrayNode quarters = roots.computeIfAbsent("budget", r -> F.objectNode()).putArray("quarterlyExecution");
        for (int q = 0; q < 4; q++) {
            ObjectNode e = quarters.addObject();
            // a quarter number beyond int: Submission.bindQuarters (model) must survive it first; kept to 32 bits here
            e.set("quarter", q == 3 ? VALUES.get(picks.get(q)) : F.numberNode(q + 1));
            if (e.get("quarter").isNumber() && !e.get("quarter").canConvertToInt()) {
                e.put("quarter", Integer.MAX_VALUE);
            }
            e.set("cumulativePercent", VALUES.get(picks.get(10 + q)));
        }
        ArrayNode claims = roots.computeIfAbsent("self-assessment", r -> F.objectNode()).putArray("criteria");
        int k = 0;
        for (Framework.Leaf leaf : framework.leaves()) {
            ObjectNode c = claims.addObject();
            c.put("criterion", leaf.id());
            c.set("score", VALUES.get(picks.get(k++ % picks.size())));
            ArrayNode items = c.putArray("items");
            for (String item : List.of("spending", "accounting", "policy", "systems", "execution", "performance-management")) {
                items.addObject().put("item", item).set("score", VALUES.get(picks.get(k++ % picks.size())));
            }
            items.addObject().put("item", "violations").set("value", VALUES.get(picks.get(k++ % picks.size())));
        }
        ArrayNode inds = roots.computeIfAbsent("indicators", r -> F.objectNode()).putArray("indicators");
        List<String> written = List.of("≥ 500 人次", "450 人次", "≤ 0 元", "0 元", "明显", "100%", "", "90%—100%", "-3 个", "1e400");
        for (int n = 0; n < 6; n++) {
            ObjectNode ind = inds.addObject();
            ind.put("level1", List.of("产出指标", "效益指标", "满意度指标").get(n % 3));
            ind.put("name", "指标" + n);
            ind.put("target", written.get(picks.get(20 + n) % written.size()));
            ind.put("actual", written.get(picks.get(30 + n) % written.size()));
            ind.set("points", VALUES.get(picks.get(40 + n)));
            ind.set("score", VALUES.get(picks.get(50 + n)));
            ind.put("achievement", List.of("达成", "部分达成", "未达成", "其他").get(picks.get(60 + n) % 4));
        }
        Map<String, JsonDocument> docs = new LinkedHashMap<>();
        roots.forEach((role, root) -> {
            // as the loader reads a file: location-aware nodes, decimals as BigDecimal
            byte[] bytes = root.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            JsonDocument d = new SubmissionLoader().parse(bytes, "submission/" + role + ".json").document();
            assertNotNull(d);
            docs.put(role, d);
        });
        Submission s = new Submission(docs);

        List<Finding> findings = new ArrayList<>();
        ScoreSheet sheet = new Scorer().score(s, framework, findings);
        assertNotNull(sheet);
        assertEquals(framework.leaves().size(), sheet.criteria().size());
        for (CriterionScore c : sheet.criteria()) {
            assertTrue(c.score().signum() >= 0 && c.score().compareTo(c.weight()) <= 0, c.id() + " " + c.score() + " " + c.explanation());
            assertEquals(2, c.score().scale());
            assertNotNull(c.explanation());
        }
        assertTrue(sheet.total().compareTo(sheet.weight()) <= 0);
        assertTrue(findings.stream().allMatch(f -> f.ruleId().startsWith("score-") || f.ruleId().equals("framework-invalid")));
    }

    /** Every figure a framework reads. */
    static Set<String> refs(Framework f) {
        Set<String> out = new LinkedHashSet<>();
        for (Framework.Leaf leaf : f.leaves()) {
            refs(leaf.method(), out);
        }
        return out;
    }

    static void refs(Method m, Set<String> out) {
        if (m instanceof Method.Ratio r) {
            refs(r.value(), out);
        } else if (m instanceof Method.Band b) {
            refs(b.value(), out);
        } else if (m instanceof Method.LinearDeduction d) {
            refs(d.value(), out);
        } else if (m instanceof Method.DeductPerItem d) {
            refs(d.count(), out);
        } else if (m instanceof Method.Lookup l) {
            out.add(l.ref());
        } else if (m instanceof Method.SubItems si) {
            si.items().forEach(it -> refs(it.method(), out));
        }
    }

    static void refs(Expr e, Set<String> out) {
        if (e instanceof Expr.Ref r) {
            out.add(r.ref());
        } else if (e instanceof Expr.Sum s) {
            s.terms().forEach(t -> refs(t, out));
        } else if (e instanceof Expr.Difference d) {
            refs(d.minuend(), out);
            refs(d.subtrahend(), out);
        } else if (e instanceof Expr.Ratio r) {
            refs(r.numerator(), out);
            refs(r.denominator(), out);
        } else if (e instanceof Expr.Percent p) {
            refs(p.of(), out);
        } else if (e instanceof Expr.Abs a) {
            refs(a.of(), out);
        }
    }

    /** Sets {@code value} at {@code pointer}, creating objects on the way (overwriting what is not an object). */
    static void put(ObjectNode root, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/");
        ObjectNode cur = root;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(cur.get(parts[i]) instanceof ObjectNode)) {
                cur.putObject(parts[i]);
            }
            cur = (ObjectNode) cur.get(parts[i]);
        }
        cur.set(parts[parts.length - 1], value);
    }
}
