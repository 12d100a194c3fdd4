package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.lint.RuleRegistry;
import org.junit.jupiter.api.Test;

/** score may not read lint's metadata (lint reads the score sheet): its default severities must agree with it. */
class ScoringSeveritiesTest {
    @Test
    void theScorersSeveritiesAreTheRulesDefaults() {
        for (String id : new String[] {ScoringContext.CLAIM_MISMATCH, ScoringContext.INPUT_MISSING, ScoringContext.FRAMEWORK_INVALID}) {
            assertEquals(RuleRegistry.descriptor(id).orElseThrow().severity(), ScoringContext.ruleSeverity(id), id);
        }
    }
}
