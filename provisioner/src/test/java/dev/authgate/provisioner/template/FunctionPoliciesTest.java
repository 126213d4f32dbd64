package dev.authgate.provisioner.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.authgate.provisioner.testsupport.TemplateJson;
import dev.authgate.contract.cognito.CognitoCall;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.RoleSettings;
import tools.jackson.databind.JsonNode;

class FunctionPoliciesTest {

    private static final String POOL_ARN = "{\"Fn::GetAtt\":[\"UserPool\",\"Arn\"]}";

    /** With a role, so that UserPassword mode has a trigger (PreSignUp) too. */
    private static TemplateJson template(AuthMode mode) {
        return TemplateJson.synthesize(AuthgateSettings.defaults().withMode(mode).withRoles(Map.of("customer", new RoleSettings(true, null, null))));
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void theApiFunctionMayWriteItsOwnLogsAndMakeTheAdministrativeCallsItMakesOnThePoolOnly(AuthMode mode) {
        Map<String, JsonNode> grants = template(mode).grantsOf("ApiRole");

        assertThat(grants.keySet()).containsExactlyInAnyOrder("logs:CreateLogStream", "logs:PutLogEvents",
                "cognito-idp:AdminAddUserToGroup", "cognito-idp:AdminDeleteUser", "cognito-idp:AdminUpdateUserAttributes");
        assertThat(grants.get("logs:PutLogEvents").toString()).isEqualTo("{\"Fn::GetAtt\":[\"ApiLogGroup\",\"Arn\"]}");
        assertThat(grants.get("cognito-idp:AdminDeleteUser").toString()).isEqualTo(POOL_ARN);
    }

    @Test
    void theApiFunctionIsGrantedEveryCallItMakesThatIamAuthorizes() {
        Map<String, JsonNode> grants = template(AuthMode.USER_PASSWORD).grantsOf("ApiRole");

        for (CognitoCall call : CognitoCall.values()) {
            if (ApiFunctionGrants.authorizedByIam(call.action())) {
                assertThat(grants).as("the API function calls %s (%s), which IAM authorizes", call.action(), call)
                        .containsKey("cognito-idp:" + call.action());
            }
        }
    }

    @Test
    void theSdksModelOfCognitoSaysAdministrativeCallsNeedIamAndTheClientsAndTokensCallsDoNot() {
        assertThat(ApiFunctionGrants.authorizedByIam("AdminGetUser")).isTrue();
        assertThat(ApiFunctionGrants.authorizedByIam("AdminAddUserToGroup")).isTrue();
        assertThat(ApiFunctionGrants.authorizedByIam("SignUp")).isFalse();
        assertThat(ApiFunctionGrants.authorizedByIam("InitiateAuth")).isFalse();
        assertThat(ApiFunctionGrants.authorizedByIam("GetUser")).isFalse();
    }

    @Test
    void theTriggerFunctionInUserPasswordModeOnlyChecksSignUpsSoMayOnlyWriteItsLogs() {
        Map<String, JsonNode> grants = template(AuthMode.USER_PASSWORD).grantsOf("TriggerRole");

        assertThat(grants.keySet()).containsExactlyInAnyOrder("logs:CreateLogStream", "logs:PutLogEvents");
        assertThat(grants.get("logs:CreateLogStream").toString()).isEqualTo("{\"Fn::GetAtt\":[\"TriggerLogGroup\",\"Arn\"]}");
    }

    @Test
    void theTriggerFunctionInPasswordlessModeMayAlsoSendSmsAndCountThemInTheQuotaTableOnly() {
        Map<String, JsonNode> grants = template(AuthMode.PASSWORDLESS).grantsOf("TriggerRole");

        assertThat(grants.keySet()).containsExactlyInAnyOrder("logs:CreateLogStream", "logs:PutLogEvents", "sns:Publish",
                "dynamodb:UpdateItem");
        assertThat(grants.get("sns:Publish").asString()).isEqualTo("*");
        assertThat(grants.get("dynamodb:UpdateItem").toString()).isEqualTo("{\"Fn::GetAtt\":[\"SmsQuotaTable\",\"Arn\"]}");
    }

    @Test
    void theTriggersRoleNamesNothingOfThePoolSoThatThePoolDoesNotDependOnItself() {
        assertThat(template(AuthMode.PASSWORDLESS).properties("TriggerRole").toString()).doesNotContain("UserPool");
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("dev.authgate.provisioner.testsupport.ModesAndSurfaces#all")
    void noStatementAnywhereAllowsAWildcardAction(AuthMode mode, Set<String> surfaces) {
        List<String> actions = TemplateJson.synthesize(mode, surfaces).allStatements().stream()
                .flatMap(statement -> TemplateJson.actions(statement).stream()).toList();

        assertThat(actions).isNotEmpty().noneMatch(action -> action.contains("*"));
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void theOnlyStatementsOnEveryResourceAreTheOnesPublishingSmsWhichSnsCannotNarrow(AuthMode mode) {
        assertThat(template(mode).allStatements())
                .filteredOn(statement -> statement.path("Resource").asString("").equals("*"))
                .allSatisfy(statement -> assertThat(TemplateJson.actions(statement)).containsExactly("sns:Publish"));
    }

    @Test
    void cognitoMaySendSmsOnlyThroughARoleThatRequiresTheStacksExternalId() {
        TemplateJson template = template(AuthMode.PASSWORDLESS);
        JsonNode trust = template.properties("UserPoolSmsRole").path("AssumeRolePolicyDocument").path("Statement").get(0);

        assertThat(trust.path("Principal").path("Service").asString()).isEqualTo("cognito-idp.amazonaws.com");
        assertThat(trust.path("Condition").path("StringEquals").path("sts:ExternalId").toString())
                .isEqualTo(template.properties("UserPool").path("SmsConfiguration").path("ExternalId").toString());
        assertThat(template.grantsOf("UserPoolSmsRole").keySet()).containsExactly("sns:Publish");
    }

    @Test
    void cognitoMayAssumeTheSmsRoleOnlyForAUserPoolOfTheStacksAccountAndRegion() {
        JsonNode condition = template(AuthMode.PASSWORDLESS).properties("UserPoolSmsRole")
                .path("AssumeRolePolicyDocument").path("Statement").get(0).path("Condition");

        assertThat(condition.path("StringEquals").path("aws:SourceAccount").toString()).isEqualTo("{\"Ref\":\"AWS::AccountId\"}");
        assertThat(condition.path("ArnLike").path("aws:SourceArn").toString())
                .isEqualTo("{\"Fn::Sub\":\"arn:${AWS::Partition}:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/*\"}");
    }

    @Test
    void cognitoMayInvokeTheTriggerAliasForThisPoolOnly() {
        JsonNode permission = template(AuthMode.PASSWORDLESS).properties("TriggerInvokePermission");

        assertThat(permission.path("Principal").asString()).isEqualTo("cognito-idp.amazonaws.com");
        assertThat(permission.path("FunctionName").path("Ref").asString()).isEqualTo("TriggerAlias");
        assertThat(permission.path("SourceArn").toString()).isEqualTo(POOL_ARN);
    }

    @Test
    void aStatementCannotBeWrittenWithAWildcardAction() {
        assertThatThrownBy(() -> PolicyDocument.Statement.allow("*", "cognito-idp:Admin*"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never with a wildcard");
    }
}
