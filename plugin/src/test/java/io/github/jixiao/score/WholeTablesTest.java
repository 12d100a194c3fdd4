package io.github.jixiao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.testing.Samples;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one way tests read a cut real table whole ({@link Samples#wholeFramework}, since session 55: before, t72 was a second
 * copy of its submission under whole-tables/ and MetMarkedDownTest named t6, t44 and t45 by their directories): each of
 * {@link Samples#WHOLE_TABLES}, and any copy of one wherever it is copied, is scored on the built-in its partial framework
 * extends; any other project on its own framework.
 */
class WholeTablesTest {

    @Test
    void eachWholeTableAndItsCopiesOnTheBuiltInItExtends(@TempDir Path tmp) throws Exception {
        assertEquals("mof-project-2020", Samples.wholeFramework(Samples.realTable("t6-lijiang-2020")));
        assertEquals("mof-project-2020", Samples.wholeFramework(Samples.realTable("t44-daying-shuangxin-2020")));
        assertEquals("mof-project-2020", Samples.wholeFramework(Samples.realTable("t45-sichuan-zixuan-fragment")));
        assertEquals("chongqing-department-2021", Samples.wholeFramework(Samples.realTable("t72-zhongxian-kexie-2024")));
        // a copy, whatever its directory is called (MetMarkedDownTest's "t6", ZhongxianRows' test names)
        Path copy = tmp.resolve("any-name");
        Samples.copyTree(Samples.realTable("t6-lijiang-2020"), copy);
        assertEquals("mof-project-2020", Samples.wholeFramework(copy));
    }

    @Test
    void otherProjectsOnTheirOwnFramework() {
        // t11 and t62 (MoneyOutputScoreTest, MetMarkedDownTest) are read as they are; so is the sample, naming a built-in
        assertNull(Samples.wholeFramework(Samples.realTable("t11-langfang-shipin-2019")));
        assertNull(Samples.wholeFramework(Samples.realTable("t62-xinzhou-chujutuan-2020")));
        assertNull(Samples.wholeFramework(Samples.realTable("t13-xiangyang-zhongxin-2021"))); // partial, but no test's whole table
        assertNull(Samples.wholeFramework(Samples.project()));
    }

    /**
     * What reading whole changes: t72 with its four rows filled in (ZhongxianRows.FULL) scores 99.68 graded 优 on the
     * built-in; on its own partial framework (the cut said) the same rows give no grade.
     */
    @Test
    void theTrialTableIsGradedOnlyReadWhole(@TempDir Path tmp) throws Exception {
        Path p = ZhongxianRows.copy(tmp, "t72", ZhongxianRows.FULL);
        EngineResult whole = ZhongxianRows.run(p, Locale.SIMPLIFIED_CHINESE);
        assertEquals("chongqing-department-2021", whole.sheet().frameworkId());
        assertFalse(whole.sheet().partial());
        assertEquals("优", whole.sheet().grade());
        EngineResult own = new io.github.jixiao.engine.Engine().run(io.github.jixiao.engine.EngineOptions.of(p, p.resolve("submission")));
        assertTrue(own.sheet().partial());
        assertFalse(own.sheet().graded(), own.sheet().grade());
    }
}
