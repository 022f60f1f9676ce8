package org.restride;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.restride");

    @Test
    void theCoreKnowsNothingOfTheUi() {
        noClasses().that().resideInAnyPackage("org.restride.domain..", "org.restride.store..", "org.restride.library..",
                        "org.restride.handout..", "org.restride.codec..", "org.restride.app..", "org.restride.io..",
                        "org.restride.figure..", "org.restride.exchange..", "org.restride.text..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.restride.ui..", "org.controlsfx..",
                        "atlantafx..")
                .check(CLASSES);
    }

    @Test
    void theDomainIsPure() {
        noClasses().that().resideInAPackage("org.restride.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.fasterxml..", "org.apache.pdfbox..",
                        "org.restride.store..", "org.restride.library..", "org.restride.codec..")
                .check(CLASSES);
    }

    @Test
    void theProgressRulesNeedNothingButJavaAndTheDomain() {
        classes().that().resideInAnyPackage("org.restride.domain.progress..", "org.restride.domain.walkrun..",
                        "org.restride.domain.measure..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.restride.domain..")
                .check(CLASSES);
    }

    @Test
    void theWordsDependOnNothingOfOurs() {
        classes().that().resideInAPackage("org.restride.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.restride.text..")
                .check(CLASSES);
    }
}
