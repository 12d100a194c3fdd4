package io.github.jixiao.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A loaded object ({@link Located.Obj}, its properties in {@link Props}) against Jackson's plain ObjectNode through
 * ObjectNode's own methods (random puts, replaces, removes, iterator removal, equality and hashing), and duplicate names
 * read as Jackson reads them (the first place, the last value). PropsTest holds Props against a LinkedHashMap.
 */
class PropsObjectNodeTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static void same(ObjectNode want, ObjectNode got, String where) {
        assertEquals(want.toString(), got.toString(), where);
        assertEquals(want.size(), got.size(), where);
        assertTrue(want.equals(got) && got.equals(want), where);
        assertEquals(want.hashCode(), got.hashCode(), where);
        assertEquals(new ArrayList<>(want.propertyNames()), new ArrayList<>(got.propertyNames()), where);
        assertEquals(new ArrayList<>(want.values()), new ArrayList<>(got.values()), where);
        assertEquals(want.propertyStream().map(Map.Entry::getKey).toList(),
                got.propertyStream().map(Map.Entry::getKey).toList(), where);
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        want.forEachEntry((k, v) -> a.add(k + v));
        got.forEachEntry((k, v) -> b.add(k + v));
        assertEquals(a, b, where);
        assertTrue(want.equals(Comparator.comparing(JsonNode::toString), got), where);
        assertEquals(want, got.deepCopy(), where);
    }

    @Test
    void jacksonsObjectNodeApiAgreesWithThePlainNode() {
        Random r = new Random(28);
        for (int round = 0; round < 300; round++) {
            int names = 1 + r.nextInt(round % 2 == 0 ? 40 : 10);
            ObjectNode want = F.objectNode();
            ObjectNode got = new Located.Obj(F, 1, 1, 0);
            for (int step = 0; step < 150; step++) {
                String k = new String("k" + r.nextInt(names));
                int v = r.nextInt(100);
                int op = r.nextInt(14);
                String where = "round " + round + " step " + step + " op " + op;
                switch (op) {
                    case 0, 1, 2 -> { want.put(k, v); got.put(k, v); }
                    case 3 -> assertEquals(want.replace(k, IntNode.valueOf(v)), got.replace(k, IntNode.valueOf(v)), where);
                    case 4 -> assertEquals(want.remove(k), got.remove(k), where);
                    case 5 -> assertEquals(want.putIfAbsent(k, IntNode.valueOf(v)), got.putIfAbsent(k, IntNode.valueOf(v)), where);
                    case 6 -> { List<String> c = List.of("k" + r.nextInt(names), "k" + r.nextInt(names)); want.without(c); got.without(c); }
                    case 7 -> { if (r.nextInt(6) == 0) { Set<String> c = Set.of("k0", "k1", "k2", "k3"); want.retain(c); got.retain(c); } }
                    case 8 -> { want.removeIf(n -> n.asInt() % 7 == 0); got.removeIf(n -> n.asInt() % 7 == 0); }
                    case 9 -> { ObjectNode o = F.objectNode(); o.put(k, v); o.put("x" + v, v); want.setAll(o); got.setAll(o); }
                    case 10 -> { Iterator<Map.Entry<String, JsonNode>> i = want.properties().iterator();
                                 Iterator<Map.Entry<String, JsonNode>> j = got.properties().iterator();
                                 while (i.hasNext()) { Map.Entry<String, JsonNode> x = i.next(); Map.Entry<String, JsonNode> y = j.next();
                                     assertEquals(x, y, where);
                                     if (x.getValue().asInt() % 3 == 0) { i.remove(); j.remove(); }
                                     else if (x.getValue().asInt() % 3 == 1) { x.setValue(IntNode.valueOf(v)); y.setValue(IntNode.valueOf(v)); } }
                                 assertEquals(i.hasNext(), j.hasNext(), where); }
                    case 11 -> { want.propertyNames().remove(k); got.propertyNames().remove(k); }
                    case 12 -> { want.values().remove(IntNode.valueOf(v)); got.values().remove(IntNode.valueOf(v)); }
                    default -> { if (r.nextInt(10) == 0) { want.removeAll(); got.removeAll(); } }
                }
                same(want, got, where);
            }
        }
    }

    /** The last value of a name read twice, at the name's first place (as the mapper's tree and a LinkedHashMap). */
    @Test
    void duplicateNamesKeepFirstPlaceLastValue() throws Exception {
        for (int n : new int[] {3, 20, 40}) {
            StringBuilder s = new StringBuilder("{");
            for (int i = 0; i < n; i++) {
                s.append("\"p").append(i).append("\":").append(i).append(',');
            }
            s.append("\"p1\":\"again\",\"p").append(n - 1).append("\":null}");
            byte[] json = s.toString().getBytes(StandardCharsets.UTF_8);
            JsonNode mapper = JsonMapper.builder().build().readTree(json);
            JsonNode plain = TreeReader.read(json);
            try (JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), json)) {
                JsonNode recorded = TreeReader.readRecorded(p).root();
                assertEquals(mapper.toString(), recorded.toString(), "n=" + n);
                assertEquals(mapper, recorded);
                assertEquals(mapper.hashCode(), recorded.hashCode());
            }
            assertEquals(mapper.toString(), plain.toString(), "n=" + n);
            try (JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), json)) {
                TreeReader.DuplicateKey d = assertThrows(TreeReader.DuplicateKey.class, () -> TreeReader.readUniqueCounted(p));
                assertTrue(d.getMessage().contains("\"p1\""), d.getMessage());
            }
        }
    }
}
