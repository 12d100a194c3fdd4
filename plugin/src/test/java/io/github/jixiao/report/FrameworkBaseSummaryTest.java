package io.github.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.engine.Engine;
import io.github.jixiao.engine.EngineOptions;
import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.score.FrameworkLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The summary pins what produced it: for a framework file that extends a built-in one (鄂州 2021, t14: mof-project-2020
 * marked partial), both the file's id and version and its base's, in score-summary.json, .md and .html; nothing of a
 * base for a framework that extends none (上海 普陀区体育事业管理中心 2022, t10, on the built-in; 黄冈 2020, t27, on a whole file);
 * and, for a file that changes its base's kind (金寨 2023, t34: a 部门整体 自评表 in the 10号 project layout, since session 55),
 * that too.
 */
class FrameworkBaseSummaryTest {

    static EngineResult run(String table) throws URISyntaxException {
        Path project = Path.of(FrameworkBaseSummaryTest.class.getResource("/real-tables/" + table).toURI());
        return new Engine().run(EngineOptions.of(project, project.resolve("submission")));
    }

    @Test
    void theSummaryNamesTheFrameworkAndItsBase() throws Exception {
        EngineResult r = run("t14-ezhou-shenpi-2021");
        String baseVersion = FrameworkLoader.builtIn(FrameworkLoader.MOF_PROJECT).version();
        assertEquals("mof-project-2020-ezhou-shenpi-2021", r.sheet().frameworkId());
        assertEquals("2020.8-partial", r.sheet().frameworkVersion());
        assertEquals("mof-project-2020", r.sheet().frameworkBase());
        assertEquals(baseVersion, r.sheet().frameworkBaseVersion());

        ReportModel.SummaryDocument doc = ScoreSummary.jsonTree(r, ScoreSummaryTest.META);
        assertEquals("mof-project-2020-ezhou-shenpi-2021", doc.frameworkId());
        assertEquals("mof-project-2020-ezhou-shenpi-2021.json", doc.frameworkFile());
        assertEquals("mof-project-2020", doc.frameworkBase());
        assertEquals(baseVersion, doc.frameworkBaseVersion());
        String json = ScoreSummary.json(r, ScoreSummaryTest.META);
        assertTrue(json.contains("\"frameworkBase\" : \"mof-project-2020\"") || json.contains("\"frameworkBase\":\"mof-project-2020\""), json);

        String md = ScoreSummaryMarkdown.render(r, new Messages(Messages.ZH), ScoreSummaryTest.META);
        assertTrue(md.contains("（它扩展 jixiao 内置框架 mof-project-2020 " + baseVersion), md);
        String mdEn = ScoreSummaryMarkdown.render(r, new Messages(Locale.ENGLISH), ScoreSummaryTest.META);
        assertTrue(mdEn.contains("(it extends jixiao's built-in framework mof-project-2020 " + baseVersion), mdEn);
        String html = ScoreSummaryHtml.render(r, new Messages(Messages.ZH), ScoreSummaryTest.META);
        assertTrue(html.contains("它扩展 jixiao 内置框架 mof-project-2020 " + baseVersion), html);
    }

    @Test
    void aFrameworkThatExtendsNoneNamesNoBase() throws Exception {
        EngineResult builtIn = run("t10-putuo-tiyu-2022");
        assertNull(builtIn.sheet().frameworkBase());
        ReportModel.SummaryDocument doc = ScoreSummary.jsonTree(builtIn, ScoreSummaryTest.META);
        assertNull(doc.frameworkBase());
        assertFalse(ScoreSummary.json(builtIn, ScoreSummaryTest.META).contains("frameworkBase"));
        // a whole framework file of the project (黄冈 2020, t27: project-20-80's criteria with its 80 named 目标1 40 分 + 目标2
        // 40 分, a group name an extending file cannot change, so written whole; until session 55 this was 金寨 2023's t34,
        // whose kind department an extending file could not give then)
        EngineResult whole = run("t27-huanggang-shuibao-2020");
        assertEquals("huanggang-project-2020.json", whole.sheet().frameworkFile());
        assertNull(whole.sheet().frameworkBase());
        assertNull(whole.sheet().frameworkBaseKind());
        assertFalse(ScoreSummaryMarkdown.render(whole, new Messages(Messages.ZH), ScoreSummaryTest.META).contains("它扩展"));
    }

    /**
     * 金寨 2023 (t34), a 部门整体 自评表 printed in the 10号 project layout, on a file that extends mof-project-2020 with kind
     * department (since session 55; a whole copy before): the summary says the base and that the file made it a
     * department's framework (score-summary.json {@code frameworkBaseKind}: the base's own kind; {@code kind} stays
     * department.json's), in .md and .html, zh and en. A file that keeps its base's kind (t14) says nothing of it.
     */
    @Test
    void aFileThatChangesItsBasesKindSaysSo() throws Exception {
        EngineResult r = run("t34-jinzhai-chagu-2023");
        String baseVersion = FrameworkLoader.builtIn(FrameworkLoader.MOF_PROJECT).version();
        assertEquals("jinzhai-department-2023", r.sheet().frameworkId());
        assertEquals("mof-project-2020", r.sheet().frameworkBase());
        assertEquals("project", r.sheet().frameworkBaseKind());
        ReportModel.SummaryDocument doc = ScoreSummary.jsonTree(r, ScoreSummaryTest.META);
        assertEquals("project", doc.frameworkBaseKind());
        assertEquals("department", doc.kind());
        String md = ScoreSummaryMarkdown.render(r, new Messages(Messages.ZH), ScoreSummaryTest.META);
        assertTrue(md.contains("（它扩展 jixiao 内置框架 mof-project-2020 " + baseVersion + "：该文件没有写的，都按 mof-project-2020；"
                + "该文件把评价对象改为部门整体（kind department），mof-project-2020 原是项目的表式"), md);
        String mdEn = ScoreSummaryMarkdown.render(r, new Messages(Locale.ENGLISH), ScoreSummaryTest.META);
        assertTrue(mdEn.contains("(it extends jixiao's built-in framework mof-project-2020 " + baseVersion
                + ": what that file does not give is mof-project-2020's; the file makes it a framework for a department's whole "
                + "spending (kind department)"), mdEn);
        String html = ScoreSummaryHtml.render(r, new Messages(Messages.ZH), ScoreSummaryTest.META);
        assertTrue(html.contains("该文件把评价对象改为部门整体（kind department）"), html);

        EngineResult kept = run("t14-ezhou-shenpi-2021");
        assertNull(kept.sheet().frameworkBaseKind());
        assertFalse(ScoreSummary.json(kept, ScoreSummaryTest.META).contains("frameworkBaseKind"));
        assertFalse(ScoreSummaryMarkdown.render(kept, new Messages(Messages.ZH), ScoreSummaryTest.META).contains("评价对象改为"));
    }
}
