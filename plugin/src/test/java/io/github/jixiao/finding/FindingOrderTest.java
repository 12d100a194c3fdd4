package io.github.jixiao.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Finding#compareTo} is consistent with {@code equals}, so that a HashMap keyed by findings can order a bin of
 * findings that share a hash: 0 exactly for equal findings, the sign reversed when the two are swapped, and an order
 * that sorting agrees with.
 */
class FindingOrderTest {
    private static final String[] TEXTS = {"", "a", "b", "Aa", "BB", "AaBB", "BBAa", "/indicators/0", "/indicators/0/name", "预算"};

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static Finding random(Random r) {
        List<String> args = new ArrayList<>();
        for (int n = r.nextInt(3); n > 0; n--) {
            args.add(pick(r, TEXTS));
        }
        return new Finding(r.nextBoolean() ? "schema" : "sum-mismatch", Severity.values()[r.nextInt(Severity.values().length)],
                pick(r, new String[] {"", "a"}), args, pick(r, new String[] {"", "submission/indicators.json"}),
                pick(r, TEXTS), r.nextInt(2), r.nextInt(2), r.nextInt(3) == 0 ? null : pick(r, new String[] {"a", "b"}));
    }

    @Test
    void zeroExactlyWhenEqualAndTheSignReversedWhenSwapped() {
        Random r = new Random(5);
        int equal = 0;
        for (int n = 0; n < 200_000; n++) {
            Finding a = random(r);
            Finding b = r.nextInt(10) == 0 ? new Finding(a.ruleId(), a.severity(), a.key(), a.args(), a.file(), a.pointer(),
                    a.line(), a.column(), a.criterion()) : random(r);
            int ab = a.compareTo(b);
            assertEquals(a.equals(b), ab == 0, a + " / " + b);
            assertEquals(Integer.signum(ab), -Integer.signum(b.compareTo(a)), a + " / " + b);
            equal += ab == 0 ? 1 : 0;
        }
        assertTrue(equal > 10_000, "equal pairs: " + equal);
    }

    @Test
    void sortingAgreesWithEveryPair() {
        Random r = new Random(6);
        List<Finding> list = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            list.add(random(r));
        }
        List<Finding> sorted = new ArrayList<>(list);
        java.util.Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                assertTrue(sorted.get(i).compareTo(sorted.get(j)) <= 0, sorted.get(i) + " / " + sorted.get(j));
            }
        }
    }

    @Test
    void findingsThatShareAHashAreToldApartAndFoundInAMap() {
        // "Aa" and "BB" share a hash: so do findings that differ only there, in their arguments or pointer
        Map<Finding, Integer> map = new HashMap<>();
        List<Finding> all = new ArrayList<>();
        for (int i = 0; i < 1 << 10; i++) {
            StringBuilder k = new StringBuilder();
            for (int b = 0; b < 10; b++) {
                k.append((i >> b & 1) == 1 ? "Aa" : "BB");
            }
            Finding f = new Finding("schema", Severity.ERROR, "additionalProperties", List.of("/indicators/0", k.toString()),
                    "submission/indicators.json", "/indicators/0", 11, 39, null);
            all.add(f);
            map.put(f, i);
        }
        for (int i = 1; i < all.size(); i++) {
            assertEquals(all.get(0).hashCode(), all.get(i).hashCode());
            assertNotEquals(0, all.get(0).compareTo(all.get(i)));
        }
        assertEquals(all.size(), map.size());
        for (int i = 0; i < all.size(); i++) {
            Finding f = all.get(i);
            Finding copy = new Finding(f.ruleId(), f.severity(), f.key(), f.args(), f.file(), f.pointer(), f.line(), f.column(), null);
            assertEquals(i, map.get(copy));
        }
    }
}
