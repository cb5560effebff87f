package org.clearway.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core is pure: given a declaration and reference data it returns a result and touches
 * nothing. So it must not reach for databases, HTTP, JSON mapping or servlet frameworks; those
 * live in the store, formats and app modules around it.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clearway.core");

    @Test
    void theCoreDependsOnNoInfrastructure() {
        noClasses().that().resideInAPackage("org.clearway.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "javax.sql..", "io.javalin..", "com.fasterxml..", "org.postgresql..",
                        "org.jdbi..", "org.flywaydb..", "jakarta.servlet..", "java.net.http..")
                .because("the core is pure; I/O belongs to the modules around it")
                .check(CORE);
    }

    @Test
    void theCoreIsNotEmpty() {
        // Guards against the rule above passing vacuously because nothing was imported.
        org.assertj.core.api.Assertions.assertThat(CORE.containPackage("org.clearway.core.validation")).isTrue();
    }
}
