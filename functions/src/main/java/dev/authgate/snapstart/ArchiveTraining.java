package dev.authgate.snapstart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.authgate.lambda.ApiHandler;

/**
 * The training run of a start-up archive (an AppCDS archive on JDK 17, an AOT cache on JDK 25) for a container
 * image or a custom runtime, where the image holds the JVM: {@code scripts/startup-archive.sh} runs it with the
 * flag that writes the archive at exit. It starts the API function through its Lambda handler, as the runtime
 * does, and has it answer a sign-in and the events that end before Cognito; the sign-in goes to {@link CannedCognito}
 * on loopback, so an image build needs neither the network nor a user pool. A wrong status fails the run, so no
 * archive is made of a function that does not work.
 */
public final class ArchiveTraining {

    private static final String SIGN_IN = """
            {"version":"2.0","routeKey":"POST /auth/sign-in","rawPath":"/auth/sign-in","rawQueryString":"",
             "headers":{"content-type":"application/json"},
             "requestContext":{"http":{"method":"POST","path":"/auth/sign-in"},"stage":"$default"},
             "body":"{\\"username\\":\\"training@example.com\\",\\"password\\":\\"Training-1-password\\"}",
             "isBase64Encoded":false}""";

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> events = new LinkedHashMap<>();
        events.put(SIGN_IN, 200);
        events.putAll(EdgePrimer.EVENTS);
        try (CannedCognito cognito = CannedCognito.start()) {
            System.setProperty("authgate.cognito.endpoint", cognito.endpoint().toString());
            System.setProperty("authgate.cognito.user-pool-id", "us-east-1_training");
            System.setProperty("authgate.cognito.client-id", "training");
            // The handler warns of every invocation without a Lambda context, which only the runtime can give.
            System.setProperty("logging.level.org.springframework.cloud.function.adapter.aws.FunctionInvoker", "ERROR");
            ApiHandler handler = new ApiHandler();
            JsonMapper json = JsonMapper.builder().build();
            for (Map.Entry<String, Integer> event : events.entrySet()) {
                ByteArrayOutputStream response = new ByteArrayOutputStream();
                handler.handleRequest(new ByteArrayInputStream(event.getKey().getBytes(StandardCharsets.UTF_8)), response, null);
                int status = json.readTree(response.toByteArray()).path("statusCode").asInt();
                if (status != event.getValue()) {
                    throw new IllegalStateException("The function answered a training event with " + status + ", not " + event.getValue());
                }
            }
        }
    }
}
