package dev.authgate.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

/** The Lambda edge as the Lambda runtime drives it: event bytes in, proxy response bytes out. */
public final class LambdaEdge implements Edge {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FunctionInvoker handler;
    private final ApiGatewayPayload payload;

    LambdaEdge(FunctionInvoker handler, ApiGatewayPayload payload) {
        this.handler = handler;
        this.payload = payload;
    }

    @Override
    public ApiResponse send(HttpCall call) {
        return fromProxyResponse(invoke(payload.event(call)));
    }

    /** Invokes the handler with any bytes at all, and answers the raw output. */
    public byte[] invoke(byte[] event) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), output, new TestLambdaContext());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return output.toByteArray();
    }

    public static ApiResponse fromProxyResponse(byte[] output) {
        JsonNode response = JSON.readTree(output);
        Map<String, String> headers = new LinkedHashMap<>();
        response.path("headers").properties().forEach(header -> headers.put(header.getKey(), header.getValue().asString()));
        return new ApiResponse(response.path("statusCode").asInt(), headers, response.path("body").asString(""));
    }
}
