package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.score.Framework.PartialCut.RowField;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PartialCut's one query per row field: whether a row's 指标值 (targetOf), 分值 (pointsOf) or 得分 (scoreOf) is past the
 * copy's cut, each read from its own list only (南岳 2023, t60's 补助标准 cut in its 指标值; 昌宁 2022, t116's 种母猪 cut before
 * its 得分), which the readers (IndicatorIncomplete, Engine.partialCutOnce) ask instead of each testing a list.
 */
class PartialCutPastTest {

    private static final Framework.PartialCut CUT = new Framework.PartialCut(false, List.of("培训人次"), false, false,
            List.of("补助标准"), List.of(), List.of("种母猪"));

    @Test
    void eachFieldIsPastOnlyForTheRowsItsListNames() {
        assertTrue(CUT.past("补助标准", RowField.VALUE));
        assertFalse(CUT.past("补助标准", RowField.POINTS));
        assertFalse(CUT.past("补助标准", RowField.SCORE));
        assertTrue(CUT.past("培训人次", RowField.POINTS));
        assertFalse(CUT.past("培训人次", RowField.VALUE));
        assertTrue(CUT.past("种母猪", RowField.SCORE));
        assertFalse(CUT.past("种母猪", RowField.POINTS));
        assertFalse(CUT.past("其他", RowField.VALUE));
        assertFalse(CUT.past(null, RowField.SCORE));
    }

    @Test
    void aCutNamingNoRowHasNoRowFieldPast() {
        Framework.PartialCut none = new Framework.PartialCut(true, List.of());
        for (RowField f : RowField.values()) {
            assertFalse(none.anyPast(f), f.name());
            assertTrue(CUT.anyPast(f), f.name());
        }
    }
}
