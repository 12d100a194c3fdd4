package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** WordList answers as the stream it replaced: the earliest-listed word the text contains. */
class WordListTest {

    @Test
    void earliestListedWordWinsNotEarliestPosition() {
        WordList w = WordList.of("执行率", "预算", "预算执行率");
        assertEquals("执行率", w.firstIn("预算执行率"));
        assertEquals("预算", w.firstIn("预算调整"));
        assertNull(w.firstIn("资金到位"));
        assertNull(w.firstIn(null));
    }

    @Test
    void sameAsStreamFilterContainsFindFirst() {
        List<String> words = List.of("资金投入", "投入", "资金", "入资", "金", "到位率", "率", "到位", "资金到位率");
        WordList w = new WordList(words);
        String alphabet = "资金投入到位率预算x";
        Random rnd = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(10); k > 0; k--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            assertEquals(words.stream().filter(t::contains).findFirst().orElse(null), w.firstIn(t), t);
        }
    }
}
