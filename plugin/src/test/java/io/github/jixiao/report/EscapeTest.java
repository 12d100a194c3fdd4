package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one place untrusted text enters an output: each escaper on the hostile corpus of issue 13. */
class EscapeTest {

    @Test
    void html() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Escape.html("<script>alert(1)</script>"));
        assertEquals("&lt;/style&gt;", Escape.html("</style>"));
        assertEquals("&amp;&quot;&#39;", Escape.html("&\"'"));
        assertEquals("≥ 60 个", Escape.html("≥ 60 个"));
        assertEquals("a b", Escape.html("a\nb"));
        assertEquals("exe\uFFFDtxt", Escape.html("exe\u202Etxt"), "a bidi override is replaced");
        assertEquals("\uFFFD[31mred", Escape.html("\u001b[31mred"), "an ANSI escape is replaced");
        assertEquals("", Escape.html(null));
    }

    @Test
    void markdownCellsAndLines() {
        assertEquals("a \\| b c", Escape.md("a | b\nc"), "a pipe and a line break in a table cell");
        assertEquals("\\<script\\>", Escape.md("<script>"));
        assertEquals("\\!\\[\\](http://x/p.png)", Escape.md("![](http://x/p.png)"), "no image");
        assertEquals("\\[x\\](javascript:1)", Escape.md("[x](javascript:1)"), "no link");
        assertEquals("@\u2060admin", Escape.md("@admin"), "no mention");
        assertEquals("\\`code\\`", Escape.md("`code`"));
        assertEquals("\\# heading", Escape.md("# heading"), "no heading");
        assertEquals("\\- item", Escape.md("- item"), "no list");
        assertEquals("1\\. item", Escape.md("1. item"), "no ordered list");
        assertEquals("96.15 万元", Escape.md("96.15 万元"), "figures stay readable");
        assertEquals("x  ::notice::y", Escape.md("x\n\n::notice::y").replace("\u2060", ""));
        assertFalse(Escape.md("a\r\nb\u2028c").contains("\n"));
    }

    @Test
    void consoleLines() {
        assertEquals(":\u2060:notice::forged", Escape.console("::notice::forged"));
        assertEquals("  :\u2060:error::x", Escape.console("  ::error::x"));
        assertEquals("name ::notice::x", Escape.console("name\n::notice::x"), "no line of its own");
        assertEquals("a [INFO] BUILD SUCCESS", Escape.console("a\n[INFO] BUILD SUCCESS"));
        assertEquals("\uFFFD\uFFFD\uFFFD", Escape.console("\u0000\u0007\u202E"));
        assertEquals("\uFFFD[31mred\uFFFD[0m", Escape.console("\u001b[31mred\u001b[0m"));
    }

    @Test
    void cutWithAnEllipsis() {
        String big = "预".repeat(999_000);
        String cut = Escape.value(big);
        assertEquals(Escape.MAX_VALUE, cut.codePointCount(0, cut.length()));
        assertTrue(cut.endsWith("…"));
        assertEquals("short", Escape.value("short"));
        String emoji = "💰".repeat(300);
        String c2 = Escape.cut(emoji, 10);
        assertEquals("💰".repeat(9) + "…", c2, "never splits a surrogate pair");
    }

    @Test
    void uris() {
        assertEquals("submission/%E9%A2%84%E7%AE%97.json", Escape.uri("submission/预算.json"));
        assertEquals("a%20b/%3Cx%3E%23%3F%25", Escape.uri("a b/<x>#?%"));
        // and back: the path a URI stands for (jixiao:diff's warning names folders so)
        for (String p : new String[] {"submission/预算.json", "a b/<x>#?%", "广东省/深圳市/福田区科技和工业信息化局/submission/indicators.json"}) {
            assertEquals(p, Escape.uriPath(Escape.uri(p)));
        }
        assertEquals("%FF/x", Escape.uriPath("%FF/x"), "no UTF-8: as written");
        assertEquals("深/%E6", Escape.uriPath("深/%E6"), "not ASCII: not a URI written by uri, as written");
    }

    /**
     * A lone surrogate in a path (a file name no file system gives, but a findings.json or an import may) is written as
     * U+FFFD, %EF%BF%BD, as every other output shows it since session 35; getBytes wrote '?', %3F, which reads as a
     * query in a link and back as a question mark. A pair (an emoji) is one character, encoded whole.
     */
    @Test
    void aLoneSurrogateIsTheReplacementCharacter() {
        assertEquals("d/a%EF%BF%BDb.json", Escape.uri("d/a\uD800b.json"));
        assertEquals("d/a%EF%BF%BD", Escape.uri("d/a\uDC00"));
        assertEquals("d/a\uFFFDb.json", Escape.uriPath(Escape.uri("d/a\uD800b.json")), "back: U+FFFD, not '?'");
        assertEquals("%F0%9F%92%B0/x", Escape.uri("\uD83D\uDCB0/x"), "a pair is its character");
        assertEquals("\uD83D\uDCB0/x", Escape.uriPath(Escape.uri("\uD83D\uDCB0/x")));
    }

    @Test
    void anUnknownLocaleIsAnErrorNamingTheSupportedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Messages.parseLocale("fr"));
        assertTrue(e.getMessage().contains("zh-CN") && e.getMessage().contains("en"), e.getMessage());
        assertEquals(Locale.ENGLISH, Messages.parseLocale("en-US"));
        assertEquals(Messages.ZH, Messages.parseLocale("zh_CN"));
        assertEquals(Messages.ZH, Messages.parseLocale("zh-Hans"));
        assertEquals(Messages.ZH, Messages.parseLocale(""));
    }
}
