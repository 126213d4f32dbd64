package dev.authgate.provisioner.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.DeploymentSettings;
import dev.authgate.settings.HttpSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API: one route per contract operation of the enabled surfaces that exists in the mode and the
 * {@code $default} route, all proxied to the API function's alias, a throttled stage with access logs, and API
 * Gateway's permission to invoke the alias. Through {@code $default} the function answers what no operation's
 * route matches (an unknown path, a wrong method, {@code OPTIONS} when the API has no CORS configuration of its
 * own) exactly as the local app does, instead of API Gateway's own {@code 404 {"message":"Not Found"}}. With a
 * CORS configuration, API Gateway answers preflights itself, from the same settings the local app uses.
 */
final class HttpApiResources {

    static final String INTEGRATION = "ApiIntegration";
    static final String ACCESS_LOG_GROUP = "ApiAccessLogGroup";
    static final String INVOKE_PERMISSION = "ApiInvokePermission";
    static final String ROUTE_PREFIX = "Route";
    static final String DEFAULT_ROUTE = "RouteDefault";
    static final String DEFAULT_ROUTE_KEY = "$default";
    /** API Gateway waits at most 30 seconds for an HTTP API integration. */
    static final int MAX_INTEGRATION_MILLIS = 30_000;

    private HttpApiResources() {
    }

    static void add(Template.Builder template, AuthgateSettings settings, OperationCatalogue catalogue) {
        DeploymentSettings deployment = settings.deployment();
        template.resource(StackIds.HTTP_API, new Resource("AWS::ApiGatewayV2::Api", Properties.of()
                .with("Name", Fn.sub("${AWS::StackName}-api"))
                .with("Description", "Authgate authentication API")
                .with("ProtocolType", "HTTP")
                .with("CorsConfiguration", cors(settings.http().cors(), catalogue))));
        template.resource(INTEGRATION, new Resource("AWS::ApiGatewayV2::Integration", Properties.of()
                .with("ApiId", Fn.ref(StackIds.HTTP_API))
                .with("IntegrationType", "AWS_PROXY")
                .with("IntegrationUri", Fn.ref(StackIds.alias(StackIds.API)))
                .with("PayloadFormatVersion", "2.0")
                .with("TimeoutInMillis", Math.min(deployment.lambdaTimeoutSeconds() * 1000, MAX_INTEGRATION_MILLIS))));
        for (ContractOperation operation : routedOperations(settings, catalogue)) {
            template.resource(routeId(operation), route(operation.method() + " " + operation.path()));
        }
        template.resource(DEFAULT_ROUTE, route(DEFAULT_ROUTE_KEY));
        template.resource(ACCESS_LOG_GROUP, LambdaFunction.logGroup());
        template.resource(StackIds.API_STAGE, new Resource("AWS::ApiGatewayV2::Stage", Properties.of()
                .with("ApiId", Fn.ref(StackIds.HTTP_API))
                .with("StageName", deployment.stage())
                .with("AutoDeploy", true)
                .with("DefaultRouteSettings", Properties.of()
                        .with("ThrottlingBurstLimit", deployment.throttlingBurstLimit())
                        .with("ThrottlingRateLimit", deployment.throttlingRateLimit()))
                .with("AccessLogSettings", Properties.of()
                        .with("DestinationArn", Fn.arn(ACCESS_LOG_GROUP))
                        .with("Format", accessLogFormat()))));
        template.resource(INVOKE_PERMISSION, new Resource("AWS::Lambda::Permission", Properties.of()
                .with("Action", "lambda:InvokeFunction")
                .with("FunctionName", Fn.ref(StackIds.alias(StackIds.API)))
                .with("Principal", "apigateway.amazonaws.com")
                .with("SourceArn", Fn.concat(
                        Fn.sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${HttpApi}/"),
                        deployment.stage(), "/*"))));
    }

    /** The contract operations the API serves for these settings, in contract order. */
    static List<ContractOperation> routedOperations(AuthgateSettings settings, OperationCatalogue catalogue) {
        return catalogue.operations(operation -> settings.surfaces().contains(operation.surface())
                && operation.existsIn(settings.mode().contractName()));
    }

    private static Resource route(String routeKey) {
        return new Resource("AWS::ApiGatewayV2::Route", Properties.of()
                .with("ApiId", Fn.ref(StackIds.HTTP_API))
                .with("RouteKey", routeKey)
                .with("Target", Fn.concat("integrations/", Fn.ref(INTEGRATION))));
    }

    static String routeId(ContractOperation operation) {
        return ROUTE_PREFIX + operation.id().substring(0, 1).toUpperCase(Locale.ROOT) + operation.id().substring(1);
    }

    private static Properties cors(HttpSettings.Cors cors, OperationCatalogue catalogue) {
        if (!cors.enabled()) {
            return null;
        }
        return Properties.of()
                .with("AllowOrigins", cors.allowedOrigins())
                .with("AllowMethods", cors.allowedMethods(catalogue.methods()))
                .with("AllowHeaders", cors.allowedHeaders())
                .with("MaxAge", cors.maxAgeSeconds())
                .with("AllowCredentials", cors.allowCredentials());
    }

    /** One JSON object per request; the values are API Gateway's {@code $context} variables. */
    private static String accessLogFormat() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requestId", "$context.requestId");
        fields.put("time", "$context.requestTime");
        fields.put("ip", "$context.identity.sourceIp");
        fields.put("route", "$context.routeKey");
        fields.put("status", "$context.status");
        fields.put("latencyMs", "$context.responseLatency");
        fields.put("integrationError", "$context.integrationErrorMessage");
        return JsonMapper.builder().build().writeValueAsString(fields);
    }
}
