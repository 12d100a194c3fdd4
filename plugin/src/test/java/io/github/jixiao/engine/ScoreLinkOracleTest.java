package io.github.jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.load.JsonDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Engine.linkToCriteria and Engine.missingOnlyForInvalid index their refs once (review S2, session 26: the loops below,
 * every finding against every ref, were quadratic in a project's rows). They give the loops' answers: kept here as
 * oracles, on tricky pointers and on generated ones.
 */
class ScoreLinkOracleTest {

    /** The loop Engine.linkToCriteria had until session 26. */
    private static List<Finding> linkOracle(List<Finding> findings, List<String[]> refs) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding g = f;
            if (f.criterion() == null && !f.pointer().isEmpty()) {
                for (String[] r : refs) {
                    if (r[0].equals(f.file()) && (r[1].equals(f.pointer()) || f.pointer().startsWith(r[1] + "/")
                            || (r[1].startsWith(f.pointer() + "/") && r[1].indexOf('/', f.pointer().length() + 1) < 0))) {
                        g = f.withCriterion(r[2]);
                        break;
                    }
                }
            }
            out.add(g);
        }
        return out;
    }

    /** The loop Engine.missingOnlyForInvalid had until session 26. */
    private static List<Finding> missingOracle(List<Finding> findings, Map<String, JsonDocument> byRole) {
        List<Finding> schema = findings.stream().filter(f -> f.ruleId().equals("schema")).toList();
        if (schema.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.ruleId().equals("score-input-missing") && f.key().isEmpty() && f.args().size() > 2) {
                String[] rp = io.github.jixiao.model.Submission.splitRef(f.args().get(2));
                JsonDocument d = byRole.get(rp[0]);
                String p = rp[1];
                if (d != null && !p.isEmpty() && schema.stream().anyMatch(s -> s.file().equals(d.file())
                        && (s.pointer().equals(p) || s.pointer().startsWith(p + "/")))) {
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    private static Finding at(String file, String pointer) {
        return new Finding("sum-mismatch", Severity.ERROR, "", List.of(), file, pointer, 0, 0, null);
    }

    private static final String IND = "submission/indicators.json";
    private static final String BUD = "submission/budget.json";

    @Test
    void trickyPointersGiveTheLoopsAnswer() {
        List<String[]> refs = List.of(
                new String[] {IND, "/indicators/10/score", "c10"},
                new String[] {IND, "/indicators/1/score", "c1"},
                new String[] {IND, "/indicators/1", "c1whole"},
                new String[] {BUD, "/funds/total/executed", "exec"},
                new String[] {BUD, "/funds/total", "total"},
                new String[] {BUD, "/procurement/actual", "proc"},
                new String[] {IND, "/a/b/c", "deep"},
                new String[] {IND, "//x", "slashes"},
                new String[] {IND, "/", "root-slash"});
        List<Finding> findings = new ArrayList<>();
        for (String file : List.of(IND, BUD, "submission/department.json")) {
            for (String p : List.of("", "/", "/indicators", "/indicators/1", "/indicators/10", "/indicators/100",
                    "/indicators/1/score", "/indicators/10/score", "/indicators/1/scor", "/indicators/1/score/x",
                    "/indicators/10/target", "/funds", "/funds/total", "/funds/total/executed", "/funds/totalx",
                    "/procurement/actual/value", "/procurement/actual/value/0", "/procurement", "/a", "/a/b",
                    "/a/b/c/d/e", "//", "//x", "//x/y", "/x", "indicators/1")) {
                findings.add(at(file, p));
            }
        }
        findings.add(at(IND, "/indicators/1").withCriterion("already"));
        List<Finding> linked = Engine.linkToCriteria(findings, refs);
        assertEquals(linkOracle(findings, refs), linked);
        // the prefix is cut at a '/': /indicators/1 is not a part of /indicators/10
        assertEquals("c10", linked.stream().filter(f -> f.file().equals(IND) && f.pointer().equals("/indicators/10"))
                .findFirst().orElseThrow().criterion());
        assertEquals("c1", linked.stream().filter(f -> f.file().equals(IND) && f.pointer().equals("/indicators/1"))
                .findFirst().orElseThrow().criterion());
    }

    @Test
    void generatedPointersGiveTheLoopsAnswer() {
        Random rnd = new Random(26);
        String[] parts = {"indicators", "0", "1", "10", "a", "", "score", "x/y"};
        String[] files = {IND, BUD};
        for (int round = 0; round < 300; round++) {
            List<String[]> refs = new ArrayList<>();
            for (int k = rnd.nextInt(12); k > 0; k--) {
                refs.add(new String[] {files[rnd.nextInt(2)], pointer(rnd, parts), "c" + k});
            }
            refs.removeIf(r -> r[1].isEmpty()); // Engine keeps no ref without a pointer
            List<Finding> findings = new ArrayList<>();
            for (int k = rnd.nextInt(30); k > 0; k--) {
                Finding f = at(files[rnd.nextInt(2)], pointer(rnd, parts));
                findings.add(rnd.nextInt(10) == 0 ? f.withCriterion("given") : f);
            }
            assertEquals(linkOracle(findings, refs), Engine.linkToCriteria(findings, refs), "round " + round);

            Map<String, JsonDocument> byRole = Map.of("indicators", new JsonDocument(IND, "i", null),
                    "budget", new JsonDocument(BUD, "b", null));
            List<Finding> mixed = new ArrayList<>();
            for (int k = rnd.nextInt(30); k > 0; k--) {
                String file = files[rnd.nextInt(2)];
                String p = pointer(rnd, parts);
                switch (rnd.nextInt(3)) {
                    case 0 -> mixed.add(new Finding("schema", Severity.ERROR, "type", List.of(), file, p, 0, 0, null));
                    case 1 -> mixed.add(new Finding("score-input-missing", Severity.ERROR, "",
                            List.of("x", "y", (file.equals(IND) ? "indicators" : rnd.nextBoolean() ? "budget" : "other")
                                    + (rnd.nextInt(8) == 0 ? "" : "#" + p)), file, "", 0, 0, null));
                    default -> mixed.add(at(file, p));
                }
            }
            assertEquals(missingOracle(mixed, byRole), Engine.missingOnlyForInvalid(mixed, byRole), "round " + round);
        }
    }

    private static String pointer(Random rnd, String[] parts) {
        StringBuilder b = new StringBuilder();
        for (int k = rnd.nextInt(5); k > 0; k--) {
            b.append('/').append(parts[rnd.nextInt(parts.length)]);
        }
        return b.toString();
    }
}
