package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.RealTableRuns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * actual-equals-target-pattern's per-row "copied" said every actual with a comparator "是照抄的目标写法而不是实测值" and asked
 * for "实际达到的数值" (helper N1, session 34). On 吕梁 2021 (t58) the satisfaction row's 88.32%及以上 beside 95%及以上 is a
 * value of its own with 及以上 added, not the target copied; on 宁德 人才驿站 2023 (t59) 2023年12月前 beside 2023年12月前 is a
 * deadline where the date done belongs, not a figure. Each now says what it is (copied-value, copied-date), under the
 * fingerprint of "copied" (sameAs), so a baseline still holds it; 中江 2022's ≥266米 for ≥266米 is still "copied".
 */
class CopiedComparatorVariantsTest {

    private static Finding at(String table, String pointer) throws Exception {
        return RealTableRuns.asFiled(table).findings().stream()
                .filter(f -> f.ruleId().equals("actual-equals-target-pattern") && f.pointer().equals(pointer))
                .findFirst().orElseThrow();
    }

    @Test
    void aValueWithAComparatorIsNoCopyOfTheTarget() throws Exception {
        // 金埠 2020's ≥90% beside a bare 90% (met); 吕梁 2021's 88.32%及以上 for 95%及以上, a miss, is said by
        // indicator-target-missed range-actual since session 48 (Engine.missedAtFullOnce)
        Finding f = at("t56-jinbu-yuye-2020", "/indicators/3/actual");
        assertEquals("copied-value", f.key());
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("的实际完成值“≥90%”带有比较符，说的是一个范围，不是实际达到的数值（指标值 90%）。请去掉比较符"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("carries a comparator: it states a range, not the value reached (target 90%)"), en);
        assertEquals(Fingerprints.of("actual-equals-target-pattern", f.file(), "copied", f.args()), Fingerprints.of(f));
    }

    @Test
    void aDeadlineIsNoDateDone() throws Exception {
        Finding f = at("t59-ningde-rencaiyizhan-2023", "/indicators/5/actual");
        assertEquals("copied-date", f.key());
        assertEquals("指标“人才驿站补助资金到位时间”的实际完成值“2023年12月前”是期限的写法（指标值 2023年12月前），不是实际完成的日期。"
                + "请填写实际完成的日期（年、月，能确定到日的写到日）。", new Messages(Messages.ZH).message(f));
        assertEquals(Fingerprints.of("actual-equals-target-pattern", f.file(), "copied", f.args()), Fingerprints.of(f));
    }

    @Test
    void theTargetsWordingCopiedIsStillCopied() throws Exception {
        assertEquals(List.of("copied"), List.of(at("t4-zhongjiang-2022", "/indicators/0/actual").key()));   // ≥266米 for ≥266米
    }
}
