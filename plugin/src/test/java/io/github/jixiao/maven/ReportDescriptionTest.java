package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The site's Project Reports page describes jixiao's page in the page's language (jixiao.locale), not the site's. */
class ReportDescriptionTest {
    private static String description(String jixiaoLocale, Locale site) throws Exception {
        ReportMojo mojo = new ReportMojo();
        java.lang.reflect.Field f = ReportMojo.class.getDeclaredField("jixiaoLocale");
        f.setAccessible(true);
        f.set(mojo, jixiaoLocale);
        return mojo.getDescription(site);
    }

    @Test
    void theDescriptionFollowsJixiaoLocale() throws Exception {
        assertEquals("预算绩效申报的校验、问题与评分表（jixiao）", description("zh-CN", Locale.ENGLISH));
        assertEquals("预算绩效申报的校验、问题与评分表（jixiao）", description(null, Locale.ENGLISH));
        assertEquals("Validation, findings and score sheet of the budget-performance submission (jixiao)", description("en", Locale.CHINESE));
        assertEquals("Validation, findings and score sheet of the budget-performance submission (jixiao)", description("fr", Locale.ENGLISH));
    }
}
