package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A qualitative actual as a grade of its target's word (SC-2), as the scorer and score-ignores-missed-target read it. */
class GradeTest {
    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "达标; 基本达标; PARTLY",
        "及时; 较及时; PARTLY",
        "及时; 比较及时; PARTLY",
        "完成; 部分完成; PARTLY",
        "达标; 基本达标。; PARTLY",     // a full stop after it changes nothing
        "达标; 未达标; NOT",
        "及时; 不及时; NOT",
        "达标; 尚未达标; NOT",
        "不超标; 未不超标; NONE",       // the target is itself a negation: no double negation read
        "达标; 达标; NONE",              // the same words: not a grade of them (达成 is the framework's)
        "达标; 很达标; NONE",
        "达标; 基本上已达标; NONE",      // more than two characters before it
        "是; 基本达到; NONE"             // a word of its own, not the target's: the framework's list decides
    })
    void theActualAsAGradeOfTheTargetsWord(String target, String actual, Grade expected) {
        assertEquals(expected, Grade.of(target, actual));
    }

    /** The framework's words (mof-project-2020's kind): 达成预期指标, 完成 for 达成; 基本达到, 基本完成, 部分完成 for 部分达成. */
    private static final java.util.List<String> ACHIEVED = java.util.List.of("达成预期指标", "完成", "达到");
    private static final java.util.List<String> PARTIAL = java.util.List.of("基本达到", "基本完成", "部分完成");

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "是; 是; ACHIEVED",
        "是; 达成预期指标。; ACHIEVED",
        "是; 基本达到; PARTLY",           // the framework's word for 部分达成
        "达到; 基本达到; PARTLY",
        "是; 部分完成; PARTLY",
        "达标; 基本达标; PARTLY",         // Grade.of's grades stand
        "及时; 较及时; PARTLY",
        "达标; 未达标; NOT",
        "是; 未完成; NOT",                // the framework's word for 达成, denied
        "是; 未达成预期指标; NOT",
        // a target that is itself a lower grade: an actual of that grade, or better, achieves it
        "基本达到; 基本达到; ACHIEVED",
        "基本达到; 基本完成; ACHIEVED",
        "较及时; 及时; ACHIEVED",
        "较完善; 基本完善; ACHIEVED",
        "较好; 比较好; ACHIEVED",
        "较好; 基本较好; PARTLY",         // a grade word before the target's whole word
        "有效; 较为有效; NONE",           // 较为 is no grade word of the list: not guessed
        "是; 见附件; NONE",
        "不超标; 未不超标; NONE",
        // a phrase that merely begins with a grade word is no lower grade: 基本达到 / 部分完成 fall short of it
        "较上年有所提升; 基本达到; PARTLY",
        "基本实现全覆盖; 部分完成; PARTLY",
        "基本公共服务均等化; 基本达到; PARTLY",
        "基本全覆盖; 基本达到; PARTLY",      // 全覆盖 is no grade adjective (review R2): as 基本实现全覆盖
        "基本无事故; 部分完成; PARTLY",
        // the framework's word for 达成 with a percentage done after it (大英 2020's 实施进度: 已完成100%): at 100 % (or
        // more) the word alone; below it 部分达成; at 0 % 未达成
        "按质按量完成; 完成100%; ACHIEVED",
        "按质按量完成; 完成 100 ％; ACHIEVED",
        "有效; 完成100.0%; ACHIEVED",
        "完成; 完成100%; ACHIEVED",
        "有效; 完成80%; PARTLY",
        "有效; 完成0%; NOT",
        "有效; 达到100%; NONE",           // 完成 and 已完成 only
        "有效; 实际完成100%; NONE",
        "有效; 100%; NONE",
        "有效; 完成率100%; NONE",
        // one part done, another not (session 29): 部分达成, as 部分完成; not where the whole is done, the thing done is
        // in use, nothing is left (未发生 is no work), or the target asks for progress itself
        "按期完工; 一期已完工，二期正在推进; PARTLY",
        "按期完工; 一期已完工，二期正在推进。; PARTLY",
        "按期完工; 主体已完工；附属工程尚未完工; PARTLY",
        "按期完工; 已完成一期建设，二期推进中; PARTLY",
        "完成; 一期完成，二期未完成; PARTLY",
        "完成; 一期建成，二期在建; PARTLY",
        "基本完成; 一期已完工，二期正在推进; ACHIEVED",  // the target is itself a lower grade
        "按期完工; 项目已完工，设施正在发挥作用; NONE",
        "完成全年培训任务; 培训正在按计划进行，已完成全年任务; NONE",
        "按期完工; 已完工，未发生安全事故; NONE",
        "按期完工; 一期已完工，二期基本完成; NONE",      // 基本完成 is no work left in the clause sense, nor a part done
        "按计划推进; 一期已完工，二期正在推进; NONE",
        "按期完工; 一期正在推进; NONE",                   // no part done: the rule's under-way word, not a grade
        "按期完工; 一期、二期已全部完工; NONE"
    })
    void theActualReadWithTheFrameworksWords(String target, String actual, Grade expected) {
        assertEquals(expected, Grade.read(target, actual, ACHIEVED, PARTIAL));
    }

    /**
     * A target that states a direction only and an actual that states a change by a figure (蚕茶卫生院 2021, t81: 门诊住院人次
     * 增加 → 增372人次, 业务收入 超上年度 → 增收27万元, each 0 points before, for a 完成档次 the form has no column for; trial E5,
     * session 42): met the target's way by more than nothing; the other way, or by nothing, a miss; not read otherwise.
     */
    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "增加; 增372人次; ACHIEVED",
        "增加; 增加372人次。; ACHIEVED",
        "增加; +372; ACHIEVED",
        "增加; 同比增长１５％; ACHIEVED",
        "有所提高; 较上年提高2.5个百分点; ACHIEVED",
        "较上年增长; 增长8%; ACHIEVED",
        "超上年度; 增收27万元; ACHIEVED",
        "下降; 下降3%; ACHIEVED",
        "减少; 减少5起; ACHIEVED",
        "有所降低; 同比降低1.2%; ACHIEVED",
        "减少; －2; ACHIEVED",
        "低于上年; 减少12万元; ACHIEVED",
        // the other way, or by nothing: a miss, never a pass
        "减少; 增372人次; NOT",
        "减少; +3; NOT",
        "增加; 下降2%; NOT",
        "提高; 减少5人; NOT",
        "增加; 增0人次; NOT",
        "超上年度; 减收3万元; NOT",
        // not a direction-only target, or not one change by one figure: as before
        "提高2%; 提高3%; NONE",             // a figure in the target: a quantity's, not this reading
        "增加; 372人次; NONE",              // no direction said: which way is not known
        "增加; 签约率提高1%体检率下降1%; NONE",
        "增加; 有所增加; NONE",
        "增加; 较上年明显增加; NONE",
        "服务质量提高; 提高5%; NONE",      // the target names a measure: not a direction alone
        "不增加; 增0人次; NONE"
    })
    void aDirectionOnlyTargetAndAChangeByAFigure(String target, String actual, Grade expected) {
        assertEquals(expected, Grade.read(target, actual, ACHIEVED, PARTIAL));
    }

    @ParameterizedTest(name = "{0} denies {1}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
        "未完成; 完成", "尚未达到; 达到", "未能达标; 达标", "不符合要求; 符合要求", "未; null", "完成; null", "无; null"
    })
    void whatTheWordsDeny(String words, String expected) {
        assertEquals(expected, Grade.denied(words));
    }
}
