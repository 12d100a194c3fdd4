package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A miss an actual states in words ({@link StatedMiss}), read once for the rule (indicator-target-missed stated) and the
 * scorer ({@link Grade#read}): a part of the work named before it is 部分达成, the whole 未达成 (SC-2); denials, what did not
 * happen and negative targets met are no lower grade (met in the target's own words: 达成).
 */
class StatedMissTest {

    /** mof-project-2020's kind of words, as GradeTest uses them. */
    private static final List<String> ACHIEVED = List.of("达成预期指标", "完成", "达到", "按时完成");
    private static final List<String> PARTIAL = List.of("基本达到", "基本完成", "部分完成");

    @ParameterizedTest(name = "{0} → {1}: {2} {3}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        // 吕梁 2021 (real table t58, row 6): periods 1-2 of 1-6, a part
        "1-6期培训结束后及时考核; 1-2期未能及时培训; 未能; PARTLY",
        "全部通过验收; 2所未达到验收标准; 未达到; PARTLY",
        "培训结束后一个月内发放; 第三期补贴未按时发放; 未按时; PARTLY",
        "按期完工; 部分项目未完成; 未完成; PARTLY",
        "全部按时结业; 个别学员未按时结业; 未按时; PARTLY",
        "按期完工; 二期工程未完成; 未完成; PARTLY",
        "每季度开展一次; 其中1次未开展; 未开展; PARTLY",
        // the whole stated as not done or not met
        "培训结束后一个月内发放; 补贴未按时发放; 未按时; NOT",
        "按计划开展培训; 培训未能开展; 未能; NOT",
        "资金全部到位; 资金未到位; 未到位; NOT",
        "按期完工; 项目未完成; 未完成; NOT",
        "开展督导检查; 督导工作未开展; 未开展; NOT",
        "按计划实施; 2021年项目未能实施; 未能; NOT",   // a year counts nothing
        "统一标准发放; 统一未按时发放; 未按时; NOT",   // 统一's 一 counts nothing
        // no miss: denied, did not happen, the target negative or repeated, not yet, closing out
        "全部达标; 不存在未达标情况; -; NONE",
        "政策全面落实; 杜绝未落实情况; -; NONE",
        "资金全部到位; 无未到位资金; -; NONE",
        "按期完工; 已完工，未出现未按期情况; -; NONE",
        "无安全事故; 未发生安全事故; -; NONE",
        "资金使用合规; 未发现违规使用资金问题; -; NONE",
        "不发生有效投诉; 未出现有效投诉; -; NONE",
        "零事故; 零事故; -; ACHIEVED",
        "无有效投诉; 无有效投诉; -; ACHIEVED",
        "培训质量达标; 培训质量达标，未能参训学员已安排下期补训; -; NONE",
        "未超标准发放; 未超标准发放; -; ACHIEVED",
        "及时; 未能发生延误; -; NONE",
        "按期完工; 二期尚未完成; -; NONE",            // not yet: work under way, no grade guessed
        "按期完工; 附属工程未完工; -; NONE",          // a building's 未完工: still going on
        "按期完工; 二期未完成竣工决算; -; NONE"       // closing out only
    })
    void readAndGraded(String target, String actual, String word, Grade grade) {
        StatedMiss.Reading r = StatedMiss.of(target, actual);
        assertEquals(word, r == null ? null : r.word());
        assertEquals(grade, Grade.read(target, actual, ACHIEVED, PARTIAL));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "1-2期; true", "2所; true", "第三期补贴; true", "二期工程; true", "部分项目; true", "个别学员; true", "其中; true",
        "２所; true", "培训; false", "2021年项目; false", "统一; false", "一律; false", "全部; false", "100%; false"
    })
    void whatNamesAPart(String before, boolean part) {
        assertEquals(part, StatedMiss.part(before));
    }
}
