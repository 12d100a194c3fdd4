package io.github.jixiao.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.report.Fingerprints;
import io.github.jixiao.report.Messages;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 57 (audit s56 A11 row C4, its {@code level1} key): a whole 一级 category missing at 自评 or 运行监控 is missing
 * from the targets approved at the start of the year, which cannot be added to now. indicator-category-missing says so
 * ({@code level1-approved}, the {@code level1} fingerprint), as session 56's {@code approved} does for a 二级: 金堡 渔业
 * 2020 (t56, 自评), 效益指标 printed with no row under it. At 目标申报 (宁津 助学金 2019, t51) "请补充该类三级指标" stays.
 */
class CategoryLevel1StageTest {

    private static Finding only(Path tmp, String table) throws Exception {
        Samples.copyTree(Samples.realTable(table), tmp);
        List<Finding> found = new Engine().run(EngineOptions.of(tmp, tmp.resolve("submission"))).findings().stream()
                .filter(f -> f.ruleId().equals("indicator-category-missing")).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void jinbusBenefitsMissingAtSelfEvaluationAreTheApprovedTargets(@TempDir Path tmp) throws Exception {
        Finding f = only(tmp, "t56-jinbu-yuye-2020");
        assertEquals("level1-approved", f.key());
        assertEquals(Fingerprints.of(f.ruleId(), f.file(), "level1", f.args().subList(0, 2)), Fingerprints.of(f));
        assertEquals("年初批复的绩效目标中没有任何“效益指标”（经济效益指标、社会效益指标、生态效益指标、可持续影响指标 中的任一类）指标，也没有注明不适用。"
                + "自评按批复的目标逐项填报，不能事后补设：请在报告中说明缺少该类指标的原因，并在下一年度申报绩效目标时补设该类指标。",
                new Messages(Messages.ZH).message(f));
        assertEquals("The performance targets approved at the start of the year have no \"效益指标\" indicator at all (any of 经济效益指标, 社会效益指标, "
                + "生态效益指标, 可持续影响指标), and the category is not marked as not applicable. The self-evaluation reports on the approved targets "
                + "row by row, and none can be added after the fact: state in the report why this category is missing, and set indicators of it "
                + "when next year's targets are declared.", new Messages(Locale.ENGLISH).message(f));
    }

    @Test
    void ningjinsBenefitsMissingAtTargetSettingAreToBeAdded(@TempDir Path tmp) throws Exception {
        Finding f = only(tmp, "t51-ningjin-zhuxuejin-2019");
        assertEquals("level1", f.key());
        assertEquals("没有任何“效益指标”（经济效益指标、社会效益指标、生态效益指标、可持续影响指标 中的任一类）指标，也没有注明不适用。"
                + "请补充该类三级指标；确实不适用的，加一行：一级指标“效益指标”、三级指标写“不适用”（JSON 中为 level1 和 notApplicable: true）。",
                new Messages(Messages.ZH).message(f));
    }
}
