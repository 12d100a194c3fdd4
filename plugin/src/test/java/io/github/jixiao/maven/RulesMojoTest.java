package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.lint.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

@MojoTest
class RulesMojoTest {

    /** A log that keeps what was said. */
    static final class Captured extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "rules")
    void printsEveryRuleInChinese(RulesMojo mojo) throws Exception {
        Captured log = new Captured();
        mojo.setLog(log);
        mojo.execute();
        String all = String.join("\n", log.lines);
        assertTrue(all.contains("jixiao 规则（" + RuleRegistry.descriptors().size() + " 条）"), all);
        RuleRegistry.descriptors().forEach(d -> assertTrue(all.contains(d.id()), d.id()));
        assertTrue(all.contains("指标未达到目标值") || all.contains("未完成"), all);
        assertTrue(all.contains("minIndicators = 10 个 · "), all);
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "rules")
    @MojoParameter(name = "locale", value = "en")
    void printsEveryRuleInEnglish(RulesMojo mojo) throws Exception {
        Captured log = new Captured();
        mojo.setLog(log);
        mojo.execute();
        String all = String.join("\n", log.lines);
        assertTrue(all.contains("jixiao rules (" + RuleRegistry.descriptors().size() + "):"), all);
        RuleRegistry.descriptors().forEach(d -> assertTrue(all.contains(d.titleEn()), d.id()));
        // the thresholds a department may configure, with their defaults
        assertTrue(all.contains("share = 30 % · share of applicable indicators"), all);
        // their units in English: no 个 or 亿元 in the English list
        assertTrue(all.contains("minIndicators = 10 indicators · "), all);
        assertTrue(all.contains("projectFundsCeiling = 10000 × 100 million yuan · "), all);
        assertTrue(!all.contains(" 个 ·") && !all.contains(" 亿元 ·"), all);
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "rules")
    @MojoParameter(name = "locale", value = "fr")
    void anUnknownLocaleIsAConfigurationErrorNamingBoth(RulesMojo mojo) {
        org.apache.maven.plugin.MojoExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("zh-CN") && e.getMessage().contains("en"), e.getMessage());
    }
}
