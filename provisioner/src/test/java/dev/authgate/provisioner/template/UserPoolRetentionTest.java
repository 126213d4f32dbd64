package dev.authgate.provisioner.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.authgate.provisioner.testsupport.ModesAndSurfaces;
import dev.authgate.provisioner.testsupport.TemplateJson;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.DeploymentSettings;
import dev.authgate.settings.HttpSettings;
import dev.authgate.settings.PasswordPolicy;
import dev.authgate.settings.RoleSettings;
import dev.authgate.settings.SmsSettings;
import dev.authgate.settings.TokenSettings;
import tools.jackson.databind.JsonNode;

/** Whatever the settings, the user pool outlives its stack: deletion protection on, retained on delete and on replace. */
class UserPoolRetentionTest {

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("dev.authgate.provisioner.testsupport.ModesAndSurfaces#all")
    void everyModeAndSurfaceCombinationProtectsAndRetainsThePool(AuthMode mode, Set<String> surfaces) {
        assertProtectedAndRetained(TemplateJson.synthesize(mode, surfaces));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySetting")
    void everySettingKeepsThePoolProtectedAndRetained(String setting, AuthgateSettings settings) {
        for (AuthMode mode : AuthMode.values()) {
            for (Set<String> surfaces : ModesAndSurfaces.SURFACE_CHOICES) {
                assertProtectedAndRetained(TemplateJson.synthesize(settings.withMode(mode).withSurfaces(surfaces)));
            }
        }
    }

    static Stream<Arguments> everySetting() {
        return Stream.of(
                Arguments.of("defaults", AuthgateSettings.defaults()),
                Arguments.of("roles", AuthgateSettings.defaults().withRoles(Map.of("customer", new RoleSettings(true, null, null),
                        "staff", new RoleSettings(false, null, null)))),
                Arguments.of("password policy", AuthgateSettings.defaults().withPasswordPolicy(new PasswordPolicy(16, false, false, false, false))),
                Arguments.of("http", AuthgateSettings.defaults().withHttp(new HttpSettings(1024, Map.of("X-Frame-Options", "DENY"),
                        new HttpSettings.Cors(List.of("https://app.example.com"), null, null, 600, true), null))),
                Arguments.of("sms", AuthgateSettings.defaults().withSms(new SmsSettings(5, 30, 2, null, null))),
                Arguments.of("tokens", AuthgateSettings.defaults().withTokens(new TokenSettings(5, 5, 1))),
                Arguments.of("deployment", AuthgateSettings.defaults().withDeployment(new DeploymentSettings("users", "beta", 2048, 30, 10, 5.0, null, null))));
    }

    private static void assertProtectedAndRetained(TemplateJson template) {
        Map<String, JsonNode> pools = template.resourcesOfType("AWS::Cognito::UserPool");
        assertThat(pools).containsOnlyKeys(StackIds.USER_POOL);
        JsonNode pool = pools.get(StackIds.USER_POOL);
        assertThat(pool.path("Properties").path("DeletionProtection").asString()).isEqualTo("ACTIVE");
        assertThat(pool.path("DeletionPolicy").asString()).isEqualTo("Retain");
        assertThat(pool.path("UpdateReplacePolicy").asString()).isEqualTo("Retain");
    }
}
