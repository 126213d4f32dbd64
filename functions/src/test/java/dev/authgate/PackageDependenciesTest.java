package dev.authgate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * Dependencies between the packages of the functions module point one way: from the wiring to the edges and the core,
 * and only the AWS adapters reach the AWS SDK.
 */
class PackageDependenciesTest {

    /** This module's main classes only: the contract's and the test-scope modules' packages are not its own. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .importUrl(AuthgateApplication.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    void noPackageDependsOnAPackageThatDependsBackOnIt() {
        slices().matching("dev.authgate.(*)..").should().beFreeOfCycles()
                .because("a package cycle ties its packages into one unit: move the shared piece into the package"
                        + " both depend on, or behind an interface the lower package owns")
                .check(MAIN);
    }

    @Test
    void onlyTheWiringKnowsTheWiring() {
        noClasses().that().resideOutsideOfPackage("dev.authgate.config..")
                .should().dependOnClassesThat().resideInAPackage("dev.authgate.config..")
                .because("config registers the beans of every package and starts the app; what it registers must not"
                        + " need it back (register through dev.authgate.beans.BeanRegistrations instead)")
                .check(MAIN);
    }

    @Test
    void onlyTheAwsAdaptersSpeakTheAwsSdk() {
        noClasses().that().resideOutsideOfPackage("dev.authgate.aws..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
                .because("the AWS SDK's one home is dev.authgate.aws: call AWS from an adapter there, behind a port its"
                        + " caller's package owns (as identity.IdentityProvider or trigger.SmsSender), and register the"
                        + " adapter in aws.AwsBeans")
                .check(MAIN);
    }
}
