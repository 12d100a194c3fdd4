package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.RealTableTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link StatedMiss#claimedMet}'s reading without a pattern compiled at every call (session 57, issue 17) against the
 * expressions it replaced, kept here as the oracle: {@code text.replaceAll("[\\s\u3000]", "")} ({@link StatedMiss#withoutSpaces}),
 * {@code whole.replaceAll("[。.！!]$", "")} before {@link StatedMiss#CLAIM_BARE} ({@link StatedMiss#withoutFinalStop}), and
 * {@link StatedMiss#CLAIM_OBJECT} and {@link StatedMiss#CLAIM_SUBJECT} run on every clause (now only where
 * {@link StatedMiss#claimEnd} lets either match). Held on every text of every real table, each clause of them, and on
 * generated texts of the characters those expressions read, line terminators among them.
 */
class ClaimedMetScanTest {

    private static void assertSame(String text) {
        String whole = text.replaceAll("[\\s\u3000]", "");
        assertEquals(whole, StatedMiss.withoutSpaces(text), () -> "spaces: " + escaped(text));
        assertEquals(StatedMiss.CLAIM_BARE.matcher(whole.replaceAll("[。.！!]$", "")).matches(),
                StatedMiss.CLAIM_BARE.matcher(StatedMiss.withoutFinalStop(whole)).matches(), () -> "bare: " + escaped(text));
        // claimEnd false: neither pattern finds the clause's claim (it may be true where neither does)
        for (String c : clauses(whole)) {
            if (!StatedMiss.claimEnd(c)) {
                assertTrue(!StatedMiss.CLAIM_OBJECT.matcher(c).find() && !StatedMiss.CLAIM_SUBJECT.matcher(c).find(),
                        () -> "clause: " + escaped(c));
            }
        }
        // and the texts as they are, not cut (a claim at the end of a longer text)
        if (!StatedMiss.claimEnd(text)) {
            assertTrue(!StatedMiss.CLAIM_OBJECT.matcher(text).find() && !StatedMiss.CLAIM_SUBJECT.matcher(text).find(),
                    () -> "text: " + escaped(text));
        }
    }

    private static List<String> clauses(String whole) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= whole.length(); k++) {
            if (k < whole.length() && "，,；;。！!".indexOf(whole.charAt(k)) < 0) {
                continue;
            }
            out.add(whole.substring(from, k));
            from = k + 1;
        }
        return out;
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c >= 0x7f && c < 0xa0 || c == '\u2028' || c == '\u2029' || c == '\u3000'
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    @Test
    void onEveryRealText() {
        List<String> texts = RealTableTexts.strings();
        assertTrue(texts.size() > 2000, "texts: " + texts.size());
        int claims = 0;
        for (String t : texts) {
            assertSame(t);
            claims += StatedMiss.claimedMet(t) != null ? 1 : 0;
        }
        assertTrue(claims >= 9, "claims: " + claims); // GoalVagueAndSaidMetTest's real claims among them
    }

    private static final String[] PIECES = {"完成", "实现", "达到", "达成", "了", "目标", "任务", "指标", "目标任务", "年度", "预期", "各项",
        "全部", "绩效", "工作", "已", "均", "都", "按要求", "按照计划", "力争", "基本", "其他", "项目", "的", "等", "3个", "较好",
        "，", ",", "；", "。", "！", "!", ".", " ", "\u3000", "\t", "\n", "\r", "\r\n", "\u000b", "\f", "\u0085", "\u2028", "\u2029",
        "标", "务", "成", "现", "未完成", "尚未"};

    @Test
    void onGeneratedTexts() {
        Random r = new Random(57);
        for (int n = 0; n < 40_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(9); k > 0; k--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String t = b.toString();
            assertSame(t);
            assertSame(t.replaceAll("[\\s\u3000]", ""));
        }
        // every character alone and after a claim, before a line terminator and a stop
        for (char c = 0; c < 0xffff; c++) {
            String s = String.valueOf(c);
            assertSame(s);
            assertSame("完成年度目标" + s);
            assertSame("完成" + s + "\u2028");
            assertSame("已完成" + s);
        }
    }
}
