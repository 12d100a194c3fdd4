package io.github.jixiao.lint.rules;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.lint.Category;
import io.github.jixiao.lint.Rule;
import io.github.jixiao.lint.RuleContext;
import io.github.jixiao.lint.RuleInfo;
import io.github.jixiao.model.Funds;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Money;
import io.github.jixiao.model.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year's money written some ten thousand times below what the report's own count × per-head standard makes it: 保山
 * 卫健委 2022 春节慰问 (t130), "市级资金配套3.6元" beside "慰问对象120人,慰问标准300/人" (120 × 300 = 36000 元 = 3.6 万元): 万元
 * written 元, a unit slip (F23's left-alone, session 57). Only a product 5000 to 20000 times the amount (a factor of 10⁴ give or
 * take two) is read as the slip: a shortfall, a part of the people paid, a monthly standard (×12) are not.
 */
@RuleInfo(
        id = "funds-unit-slip",
        severity = Severity.WARNING,
        category = Category.PLAUSIBILITY,
        titleZh = "资金金额约为人数 × 标准的万分之一（单位疑写错）",
        titleEn = "The funds some ten thousand times below the count times the per-head standard (unit slip)",
        rationaleZh = "资金金额的单位（元、万元）写错，整份表的金额就差一万倍，执行率照样是 100%，却没有一个数对得上。"
                + "同一份申报自己写明了人数（户数）和每人（每户）的标准的（年度总体目标或其实际完成情况的一句中，或绩效指标的两行：“慰问对象120人”“慰问标准300元/人”），"
                + "人数 × 标准约为全年预算数（没有预算数的，执行数）的 1 万倍（5000 至 20000 倍）的，金额像是把“万元”写成了“元”（保山市卫健委 2022 春节慰问经费："
                + "“市级资金配套3.6元”，慰问对象 120 人 × 300 元/人 = 36000 元 = 3.6 万元），报告警告：请核对金额及其单位。"
                + "只在差约一万倍时报告：没有发足人数、只对部分人按标准发放、按月的标准（元/人·月）乘人数都差不到这个倍数，不报告；人数或标准带“万”的按万计。",
        rationaleEn = "A unit slip in the money (元 (yuan) for 万元 (10,000 yuan)) puts every amount of the form out by ten thousand, while the execution rate still reads 100 %. "
                + "Where the submission itself states a count of people (or households) and a standard per head (in one sentence of the overall goal or its achievement, or in two "
                + "indicator rows: 慰问对象120人 (120 people visited), 慰问标准300元/人 (300 yuan a head)) and the count times the standard is about 10,000 times the full-year budget "
                + "(the executed amount where no budget is given; 5,000 to 20,000 times), the amount looks like 万元 written as 元 (Baoshan health commission 2022, Spring Festival visits: "
                + "市级资金配套3.6元 (city matching funds 3.6 yuan), 120 people × 300 yuan = 36,000 yuan = 3.6 × 10,000 yuan): a warning to check the amount and its unit. "
                + "Only a factor of about ten thousand is reported: a count not all paid, a standard paid to some only, a monthly standard (yuan a head a month) times the count fall far short "
                + "of it; a count or standard in 万 (ten thousands) is read so.",
        source = "保山市卫生健康委员会 2022年度项目绩效自评报告（春节慰问经费项目：市级资金配套“3.6元”，慰问对象 120 人、慰问标准 300/人）实例",
        sourceEn = "Baoshan health commission 2022 project self-evaluation report (Spring Festival visits: city matching funds printed as 3.6 yuan, 120 people visited at 300 a head) example",
        messages = {
            @RuleInfo.Message(zh = "资金“{0}”为 {1}，但{2}写明“{3}”“{4}”，按此约需 {5} 元（{6} 万元），是所写金额的约 1 万倍：金额的单位像是把“万元”写成了“元”。请核对金额及其单位。",
                    en = "The funds \"{0}\" are {1}, yet the {7} states \"{3}\" and \"{4}\", which come to about {5} yuan ({6} × 10,000 yuan), some ten thousand times the amount written: "
                            + "the unit looks like 万元 (10,000 yuan) written as 元 (yuan). Check the amount and its unit.")
        })
public final class FundsUnitSlip implements Rule {

    private static final BigDecimal LOW = BigDecimal.valueOf(5_000);
    private static final BigDecimal HIGH = BigDecimal.valueOf(20_000);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** A count of people or households: 120人, 4604人, 11万人次 (not a standard's 300/人, not part of a longer figure). */
    private static final Pattern COUNT = Pattern.compile("(?<![\\d./])(\\d+(?:\\.\\d+)?)(万)?(人次|人|户|名)(?![/每])");

    /**
     * A standard per head: 300元/人, 300/人, 0.03万元/人, 500元每户; not per head and month, day or week (元/人·月: the
     * count times it is a month's).
     */
    private static final Pattern STANDARD = Pattern.compile(
            "(?<![\\d.])(\\d+(?:\\.\\d+)?)(万元|元)?(?:/|每)(人次|人|户|名)(?![·.*/／]?[月天日周])");

    @Override
    public void check(Submission s, RuleContext ctx) {
        Funds f = s.funds();
        if (f == null || f.total() == null) {
            return;
        }
        Money m = f.total().fullYear() != null ? f.total().fullYear() : f.total().executed();
        if (m == null || m.value().signum() <= 0 || m.src() == null) {
            return;
        }
        BigDecimal yuan = m.yuan();
        List<Object[]> pools = new ArrayList<>();   // {texts, zh, en}
        for (String p : List.of("/overallGoals/expected", "/overallGoals/adjusted", "/overallGoals/achieved")) {
            for (String[] e : Checks.texts(s, p)) {
                pools.add(new Object[] {List.of(e[1]), "/overallGoals/achieved".equals(p) ? "年度总体目标的实际完成情况" : "年度总体目标",
                        "/overallGoals/achieved".equals(p) ? "overall goal's actual completion" : "overall goal"});
            }
        }
        // the rows' texts one by one, in order (no line break can be part of a count or a standard, so they read as the
        // rows joined by line breaks would)
        List<String> rows = new ArrayList<>();
        for (Indicator i : s.applicableIndicators()) {
            String a = Checks.blank(i.actual()) ? i.effectiveTarget() : i.actual();
            if (!Checks.blank(a)) {
                rows.add(a);
            }
        }
        pools.add(new Object[] {rows, "绩效指标", "indicators"});
        for (Object[] pool : pools) {
            @SuppressWarnings("unchecked")
            String[] slip = slip((List<String>) pool[0], yuan);
            if (slip != null) {
                ctx.report(m.src(), Checks.blank(f.total().label()) ? "全年预算数" : f.total().label(), Checks.money(m), (String) pool[1], slip[0], slip[1],
                        slip[2], slip[3], (String) pool[2]);
                return;
            }
        }
    }

    /**
     * The first per-head standard in {@code texts} (in order) with a count of the same unit whose product is 5000 to 20000
     * times {@code yuan}, the first such count in order: {count, standard, product in 元, product in 万元}; null when none.
     * The counts of a unit are sorted by figure once: the product's ratio to {@code yuan} grows with the figure, so the
     * counts that fit a standard are one run of that order, found by two binary searches, and the first of them in the
     * text by a range-minimum table (linear-logarithmic in the counts and standards, not their product: a file of
     * thousands of rows). The reading in test sources (FundsUnitSlipOracleTest) tries every pair.
     */
    static String[] slip(List<String> texts, BigDecimal yuan) {
        Map<String, List<Count>> byUnit = new HashMap<>();
        List<String[]> standardText = new ArrayList<>();   // {figure, 万元?, unit, whole}
        int at = 0;
        for (String text : texts) {
            if (text == null || text.isBlank() || !perHead(text)) {
                continue;
            }
            Matcher c = COUNT.matcher(text);
            while (c.find()) {
                BigDecimal n = new BigDecimal(c.group(1));
                byUnit.computeIfAbsent(c.group(3), u -> new ArrayList<>())
                        .add(new Count(c.group(2) != null ? n.multiply(TEN_THOUSAND) : n, at++, c.group()));
            }
            if (text.indexOf('/') >= 0 || text.indexOf('每') >= 0) {
                Matcher st = STANDARD.matcher(text);
                while (st.find()) {
                    standardText.add(new String[] {st.group(1), st.group(2), st.group(3), st.group()});
                }
            }
        }
        if (byUnit.isEmpty() || standardText.isEmpty()) {
            return null;
        }
        Map<String, Sorted> sorted = new HashMap<>();
        for (String[] st : standardText) {
            BigDecimal each = new BigDecimal(st[0]);
            if ("万元".equals(st[1])) {
                each = each.multiply(TEN_THOUSAND);
            }
            List<Count> counts = byUnit.get(st[2]);
            if (counts == null || each.signum() <= 0) {
                continue;
            }
            Sorted u = sorted.computeIfAbsent(st[2], k -> new Sorted(counts));
            Count n = u.firstFitting(each, yuan);
            if (n != null) {
                BigDecimal product = n.figure.multiply(each);
                return new String[] {n.text, st[3], product.stripTrailingZeros().toPlainString(),
                        product.divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()};
            }
        }
        return null;
    }

    /** Whether {@code text} holds a unit a count can be of (人, 户, 名: 人次 holds 人). */
    private static boolean perHead(String text) {
        return text.indexOf('人') >= 0 || text.indexOf('户') >= 0 || text.indexOf('名') >= 0;
    }

    /** A count as written: its figure (万 read), its place among the counts, its text. */
    private record Count(BigDecimal figure, int order, String text) {}

    /** {@code figure} × {@code each} over {@code yuan}, to two places (half up), as the bounds are compared with. */
    private static BigDecimal ratio(BigDecimal figure, BigDecimal each, BigDecimal yuan) {
        return figure.multiply(each).divide(yuan, 2, RoundingMode.HALF_UP);
    }

    /** A unit's counts sorted by figure (ties in order), with a sparse table of the count first in order over each run. */
    private static final class Sorted {
        private final Count[] byFigure;
        private final int[][] least;   // least[k][i]: the index, among byFigure[i .. i + 2^k - 1], of the count first in order

        Sorted(List<Count> counts) {
            byFigure = counts.toArray(new Count[0]);
            Arrays.sort(byFigure, Comparator.comparing(Count::figure).thenComparingInt(Count::order));
            int n = byFigure.length;
            int levels = 32 - Integer.numberOfLeadingZeros(n);
            least = new int[levels][];
            least[0] = new int[n];
            for (int i = 0; i < n; i++) {
                least[0][i] = i;
            }
            for (int k = 1; k < levels; k++) {
                int half = 1 << (k - 1);
                least[k] = new int[n - (1 << k) + 1];
                for (int i = 0; i < least[k].length; i++) {
                    least[k][i] = earlier(least[k - 1][i], least[k - 1][i + half]);
                }
            }
        }

        /** The count first in order whose product with {@code each} is 5000 to 20000 times {@code yuan}; null if none. */
        Count firstFitting(BigDecimal each, BigDecimal yuan) {
            int n = byFigure.length;
            int lo = 0;
            int hi = n;   // first index whose ratio is at least LOW
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ratio(byFigure[mid].figure(), each, yuan).compareTo(LOW) >= 0) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            int from = lo;
            hi = n;   // first index whose ratio is above HIGH
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ratio(byFigure[mid].figure(), each, yuan).compareTo(HIGH) > 0) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            int to = lo - 1;
            // counts of figure 0 (or less) make no product: never within the bounds, since LOW is above 0
            if (from > to) {
                return null;
            }
            int k = 31 - Integer.numberOfLeadingZeros(to - from + 1);
            return byFigure[earlier(least[k][from], least[k][to - (1 << k) + 1])];
        }

        private int earlier(int i, int j) {
            return byFigure[i].order() <= byFigure[j].order() ? i : j;
        }
    }
}
