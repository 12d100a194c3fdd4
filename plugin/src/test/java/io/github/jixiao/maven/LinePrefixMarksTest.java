package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Session 34: in a reactor every console line starts with the department's name. That prefix dropped the control and
 * format characters but kept a variation selector, a Hangul filler and a line separator as they were, and dropped a
 * zero-width space where every other output shows U+FFFD: two departments differing by one read the same.
 */
class LinePrefixMarksTest {
    @Test
    void hiddenCharactersAreShownAsEverywhereElse() {
        assertEquals("财政局\uFFFD", AbstractJixiaoMojo.oneLine("财政局\uDB40\uDD00"));
        assertEquals("财政\uFFFD局\uFFFD", AbstractJixiaoMojo.oneLine("财政\u200B局\uFE0F"));
        assertEquals("财政\uFFFD局", AbstractJixiaoMojo.oneLine("财政\u2028局"));
        assertEquals("财政\uFFFD局", AbstractJixiaoMojo.oneLine("财政\u3164局"));
        assertEquals("财政局[2J", AbstractJixiaoMojo.oneLine("财政局\u001B[2J\n"), "controls still dropped");
    }

    /** Session 35: a lone surrogate (a JSON "\\uD800" in department.json) went to the terminal's encoder raw ('?'). */
    @Test
    void aLoneSurrogateIsAReplacementToo() {
        assertEquals("财政\uFFFD局\uFFFD", AbstractJixiaoMojo.oneLine("财政\uD800局\uDC00"));
        assertEquals("财政\uD83D\uDE00局", AbstractJixiaoMojo.oneLine("财政\uD83D\uDE00局"), "a pair is text");
    }
}
