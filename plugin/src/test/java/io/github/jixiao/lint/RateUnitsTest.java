package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.target.TargetParser;
import io.github.jixiao.target.TargetValue;
import io.github.jixiao.target.UnitKind;
import io.github.jixiao.testing.RealTableRuns;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Units with a slash (元/人, 元/人*月, 立方米/日, 人/次) had no {@link UnitKind}: a target and an actual compared only where
 * both spelt the unit alike. 濉溪 2019 (real table t54) prints 元/人*月 in its cells and 元/人·月 in its names' brackets;
 * an actual written as the name spells it was incommensurable with its target (an error, 0 points). Since session 34
 * a rate is of its own kind and compares with a rate per the same thing; one per another thing (元/户 against 元/人)
 * stays incommensurable.
 */
class RateUnitsTest {

    private static void actual(ObjectNode root, int row, String actual) {
        ((ObjectNode) root.at("/indicators/" + row)).put("actual", actual);
    }

    @Test
    void suixiAsPrintedComparesAsBefore(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t54-suixi-linshijiuzhu-2019", root -> { });
        // 583 and 758 元/人*月 over ≥ 530 and ≥ 570: met
        // (the names' template hints are one note for the table, at its first row: session 47)
        assertEquals(List.of(), RealTableRuns.onRows(r, "5", "6"));
        // 5830 元/户 over ≤ 5300 元/户: missed, as pinned in RealTablesTest
        // (one error, indicator-over-cap since session 48: the ceiling broken, by 530 元/户; Engine.missedAtFullOnce)
        assertEquals(List.of("/indicators/7/score score-ignores-missed-target indicator-over-cap"),
                RealTableRuns.onRows(r, "7").stream().map(f -> f.substring(0, f.indexOf(" ["))).toList());
    }

    @Test
    void aRateSpeltOtherwiseOrInAnotherMoneyUnitCompares(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t54-suixi-linshijiuzhu-2019", root -> {
            actual(root, 5, "583元/人·月");      // as the row's name spells the unit
            actual(root, 6, "0.0758万元/人*月"); // 758 元/人*月 in 万元
        });
        // (the names' template hints are one note for the table, at its first row: session 47)
        assertEquals(List.of(), RealTableRuns.onRows(r, "5", "6"));
    }

    /**
     * What a rate is per written in brackets (session 35): "583元/(人·月)" was words, a figure in words beside ≥ 530 元/人*月
     * (indicator-actual-incommensurable quantitative-target, an error, 0 points); it is 583 元/人·月, met.
     */
    @Test
    void aRatePerWhatInBracketsCompares(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t54-suixi-linshijiuzhu-2019", root -> {
            actual(root, 5, "583元/(人·月)");
            actual(root, 6, "758元/（人*月）");
        });
        // (the names' template hints are one note for the table, at its first row: session 47)
        assertEquals(List.of(), RealTableRuns.onRows(r, "5", "6"));
        TargetValue v = TargetParser.parse("583元/(人·月)");
        assertEquals("元/人·月", v.unit());
        assertEquals(new BigDecimal("583"), v.low());
        assertEquals(new BigDecimal("583"), in("583元/(人·月)", "≥ 530元/人*月"));
        // words in the bracket are read as they are without it (a unit of no known kind); a bracket not right after the
        // slash is not read so
        assertEquals("元/每人每月", TargetParser.parse("583元/(每人每月)").unit());
        assertNull(UnitKind.of("元/每人每月"));
        assertEquals(false, TargetParser.parse("1500元/学期(每生)").isQuantitative());
    }

    @Test
    void aRatePerAnotherThingIsIncommensurable(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t54-suixi-linshijiuzhu-2019", root -> actual(root, 7, "1200元/人"));
        // (not the scorer's incomparable at the same cell since session 46: one defect, said by the lint's unit; Engine.incomparableOnce)
        assertEquals(List.of("/indicators/7/actual indicator-actual-incommensurable unit"),
                RealTableRuns.onRows(r, "7").stream().filter(f -> f.contains("/actual ")).map(f -> f.substring(0, f.indexOf(" ["))).toList());
    }

    /**
     * A bare amount beside a rate (session 35): "5830元" against ≤ 5300元/户 does not say whether it is per household or the
     * total. It is not guessed; the finding (unit-rate, unit's fingerprint) says to write it as 5830元/户.
     */
    @Test
    void aBareAmountBesideARateIsToldHowToWriteIt(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t54-suixi-linshijiuzhu-2019", root -> actual(root, 7, "5830元"));
        io.github.jixiao.finding.Finding f = r.findings().stream()
                .filter(x -> x.ruleId().equals("indicator-actual-incommensurable") && x.pointer().equals("/indicators/7/actual"))
                .findFirst().orElseThrow();
        assertEquals("unit-rate", f.key());
        String target = f.args().get(1);
        assertEquals("指标“" + f.args().get(0) + "”的指标值“" + target + "”以“元/户”计，实际完成值“5830元”却只写了“元”：看不出是按“元/户”计的数额还是总额，"
                + "无法比较。是按指标值口径计的，请写作“5830元/户”；是总额的，请换算成指标值的口径后填写。",
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f));
        assertEquals("Indicator \"" + f.args().get(0) + "\": the target \"" + target + "\" is in \"元/户\", but the actual \"5830元\" is in \"元\" "
                + "alone: whether it is an amount in \"元/户\" or a total cannot be told, so the two cannot be compared. If it is in the "
                + "target's terms, write it as \"5830元/户\"; if it is a total, convert it into the target's terms.",
                new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH).message(f));
        // the same finding as unit's, which it was until session 35: a baseline entry still holds it
        assertEquals(io.github.jixiao.report.Fingerprints.of(f.ruleId(), f.file(), "unit", f.args().subList(0, 5)),
                io.github.jixiao.report.Fingerprints.of(f));
    }

    /**
     * The other way round from unit-rate (session 36): 吕梁 2021's 护工培训补贴标准 (real table t58, row 7) with its target
     * written as an amount alone, "3000元", beside the actual "2600元/人". The actual says per person, the target does not:
     * the finding (unit-rate-target, unit's fingerprint) says to write the target "3000元/人", or the actual as a total.
     */
    @Test
    void aBareAmountTargetBesideARateActualIsToldHowToWriteIt(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t58-lvliang-hugong-2021",
                root -> ((ObjectNode) root.at("/indicators/7")).put("target", "3000元"));
        io.github.jixiao.finding.Finding f = r.findings().stream()
                .filter(x -> x.ruleId().equals("indicator-actual-incommensurable") && x.pointer().equals("/indicators/7/actual"))
                .findFirst().orElseThrow();
        assertEquals("unit-rate-target", f.key());
        String name = f.args().get(0);
        String target = f.args().get(1);
        assertEquals("指标“" + name + "”的指标值“" + target + "”只写了“元”，实际完成值“2600元/人”却以“元/人”计：看不出指标值是按“元/人”计的标准还是总额，"
                + "无法比较。指标值是按“元/人”计的，请写作“3000元/人”；是总额的，请按总额填写实际完成值。",
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f));
        assertEquals("Indicator \"" + name + "\": the target \"" + target + "\" is in \"元\" alone, but the actual \"2600元/人\" is in \"元/人\": "
                + "whether the target is an amount in \"元/人\" or a total cannot be told, so the two cannot be compared. If it is in \"元/人\", "
                + "write the target as \"3000元/人\"; if it is a total, state the actual as the total.",
                new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH).message(f));
        // the same finding as unit's, which it was until session 36: a baseline entry still holds it
        assertEquals(io.github.jixiao.report.Fingerprints.of(f.ruleId(), f.file(), "unit", f.args().subList(0, 5)),
                io.github.jixiao.report.Fingerprints.of(f));
        // with its comparator written, the target to write keeps it
        EngineResult le = RealTableRuns.run(tmp.resolve("le"), "t58-lvliang-hugong-2021",
                root -> ((ObjectNode) root.at("/indicators/7")).put("target", "≥3000元"));
        assertEquals(List.of("/indicators/7/actual indicator-actual-incommensurable unit-rate-target"),
                RealTableRuns.onRows(le, "7").stream().filter(x -> x.contains("incommensurable")).map(x -> x.substring(0, x.indexOf(" ["))).toList());
        assertEquals("≥ 3000元/人", le.findings().stream().filter(x -> x.key().equals("unit-rate-target")).findFirst().orElseThrow().args().get(5));
    }

    /**
     * A 计量单位 column per another thing than the target's rate (session 36): 乌海 2021's 出差单位成本 (real table t32, column
     * 万元/人) with its target written per trip, "0.3万元/次". Both are money, so unit-column (another kind of quantity)
     * let it pass; per person and per trip are not one measure, and the finding says which two to choose between.
     */
    @Test
    void aUnitColumnPerAnotherThingIsNoted(@TempDir Path tmp) throws Exception {
        EngineResult r = RealTableRuns.run(tmp, "t32-wuhai-zaisheng-2021",
                root -> ((ObjectNode) root.at("/indicators/6")).put("target", "0.3万元/次"));
        io.github.jixiao.finding.Finding f = r.findings().stream()
                .filter(x -> x.ruleId().equals("indicator-target-no-unit") && x.pointer().equals("/indicators/6/target"))
                .findFirst().orElseThrow();
        assertEquals("unit-column-per", f.key());
        assertEquals(io.github.jixiao.finding.Severity.WARNING, f.severity());
        String target = f.args().get(1);
        assertEquals("计量单位（unit）一栏写的是“万元/人”，是按每人计的；指标“出差单位成本”的指标值“" + target + "”却以“万元/次”计，是按每次计的。"
                + "两者不是同一个量，无从知道实际完成值按哪一个核对。请核实是按每次还是按每人计，改正指标值或计量单位，使两者一致。",
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f));
        assertEquals("The 计量单位 (unit) column says \"万元/人\", per \"人\", but the target \"" + target + "\" of indicator \"出差单位成本\" "
                + "is in \"万元/次\", per \"次\": the two are not one measure, and which of the two the actual is checked in cannot be told. "
                + "Check whether it is per \"次\" or per \"人\", and correct the target or the unit so that they agree.",
                new io.github.jixiao.report.Messages(java.util.Locale.ENGLISH).message(f));
        // per person in 元 under the column's 万元/人: one measure, nothing said
        EngineResult same = RealTableRuns.run(tmp.resolve("same"), "t32-wuhai-zaisheng-2021",
                root -> ((ObjectNode) root.at("/indicators/6")).put("target", "3000元/人"));
        assertEquals(List.of(), same.findings().stream()
                .filter(x -> x.ruleId().equals("indicator-target-no-unit") && x.pointer().equals("/indicators/6/target")).toList());
    }

    /**
     * A rate per person per year beside one per person (session 36): 吕梁 2021's 护工培训补贴标准 (real table t58, row 7) with
     * its target written "3000元/人·年" beside "2600元/人". Until now two units that do not compare: an error, and the
     * scorer's incomparable (0 points). The table is a year's, so per person is per person for that year: the row is
     * compared as filed (the same findings as with "3000元/人"), and a note asks for one spelling.
     */
    @Test
    void aRatePerYearComparesWithTheSameRateInAYearsTable(@TempDir Path tmp) throws Exception {
        java.util.function.Function<EngineResult, List<String>> shape = e -> RealTableRuns.onRows(e, "7").stream()
                .map(x -> x.substring(0, x.indexOf(" ["))).toList();
        List<String> asFiled = shape.apply(RealTableRuns.asFiled("t58-lvliang-hugong-2021"));
        EngineResult r = RealTableRuns.run(tmp, "t58-lvliang-hugong-2021",
                root -> ((ObjectNode) root.at("/indicators/7")).put("target", "3000元/人·年"));
        List<String> expected = new java.util.ArrayList<>(asFiled);
        expected.add("/indicators/7/actual indicator-actual-incommensurable per-year");
        assertEquals(expected.stream().sorted().toList(), shape.apply(r));
        io.github.jixiao.finding.Finding f = r.findings().stream().filter(x -> x.key().equals("per-year")).findFirst().orElseThrow();
        assertEquals(io.github.jixiao.finding.Severity.INFO, f.severity());
        String name = f.args().get(0);
        assertEquals("指标“" + name + "”的指标值“" + f.args().get(1) + "”以“元/人·年”计，实际完成值“2600元/人”以“元/人”计：绩效表按年度填报，"
                + "两者按同一年度的数额比较。请按指标值的单位写作“2600元/人·年”，使口径一致。",
                new io.github.jixiao.report.Messages(io.github.jixiao.report.Messages.ZH).message(f));
        // per month is not per year: still two measures
        EngineResult month = RealTableRuns.run(tmp.resolve("month"), "t58-lvliang-hugong-2021",
                root -> ((ObjectNode) root.at("/indicators/7")).put("target", "3000元/人·月"));
        assertEquals(true, shape.apply(month).contains("/indicators/7/actual indicator-actual-incommensurable unit"));
    }

    @Test
    void ratesAndTheirKinds() {
        assertEquals(UnitKind.RATE, UnitKind.of("元/人"));
        assertEquals(UnitKind.RATE, UnitKind.of("立方米/日"));
        assertEquals(UnitKind.RATE, UnitKind.of("元/人*月"));
        assertEquals(new UnitKind.Rate("元", "人·月"), UnitKind.per("元/人*月"));
        assertEquals(new UnitKind.Rate("元", "人·月"), UnitKind.per("元/人/月"));
        assertEquals(UnitKind.MONEY, UnitKind.base("元/平方米"));
        assertEquals(UnitKind.VOLUME, UnitKind.base("立方米/日"));
        assertEquals(UnitKind.COUNT, UnitKind.of("人/次"));   // 人次, as a 度量单位 column spells it
        assertNull(UnitKind.per("人/次"));
        assertNull(UnitKind.of("元/份额"));                    // what it is per is no unit known
        assertNull(UnitKind.of("%/元"));                       // nothing is per yuan
        assertEquals(new BigDecimal("500"), in("0.05万元/人", "≤ 500元/人").stripTrailingZeros().movePointRight(0).setScale(0));
        assertEquals(new BigDecimal("24"), in("24人次", "24人/次"));
        assertEquals(new BigDecimal("24"), in("24人/次", "24人次"));
        assertNull(in("1200元/户", "≤ 1000元/人"));
        assertNull(in("30元/人", "≤ 1000元/人·月"));
        assertNull(in("30元", "≤ 1000元/人"));
        // per person per year and per person: one measure in a year's form (session 36); per month, per household are not
        assertEquals(new BigDecimal("2600"), in("2600元/人", "3000元/人·年"));
        assertEquals(new BigDecimal("2600"), in("0.26万元/人/年", "3000元/人").stripTrailingZeros().setScale(0));
        assertNull(in("1200元/户·年", "≤ 1000元/人"));
        assertNull(in("100元/人·月", "≤ 1000元/人·年"));
        assertNull(in("100万元/年", "≤ 1000万元"));
        assertEquals(true, UnitKind.samePer("人·年", "人"));
        assertEquals(true, UnitKind.samePer("年·人", "人"));
        assertEquals(false, UnitKind.samePer("人·月", "人"));
        assertEquals(false, UnitKind.samePer("户·年", "人"));
    }

    private static BigDecimal in(String actual, String target) {
        TargetValue a = TargetParser.parse(actual);
        TargetValue t = TargetParser.parse(target);
        BigDecimal v = TargetParser.inUnitOf(a, t);
        assertEquals(v != null, TargetParser.sameTerms(t, a), actual + " / " + target);
        return v;
    }
}
