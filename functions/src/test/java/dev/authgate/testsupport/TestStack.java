package dev.authgate.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;

import dev.authgate.AuthgateApplication;
import dev.authgate.config.FunctionalApplication;
import dev.authgate.emulator.CognitoEmulator;
import dev.authgate.emulator.EmulatorOptions;
import dev.authgate.emulator.OutboxEntry;
import dev.authgate.emulator.TriggerFailure;
import dev.authgate.lambda.ApiHandler;
import dev.authgate.lambda.TriggerHandler;
import dev.authgate.provisioner.StackOutputs;
import dev.authgate.provisioner.local.LocalUserPool;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.MfaSetting;
import dev.authgate.settings.CognitoSettings;
import dev.authgate.settings.RoleSettings;
import dev.authgate.settings.SettingsBinder;
import dev.authgate.trigger.TriggerBeans;

/**
 * The real local stack, once per test JVM and mode: the Cognito emulator on a free loopback port (its triggers
 * invoked through Spring Cloud Function's AWS handler, as Lambda would), the pool and client the provisioner
 * makes on it, the Lambda handler and the local web app, all configured for it. Both modes have roles:
 * {@code Member} (self sign-up by email or phone), {@code Texter} (self sign-up by phone only), {@code Instant}
 * (self sign-up, no confirmation) and {@code Staff} (no self sign-up).
 */
public final class TestStack {

    private static final Map<AuthMode, TestStack> STACKS = new EnumMap<>(AuthMode.class);
    private static final Object MAIN_CLASS_LOCK = new Object();

    private final ShiftedClock clock = new ShiftedClock();
    private final Class<?> application;
    private final Class<?> lambdaApplication;
    private final CognitoEmulator emulator;
    private final StackOutputs outputs;
    private final Map<EdgeKind, Edge> edges = new EnumMap<>(EdgeKind.class);
    private FunctionInvoker lambda;
    private FunctionInvoker triggers;
    private ConfigurableApplicationContext web;

    private TestStack(AuthMode mode) {
        if (STACKS.isEmpty()) {
            SecretLedger.reset();
        }
        emulator = CognitoEmulator.start(EmulatorOptions.defaults().withClock(clock).withTriggerInvoker(this::invokeTrigger));
        AuthgateSettings settings = SettingsBinder
                .fromYaml(new ByteArrayResource(SETTINGS.getBytes(StandardCharsets.UTF_8), "the test stack's settings"))
                .withMode(mode);
        if (mode == AuthMode.USER_PASSWORD) {
            // Users without a factor sign in as before; those who turn one on are asked for its code.
            settings = settings.withMfa(MfaSetting.OPTIONAL);
        }
        outputs = new LocalUserPool(emulator.endpoint()).provision(settings, URI.create("http://127.0.0.1/auth"));
        CognitoSettings cognito = new CognitoSettings("us-east-1", emulator.endpoint(), outputs.userPoolId(), outputs.userPoolClientId(), null);
        System.setProperty(TriggerBeans.LOCAL_SMS, "true");
        if (mode == AuthMode.USER_PASSWORD) {
            application = AuthgateApplication.class;
            lambdaApplication = FunctionalApplication.class;
            System.setProperty("authgate.cognito.endpoint", cognito.endpoint().toString());
            System.setProperty("authgate.cognito.user-pool-id", cognito.userPoolId());
            System.setProperty("authgate.cognito.client-id", cognito.clientId());
            settings.roles().forEach((role, rules) -> {
                System.setProperty("authgate.roles." + role + ".allow-self-sign-up", rules.allowSelfSignUp().toString());
                System.setProperty("authgate.roles." + role + ".skip-confirmation", rules.skipConfirmation().toString());
                System.setProperty("authgate.roles." + role + ".sign-up-methods",
                        String.join(",", rules.signUpMethods().stream().map(Enum::name).toList()));
            });
            System.setProperty("authgate.roles." + ORPHAN + ".allow-self-sign-up", "true");
            // Spring Cloud Function's AWS handler finds the start class here when no jar manifest names it.
            System.setProperty("MAIN_CLASS", FunctionalApplication.class.getName());
        } else {
            application = PasswordlessStackApplication.class;
            lambdaApplication = PasswordlessStackApplication.class;
            java.util.Map<String, RoleSettings> roles = new java.util.HashMap<>(settings.roles());
            roles.put(ORPHAN, RoleSettings.defaults().withAllowSelfSignUp(true));
            PasswordlessStackApplication.settings = settings.withRoles(roles).withCognito(cognito);
        }
        // Started now rather than inside the first request that needs a trigger, where its cold start (seconds on a
        // busy machine) would count against that request's client timeout.
        triggers = handler(lambdaApplication, TriggerHandler.FUNCTION);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "test-stack-stop"));
    }

    /** A role the API knows but whose group the pool lacks, so that giving it fails half-way. */
    public static final String ORPHAN = "Orphan";

    private static final String SETTINGS = """
            authgate:
              roles:
                Member: { allow-self-sign-up: true }
                Texter: { allow-self-sign-up: true, sign-up-methods: [phone] }
                Instant: { allow-self-sign-up: true, skip-confirmation: true }
                Staff: { allow-self-sign-up: false }
            """;

    /** The UserPassword stack. */
    public static TestStack get() {
        return of(AuthMode.USER_PASSWORD);
    }

    /** The Passwordless stack. */
    public static TestStack passwordless() {
        return of(AuthMode.PASSWORDLESS);
    }

    private static synchronized TestStack of(AuthMode mode) {
        return STACKS.computeIfAbsent(mode, TestStack::new);
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

    /** A phone number no other test uses. */
    public static String newPhone() {
        return "+1555" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** How many codes the pool, or the trigger's SMS sender, sent to this address for this purpose. */
    public long codesSent(String to, String purpose) {
        return emulator.outbox().stream().filter(entry -> entry.to().equalsIgnoreCase(to) && entry.purpose().equals(purpose)).count();
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
            case LOCAL_WEB -> new WebEdge(webAddress());
            case REST_API_V1 -> lambdaEdge(ApiGatewayPayload.REST_API_V1);
            case HTTP_API_V2 -> lambdaEdge(ApiGatewayPayload.HTTP_API_V2);
            case HTTP_API_V2_WITH_STAGE -> lambdaEdge(ApiGatewayPayload.HTTP_API_V2_WITH_STAGE);
        });
    }

    /**
     * The API's Lambda handler, started as on Lambda: the UserPassword stack with the artifact's functional start
     * class, the Passwordless stack with an application of its own through the auto-configuration.
     */
    public synchronized FunctionInvoker lambda() {
        if (lambda == null) {
            lambda = handler(lambdaApplication, ApiHandler.FUNCTION);
        }
        return lambda;
    }

    /**
     * The pool's triggers, invoked as Cognito invokes the trigger Lambda function: the event through Spring
     * Cloud Function's AWS handler and the trigger routing; a trigger's failure is the function's error.
     */
    private String invokeTrigger(String functionArn, String event) {
        FunctionInvoker handler;
        synchronized (this) {
            if (triggers == null) {
                triggers = handler(lambdaApplication, TriggerHandler.FUNCTION);
            }
            handler = triggers;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), output, new TestLambdaContext());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new TriggerFailure(cause.getMessage(), cause.getClass().getName());
        }
        return output.toString(StandardCharsets.UTF_8);
    }

    /** A handler on an application class, which the handler finds in MAIN_CLASS as on Lambda. */
    static FunctionInvoker handler(Class<?> application, String function) {
        synchronized (MAIN_CLASS_LOCK) {
            String previous = System.getProperty("MAIN_CLASS");
            System.setProperty("MAIN_CLASS", application.getName());
            try {
                return new FunctionInvoker(function);
            } finally {
                if (previous == null) {
                    System.clearProperty("MAIN_CLASS");
                } else {
                    System.setProperty("MAIN_CLASS", previous);
                }
            }
        }
    }

    /** The local web app's address, starting it if it is not running. */
    public synchronized URI webAddress() {
        return URI.create("http://127.0.0.1:" + webPort());
    }

    private int webPort() {
        if (web == null) {
            web = new SpringApplicationBuilder(application).run("--server.port=0");
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
