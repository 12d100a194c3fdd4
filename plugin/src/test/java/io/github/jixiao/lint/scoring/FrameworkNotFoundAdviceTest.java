package io.github.jixiao.lint.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A framework named wrongly, not near any built-in's id (trial E, session 38: 重庆市忠县科学技术协会 2024, the real table t72,
 * checked with -Djixiao.framework=chongqing-department, the year left off): framework-invalid's not-found said only that
 * no such framework is built in or in the project, and nothing about what to correct where, while its not-found-near
 * (a slip of a built-in's id) says it. Now both say where the name is given and what it may be; the arguments, and so
 * the fingerprint, are as before.
 */
class FrameworkNotFoundAdviceTest {

    private static Path table() throws Exception {
        return Path.of(FrameworkNotFoundAdviceTest.class.getResource("/real-tables/t72-zhongxian-kexie-2024").toURI());
    }

    @Test
    void notFoundSaysWhereToCorrectIt() throws Exception {
        Path p = table();
        List<Finding> fs = new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, "chongqing-department"))
                .findings().stream().filter(f -> f.ruleId().equals("framework-invalid")).toList();
        assertEquals(1, fs.size(), fs.toString());
        Finding f = fs.get(0);
        assertEquals("not-found", f.key());
        assertEquals("找不到评分框架“chongqing-department”：它不是内置框架（shenzhen-department-2024、mof-project-2020、"
                + "chongqing-department-2021、yueyang-department、mof-transfer-region、project-20-80），项目中也没有这个文件。请改正 department.json 中的 framework"
                + "（或 -Djixiao.framework）：写其中一个内置框架的名称，或项目中框架文件的相对路径（如 frameworks/framework.json）。",
                new Messages(Messages.ZH).message(f));
        String en = new Messages(Locale.ENGLISH).message(f);
        assertTrue(en.endsWith("Correct framework in department.json (or -Djixiao.framework): name one of the built-in frameworks,"
                + " or a framework file relative to the project (e.g. frameworks/framework.json)."), en);
        assertFalse(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), en);
        assertEquals(Fingerprints.of("framework-invalid", f.file(), "not-found", f.args()), Fingerprints.of(f));
        // the advice followed: the built-in's name, and the framework is found
        assertTrue(new Engine().run(new EngineOptions(p, p.resolve("submission"), null, null, "chongqing-department-2021"))
                .findings().stream().noneMatch(g -> g.ruleId().equals("framework-invalid")));
    }
}
