package io.github.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.load.Src;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The funds block: component sums, blank cells, and a total row left at 0 while its parts carry money. */
class FundsTest {

    private static Money wan(String v) {
        return v == null ? null : new Money(new BigDecimal(v), Money.WAN, Src.NONE);
    }

    private static Funds.Row row(String label, String initial, String full, String executed) {
        return new Funds.Row(label, wan(initial), wan(full), wan(executed), null, null, null, "/funds/x", Src.NONE);
    }

    @Test
    void tangxiTotalLeftAtZero() {
        // 棠溪 2022: 年度资金总额 0 / 0 / 0, 本年财政拨款 90 / 89.974 / 89.974, the other rows blank
        Funds f = new Funds(Money.WAN, row("年度资金总额", "0", "0", "0"),
                List.of(row("本年财政拨款", "90", "89.974", "89.974"), row("上年结转资金", null, null, null),
                        row("其他资金", null, null, null)), null, null, Src.NONE);
        assertEquals(new BigDecimal("89.974"), f.componentSum(Funds.Column.EXECUTED));
        assertEquals(1, f.componentsWith(Funds.Column.FULL_YEAR).size());
        for (Funds.Column c : List.of(Funds.Column.INITIAL, Funds.Column.FULL_YEAR, Funds.Column.EXECUTED)) {
            assertTrue(f.totalEmptyWhilePartsCarry(c), c.name());
        }
        // a self-evaluation table has no monitoring columns: nothing carries them, nothing is left at 0
        assertFalse(f.totalEmptyWhilePartsCarry(Funds.Column.EXECUTED_TO_DATE));
        assertFalse(f.totalEmptyWhilePartsCarry(Funds.Column.FORECAST));
        assertTrue(f.components().get(1).blank());
    }

    @Test
    void dayingTotalCarriesTheFigures() {
        // 大英 2023: 总额 0.00 / 3.36 / 3.36 with 财政资金 the same and two rows at 0
        Funds f = new Funds(Money.WAN, row("总额", "0.00", "3.36", "3.36"),
                List.of(row("财政资金", "0.00", "3.36", "3.36"), row("财政专户管理资金", "0.00", "0.00", "0.00"),
                        row("单位资金", "0.00", "0.00", "0.00")), null, null, Src.NONE);
        assertFalse(f.totalEmptyWhilePartsCarry(Funds.Column.EXECUTED));
        assertFalse(f.totalEmptyWhilePartsCarry(Funds.Column.INITIAL)); // 0 and parts 0: nothing carried
        assertEquals(0, new BigDecimal("3.36").compareTo(f.componentSum(Funds.Column.FULL_YEAR)));
    }

    @Test
    void noComponentsNoSum() {
        Funds f = new Funds(Money.YUAN, row("部门预算执行情况", null, null, null), List.of(), null, null, Src.NONE);
        assertNull(f.componentSum(Funds.Column.EXECUTED));
        assertFalse(f.totalEmptyWhilePartsCarry(Funds.Column.EXECUTED));
        assertEquals(Funds.Column.FULL_YEAR, Funds.Column.of("fullYear"));
        assertNull(Funds.Column.of("nope"));
    }
}
