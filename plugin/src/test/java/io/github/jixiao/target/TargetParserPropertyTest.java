package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The parser never throws, and reading a value's canonical form gives the same value back. */
class TargetParserPropertyTest {

    private static final List<String> UNITS = List.of(
            "", "%", "个", "家", "次", "人", "场", "天", "平方米", "万元", "亿元", "元", "人次", "项", "个工作日", "元/人");

    @Property(tries = 2000)
    void arbitraryStringsNeverThrow(@ForAll String s) {
        check(s);
    }

    @Property(tries = 3000)
    void targetLikeStringsNeverThrow(@ForAll("targetish") String s) {
        check(s);
    }

    private static void check(String s) {
        TargetValue v = TargetParser.parse(s);
        assertNotNull(v);
        assertNotNull(v.kind());
        assertNotNull(v.format());
        assertNotNull(TargetParser.compare(v, v));
        TargetParser.sameTerms(v, TargetParser.parse("≥ 90%"));
    }

    /** Strings made of what targets are made of: digits, comparators, dashes, units, words. */
    @Provide
    Arbitrary<String> targetish() {
        Arbitrary<String> pieces = Arbitraries.of(
                "≥", "≤", "≧", "≦", ">", "<", "=", "＞", "＜", "＝", ">=", "<=", "~", "～", "—", "－", "-", "至", "到",
                "%", "％", "个", "家", "人", "次", "场", "天", "平方米", "万元", "亿元", "元", "/", "百分比",
                "不少于", "以上", "以内", "内", "达到", "至少", "不超过", "明显", "优/良/中/差", " ", "\u3000", ",", "，", ".", "．",
                "0", "1", "9", "10", "100", "95.5", "1,000", "１２", "00", "(", "（", "\uD83D\uDE00", "\u0000");
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void formatReadsBack(@ForAll("values") TargetValue v) {
        TargetValue back = TargetParser.parse(v.format());
        assertSame(v, back);
    }

    /** Whatever reads as a quantity reads the same from its canonical form. */
    @Property(tries = 3000)
    void formatIsAFixedPoint(@ForAll("targetish") String s) {
        TargetValue v = TargetParser.parse(s);
        if (v.isQuantitative()) {
            assertSame(v, TargetParser.parse(v.format()));
        }
    }

    /** Cases jqwik found: a comparator word caught in the unit of a range (以上, 以内, 内). */
    @net.jqwik.api.Example
    void comparatorWordsAreNotUnits() {
        for (String s : java.util.List.of("95.5天以上—1000天以上", "0至以上—0至以上", "0至以上以上", "95.5天以上~1000天以上", "10天以内-20天以内", "10次内-1,000", "0个内~0")) {
            TargetValue v = TargetParser.parse(s);
            if (v.isQuantitative()) {
                assertSame(v, TargetParser.parse(v.format()));
            }
        }
    }

    private static void assertSame(TargetValue want, TargetValue got) {
        String at = want.format() + " → " + got;
        assertEquals(want.kind(), got.kind(), at);
        assertEquals(want.comparator(), got.comparator(), at);
        assertEquals(want.explicitComparator(), got.explicitComparator(), at);
        assertEquals(0, want.low().compareTo(got.low()), at);
        assertEquals(0, want.high().compareTo(got.high()), at);
        assertEquals(want.unit(), got.unit(), at);
    }

    @Provide
    Arbitrary<TargetValue> values() {
        Arbitrary<BigDecimal> numbers = Arbitraries.bigDecimals()
                .between(new BigDecimal("-1000000"), new BigDecimal("1000000000"))
                .ofScale(2)
                .map(BigDecimal::stripTrailingZeros);
        Arbitrary<String> units = Arbitraries.of(UNITS);
        Arbitrary<String> comparators = Arbitraries.of("GE", "LE", "GT", "LT", "EQ", "BARE", "RANGE");
        return Combinators.combine(comparators, numbers, numbers, units).as((c, a, b, u) -> {
            if (c.equals("RANGE")) {
                return new TargetValue(TargetValue.Kind.QUANTITATIVE, Comparator.RANGE, true, a.min(b), a.max(b), u, "", false, false);
            }
            Comparator cmp = c.equals("BARE") ? Comparator.EQ : Comparator.valueOf(c);
            return new TargetValue(TargetValue.Kind.QUANTITATIVE, cmp, !c.equals("BARE"), a, a, u, "", false, false);
        });
    }
}
