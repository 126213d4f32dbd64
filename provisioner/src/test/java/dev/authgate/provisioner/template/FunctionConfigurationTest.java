package dev.authgate.provisioner.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.provisioner.testsupport.TemplateJson;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.CognitoSettings;
import dev.authgate.settings.GatewaySettings;
import dev.authgate.settings.RoleSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FunctionConfigurationTest {

    private static final AuthgateSettings SETTINGS = AuthgateSettings.defaults()
            .withMode(AuthMode.PASSWORDLESS)
            .withSurfaces(Set.of("cognito-gateway", "auth"))
            .withRoles(Map.of("Power-User", new RoleSettings(true, Set.of(RoleSettings.SignUpMethod.PHONE), null)))
            .withCognito(new CognitoSettings("eu-north-1", java.net.URI.create("http://127.0.0.1:9229"), "local-pool", "local-client", 2500))
            .withRequireRole(true)
            .withGateway(new GatewaySettings(GatewaySettings.ErrorFormat.COGNITO_GATEWAY));

    /** The value of SPRING_APPLICATION_JSON as Lambda would see it, with each reference replaced by its name. */
    private static JsonNode configuration(String function) {
        JsonNode join = TemplateJson.synthesize(SETTINGS).properties(function)
                .path("Environment").path("Variables").path("SPRING_APPLICATION_JSON").path("Fn::Join");
        StringBuilder json = new StringBuilder();
        join.get(1).forEach(part -> json.append(part.isString() ? part.asString()
                : "<" + (part.has("Ref") ? part.path("Ref").asString() : part.path("Fn::Sub").asString()) + ">"));
        return JsonMapper.builder().build().readTree(json.toString()).path("authgate");
    }

    @Test
    void theApiFunctionGetsTheSettingsAndThePoolAndClientItFronts() {
        JsonNode authgate = configuration("ApiFunction");

        assertThat(authgate.path("mode").asString()).isEqualTo("Passwordless");
        assertThat(authgate.path("roles").propertyNames()).containsExactly("Power-User");
        assertThat(authgate.path("roles").path("Power-User").path("allow-self-sign-up").asBoolean()).isTrue();
        assertThat(authgate.path("cognito").toString()).isEqualTo(
                "{\"region\":\"<AWS::Region>\",\"user-pool-id\":\"<UserPool>\",\"client-id\":\"<UserPoolClient>\",\"timeout-millis\":2500}");
        assertThat(authgate.has("deployment")).isFalse();
        assertThat(authgate.path("require-role").asBoolean()).isTrue();
        assertThat(authgate.path("gateway").path("error-format").asString()).isEqualTo("cognito-gateway");
    }

    @Test
    void theTriggerFunctionGetsTheModeRolesWhetherOneIsRequiredAndSmsLimitsButNoPoolOrClientId() {
        JsonNode authgate = configuration("TriggerFunction");

        assertThat(authgate.propertyNames()).containsExactly("mode", "roles", "require-role", "sms", "cognito");
        assertThat(authgate.path("require-role").asBoolean()).isTrue();
        assertThat(authgate.path("cognito").propertyNames()).containsExactly("region", "timeout-millis");
        assertThat(authgate.path("sms").path("max-codes").asInt()).isEqualTo(3);
    }

    @Test
    void thePasswordlessTriggerFunctionHashesCodesWithTheStacksGeneratedSecret() {
        assertThat(configuration("TriggerFunction").path("sms").path("code-key").asString())
                .isEqualTo("<{{resolve:secretsmanager:${SignInCodeKey}:SecretString}}>");
        assertThat(configuration("ApiFunction").path("sms").has("code-key")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void aCodeKeyGivenInTheSettingsIsWrittenIntoNoTemplate(AuthMode mode) {
        String key = "a-code-key-from-the-settings-file";
        AuthgateSettings settings = SETTINGS.withMode(mode).withSms(SETTINGS.sms().withCodeKey(key));

        assertThat(TemplateJson.synthesize(settings).root().toString()).doesNotContain(key);
    }

    @Test
    void thePasswordlessTriggerFunctionCountsCodesInTheStacksQuotaTable() {
        assertThat(configuration("TriggerFunction").path("sms").path("quota-table").asString()).isEqualTo("<SmsQuotaTable>");
    }

    @Test
    void setsAreWrittenInOrderSoThatTheSameSettingsGiveTheSameTemplate() {
        JsonNode authgate = configuration("ApiFunction");

        assertThat(authgate.path("surfaces").toString()).isEqualTo("[\"auth\",\"cognito-gateway\"]");
        assertThat(TemplateJson.synthesize(SETTINGS).root()).isEqualTo(TemplateJson.synthesize(SETTINGS).root());
    }
}
