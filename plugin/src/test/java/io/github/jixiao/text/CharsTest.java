package io.github.jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Chars#lastBracket}: where a name's last bracket opens, as the readings of a unit, a hint and a note use it. */
class CharsTest {

    @Test
    void aNameEndingWithItsUnit() {
        assertEquals(6, Chars.lastBracket("服务外包在岸(万美元)"));
        assertEquals(4, Chars.lastBracket("培训人数（人次）"));
        // half- and full-width mixed as printed: the last opening of either width
        assertEquals(4, Chars.lastBracket("培训人数（人次)"));
        assertEquals(4, Chars.lastBracket("培训人数(人次）"));
    }

    @Test
    void theLastOpenedIsTheOne() {
        // 同心 2023's hint after an earlier bracket: the hint is read, not the earlier note
        assertEquals(12, Chars.lastBracket("种植作物(含补植)成活率(≥**%)"));
        // nested: the inner bracket is the last one opened
        assertEquals(3, Chars.lastBracket("a(b(c))"));
    }

    @Test
    void noLastBracket() {
        assertEquals(-1, Chars.lastBracket(""));
        assertEquals(-1, Chars.lastBracket("培训人数"));
        assertEquals(-1, Chars.lastBracket("(人次)培训人数"));
        // a closing bracket with no opening one: none
        assertEquals(-1, Chars.lastBracket("人次)"));
        // at the start: found at 0 (the callers decide whether a name may be only its bracket)
        assertEquals(0, Chars.lastBracket("（含）"));
    }
}
