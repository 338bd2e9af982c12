package org.msct.cli.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** House rules: no package cycles; the statistics engine and the kernel know nothing of the CLI or the web. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.msct");
    }

    @Test
    void arch01_no_package_cycles() {
        slices().matching("org.msct.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void arch02_stats_has_no_cli_or_web_dependencies() {
        noClasses()
                .that()
                .resideInAPackage("org.msct.stats..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.msct.cli..", "org.msct.web..", "picocli..", "io.javalin..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void arch06_domain_modules_have_no_cli_or_web_dependencies() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.msct.instruments..", "org.msct.trial..", "org.msct.derivations..", "org.msct.reports..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.msct.cli..", "picocli..", "io.javalin..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void arch07_statistics_and_reports_do_not_depend_on_the_trial_model() {
        noClasses()
                .that()
                .resideInAnyPackage("org.msct.stats..", "org.msct.reports..", "org.msct.derivations..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.msct.trial..")
                .check(classes);
    }

    @Test
    void arch03_core_depends_on_no_feature_module() {
        noClasses()
                .that()
                .resideInAPackage("org.msct.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.msct.stats..",
                        "org.msct.instruments..",
                        "org.msct.trial..",
                        "org.msct.derivations..",
                        "org.msct.reports..",
                        "org.msct.cli..",
                        "picocli..")
                .check(classes);
    }

    @Test
    void arch04_nothing_depends_on_the_cli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.msct.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.msct.cli..")
                .check(classes);
    }

    @Test
    void arch05_main_code_does_not_print_to_system_out() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.msct.bench..")
                .and()
                .doNotHaveFullyQualifiedName("org.msct.cli.Main")
                .should()
                .accessField(System.class, "out")
                .check(classes);
    }
}
