package io.github.jixiao.score;

import static io.github.jixiao.score.Fixtures.leaf;
import static io.github.jixiao.score.Fixtures.submission;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A qualitative row whose actual is 已完成 or 完成 with the share done after it (大英 2020's 实施进度 column: 按质按量完成 /
 * 已完成100%) is graded as 已完成 alone is (SC-2, said as a score-assumption): 100 % 达成, less 部分达成, 0 % 未达成; the
 * score kept within that grade's band. Before, 已完成100% was a quantity beside words: not scored, and an error.
 */
class ShareDoneTest {

    @ParameterizedTest(name = "{0} → {1}, claimed {2}: {3} ({4})")
    @CsvSource(delimiter = ';', value = {
        "按质按量完成; 已完成100%; 10; 10.00; 达成",
        "按质按量完成; 完成100%; 10; 10.00; 达成",
        "有效; 已完成100%; 10; 10.00; 达成",
        "按质按量完成; 已完成80%; 7; 7.00; 部分达成",
        "按质按量完成; 已完成80%; 10; 8.00; 部分达成",   // above the band: counts 8
        "按质按量完成; 已完成0%; 3; 3.00; 未达成",
        "有效; 实际完成100%; 10; 10.00; ",             // other words: not guessed, the unit's score kept unchecked
        "有效; 100%; 10; 10.00; "                      // a percentage alone: not guessed, the unit's score kept unchecked
    })
    void theShareDoneReadAsItsGrade(String target, String actual, String claimed, String expected, String level) {
        Fixtures.Scored r = leaf("mof-project-2020", "benefit-indicators", submission("indicators", "{'indicators': [{'level1': '效益指标', "
                + "'level2': '社会效益指标', 'name': '创建质量', 'target': '" + target + "', 'actual': '" + actual + "', 'points': 10, "
                + "'score': " + claimed + "}]}"));
        Fixtures.assertReadAsGrade(r, expected, level);
    }
}
