package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link WordSet} against a {@code contains} per word, the test it replaced in {@link Direction}. */
class WordSetTest {

    private static boolean oracle(String text, List<String> words) {
        return text != null && words.stream().anyMatch(text::contains);
    }

    @Test
    void directionsListsOnRandomNames() {
        List<List<String>> lists = List.of(Direction.FORWARD_OVERRIDES, Direction.REVERSE, Direction.GROWTH,
                Direction.SERVICE_DURATION, List.of("经费", "支出", "开支", "三公", "费用", "成本"));
        // the lists' own characters, characters sharing their low byte (the table's slot), and others
        StringBuilder alphabet = new StringBuilder("ab1%率数");
        for (List<String> l : lists) {
            for (String w : l) {
                alphabet.append(w);
                alphabet.append((char) (w.charAt(0) ^ 0x100));
            }
        }
        Random r = new Random(17);
        for (List<String> words : lists) {
            WordSet set = new WordSet(words);
            assertEquals(false, set.foundIn(null));
            assertEquals(false, set.foundIn(""));
            for (String w : words) {
                assertEquals(true, set.foundIn(w), w);
                assertEquals(true, set.foundIn("前" + w + "后"), w);
                assertEquals(oracle(w.substring(1), words), set.foundIn(w.substring(1)), w);
            }
            for (int k = 0; k < 20_000; k++) {
                StringBuilder sb = new StringBuilder();
                int n = r.nextInt(14);
                for (int i = 0; i < n; i++) {
                    if (r.nextInt(8) == 0) {
                        sb.append(words.get(r.nextInt(words.size())), 0, 1 + r.nextInt(2));
                    } else {
                        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                    }
                }
                String t = sb.toString();
                assertEquals(oracle(t, words), set.foundIn(t), t);
            }
        }
    }

    @Test
    void wordsSharingASlot() {
        List<String> words = new ArrayList<>(List.of("\u4e00b", "\u4f00c", "\u0000d"));
        WordSet set = new WordSet(words);
        for (String t : List.of("\u4e00c", "\u4f00b", "x\u4f00c", "\u0000", "\u0000d", "\u4e00", "a\u4e00b")) {
            assertEquals(oracle(t, words), set.foundIn(t), t);
        }
    }
}
