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

    /** The loop {@link WordSet#at} replaces: the first word of the list, in its order, that the text holds at {@code at}. */
    private static String oracleAt(String text, int at, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    @Test
    void theWordAtAnIndex() {
        // the lists it serves (StatedMiss's 未能发生, WorkLeft's 正在发挥作用), one with a word that begins another, and a slot shared
        List<List<String>> lists = List.of(List.of("发生", "出现", "发现"), List.of("发挥", "使用", "运行", "运转", "服务"),
                List.of("未能", "未", "未能发生"), List.of("\u4e00b", "\u4f00c", "\u4e00"));
        Random r = new Random(36);
        for (List<String> words : lists) {
            WordSet set = new WordSet(words);
            String alphabet = String.join("", words) + "正在中ab";
            for (int k = 0; k < 5_000; k++) {
                StringBuilder sb = new StringBuilder();
                for (int i = r.nextInt(10); i > 0; i--) {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                String t = sb.toString();
                for (int at = -1; at <= t.length() + 1; at++) {
                    assertEquals(oracleAt(t, at, words), set.at(t, at), t + " at " + at);
                }
            }
        }
    }

    /** {@link WordSet#first}: the earliest-listed word the text holds, as {@code filter(text::contains).findFirst()}. */
    @Test
    void firstIsTheEarliestListed() {
        List<String> words = List.of("促进", "保障", "提升", "进", "\u4e00b", "\u4f00c");
        WordSet set = new WordSet(words);
        assertEquals(null, set.first(null));
        assertEquals(null, set.first(""));
        // 保障 before 提升 in the list, though 提升 ends the name (AimRate then quotes the one the name ends in)
        assertEquals("保障", set.first("业务保障能力提升"));
        assertEquals("促进", set.first("推进促进"));
        String alphabet = "促进保障提升业务\u4e00\u4f00bcx";
        Random r = new Random(52);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(10);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            assertEquals(words.stream().filter(t::contains).findFirst().orElse(null), set.first(t), t);
        }
    }
}
