package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Copied and boilerplate actuals a reviewer sends back (VAL-7; audit s47 section 3): 棠溪 2022 村级补助 (t39) answers five
 * different qualitative targets with one "达成预期指标", 吕梁 2021 (t58) writes its training period back as the actual, and
 * 湖北科技学院 2021 (t52) copies 7 of its 9 targets, under the 10 rows the share was judged from. The messages say what the
 * reviewer would: the rows, the phrase and what to write instead.
 */
class CopiesAndBoilerplateTest {

    private static Finding one(String table, String pointer) throws Exception {
        List<Finding> fs = RealTableRuns.asFiled(table).findings().stream()
                .filter(f -> f.ruleId().equals("actual-equals-target-pattern") && f.pointer().equals(pointer)).toList();
        assertEquals(1, fs.size(), table + " " + pointer);
        return fs.get(0);
    }

    @Test
    void oneVerdictForEveryQualitativeRowIsSaidOnceNamingTheRows() throws Exception {
        Finding f = one("t39-tangxi-cunji-2022", "/indicators");
        assertEquals("boilerplate", f.key());
        assertEquals("5 个指标的实际完成值都只写了同一句“达成预期指标”（“补助资格合规性”、“经费审批流程规范性”、“补助经费到位及时性”、"
                + "“对保障村(社区)两委机构正常运行的影响程度”、“提高村(社区)干部工作积极性的影响程度”），用一句话回答了 4 种不同的指标值：这是套话，"
                + "不是实际完成情况，看不出每一项做到了什么（计分只能按所写的完成理解，未经核实）。请逐项写明实际完成的数量、时间、质量或效果（如验收结论、"
                + "调查结果）。", new Messages(Messages.ZH).message(f));
        assertEquals("5 indicators give one and the same sentence as their actual, \"达成预期指标\" (“补助资格合规性”、“经费审批流程规范性”、"
                + "“补助经费到位及时性”、“对保障村(社区)两委机构正常运行的影响程度”、“提高村(社区)干部工作积极性的影响程度”), in answer to 4 different "
                + "targets: boilerplate, not what was done, and nothing says what each achieved (scoring can only take it as done, "
                + "unchecked). Give each row what was actually achieved: the quantity, date, quality or effect (an acceptance "
                + "conclusion, a survey result).", new Messages(Locale.ENGLISH).message(f));
    }

    @Test
    void aPeriodWrittenBackIsNoDateDone() throws Exception {
        Finding f = one("t58-lvliang-hugong-2021", "/indicators/5/actual");
        assertEquals("copied-period", f.key());
        assertEquals("指标“培训任务完成及时”的实际完成值“2021.1.1-12.31”照写了指标值的期间（指标值 2021.1.1-12.31），说的是计划的时段，"
                + "不是实际完成的日期。请填写实际完成的日期（年、月，能确定到日的写到日），未按期完成的写明原因。", new Messages(Messages.ZH).message(f));
    }

    @Test
    void aSmallTableCopiedAlmostWholeIsAPattern() throws Exception {
        Finding f = one("t52-hbust-zizhu-2021", "/indicators");
        assertEquals("9 个适用指标中有 7 个（78%）的实际完成值恰好等于指标值。请按统计和调查数据如实填写实际完成值。",
                new Messages(Messages.ZH).message(f));
    }
}
