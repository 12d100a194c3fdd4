package io.github.jixiao.lint.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.testing.CpuBound;
import org.junit.jupiter.api.Test;

/**
 * overall-goal-not-a-goal's achieved-copies: an achieved goal that is an expected one, or a part of one, is a copy; the
 * characters {@code String.contains} may compare are bounded, so long near-equal goals (review S: 7 MB of them took
 * 457 s) cost at most the bound, and a whole copy is found past it.
 */
class GoalCopiesTest {

    @Test
    void aWholeOrPartCopyIsFound() {
        OverallGoalNotAGoal.Copies c = new OverallGoalNotAGoal.Copies();
        c.add("完成科技创新载体建设任务380家，服务企业120家。");
        c.add("推动党建工作发展。");
        assertTrue(c.copied("推动党建工作发展。"));
        assertTrue(c.copied("完成科技创新载体建设任务380家"));
        assertFalse(c.copied("完成科技创新载体建设任务390家"));
        assertTrue(c.spent() > 0 && c.spent() < 10_000, "the ordinary case compares little: " + c.spent());
    }

    @Test
    void theComparedCharactersAreBounded() {
        CpuBound.within(java.time.Duration.ofSeconds(30), GoalCopiesTest::bounded);
    }

    private static void bounded() {
        OverallGoalNotAGoal.Copies c = new OverallGoalNotAGoal.Copies();
        String goal = "啊".repeat(19_999);
        for (int k = 0; k < 50; k++) {
            c.add(goal + k); // 50 distinct goals, each 20,000 characters or so
        }
        String half = "啊".repeat(9_999) + "吧"; // String.contains at its worst: about 10^8 a goal
        for (int k = 0; k < 20; k++) {
            assertFalse(c.copied(half + k));
        }
        assertTrue(c.spent() <= OverallGoalNotAGoal.Copies.BUDGET, "spent " + c.spent());
        assertTrue(c.copied(goal + 7), "a whole copy is found past the bound");
    }
}
