package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.RealTableTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * overall-goal-not-a-goal's readings made cheaper in session 56 (issue 17) against the ones they replaced, kept here:
 * {@link OverallGoalNotAGoal#upkeepOnly} (String.replaceFirst and String.split compiled their patterns at every call),
 * {@link OverallGoalNotAGoal#spendingScope} (a stream for the full-width digits; the start's matcher for every goal) and
 * {@link OverallGoalNotAGoal.Copies#copied} (its sentences split by a pattern; now cut in place), the last with the
 * characters it may compare ({@code spent}, its budget) held equal after every call. Every text of every real table and
 * generated goals.
 */
class OverallGoalScanTest {

    static boolean upkeepOnlyOracle(String text) {
        String t = io.github.jixiao.text.Chars.withoutSpaces(text.strip());
        if (t.isEmpty() || t.length() > 60 || io.github.jixiao.text.Chars.hasDigit(t.replaceFirst("^目标\\d+[:：]", ""))) {
            return false;
        }
        boolean any = false;
        for (String clause : t.split("[,，;；。.、]")) {
            if (clause.isEmpty()) {
                continue;
            }
            if (!java.util.regex.Pattern.compile("^(?:目标\\d+[:：])?(?:保证|保障|确保|维持)").matcher(clause).find()
                    || java.util.Arrays.stream(new String[] {"正常运转", "正常运行", "工作运行", "日常运转", "日常运行", "职能", "人员经费",
                        "工资", "福利", "日常办公", "办公经费", "运转经费"}).noneMatch(clause::contains)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** spendingScope as it was: a figure, ASCII or full-width (a stream), then the start's matcher on every goal. */
    static boolean spendingScopeOracle(String text) {
        String t = io.github.jixiao.text.Chars.withoutSpaces(text.strip());
        if (t.length() > 300 || io.github.jixiao.text.Chars.hasAsciiDigit(t) || t.chars().anyMatch(c -> c >= '０' && c <= '９')) {
            return false;
        }
        java.util.regex.Matcher start = OverallGoalNotAGoal.SCOPE_START.matcher(t);
        return start.find() && (OverallGoalNotAGoal.EXPENSE_ITEM.matcher(t).find() || OverallGoalNotAGoal.expenseObjects(t.substring(start.end())));
    }

    /** OverallGoalNotAGoal.Copies as it was, its sentences split by the pattern. */
    static final class CopiesOracle {
        private static final java.util.regex.Pattern SENTENCES = java.util.regex.Pattern.compile("[。；;！？!?\n]");
        private final java.util.Set<String> whole = new java.util.HashSet<>();
        private final List<String> goals = new ArrayList<>();
        private long spent;

        void add(String goal) {
            whole.add(goal);
            goals.add(goal);
        }

        boolean copied(String n) {
            if (whole.contains(n) || inAGoal(n)) {
                return true;
            }
            String[] sentences = SENTENCES.split(n);
            int read = 0;
            for (String sentence : sentences) {
                String t = OverallGoalNotAGoal.norm(sentence);
                if (t.isEmpty()) {
                    continue;
                }
                if (t.length() < 8 || !(whole.contains(t) || inAGoal(t))) {
                    return false;
                }
                read++;
            }
            return read >= 2;
        }

        private boolean inAGoal(String n) {
            for (String g : goals) {
                if (g.length() <= n.length()) {
                    continue;
                }
                long cost = (long) g.length() * n.length();
                if (spent + cost > OverallGoalNotAGoal.Copies.BUDGET) {
                    return false;
                }
                spent += cost;
                if (g.contains(n)) {
                    return true;
                }
            }
            return false;
        }
    }

    private int upkeep;
    private int scope;

    private void same(String s) {
        boolean u = upkeepOnlyOracle(s);
        assertEquals(u, OverallGoalNotAGoal.upkeepOnly(s), s);
        boolean sc = spendingScopeOracle(s);
        assertEquals(sc, OverallGoalNotAGoal.spendingScope(s), s);
        upkeep += u ? 1 : 0;
        scope += sc ? 1 : 0;
    }

    /** Both Copies given {@code goals}, then asked each of {@code asked} in turn: the same answers and the same budget spent. */
    private static int copiesAlike(List<String> goals, List<String> asked) {
        CopiesOracle was = new CopiesOracle();
        OverallGoalNotAGoal.Copies now = new OverallGoalNotAGoal.Copies();
        for (String g : goals) {
            was.add(OverallGoalNotAGoal.norm(g));
            now.add(OverallGoalNotAGoal.norm(g));
        }
        int copies = 0;
        for (String a : asked) {
            String n = OverallGoalNotAGoal.norm(a);
            boolean c = was.copied(n);
            assertEquals(c, now.copied(n), a);
            assertEquals(was.spent, now.spent(), a);
            copies += c ? 1 : 0;
        }
        return copies;
    }

    @Test
    void realTexts() {
        List<String> texts = RealTableTexts.strings();
        for (String s : texts) {
            same(s);
        }
        assertTrue(upkeep > 0 && scope > 0, upkeep + " " + scope);
        // every real text as a goal, then each read as an achieved one and split in two at its middle sentence end
        List<String> asked = new ArrayList<>(texts);
        for (String s : texts) {
            asked.add(s + "。" + s);
        }
        assertTrue(copiesAlike(texts, asked) > texts.size());
    }

    @Test
    void generatedGoals() {
        String[] parts = {"保证", "保障", "确保", "维持", "目标1:", "目标12：", "单位", "正常运转", "职能", "人员经费", "工资", "包括", "主要用于",
            "用于", "办公用品费、", "水电费等", "人员工资和日常运转", "完成", "3", "３", "，", ",", "。", "；", ";", "、", ".", "！", "?", "\n", " ",
            "\u3000", "了", "培训", "全年", "项目建设任务"};
        Random r = new Random(5659);
        List<String> goals = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(8); k >= 0; k--) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            String s = b.toString();
            same(s);
            (n % 2 == 0 ? goals : asked).add(s);
        }
        assertTrue(upkeep > 1_000 && scope > 1_000, upkeep + " " + scope);
        // a hundred goals at a time, as a department files them, and their texts and joins asked
        int copies = 0;
        for (int from = 0; from + 100 <= 20_000; from += 100) {
            List<String> g = goals.subList(from, from + 100);
            List<String> a = new ArrayList<>(asked.subList(from, from + 100));
            for (int k = 0; k + 1 < g.size(); k += 2) {
                a.add(g.get(k) + "。" + g.get(k + 1));
                a.add(g.get(k) + "；\n" + g.get(k + 1) + "！");
            }
            copies += copiesAlike(g, a);
        }
        assertTrue(copies > 1_000, "copies found: " + copies);
    }

    @Test
    void theBudgetRunsOutAlike() {
        // goals long enough that the characters compared pass the budget partway through
        String goal = "完成项目建设任务并通过验收".repeat(400);
        List<String> goals = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            goals.add(goal + k);
        }
        List<String> asked = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            asked.add("完成项目建设任务并通过验收".repeat(1 + k % 7) + "。完成项目建设任务" + "x".repeat(k));
        }
        copiesAlike(goals, asked);
    }
}
