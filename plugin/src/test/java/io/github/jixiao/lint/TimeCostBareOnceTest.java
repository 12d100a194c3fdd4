package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One note at a target with no comparator whose other note is about the same figure (Engine.timeCostBareOnce; N1's
 * left-alone items, session 47): 金埠 2020's "12月底之前完成 | 100%" (time-in-name-bare) and 衡山 2020's 收购价格执行率 "100%"
 * under 成本 (cost-rate-bare) say how the figure is read, and indicator-target-no-comparator says nothing more there. The
 * fingerprints are time-in-name's and cost-rate's. And 区商务局 2020's stated 总分 100 below its printed 得分 120 is said by
 * score-weights' total-categories-stated (Engine.shortfallOnce), the fingerprint total's.
 */
class TimeCostBareOnceTest {

    private static List<Finding> run(String table) throws Exception {
        Path project = Path.of(TimeCostBareOnceTest.class.getResource("/real-tables/" + table).toURI());
        return new Engine().run(EngineOptions.of(project, project.resolve("submission"))).findings();
    }

    private static List<String> at(List<Finding> all, String pointer) {
        return all.stream().filter(f -> f.pointer().equals(pointer)).map(f -> f.ruleId() + " " + f.key()).sorted().toList();
    }

    @Test
    void aDeadlineInTheNameOverABareHundredPercentIsOneNote() throws Exception {
        List<Finding> all = run("t56-jinbu-yuye-2020");
        assertEquals(List.of("indicator-time-cost-unspecified time-in-name-bare"), at(all, "/indicators/2/target"));
        Finding f = all.stream().filter(x -> x.key().equals("time-in-name-bare")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("把时限写在了名称里，指标值却是“100%”（没有比较符，按“≥ 100%”理解）"), zh);
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.contains("(with no comparator, read as \"≥ 100%\")"), en);
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "time-in-name", f.args().subList(0, 5)), Fingerprints.of(f));
    }

    @Test
    void aCostTargetThatIsOnlyABareRateIsOneNote() throws Exception {
        List<Finding> all = run("t7-hengshan-2020");
        assertEquals(List.of("indicator-time-cost-unspecified cost-rate-bare"), at(all, "/indicators/7/target"));
        Finding f = all.stream().filter(x -> x.key().equals("cost-rate-bare") && x.pointer().equals("/indicators/7/target")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("只是一个比率（没有比较符，按“≥ 100%”理解），说不出成本是多少"), zh);
        assertTrue(new Messages(Locale.ENGLISH).message(f).contains("read as \"≥ 100%\""), new Messages(Locale.ENGLISH).message(f));
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "cost-rate", f.args().subList(0, 2)), Fingerprints.of(f));
    }

    @Test
    void aStatedTotalBelowTheCategoryPointsIsSaidWithThem() throws Exception {
        List<Finding> all = run("t18-shangwu-fuwumaoyi-2020");
        assertTrue(all.stream().noneMatch(x -> x.key().equals("total-stated")), all.toString());
        Finding f = all.stream().filter(x -> x.key().equals("total-categories-stated")).findFirst().orElseThrow();
        String zh = new Messages(Messages.ZH).message(f);
        assertTrue(zh.contains("表中所写各项得分之和因此为 120 分，大于所写综合评分 100 分"), zh);
        assertTrue(new Messages(Locale.ENGLISH).message(f).contains("add up to 120, more than its stated total 100"),
                new Messages(Locale.ENGLISH).message(f));
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "total", f.args().subList(0, 3)), Fingerprints.of(f));
    }
}
