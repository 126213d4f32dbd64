package dev.authgate.testsupport;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.authgate.AuthgateApplication;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.emulator.CognitoEmulator;
import dev.authgate.emulator.EmulatorOptions;
import dev.authgate.emulator.OutboxEntry;
import dev.authgate.lambda.ApiHandler;
import dev.authgate.provisioner.StackOutputs;
import dev.authgate.provisioner.local.LocalUserPool;

/**
 * The real local stack, once per test JVM: the Cognito emulator on a free loopback port, the pool and
 * client the provisioner makes on it, the Lambda handler and the local web app, both configured for it.
 */
public final class TestStack {

    private static TestStack instance;

    private final ShiftedClock clock = new ShiftedClock();
    private final CognitoEmulator emulator;
    private final StackOutputs outputs;
    private final Map<EdgeKind, Edge> edges = new EnumMap<>(EdgeKind.class);
    private ApiHandler lambda;
    private ConfigurableApplicationContext web;

    private TestStack() {
        SecretLedger.reset();
        emulator = CognitoEmulator.start(EmulatorOptions.defaults().withClock(clock));
        outputs = new LocalUserPool(emulator.endpoint())
                .provision(AuthgateSettings.defaults(), URI.create("http://127.0.0.1/auth"));
        System.setProperty("authgate.cognito.endpoint", emulator.endpoint().toString());
        System.setProperty("authgate.cognito.user-pool-id", outputs.userPoolId());
        System.setProperty("authgate.cognito.client-id", outputs.userPoolClientId());
        // Spring Cloud Function's AWS handler finds the application class here when no jar manifest names it.
        System.setProperty("MAIN_CLASS", AuthgateApplication.class.getName());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "test-stack-stop"));
    }

    public static synchronized TestStack get() {
        if (instance == null) {
            instance = new TestStack();
        }
        return instance;
    }

    /** An edge whose every answer is checked against the contract. */
    public synchronized Edge edge(EdgeKind kind) {
        return edges.computeIfAbsent(kind, this::start);
    }

    /** The Lambda edge for one payload format, unchecked, for tests that send it raw bytes. */
    public LambdaEdge lambdaEdge(ApiGatewayPayload payload) {
        return new LambdaEdge(lambda(), payload);
    }

    public StackOutputs outputs() {
        return outputs;
    }

    public CognitoEmulator emulator() {
        return emulator;
    }

    /** Direct access to the emulated pool, as its administrator. */
    public CognitoAdmin admin() {
        return new CognitoAdmin(emulator.endpoint());
    }

    /** The emulator's clock, which a test may shift to issue tokens in the past. */
    public ShiftedClock clock() {
        return clock;
    }

    /** A user signed up and confirmed through the edge, with {@link TestUser#PASSWORD}. */
    public TestUser confirmedUser(Edge edge) {
        TestUser user = new TestUser(newEmail(), TestUser.PASSWORD);
        expectOk(edge.send(HttpCall.post("/auth/sign-up", user.credentials())));
        expectOk(edge.send(HttpCall.post("/auth/sign-up/confirm",
                Json.json("username", user.username(), "confirmationCode", latestCode(user.username(), "SIGN_UP")))));
        return user;
    }

    /** Signs the user in through the edge and answers the token response. */
    public ApiResponse signIn(Edge edge, TestUser user) {
        return expectOk(edge.send(HttpCall.post("/auth/sign-in", user.credentials())));
    }

    private static ApiResponse expectOk(ApiResponse response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("Expected 200, got " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** A username no other test uses. */
    public static String newEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    /** The newest code the pool sent to this address for this purpose. */
    public String latestCode(String to, String purpose) {
        return emulator.outbox().stream()
                .filter(entry -> entry.to().equalsIgnoreCase(to) && entry.purpose().equals(purpose))
                .map(OutboxEntry::code)
                .peek(SecretLedger::record)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + purpose + " code was sent to " + to));
    }

    private Edge start(EdgeKind kind) {
        return new ContractCheckedEdge(switch (kind) {
            case LOCAL_WEB -> new WebEdge(URI.create("http://127.0.0.1:" + webPort()));
            case REST_API_V1 -> lambdaEdge(ApiGatewayPayload.REST_API_V1);
            case HTTP_API_V2 -> lambdaEdge(ApiGatewayPayload.HTTP_API_V2);
            case HTTP_API_V2_WITH_STAGE -> lambdaEdge(ApiGatewayPayload.HTTP_API_V2_WITH_STAGE);
        });
    }

    /** The Lambda handler, started as the Lambda runtime starts it: by its no-argument constructor. */
    public synchronized ApiHandler lambda() {
        if (lambda == null) {
            lambda = new ApiHandler();
        }
        return lambda;
    }

    private int webPort() {
        if (web == null) {
            web = new SpringApplicationBuilder(AuthgateApplication.class).properties("server.port=0").run();
        }
        return ((WebServerApplicationContext) web).getWebServer().getPort();
    }

    private synchronized void stop() {
        if (web != null) {
            web.close();
        }
        emulator.close();
    }
}
