package dev.authgate.provisioner.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.provisioner.testsupport.TemplateJson;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.DeploymentSettings;
import dev.authgate.settings.HttpSettings;
import tools.jackson.databind.JsonNode;

class HttpApiRoutesTest {

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("dev.authgate.provisioner.testsupport.ModesAndSurfaces#all")
    void eachContractOperationOfTheEnabledSurfacesInTheModeHasExactlyOneRouteAndTheRestGoesToTheDefaultRoute(AuthMode mode, Set<String> surfaces) {
        List<String> expected = new ArrayList<>(OperationCatalogue.load()
                .operations(operation -> surfaces.contains(operation.surface()) && operation.existsIn(mode.contractName()))
                .stream().map(operation -> operation.method() + " " + operation.path()).toList());
        expected.add("$default");

        TemplateJson template = TemplateJson.synthesize(mode, surfaces);

        assertThat(template.resourcesOfType("AWS::ApiGatewayV2::Route").values())
                .extracting(route -> route.path("Properties").path("RouteKey").asString())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void requestsNoOperationsRouteMatchesReachTheApiFunctionThroughTheDefaultRouteWithOrWithoutCors(boolean cors) {
        AuthgateSettings settings = AuthgateSettings.defaults().withHttp(HttpSettings.defaults()
                .withCors(HttpSettings.Cors.defaults().withAllowedOrigins(cors ? List.of("https://app.example.com") : List.of())));

        JsonNode route = TemplateJson.synthesize(settings).properties("RouteDefault");

        assertThat(route.path("RouteKey").asString()).isEqualTo("$default");
        assertThat(route.path("Target").toString()).isEqualTo("{\"Fn::Join\":[\"\",[\"integrations/\",{\"Ref\":\"ApiIntegration\"}]]}");
    }

    @Test
    void everyRouteProxiesToTheApiFunctionsAliasWithPayloadVersion2() {
        TemplateJson template = TemplateJson.synthesize(AuthgateSettings.defaults());

        assertThat(template.resourcesOfType("AWS::ApiGatewayV2::Route").values())
                .allSatisfy(route -> assertThat(route.path("Properties").path("Target").toString())
                        .isEqualTo("{\"Fn::Join\":[\"\",[\"integrations/\",{\"Ref\":\"ApiIntegration\"}]]}"));
        JsonNode integration = template.properties("ApiIntegration");
        assertThat(integration.path("IntegrationType").asString()).isEqualTo("AWS_PROXY");
        assertThat(integration.path("PayloadFormatVersion").asString()).isEqualTo("2.0");
        assertThat(integration.path("IntegrationUri").path("Ref").asString()).isEqualTo("ApiAlias");
    }

    @Test
    void theDocsPageReachesTheApiFunctionThroughTheDefaultRouteWhichServesItOnlyWhenTheSettingTurnsItOn() {
        AuthgateSettings withDocs = AuthgateSettings.defaults().withHttp(HttpSettings.defaults().withDocs(true));

        assertThat(routeKeys(TemplateJson.synthesize(withDocs))).contains("$default").doesNotContain("GET /docs", "GET /openapi.json");
        assertThat(apiConfiguration(withDocs)).contains("\"docs\":true");
        assertThat(apiConfiguration(AuthgateSettings.defaults())).contains("\"docs\":false");
    }

    private static String apiConfiguration(AuthgateSettings settings) {
        StringBuilder json = new StringBuilder();
        TemplateJson.synthesize(settings).properties("ApiFunction").path("Environment").path("Variables")
                .path("SPRING_APPLICATION_JSON").path("Fn::Join").get(1)
                .forEach(part -> json.append(part.isString() ? part.asString() : "<reference>"));
        return json.toString();
    }

    private static java.util.List<String> routeKeys(TemplateJson template) {
        return template.resourcesOfType("AWS::ApiGatewayV2::Route").values().stream()
                .map(route -> route.path("Properties").path("RouteKey").asString()).toList();
    }

    @Test
    void theStageHasTheConfiguredNameThrottlingAndAccessLogs() {
        AuthgateSettings settings = AuthgateSettings.defaults()
                .withDeployment(DeploymentSettings.defaults().withStage("v1").withThrottlingBurstLimit(20).withThrottlingRateLimit(7.5));

        JsonNode stage = TemplateJson.synthesize(settings).properties("ApiStage");

        assertThat(stage.path("StageName").asString()).isEqualTo("v1");
        assertThat(stage.path("AutoDeploy").asBoolean()).isTrue();
        assertThat(stage.path("DefaultRouteSettings").path("ThrottlingBurstLimit").asInt()).isEqualTo(20);
        assertThat(stage.path("DefaultRouteSettings").path("ThrottlingRateLimit").asDouble()).isEqualTo(7.5);
        assertThat(stage.path("AccessLogSettings").path("DestinationArn").toString()).contains("ApiAccessLogGroup");
    }

    @Test
    void corsIsConfiguredOnTheApiOnlyWhenSomeOriginIsAllowed() {
        AuthgateSettings withCors = AuthgateSettings.defaults().withHttp(HttpSettings.defaults()
                .withCors(HttpSettings.Cors.defaults().withAllowedOrigins(List.of("https://app.example.com")).withMaxAgeSeconds(300).withAllowCredentials(true)));

        JsonNode cors = TemplateJson.synthesize(withCors).properties("HttpApi").path("CorsConfiguration");

        assertThat(TemplateJson.synthesize(AuthgateSettings.defaults()).properties("HttpApi").has("CorsConfiguration")).isFalse();
        assertThat(cors.path("AllowOrigins").toString()).isEqualTo("[\"https://app.example.com\"]");
        assertThat(cors.path("AllowHeaders").toString()).isEqualTo("[\"Authorization\",\"Content-Type\"]");
        assertThat(cors.path("MaxAge").asInt()).isEqualTo(300);
        assertThat(cors.path("AllowCredentials").asBoolean()).isTrue();
    }

    @Test
    void corsAllowsEveryMethodOfTheContractsRoutesByDefault() {
        AuthgateSettings withCors = AuthgateSettings.defaults().withHttp(HttpSettings.defaults()
                .withCors(HttpSettings.Cors.defaults().withAllowedOrigins(List.of("https://app.example.com"))));

        JsonNode methods = TemplateJson.synthesize(withCors).properties("HttpApi").path("CorsConfiguration").path("AllowMethods");

        assertThat(methods.valueStream().map(JsonNode::asString).toList())
                .containsAll(OperationCatalogue.load().methods()).contains("PUT", "OPTIONS");
    }

    @Test
    void apiGatewayMayInvokeTheApiAliasFromThisApisStageOnly() {
        JsonNode permission = TemplateJson.synthesize(AuthgateSettings.defaults()).properties("ApiInvokePermission");

        assertThat(permission.path("Principal").asString()).isEqualTo("apigateway.amazonaws.com");
        assertThat(permission.path("FunctionName").path("Ref").asString()).isEqualTo("ApiAlias");
        assertThat(permission.path("SourceArn").toString()).contains("${HttpApi}/", "\"production\"", "\"/*\"");
    }

    @Test
    void theApiUrlEndsInAuthWhenTheAuthSurfaceIsServedAndIsTheStageRootOtherwise() {
        assertThat(TemplateJson.synthesize(AuthMode.USER_PASSWORD, Set.of("auth", "cognito-gateway")).root()
                .path("Outputs").path("AuthApiURL").path("Value").path("Fn::Sub").asString())
                .isEqualTo("https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${ApiStage}/auth");
        assertThat(TemplateJson.synthesize(AuthMode.USER_PASSWORD, Set.of("cognito-gateway")).root()
                .path("Outputs").path("AuthApiURL").path("Value").path("Fn::Sub").asString())
                .isEqualTo("https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${ApiStage}");
    }
}
