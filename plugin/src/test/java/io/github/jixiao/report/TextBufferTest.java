package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page buffers' encoder gives {@link String#getBytes}'s UTF-8 but a lone surrogate as U+FFFD (getBytes writes '?',
 * which read as filed text), and a reused buffer never leaks a page into the next.
 */
class TextBufferTest {
    @TempDir
    Path tmp;

    /** Every width of UTF-8, the edges between them, pairs and lone halves of surrogates. */
    private static final String[] PIECES = {"a", "<p>", "\n", "\u0000", "\u007F", "\u0080", "é", "\u07FF", "\u0800", "决策",
        "\uD7FF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uE000", "\uFFFD", "\uFFFF", "\uD83D\uDE00", "\uDBFF\uDFFF",
        "\uD800\uD800", "\uDC00\uD800"};

    @Test
    void bytesAreGetBytesUtf8() {
        Random rnd = new Random(8);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(12); k > 0; k--) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            String s = sb.toString();
            assertArrayEquals(JacksonJson.wellFormed(s).getBytes(StandardCharsets.UTF_8), TextBuffer.utf8(sb), s);
            assertArrayEquals(JacksonJson.wellFormed(s).getBytes(StandardCharsets.UTF_8), TextBuffer.utf8(s), s);
        }
    }

    @Test
    void eachFileIsItsOwnTextHoweverLargeTheOneBefore() throws Exception {
        String huge = "决策\uD83D\uDE00".repeat(700_000) + "\uD800"; // beyond what a thread keeps: grown, then dropped
        String[] pages = {"第一页 <b>", huge, "短", "", "a\uDC00b", huge.substring(0, 5000)};
        for (int i = 0; i < pages.length; i++) {
            StringBuilder sb = TextBuffer.builder();
            assertEquals(0, sb.length());
            sb.append(pages[i]);
            Path f = tmp.resolve("p" + i + ".html");
            TextBuffer.write(f, sb);
            assertArrayEquals(JacksonJson.wellFormed(pages[i]).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f), "page " + i);
        }
    }

    /**
     * A page longer than a chunk is written a chunk at a time: a surrogate pair on either side of every chunk's edge,
     * a lone half there, and pages of exactly one chunk and one more character give the whole text's bytes.
     */
    @Test
    void chunksNeverCutAPairAndGiveTheWholeTextsBytes() throws Exception {
        int c = TextBuffer.CHUNK;
        String[] edges = {"\uD83D\uDE00", "\uD800", "\uDC00", "\uD800\uD800", "决", "a"};
        int i = 0;
        for (int shift = -3; shift <= 2; shift++) {
            for (String e : edges) {
                StringBuilder text = new StringBuilder();
                for (int k = 1; k <= 3; k++) { // an edge piece around each of three chunk edges
                    text.append("x".repeat(k * c + shift - text.length())).append(e);
                }
                text.append("尾");
                for (String page : new String[] {text.toString(), "决".repeat(c), "决".repeat(c) + "\uD83D\uDE00", "a".repeat(c - 1) + "\uD83D\uDE00"}) {
                    StringBuilder sb = TextBuffer.builder();
                    sb.append(page);
                    Path f = tmp.resolve("c" + i++ + ".html");
                    TextBuffer.write(f, sb);
                    assertArrayEquals(JacksonJson.wellFormed(page).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f), "shift " + shift + " edge " + e);
                }
            }
        }
    }
}
