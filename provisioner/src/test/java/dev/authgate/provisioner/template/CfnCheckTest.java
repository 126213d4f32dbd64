package dev.authgate.provisioner.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.provisioner.testsupport.CfnCheck;
import dev.authgate.provisioner.testsupport.ModesAndSurfaces;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.MfaSetting;
import dev.authgate.settings.HttpSettings;
import dev.authgate.settings.RoleSettings;
import dev.authgate.settings.VerificationMethod;

/** The synthesized templates, as written to files, pass the project's CloudFormation checker. */
class CfnCheckTest {

    private static CfnCheck cfnCheck;

    @BeforeAll
    static void install() {
        cfnCheck = CfnCheck.install();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("dev.authgate.provisioner.testsupport.ModesAndSurfaces#all")
    void everyModeAndSurfaceCombinationPassesCfnCheckWithNoProblems(AuthMode mode, Set<String> surfaces) throws IOException {
        assertPasses(AuthgateSettings.defaults().withMode(mode).withSurfaces(surfaces), ModesAndSurfaces.name(mode, surfaces));
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void aTemplateWithEveryOptionalPartPassesCfnCheckWithNoProblems(AuthMode mode) throws IOException {
        Map<String, RoleSettings> roles = Map.of("customer", new RoleSettings(true, null, null),
                "back-office", new RoleSettings(false, null, null));
        HttpSettings http = HttpSettings.defaults().withHeaders(Map.of("X-Frame-Options", "DENY"))
                .withCors(HttpSettings.Cors.defaults().withAllowedOrigins(List.of("https://app.example.com")).withAllowCredentials(true))
                .withDocs(true);

        assertPasses(AuthgateSettings.defaults().withMode(mode).withRoles(roles).withHttp(http).withVerification(VerificationMethod.LINK),
                mode.contractName() + "-everything");
    }

    @Test
    void theTemplateThatConfirmsEmailsByLinkPassesCfnCheckWithNoProblems() throws IOException {
        assertPasses(AuthgateSettings.defaults().withVerification(VerificationMethod.LINK), "verification-link");
    }

    @ParameterizedTest
    @EnumSource(value = MfaSetting.class, names = {"OPTIONAL", "REQUIRED"})
    void theTemplatesWithMfaPassCfnCheckWithNoProblems(MfaSetting mfa) throws IOException {
        assertPasses(AuthgateSettings.defaults().withMfa(mfa), "mfa-" + mfa.settingName());
    }

    private static void assertPasses(AuthgateSettings settings, String name) throws IOException {
        Template template = StackTemplate.synthesize(settings, OperationCatalogue.load());
        Path file = Files.createDirectories(Path.of("target/templates")).resolve(name + ".json");
        Files.writeString(file, template.prettyJson());

        CfnCheck.Result result = cfnCheck.check(file);

        assertThat(result.exitCode()).as("cfn-check said:%n%s", result.output()).isZero();
        assertThat(result.output()).contains(" 0 problems");
    }
}
