package dev.authgate.benchmarks.baseline;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cold-start baseline: {@code POST /auth/sign-in} as a plain Java handler would serve it, with no framework.
 * It does the work Authgate's Lambda does for that request and nothing more: read the HTTP API event, bind the
 * body, one InitiateAuth through the same SDK client set-up (URL connection client, timeouts, standard retries),
 * and write the tokens as JSON. Configured by the same environment variables as Authgate.
 */
public final class PlainSignInHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Map<String, String> JSON_CONTENT = Map.of("Content-Type", "application/json");

    private final JsonMapper json = JsonMapper.builder().build();
    private final CognitoIdentityProviderClient cognito;
    private final String clientId;

    public PlainSignInHandler() {
        Duration timeout = Duration.ofSeconds(5);
        cognito = CognitoIdentityProviderClient.builder()
                .region(Region.of(System.getenv("AUTHGATE_COGNITO_REGION")))
                .endpointOverride(URI.create(System.getenv("AUTHGATE_COGNITO_ENDPOINT")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(timeout).socketTimeout(timeout).build())
                .overrideConfiguration(override -> override.apiCallTimeout(timeout).retryStrategy(RetryMode.STANDARD))
                .build();
        clientId = System.getenv("AUTHGATE_COGNITO_CLIENT_ID");
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        SignIn signIn;
        try {
            signIn = json.readValue(event.getBody(), SignIn.class);
        } catch (JacksonException e) {
            return answer(400, new Failure("InvalidRequest"));
        }
        try {
            AuthenticationResultType tokens = cognito.initiateAuth(request -> request
                    .clientId(clientId)
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", signIn.username(), "PASSWORD", signIn.password())))
                    .authenticationResult();
            return answer(200, new Tokens(tokens.accessToken(), tokens.idToken(), tokens.refreshToken(),
                    tokens.expiresIn(), tokens.tokenType()));
        } catch (CognitoIdentityProviderException e) {
            return answer(e.statusCode(), new Failure(e.awsErrorDetails().errorCode()));
        }
    }

    private APIGatewayV2HTTPResponse answer(int status, Object body) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(JSON_CONTENT)
                .withBody(json.writeValueAsString(body))
                .build();
    }

    record SignIn(String username, String password) {
    }

    record Tokens(String accessToken, String idToken, String refreshToken, Integer expiresIn, String tokenType) {
    }

    record Failure(String type) {
    }
}
