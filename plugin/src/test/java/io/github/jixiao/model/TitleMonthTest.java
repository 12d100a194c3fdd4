package io.github.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The month a monitoring table's title says its figures run to ({@link MonitoringMonth#titleMonth}), read where funds.toDateMonth
 * is not given (session 45): only where the title names one month for sure.
 */
class TitleMonthTest {

    @Test
    void theMonthsFromJanuaryOrAsOfTheMonthsEnd() {
        assertEquals(6, MonitoringMonth.titleMonth("黄石市2019年1-6月项目支出绩效监控表", 2019));
        assertEquals(7, MonitoringMonth.titleMonth("项目支出绩效目标执行监控表（1—7月）", 2019));
        assertEquals(6, MonitoringMonth.titleMonth("１至６月绩效监控表", 2019));
        assertEquals(6, MonitoringMonth.titleMonth("绩效监控表（截至2019年6月30日）", 2019));
        assertEquals(6, MonitoringMonth.titleMonth("绩效监控表（截至6月底）", 2019));
        assertEquals(6, MonitoringMonth.titleMonth("2019年上半年项目支出绩效监控表", 2019));
        assertEquals(9, MonitoringMonth.titleMonth("2019年前三季度绩效运行监控表", 2019));
        assertEquals(2, MonitoringMonth.titleMonth("绩效监控表（截至2020年2月29日）", 2020));
    }

    @Test
    void noMonthWhereNotSure() {
        assertNull(MonitoringMonth.titleMonth("黄石市项目支出绩效监控表", 2019));
        assertNull(MonitoringMonth.titleMonth("绩效监控表（截至2019年6月15日）", 2019), "part of the month");
        assertNull(MonitoringMonth.titleMonth("2019年1-6月绩效监控表（截至7月底）", 2019), "two months");
        assertNull(MonitoringMonth.titleMonth("绩效监控表（截至2018年12月31日）", 2019), "another year");
        assertNull(MonitoringMonth.titleMonth("绩效监控表（1-13月）", 2019));
        assertNull(MonitoringMonth.titleMonth("2019年度项目支出绩效自评表", 2019));
        assertNull(MonitoringMonth.titleMonth("11-6月绩效监控表", 2019), "no 1 before the range");
        assertNull(MonitoringMonth.titleMonth(null, 2019));
    }
}
