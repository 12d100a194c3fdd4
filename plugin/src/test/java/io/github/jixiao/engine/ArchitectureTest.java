package io.github.jixiao.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure, checked on the compiled classes (every reference counts, imported or written out in
 * full): no package cycles, the engine imports nothing from Maven (only the mojos in {@code maven} may), and
 * score never reads lint (lint reads the score sheet).
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.jixiao");
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.github.jixiao.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheMojosUseMaven() {
        noClasses().that().resideOutsideOfPackage("io.github.jixiao.maven..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..",
                        "org.eclipse.aether..", "org.eclipse.sisu..", "javax.inject..")
                .check(classes);
    }

    @Test
    void scoreDoesNotReadLint() {
        noClasses().that().resideInAPackage("io.github.jixiao.score..")
                .should().dependOnClassesThat().resideInAPackage("io.github.jixiao.lint..")
                .check(classes);
    }

    @Test
    void theRulesCannotBeEmpty() {
        // guards the checks above against an import that found nothing (they would all pass vacuously)
        org.junit.jupiter.api.Assertions.assertTrue(classes.containPackage("io.github.jixiao.maven")
                && classes.containPackage("io.github.jixiao.lint.rules") && classes.size() > 100, "classes imported: " + classes.size());
    }
}
