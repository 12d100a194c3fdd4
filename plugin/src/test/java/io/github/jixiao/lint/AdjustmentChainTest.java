package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.rules.AdjustmentAfterMismatch;
import io.github.jixiao.report.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * adjustment-after-mismatch's {@code chain}: the 科普活动 调剂 of 2024-09-01 (first in the file) starts from 120000 元
 * while the one of 2024-07-15 left 100000 元 — each record adds up, the last one's after is the task's budget, so
 * nothing said it before. The finding is at the later record's before, in the order of the dates, not of the file.
 */
class AdjustmentChainTest {
    @Test
    void aRecordThatDoesNotFollowOnFromThePreviousOneIsSaid() {
        RuleFixtures.Fixture f = RuleFixtures.load("adjustment-after-mismatch", RuleFixtures.FLAGS,
                RuleFixtures.root().resolve("adjustment-after-mismatch/flags/chain-broken.json"));
        List<Finding> found = RuleFixtures.run(new AdjustmentAfterMismatch(), f);
        assertEquals(1, found.size(), found.toString());
        Finding c = found.get(0);
        assertEquals("/adjustments/0/before/value", c.pointer());
        assertEquals("任务“科普活动”的调剂（日期 2024-09-01）：调整前金额（before）为 120000 元，而它上一次调整、调剂（日期 2024-07-15）后的金额（after）为 100000 元，"
                + "相差 20000 元。前后两次调整、调剂应衔接：这一次的调整前金额应等于上一次的调整后金额。请按批复核对更正其中之一，或补记两次之间漏记的调整、调剂。",
                new Messages(Messages.ZH).message(c));
        assertEquals("The 调剂 (reallocation) of task \"科普活动\" (dated 2024-09-01) starts from 120000 yuan (before), but its previous adjustment or "
                + "reallocation (dated 2024-07-15) left it at 100000 yuan (after): a gap of 20000 yuan. Each adjustment follows on from the one before: the amount before "
                + "this one is the amount after the previous one. Check both against the approvals and correct the wrong one, or record the adjustment "
                + "or reallocation made between them.", new Messages(Locale.ENGLISH).message(c));
    }
}
