package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.RealTableTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkLeft}'s one pass over an actual's clauses (session 56, issue 17) against the readings it replaced, kept here as
 * the oracle: {@link WorkLeft#partDone} and {@link WorkLeft#notDone} each made a pass of their own (and {@link WorkLeft#leftWord}
 * and {@link WorkLeft#leftUntargeted} made both), cutting every clause and looking up its words each time; a not-done word
 * was looked for in every clause, and {@link WorkLeft#actLeft} cut every clause to look. Held on every text of every real
 * table (each beside no target, each row's own target and name, and targets that ask for progress) and on generated texts
 * of the words the readings look for.
 */
class WorkLeftOnePassTest {

    // ---- the oracle: the readings as they were before session 56 ----

    private record Clauses(String left, boolean done) {
    }

    private static Clauses clauses(String target, String actual, int shortest, java.util.function.UnaryOperator<String> leftOf) {
        if (actual == null || actual.length() < shortest || target != null && (target.contains("推进") || target.contains("进度"))) {
            return null;
        }
        for (String w : WorkLeft.WHOLE_DONE) {
            if (actual.contains(w)) {
                return null;
            }
        }
        boolean done = false;
        String left = null;
        int from = 0;
        for (int k = 0; k <= actual.length(); k++) {
            if (k < actual.length() && WorkLeft.CLAUSE_BREAK.indexOf(actual.charAt(k)) < 0) {
                continue;
            }
            String clause = actual.substring(from, k);
            from = k + 1;
            String l = leftOf.apply(clause);
            if (l != null) {
                left = left == null ? l : left;
            } else if (WorkLeft.doneIn(clause)) {
                done = true;
            }
        }
        return new Clauses(left, done);
    }

    private static String notDoneWord(String clause) {
        for (String[] w : WorkLeft.NOT_DONE) {
            if (WorkLeft.wordAt(clause, w[0]) >= 0) {
                return w[0];
            }
        }
        return null;
    }

    private static String notDoneIn(String clause) {
        return WorkLeft.closingOut(clause) ? null : notDoneWord(clause);
    }

    private static String leftIn(String clause) {
        if (WorkLeft.closingOut(clause)) {
            return null;
        }
        String notDone = notDoneWord(clause);
        if (notDone != null) {
            return notDone;
        }
        for (String w : WorkLeft.UNDER_WAY) {
            if (WorkLeft.occurs(clause, w)) {
                return w;
            }
        }
        return null;
    }

    static String partDoneOracle(String target, String actual) {
        Clauses c = clauses(target, actual, 4, WorkLeftOnePassTest::leftIn);
        return c != null && c.done() ? c.left() : null;
    }

    static String notDoneOracle(String target, String actual) {
        Clauses c = clauses(target, actual, 3, WorkLeftOnePassTest::notDoneIn);
        return c != null && !c.done() ? c.left() : null;
    }

    static String[] actLeftOracle(String row, String actual) {
        if (actual == null || row == null || actual.length() < 3) {
            return null;
        }
        for (String w : WorkLeft.WHOLE_DONE) {
            if (actual.contains(w)) {
                return null;
            }
        }
        for (String[] w : WorkLeft.ACT_NOT_DONE) {
            if (WorkLeft.wordAt(actual, w[0]) >= 0 && WorkLeft.setsAct(row, w[1])) {
                return new String[] {w[0], w[1], w[2], WorkLeft.actEn(w[1])};
            }
        }
        int from = 0;
        for (int k = 0; k <= actual.length(); k++) {
            if (k < actual.length() && WorkLeft.CLAUSE_BREAK.indexOf(actual.charAt(k)) < 0) {
                continue;
            }
            String clause = actual.substring(from, k);
            from = k + 1;
            String nd = notDoneWord(clause);
            if (nd == null) {
                continue;
            }
            for (String act : WorkLeft.CLOSE_OUT) {
                int at = clause.indexOf(act, clause.indexOf(nd));
                if (at >= 0 && WorkLeft.setsAct(row, act)) {
                    return new String[] {nd + clause.substring(clause.indexOf(nd) + nd.length(), at + act.length()), act,
                        "not yet done", WorkLeft.actEn(act)};
                }
            }
        }
        return null;
    }

    // ---- the comparison ----

    /** Counts of answers that were not null, so that the texts are seen to reach every reading. */
    private final int[] found = new int[4];

    private void same(String target, String actual) {
        String part = partDoneOracle(target, actual);
        String not = notDoneOracle(target, actual);
        String what = target + " | " + actual;
        assertEquals(part, WorkLeft.partDone(target, actual), what);
        assertEquals(not, WorkLeft.notDone(target, actual), what);
        assertEquals(part != null ? part : not, WorkLeft.partOrNotDone(target, actual), what);
        String[] act = actLeftOracle(target, actual);
        assertArrayEquals(act, WorkLeft.actLeft(target, actual), what);
        found[0] += part != null ? 1 : 0;
        found[1] += not != null ? 1 : 0;
        found[2] += act != null ? 1 : 0;
        found[3]++;
    }

    @Test
    void everyRealTextReadsAsBefore() {
        List<String> targets = new ArrayList<>(java.util.Arrays.asList(null, "", "按期完工", "按进度推进", "资金拨付到位", "完成验收和结算"));
        for (String text : RealTableTexts.strings()) {
            for (String t : targets) {
                same(t, text);
            }
        }
        for (String[] row : RealTableTexts.rows()) {
            for (String t : new String[] {row[1], row[2], row[0]}) {
                if (t != null) {
                    same(t, row[3]);
                }
            }
        }
        assertTrue(found[3] > 15_000, "texts read: " + found[3]);
        assertTrue(found[1] > 0, "the real texts say work not done: " + java.util.Arrays.toString(found));
    }

    @Test
    void generatedTextsReadAsBefore() {
        List<String> words = new ArrayList<>();
        for (String[] w : WorkLeft.NOT_DONE) {
            words.add(w[0]);
        }
        for (String[] w : WorkLeft.ACT_NOT_DONE) {
            words.add(w[0]);
            words.add(w[1]);
        }
        for (WorkLeft.Word w : WorkLeft.WORDS) {
            words.add(w.word());
        }
        words.addAll(List.of(WorkLeft.CLOSE_OUT));
        words.addAll(List.of(WorkLeft.WHOLE_DONE));
        words.addAll(List.of("完工", "竣工", "完成", "建成", "一期", "二期", "已", "尚", "未", "待", "无", "没有", "不存在", "本", "分", "部分",
                "基本", "率", "数", "额", "为", "0", "5", "万元", "资金", "项目", "，", "；", "。", "、", ",", " ", "中", "存", "设", "发挥作用", "正在",
                "推进", "进度", "全年任务"));
        String[] targets = {null, "", "按期完工", "按进度推进", "资金拨付到位", "6月底前完成验收", "完成结算", "年内支付"};
        Random r = new Random(56);
        for (int n = 0; n < 60_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(10); k >= 0; k--) {
                b.append(words.get(r.nextInt(words.size())));
            }
            same(targets[r.nextInt(targets.length)], b.toString());
        }
        assertTrue(found[0] > 100 && found[1] > 1_000 && found[2] > 1_000, java.util.Arrays.toString(found));
    }
}
