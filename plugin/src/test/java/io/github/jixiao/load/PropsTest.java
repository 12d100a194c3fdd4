package io.github.jixiao.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link Props} (a {@link Located.Obj}'s properties) against the {@code LinkedHashMap} Jackson's {@code ObjectNode}
 * keeps otherwise: random puts, replacements, look-ups, removals (by name and through the iterator), value writes
 * through an entry, on objects small enough to be searched in turn and large enough to be indexed; order, contents,
 * equality and hash after every step.
 */
class PropsTest {

    private static void same(Map<String, JsonNode> want, Props got, String where) {
        assertEquals(want.size(), got.size(), where);
        assertEquals(want.isEmpty(), got.isEmpty(), where);
        List<Map.Entry<String, JsonNode>> a = new ArrayList<>(want.entrySet());
        List<Map.Entry<String, JsonNode>> b = new ArrayList<>(got.entrySet());
        assertEquals(a.size(), b.size(), where);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).getKey(), b.get(i).getKey(), where + " key " + i);
            assertEquals(a.get(i).getValue(), b.get(i).getValue(), where + " value " + i);
            assertEquals(a.get(i), b.get(i), where + " entry " + i);
            assertEquals(a.get(i).hashCode(), b.get(i).hashCode(), where + " entry hash " + i);
        }
        assertEquals(want, got, where);
        assertEquals(got, want, where);
        assertEquals(want.hashCode(), got.hashCode(), where);
        assertEquals(new ArrayList<>(want.keySet()), new ArrayList<>(got.keySet()), where);
        assertEquals(new ArrayList<>(want.values()), new ArrayList<>(got.values()), where);
    }

    @Test
    void behavesAsTheLinkedHashMap() {
        Random r = new Random(17);
        for (int round = 0; round < 150; round++) {
            int names = 1 + r.nextInt(round % 3 == 0 ? 60 : 12);
            Map<String, JsonNode> want = new LinkedHashMap<>();
            Props got = new Props();
            for (int step = 0; step < 200; step++) {
                // a new String each time: found by equality, not only by reference
                String k = new String("k" + r.nextInt(names));
                JsonNode v = IntNode.valueOf(r.nextInt(1000));
                int op = r.nextInt(10);
                String where = "round " + round + " step " + step + " op " + op + " " + k;
                if (op < 5) {
                    assertEquals(want.put(k, v), got.put(k, v), where);
                } else if (op == 5) {
                    assertEquals(want.remove(k), got.remove(k), where);
                } else if (op == 6) {
                    assertEquals(want.get(k), got.get(k), where);
                    assertEquals(want.containsKey(k), got.containsKey(k), where);
                } else if (op == 7 && !want.isEmpty()) {
                    // remove the i-th through both iterators
                    int i = r.nextInt(want.size());
                    Iterator<Map.Entry<String, JsonNode>> a = want.entrySet().iterator();
                    Iterator<Map.Entry<String, JsonNode>> b = got.entrySet().iterator();
                    for (int j = 0; j <= i; j++) {
                        assertEquals(a.next().getKey(), b.next().getKey(), where);
                    }
                    a.remove();
                    b.remove();
                    if (a.hasNext()) {
                        assertEquals(a.next().getKey(), b.next().getKey(), where + " after remove");
                    }
                } else if (op == 8 && !want.isEmpty()) {
                    int i = r.nextInt(want.size());
                    Iterator<Map.Entry<String, JsonNode>> a = want.entrySet().iterator();
                    Iterator<Map.Entry<String, JsonNode>> b = got.entrySet().iterator();
                    Map.Entry<String, JsonNode> x = null;
                    Map.Entry<String, JsonNode> y = null;
                    for (int j = 0; j <= i; j++) {
                        x = a.next();
                        y = b.next();
                    }
                    assertEquals(x.setValue(v), y.setValue(v), where);
                } else if (op == 9 && r.nextInt(20) == 0) {
                    want.clear();
                    got.clear();
                }
                same(want, got, where);
            }
        }
    }

    @Test
    void aLargeObjectStaysLinear() {
        Props p = new Props();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            assertEquals(null, p.put("p" + i, IntNode.valueOf(i)));
        }
        for (int i = 0; i < n; i++) {
            assertEquals(IntNode.valueOf(i), p.get("p" + i));
        }
        assertEquals(IntNode.valueOf(7), p.put("p7", IntNode.valueOf(8)));
        assertEquals(n, p.size());
    }

    @Test
    void anObjectNodeOverItIsJacksons() {
        ObjectNode o = new Located.Obj(tools.jackson.databind.node.JsonNodeFactory.instance, 1, 1, 0);
        o.put("b", 1);
        o.put("a", 2);
        o.put("b", 3);
        assertEquals("{\"b\":3,\"a\":2}", o.toString());
        o.remove("b");
        assertEquals("{\"a\":2}", o.toString());
        ObjectNode plain = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        plain.put("a", 2);
        assertTrue(o.equals(plain) && plain.equals(o));
        assertEquals(plain.hashCode(), o.hashCode());
    }
}
