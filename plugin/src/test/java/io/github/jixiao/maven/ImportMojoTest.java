package io.github.jixiao.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** jixiao:import speaks the build's language; an unknown locale is a configuration error, as for check. */
@MojoTest
class ImportMojoTest {

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "import")
    void chineseByDefault(ImportMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("未指定工作簿"), e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "import")
    @MojoParameter(name = "locale", value = "en")
    void englishAllTheWay(ImportMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("no workbook given"), e.getMessage());
        assertFalse(e.getMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/mojo/sample")
    @InjectMojo(goal = "import")
    @MojoParameter(name = "locale", value = "fr")
    @MojoParameter(name = "workbook", value = "forms/x.xlsx")
    void anUnknownLocaleIsAConfigurationErrorNamingBoth(ImportMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("zh-CN") && e.getMessage().contains("en"), e.getMessage());
    }
}
