package dev.authgate.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.authgate.testsupport.ApiGatewayPayload;
import dev.authgate.testsupport.HttpCall;

/**
 * The Lambda artifact as built ({@code target/authgate-lambda.zip}, in {@code verify}), with nothing of the test
 * classpath: its {@code lib/*.jar} alone in a class loader, the start class found in its manifest as on Lambda,
 * and each handler answering events that need no Cognito. It fails when the artifact leaves out a jar it needs.
 */
class LambdaArtifactIT {

    private static final Path ZIP = Path.of(System.getProperty("basedir", "."), "target", "authgate-lambda.zip");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path taskRoot;

    private static final String PASSWORD = "Artifact-Passw0rd!";
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    private static URLClassLoader artifact;
    private static PrintStream standardError;

    @BeforeAll
    static void unpackTheArtifact() throws IOException {
        List<URL> jars = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ZIP))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = taskRoot.resolve(entry.getName()).normalize();
                if (entry.isDirectory() || !file.startsWith(taskRoot)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.copy(zip, file);
            }
        }
        try (Stream<Path> lib = Files.list(taskRoot.resolve("lib"))) {
            for (Path jar : lib.sorted().toList()) {
                jars.add(jar.toUri().toURL());
            }
        }
        artifact = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        // The function's configuration, as its environment gives it on Lambda; nothing listens at the endpoint.
        System.setProperty("authgate.cognito.endpoint", "http://127.0.0.1:9");
        System.setProperty("authgate.cognito.user-pool-id", "us-east-1_Artifact");
        System.setProperty("authgate.cognito.client-id", "artifact-client");
        // Lambda keeps what a function writes to standard error as its log.
        standardError = System.err;
        System.setErr(new PrintStream(LOG, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void closeTheArtifact() throws IOException {
        System.setErr(standardError);
        List.of("endpoint", "user-pool-id", "client-id").forEach(name -> System.clearProperty("authgate.cognito." + name));
        artifact.close();
    }

    @Test
    void theApiHandlerAnswersAnUnknownRouteWithTheContractsEnvelope() throws Exception {
        JsonNode response = invoke("dev.authgate.lambda.ApiHandler",
                ApiGatewayPayload.HTTP_API_V2.event(HttpCall.get("/auth/nowhere")));

        assertThat(response.path("statusCode").asInt()).isEqualTo(404);
        assertThat(JSON.readTree(response.path("body").asString()).path("error").path("type").asString()).isEqualTo("NotFound");
    }

    @Test
    void theApiHandlerAnswersMalformedJsonWith400() throws Exception {
        JsonNode response = invoke("dev.authgate.lambda.ApiHandler",
                ApiGatewayPayload.REST_API_V1.event(HttpCall.post("/auth/sign-in", "{\"username\":")));

        assertThat(response.path("statusCode").asInt()).isEqualTo(400);
    }

    @Test
    void theTriggerHandlerAnswersAPreSignUpEventWithTheEventAndItsResponse() throws Exception {
        JsonNode response = invoke("dev.authgate.lambda.TriggerHandler", """
                {"version": "1", "region": "us-east-1", "userPoolId": "us-east-1_Artifact", "userName": "ada@example.com",
                 "callerContext": {"awsSdkVersion": "aws-sdk-java-2", "clientId": "client"},
                 "triggerSource": "PreSignUp_SignUp",
                 "request": {"userAttributes": {"email": "ada@example.com"}},
                 "response": {}}""".getBytes(StandardCharsets.UTF_8));

        assertThat(response.path("triggerSource").asString()).isEqualTo("PreSignUp_SignUp");
        assertThat(response.path("response").isObject()).isTrue();
    }

    @Test
    void theFunctionLogsButNotThePasswordOfARequestItCouldNotServe() throws Exception {
        JsonNode response = invoke("dev.authgate.lambda.ApiHandler", ApiGatewayPayload.HTTP_API_V2.event(
                HttpCall.post("/auth/sign-in", "{\"username\":\"ada@example.com\",\"password\":\"" + PASSWORD + "\"}")));

        assertThat(response.path("statusCode").asInt()).isEqualTo(503);
        String log = LOG.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("dev.authgate").doesNotContain(PASSWORD);
        assertThat(log).as("Spring Cloud Function's log of whole events, off in application.properties").doesNotContain("Received:");
    }

    /** As the Lambda runtime calls a handler: a new instance from the task root's loader, the event as a stream. */
    private static JsonNode invoke(String handlerClass, byte[] event) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(artifact);
        try {
            Class<?> type = artifact.loadClass(handlerClass);
            Object handler = type.getConstructor().newInstance();
            Class<?> context = artifact.loadClass("com.amazonaws.services.lambda.runtime.Context");
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            type.getMethod("handleRequest", InputStream.class, OutputStream.class, context)
                    .invoke(handler, new ByteArrayInputStream(event), output, null);
            return JSON.readTree(output.toByteArray());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
