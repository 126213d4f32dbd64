package dev.authgate.provisioner.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.authgate.contract.ClientAttributes;
import dev.authgate.provisioner.testsupport.TemplateJson;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.MfaSetting;
import dev.authgate.settings.PasswordPolicy;
import dev.authgate.settings.RoleSettings;
import dev.authgate.settings.DeploymentSettings;
import dev.authgate.settings.TokenSettings;
import dev.authgate.settings.VerificationMethod;
import tools.jackson.databind.JsonNode;

class UserPoolResourcesTest {

    private static final AuthgateSettings WITH_A_ROLE = AuthgateSettings.defaults().withRoles(Map.of("customer", new RoleSettings(true, null, null)));

    private static JsonNode pool(AuthMode mode) {
        return TemplateJson.synthesize(AuthgateSettings.defaults().withMode(mode)).properties("UserPool");
    }

    private static JsonNode client(AuthMode mode) {
        return TemplateJson.synthesize(AuthgateSettings.defaults().withMode(mode)).properties("UserPoolClient");
    }

    @ParameterizedTest
    @CsvSource({"UserPassword, email, verified_email", "Passwordless, phone_number, verified_phone_number"})
    void theUsernameIsVerifiedAndRecoversTheAccountByMode(String mode, String attribute, String recovery) {
        JsonNode pool = pool(AuthMode.fromContractName(mode));

        assertThat(pool.path("UsernameAttributes").toString()).isEqualTo("[\"" + attribute + "\"]");
        assertThat(pool.path("AutoVerifiedAttributes").toString()).contains("\"" + attribute + "\"");
        assertThat(pool.path("AccountRecoverySetting").path("RecoveryMechanisms").get(0).path("Name").asString()).isEqualTo(recovery);
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void aNewEmailOrPhoneNumberTakesEffectOnlyOnceVerifiedInEveryMode(AuthMode mode) {
        JsonNode pool = pool(mode);

        assertThat(pool.path("UserAttributeUpdateSettings").path("AttributesRequireVerificationBeforeUpdate").toString())
                .isEqualTo("[\"email\",\"phone_number\"]");
        // Cognito refuses to verify before an update an attribute it does not auto-verify.
        assertThat(pool.path("AutoVerifiedAttributes").toString()).isEqualTo("[\"email\",\"phone_number\"]");
    }

    @Test
    void emailsAreConfirmedByCodeAndThePoolHasNoDomainByDefault() {
        TemplateJson template = TemplateJson.synthesize(AuthgateSettings.defaults());

        assertThat(template.properties("UserPool").path("VerificationMessageTemplate").path("DefaultEmailOption").asString())
                .isEqualTo("CONFIRM_WITH_CODE");
        assertThat(template.resourcesOfType("AWS::Cognito::UserPoolDomain")).isEmpty();
    }

    @Test
    void mfaIsOffByDefault() {
        JsonNode pool = TemplateJson.synthesize(AuthgateSettings.defaults()).properties("UserPool");

        assertThat(pool.path("MfaConfiguration").asString()).isEqualTo("OFF");
        assertThat(pool.has("EnabledMfas")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"OPTIONAL, OPTIONAL", "REQUIRED, ON"})
    void theMfaSettingGivesThePoolItsConfigurationWithAuthenticatorAndSmsFactors(MfaSetting mfa, String configuration) {
        JsonNode pool = TemplateJson.synthesize(AuthgateSettings.defaults().withMfa(mfa)).properties("UserPool");

        assertThat(pool.path("MfaConfiguration").asString()).isEqualTo(configuration);
        assertThat(pool.path("EnabledMfas").toString()).isEqualTo("[\"SOFTWARE_TOKEN_MFA\",\"SMS_MFA\"]");
        assertThat(pool.path("SmsConfiguration").path("SnsCallerArn").isMissingNode()).isFalse();
    }

    @Test
    void withVerificationByLinkTheEmailCarriesALinkToThePoolsOwnDomain() {
        TemplateJson template = TemplateJson.synthesize(AuthgateSettings.defaults()
                .withDeployment(DeploymentSettings.defaults().withStackName("My_Stack"))
                .withVerification(VerificationMethod.LINK));

        JsonNode messages = template.properties("UserPool").path("VerificationMessageTemplate");
        assertThat(messages.path("DefaultEmailOption").asString()).isEqualTo("CONFIRM_WITH_LINK");
        assertThat(messages.path("EmailMessageByLink").asString()).contains("{##").contains("##}");
        assertThat(messages.path("SmsMessage").asString()).contains("{####}");
        JsonNode domain = template.properties("UserPoolDomain");
        assertThat(domain.path("Domain").path("Fn::Sub").asString()).isEqualTo("my-stack-${AWS::AccountId}");
        assertThat(domain.path("UserPoolId").path("Ref").asString()).isEqualTo("UserPool");
    }

    @Test
    void usernamesAreCaseInsensitive() {
        assertThat(pool(AuthMode.USER_PASSWORD).path("UsernameConfiguration").path("CaseSensitive").asBoolean(true)).isFalse();
    }

    @Test
    void thePasswordPolicyComesFromTheSettings() {
        AuthgateSettings settings = AuthgateSettings.defaults().withPasswordPolicy(new PasswordPolicy(12, true, false, false, true));

        JsonNode policy = TemplateJson.synthesize(settings).properties("UserPool").path("Policies").path("PasswordPolicy");

        assertThat(policy.path("MinimumLength").asInt()).isEqualTo(12);
        assertThat(policy.path("RequireNumbers").asBoolean()).isTrue();
        assertThat(policy.path("RequireLowercase").asBoolean()).isFalse();
        assertThat(policy.path("RequireSymbols").asBoolean()).isFalse();
        assertThat(policy.path("RequireUppercase").asBoolean()).isTrue();
    }

    @Test
    void thePoolHasTheMutableCustomAttributesRoleAndSmsSentWhichTheClientCannotWrite() {
        TemplateJson template = TemplateJson.synthesize(AuthgateSettings.defaults());

        JsonNode schema = template.properties("UserPool").path("Schema");
        assertThat(schema).extracting(attribute -> attribute.path("Name").asString()).containsExactly("role", "sms_sent");
        assertThat(schema).allSatisfy(attribute -> {
            assertThat(attribute.path("AttributeDataType").asString()).isEqualTo("String");
            assertThat(attribute.path("Mutable").asBoolean()).isTrue();
        });
        JsonNode client = template.properties("UserPoolClient");
        assertThat(client.path("ReadAttributes").toString()).contains("\"custom:role\"").doesNotContain("sms_sent");
        assertThat(client.path("WriteAttributes").toString()).doesNotContain("custom:");
        assertThat(client.path("WriteAttributes")).extracting(JsonNode::asString).containsExactlyElementsOf(ClientAttributes.WRITABLE);
    }

    @Test
    void eachConfiguredRoleIsAGroupOfThePool() {
        Map<String, RoleSettings> roles = new LinkedHashMap<>();
        roles.put("customer", new RoleSettings(true, null, null));
        roles.put("back-office", new RoleSettings(false, null, null));
        roles.put("back_office", new RoleSettings(false, null, null));

        TemplateJson template = TemplateJson.synthesize(AuthgateSettings.defaults().withRoles(roles));

        assertThat(template.resourcesOfType("AWS::Cognito::UserPoolGroup").values())
                .extracting(group -> group.path("Properties").path("GroupName").asString())
                .containsExactlyInAnyOrder("customer", "back-office", "back_office");
        assertThat(template.resourcesOfType("AWS::Cognito::UserPoolGroup").keySet())
                .containsExactly("GroupBackoffice", "GroupBackoffice2", "GroupCustomer");
    }

    @ParameterizedTest
    @CsvSource({"UserPassword, ALLOW_USER_PASSWORD_AUTH", "Passwordless, ALLOW_CUSTOM_AUTH"})
    void theClientAllowsTheModesSignInAndRefreshOnly(String mode, String flow) {
        assertThat(client(AuthMode.fromContractName(mode)).path("ExplicitAuthFlows").toString())
                .isEqualTo("[\"" + flow + "\",\"ALLOW_REFRESH_TOKEN_AUTH\"]");
    }

    @Test
    void theClientIsPublicHidesWhetherUsersExistAndCanRevokeTokens() {
        JsonNode client = client(AuthMode.USER_PASSWORD);

        assertThat(client.path("GenerateSecret").asBoolean(true)).isFalse();
        assertThat(client.path("PreventUserExistenceErrors").asString()).isEqualTo("ENABLED");
        assertThat(client.path("EnableTokenRevocation").asBoolean()).isTrue();
    }

    @Test
    void tokenValidityComesFromTheSettingsWithItsUnits() {
        AuthgateSettings settings = AuthgateSettings.defaults().withTokens(new TokenSettings(15, 30, 7));

        JsonNode client = TemplateJson.synthesize(settings).properties("UserPoolClient");

        assertThat(client.path("AccessTokenValidity").asInt()).isEqualTo(15);
        assertThat(client.path("IdTokenValidity").asInt()).isEqualTo(30);
        assertThat(client.path("RefreshTokenValidity").asInt()).isEqualTo(7);
        assertThat(client.path("TokenValidityUnits").toString())
                .isEqualTo("{\"AccessToken\":\"minutes\",\"IdToken\":\"minutes\",\"RefreshToken\":\"days\"}");
    }

    @Test
    void withRolesToCheckAUserPasswordPoolCallsOnlyThePreSignUpTrigger() {
        assertThat(TemplateJson.synthesize(WITH_A_ROLE).properties("UserPool").path("LambdaConfig").toString())
                .isEqualTo("{\"PreSignUp\":{\"Ref\":\"TriggerAlias\"}}");
    }

    @Test
    void withoutRolesAUserPasswordPoolCallsNoTriggerAndTheStackHasNoTriggerFunction() {
        TemplateJson template = TemplateJson.synthesize(AuthgateSettings.defaults());

        assertThat(template.properties("UserPool").has("LambdaConfig")).isFalse();
        assertThat(template.root().path("Resources").propertyNames()).noneMatch(id -> id.startsWith("Trigger"));
    }

    @Test
    void aPasswordlessPoolAlsoCallsTheCustomAuthTriggersThroughTheTriggerAlias() {
        JsonNode triggers = TemplateJson.synthesize(WITH_A_ROLE.withMode(AuthMode.PASSWORDLESS)).properties("UserPool").path("LambdaConfig");

        assertThat(triggers.propertyNames()).containsExactly("PreSignUp", "DefineAuthChallenge", "CreateAuthChallenge",
                "VerifyAuthChallengeResponse");
        assertThat(triggers).allSatisfy(trigger -> assertThat(trigger.path("Ref").asString()).isEqualTo("TriggerAlias"));
    }

    @Test
    void aPasswordlessPoolWithoutRolesCallsOnlyTheCustomAuthTriggers() {
        assertThat(pool(AuthMode.PASSWORDLESS).path("LambdaConfig").propertyNames())
                .containsExactly("DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallengeResponse");
    }

    @Test
    void verificationCodesGoByEmailAndSmsThroughTheSmsRole() {
        JsonNode pool = pool(AuthMode.PASSWORDLESS);

        assertThat(pool.path("VerificationMessageTemplate").path("DefaultEmailOption").asString()).isEqualTo("CONFIRM_WITH_CODE");
        assertThat(pool.path("VerificationMessageTemplate").path("SmsMessage").asString()).contains("{####}");
        assertThat(pool.path("SmsConfiguration").path("SnsCallerArn").toString()).isEqualTo("{\"Fn::GetAtt\":[\"UserPoolSmsRole\",\"Arn\"]}");
    }
}
