package dev.authgate.lambda;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.GenericMessage;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import dev.authgate.http.HttpRequest;
import dev.authgate.http.HttpResponse;
import dev.authgate.http.JsonCodec;
import dev.authgate.http.OperationDispatcher;

/**
 * The Lambda edge: takes the raw API Gateway event (REST API or HTTP API) as Spring Cloud Function hands it
 * over, and answers a proxy response. The event stays raw bytes so that nothing a client sends, not even a
 * {@code Content-Type} header, steers Spring Cloud Function's conversion (which {@link ApiGatewayConversion}
 * turns off: the function reads the bytes itself and answers a message whose proxy response Spring Cloud
 * Function's AWS handler writes as it is); and every failure becomes a response, because a failed invocation
 * reaches the client as API Gateway's bare 502.
 */
public final class ApiGatewayFunction implements Function<Message<byte[]>, Message<APIGatewayV2HTTPResponse>> {

    /** This edge's bean, behind the {@value ApiHandler#FUNCTION} function of Spring Cloud Function's catalog. */
    public static final String BEAN = "apiGatewayEdge";

    private final OperationDispatcher dispatcher;
    private final JsonCodec json;

    public ApiGatewayFunction(OperationDispatcher dispatcher, JsonCodec json) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public Message<APIGatewayV2HTTPResponse> apply(Message<byte[]> event) {
        return new GenericMessage<>(toProxyResponse(dispatcher.dispatch(() -> ApiGatewayEvents.toRequest(json.readTree(event.getPayload()),
                Optional.ofNullable(event.getHeaders().get(AWSLambdaUtils.AWS_CONTEXT))))));
    }

    private static APIGatewayV2HTTPResponse toProxyResponse(HttpResponse response) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(response.bodyText())
                .withIsBase64Encoded(false)
                .build();
    }
}
