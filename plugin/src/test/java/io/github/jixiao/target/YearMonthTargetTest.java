package io.github.jixiao.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Session 52 (F19), 施甸 2021's 自评表 (t115): a target "2023.12" on a row named as a time (项目竣工时间) is that month, a
 * deadline; before, the number 2023.12, read as "≥ 2023.12" (the higher the better).
 */
class YearMonthTargetTest {

    @Test
    void aYearAndMonthOnARowOfATimeIsThatMonth() {
        assertEquals("2023年12月", TargetParser.yearMonthOfTimeRow("项目竣工时间", "2023.12"));
        assertEquals("2023年6月", TargetParser.yearMonthOfTimeRow("完成时间", "2023/6"));
        assertEquals("2022年10月", TargetParser.yearMonthOfTimeRow("项目完成时限", " 2022.10 "));
        TargetValue v = TargetParser.parse(TargetParser.yearMonthOfTimeRow("项目竣工时间", "2023.12"));
        assertEquals("20231231", v.low().toPlainString(), "a month without its day: its last, as 2023年12月 is read");
        // a length of time, a figure on another row, no month, or no calendar year: as written
        assertNull(TargetParser.yearMonthOfTimeRow("培训时间", "2023.12"));
        assertNull(TargetParser.yearMonthOfTimeRow("项目投资", "2023.12"));
        assertNull(TargetParser.yearMonthOfTimeRow("项目竣工时间", "2023.13"));
        assertNull(TargetParser.yearMonthOfTimeRow("项目竣工时间", "2023.125"));
        assertNull(TargetParser.yearMonthOfTimeRow("项目竣工时间", "1023.12"));
        assertNull(TargetParser.yearMonthOfTimeRow("项目竣工时间", "2023"));
    }
}
