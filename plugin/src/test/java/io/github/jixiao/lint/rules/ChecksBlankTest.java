package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link Checks#blank} answers as {@link String#isBlank} for every character first, alone and before others;
 * {@link Checks#whitespace} as {@link Character#isWhitespace(char)} for every char.
 */
class ChecksBlankTest {

    @Test
    void asIsBlankForEveryFirstCharacter() {
        assertTrue(Checks.blank(null));
        assertTrue(Checks.blank(""));
        String[] tails = {"", " ", "\u3000", "x", "名", " \t", "\uD83D\uDE00"};
        for (int c = 0; c <= 0xFFFF; c++) {
            for (String tail : tails) {
                String s = (char) c + tail;
                assertEquals(s.isBlank(), Checks.blank(s), () -> Integer.toHexString(s.charAt(0)) + " + " + tail.length());
            }
        }
        assertEquals(false, Checks.blank("\uD83D\uDE00"));
    }

    @Test
    void whitespaceAsCharacterIsWhitespaceForEveryChar() {
        for (int c = 0; c <= 0xFFFF; c++) {
            assertEquals(Character.isWhitespace((char) c), Checks.whitespace((char) c), Integer.toHexString(c));
        }
    }
}
