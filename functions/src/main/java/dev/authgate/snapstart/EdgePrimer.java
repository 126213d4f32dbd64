package dev.authgate.snapstart;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * The API Gateway edge below the handler: the {@code apiGateway} function itself (not Spring Cloud Function's
 * handler around it) answers events that end before any Cognito call, in both payload formats: a sign-in whose
 * body fails the contract, a bearer token that fails the check, an unknown route. That primes event reading,
 * routing, body validation, the bearer check and the error envelope.
 */
final class EdgePrimer implements Primer {

    private static final String HTTP_API_SIGN_IN = """
            {"version":"2.0","routeKey":"POST /auth/sign-in","rawPath":"/auth/sign-in","rawQueryString":"",
             "headers":{"content-type":"application/json"},
             "requestContext":{"http":{"method":"POST","path":"/auth/sign-in"},"stage":"$default"},
             "body":"{\\"username\\":\\"\\"}","isBase64Encoded":false}""";
    private static final String HTTP_API_GET_USER = """
            {"version":"2.0","routeKey":"GET /auth/user","rawPath":"/auth/user","rawQueryString":"",
             "headers":{"authorization":"Bearer primer.primer.primer"},
             "requestContext":{"http":{"method":"GET","path":"/auth/user"},"stage":"$default"},
             "isBase64Encoded":false}""";
    private static final String REST_API_UNKNOWN = """
            {"resource":"/{proxy+}","path":"/primer","httpMethod":"GET","headers":{},"multiValueHeaders":{},
             "requestContext":{"stage":"prod","httpMethod":"GET"},"body":null,"isBase64Encoded":false}""";
    /** Events that end before Cognito, in both payload formats, with the status each must get. */
    static final Map<String, Integer> EVENTS = Map.of(HTTP_API_SIGN_IN, 400, HTTP_API_GET_USER, 401, REST_API_UNKNOWN, 404);

    private final Function<Message<byte[]>, Message<APIGatewayV2HTTPResponse>> apiGateway;

    EdgePrimer(Function<Message<byte[]>, Message<APIGatewayV2HTTPResponse>> apiGateway) {
        this.apiGateway = Objects.requireNonNull(apiGateway, "apiGateway");
    }

    @Override
    public String name() {
        return "API Gateway edge up to the operation";
    }

    @Override
    public void prime() {
        EVENTS.forEach((event, expected) -> {
            Message<byte[]> message = MessageBuilder.withPayload(event.getBytes(StandardCharsets.UTF_8)).build();
            int status = apiGateway.apply(message).getPayload().getStatusCode();
            if (status != expected) {
                throw new IllegalStateException("The edge answered a priming event with " + status + ", not " + expected);
            }
        });
    }
}
