package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The Lambda Invoke API client, against a tiny Lambda endpoint served by the JDK in the test. */
class LambdaInvokeApiTest {
    private static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:authgate-pre-sign-up";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Invocation> invocations = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer lambda;
    private volatile Answer answer;

    private record Invocation(String method, String rawPath, String invocationType, String contentType, String body) {
    }

    @FunctionalInterface
    private interface Answer {
        void send(HttpExchange exchange, String body) throws IOException;
    }

    @BeforeEach
    void startTheLambdaEndpoint() throws IOException {
        lambda = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lambda.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                invocations.add(new Invocation(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body));
                answer.send(exchange, body);
            } finally {
                exchange.close();
            }
        });
        lambda.start();
    }

    @AfterEach
    void stopTheLambdaEndpoint() {
        released.countDown();
        lambda.stop(0);
    }

    @Test
    void theEventIsPostedToTheFunctionsInvocationsPathAndItsOutputReturned() {
        answer = (exchange, body) -> reply(exchange, 200, body.replace("\"response\":{}", "\"response\":{\"autoConfirmUser\":true}"));

        String output = invoker().invoke(FUNCTION, "{\"version\":\"1\",\"response\":{}}");

        assertThat(output).isEqualTo("{\"version\":\"1\",\"response\":{\"autoConfirmUser\":true}}");
        Invocation invocation = invocations.get(0);
        assertThat(invocation.method()).isEqualTo("POST");
        assertThat(invocation.rawPath())
                .isEqualTo("/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Aauthgate-pre-sign-up/invocations");
        assertThat(invocation.invocationType()).isEqualTo("RequestResponse");
        assertThat(invocation.contentType()).isEqualTo("application/json");
        assertThat(invocation.body()).isEqualTo("{\"version\":\"1\",\"response\":{}}");
    }

    @Test
    void aFunctionErrorHeaderBecomesATriggerFailureWithTheFunctionsMessage() {
        answer = (exchange, body) -> {
            exchange.getResponseHeaders().set("X-Amz-Function-Error", "Unhandled");
            reply(exchange, 200, "{\"errorMessage\":\"Role admin does not allow self sign-up\",\"errorType\":\"AuthException\"}");
        };

        assertThatThrownBy(() -> invoker().invoke(FUNCTION, "{}"))
                .isInstanceOfSatisfying(TriggerFailure.class, failure -> {
                    assertThat(failure.getMessage()).isEqualTo("Role admin does not allow self sign-up");
                    assertThat(failure.errorType()).contains("AuthException");
                });
    }

    @Test
    void aFunctionErrorWithoutAReadableBodyIsStillTheFunctionsError() {
        answer = (exchange, body) -> {
            exchange.getResponseHeaders().set("X-Amz-Function-Error", "Unhandled");
            reply(exchange, 200, "Task timed out");
        };

        assertThatThrownBy(() -> invoker().invoke(FUNCTION, "{}")).isInstanceOf(TriggerFailure.class).hasMessage("Unhandled");
    }

    @Test
    void anErrorStatusFromTheEndpointMeansTheFunctionCouldNotBeInvoked() {
        answer = (exchange, body) -> {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", "ResourceNotFoundException");
            reply(exchange, 404, "{\"message\":\"Function not found\"}");
        };

        assertThatThrownBy(() -> invoker().invoke(FUNCTION, "{}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("404")
                .hasMessageContaining("ResourceNotFoundException");
    }

    @Test
    void anUnreachableEndpointFailsAtOnceWithAnUncheckedIoException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        LambdaInvokeApi invoker = new LambdaInvokeApi(URI.create("http://127.0.0.1:" + closedPort));

        assertThatThrownBy(() -> invoker.invoke(FUNCTION, "{}"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(FUNCTION);
    }

    @Test
    void aFunctionSlowerThanTheTimeoutFails() {
        answer = (exchange, body) -> {
            await(released);
            reply(exchange, 200, body);
        };
        LambdaInvokeApi invoker = new LambdaInvokeApi(endpoint(), Duration.ofMillis(200));

        assertThatThrownBy(() -> invoker.invoke(FUNCTION, "{}")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void theTimeoutIsCognitosFiveSeconds() {
        assertThat(LambdaInvokeApi.TIMEOUT).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void onlyHttpEndpointsAreAccepted() {
        assertThatThrownBy(() -> new LambdaInvokeApi(URI.create("ftp://127.0.0.1/"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LambdaInvokeApi(URI.create("/relative"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEmulatorRunsItsTriggersThroughTheLambdaApi() {
        answer = (exchange, body) -> {
            ObjectNode event = (ObjectNode) JSON.readTree(body);
            ((ObjectNode) event.get("response")).put("autoConfirmUser", true);
            reply(exchange, 200, event.toString());
        };
        try (TestCognito test = TestCognito.start(EmulatorOptions.defaults().withTriggerInvoker(invoker()))) {
            TestPool pool = test.pool(p -> p.lambdaConfig(LambdaConfigType.builder().preSignUp(FUNCTION).build()), client -> client);

            SignUpResponse response = pool.signUp("alice@example.com", TestPool.PASSWORD);

            assertThat(response.userConfirmed()).isTrue();
            assertThat(JSON.readTree(invocations.get(0).body()).get("triggerSource").asString()).isEqualTo("PreSignUp_SignUp");
        }
    }

    @Test
    void aFunctionErrorFromTheLambdaApiReachesTheCallerAsCognitoWordsIt() {
        answer = (exchange, body) -> {
            exchange.getResponseHeaders().set("X-Amz-Function-Error", "Unhandled");
            reply(exchange, 200, "{\"errorMessage\":\"Invite only\",\"errorType\":\"Error\"}");
        };
        try (TestCognito test = TestCognito.start(EmulatorOptions.defaults().withTriggerInvoker(invoker()))) {
            TestPool pool = test.pool(p -> p.lambdaConfig(LambdaConfigType.builder().preSignUp(FUNCTION).build()), client -> client);

            assertThatThrownBy(() -> pool.signUp("bob@example.com", TestPool.PASSWORD))
                    .isInstanceOf(UserLambdaValidationException.class)
                    .hasMessageStartingWith("PreSignUp failed with error Invite only.");
        }
    }

    private LambdaInvokeApi invoker() {
        return new LambdaInvokeApi(endpoint());
    }

    private URI endpoint() {
        return URI.create("http://127.0.0.1:" + lambda.getAddress().getPort() + "/");
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // Answers only once the test is over: longer than any timeout the test sets.
    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
