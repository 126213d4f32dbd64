package dev.authgate.provisioner.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.authgate.provisioner.testsupport.TemplateJson;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.DeploymentSettings;
import dev.authgate.settings.RoleSettings;
import tools.jackson.databind.JsonNode;

class LambdaFunctionTest {

    /** With a role, so that there is a trigger function in UserPassword mode too. */
    private static final AuthgateSettings SETTINGS = AuthgateSettings.defaults()
            .withRoles(Map.of("customer", new RoleSettings(true, null, null)))
            .withDeployment(DeploymentSettings.defaults().withLambdaMemoryMb(2048).withLambdaTimeoutSeconds(20)
                    .withTriggerReservedConcurrency(4).withLogLevel("warn"));

    @ParameterizedTest
    @CsvSource({"Api, dev.authgate.lambda.ApiHandler::handleRequest", "Trigger, dev.authgate.lambda.TriggerHandler::handleRequest"})
    void eachFunctionRunsItsHandlerOnJava21FromTheArtifactWithTheConfiguredMemoryAndTimeout(String prefix, String handler) {
        JsonNode function = TemplateJson.synthesize(SETTINGS).properties(prefix + "Function");

        assertThat(function.path("Runtime").asString()).isEqualTo("java21");
        assertThat(function.path("Handler").asString()).isEqualTo(handler);
        assertThat(function.path("Code").toString()).isEqualTo("{\"S3Bucket\":{\"Ref\":\"ArtifactBucket\"},\"S3Key\":{\"Ref\":\"ArtifactKey\"}}");
        assertThat(function.path("MemorySize").asInt()).isEqualTo(2048);
        assertThat(function.path("Timeout").asInt()).isEqualTo(20);
        assertThat(function.path("LoggingConfig").path("LogGroup").path("Ref").asString()).isEqualTo(prefix + "LogGroup");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Api", "Trigger"})
    void eachFunctionLogsInLambdasJsonFormatAtTheConfiguredLevel(String prefix) {
        JsonNode logging = TemplateJson.synthesize(SETTINGS).properties(prefix + "Function").path("LoggingConfig");

        assertThat(logging.path("LogFormat").asString()).isEqualTo("JSON");
        assertThat(logging.path("ApplicationLogLevel").asString()).isEqualTo("WARN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Api", "Trigger"})
    void eachFunctionIsSnapshottedOnPublishedVersionsAndCalledThroughItsLiveAlias(String prefix) {
        TemplateJson template = TemplateJson.synthesize(SETTINGS);

        assertThat(template.properties(prefix + "Function").path("SnapStart").path("ApplyOn").asString()).isEqualTo("PublishedVersions");
        assertThat(template.properties(prefix + "Version").path("FunctionName").path("Ref").asString()).isEqualTo(prefix + "Function");
        JsonNode alias = template.properties(prefix + "Alias");
        assertThat(alias.path("Name").asString()).isEqualTo("live");
        assertThat(alias.path("FunctionVersion").toString()).isEqualTo("{\"Fn::GetAtt\":[\"" + prefix + "Version\",\"Version\"]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Api", "Trigger"})
    void aChangedConfigurationPublishesANewVersion(String prefix) {
        JsonNode before = TemplateJson.synthesize(SETTINGS).properties(prefix + "Version").path("Description");
        JsonNode after = TemplateJson.synthesize(SETTINGS.withMode(AuthMode.PASSWORDLESS)).properties(prefix + "Version").path("Description");

        assertThat(after).isNotEqualTo(before);
        assertThat(before.toString()).contains("{\"Ref\":\"ArtifactKey\"}");
    }

    @Test
    void theTriggerFunctionsConcurrencyIsReservedAndCappedAndTheApisIsNot() {
        TemplateJson template = TemplateJson.synthesize(SETTINGS);

        assertThat(template.properties("TriggerFunction").path("ReservedConcurrentExecutions").asInt()).isEqualTo(4);
        assertThat(template.properties("ApiFunction").has("ReservedConcurrentExecutions")).isFalse();
    }
}
