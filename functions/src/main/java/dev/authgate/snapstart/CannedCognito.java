package dev.authgate.snapstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback stand-in for the Cognito user-pool API that answers the calls the primer makes with canned
 * answers in Cognito's JSON protocol: tokens for InitiateAuth, a user for GetUser, and Cognito's error shape
 * for anything else. It closes every connection after its answer, so the client keeps none alive, and it
 * runs on the calling thread's executor, so it leaves no thread behind once closed.
 */
final class CannedCognito implements AutoCloseable {

    private static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";
    private static final Map<String, String> ANSWERS = Map.of(
            "InitiateAuth", """
                    {"AuthenticationResult":{"AccessToken":"primer","IdToken":"primer","RefreshToken":"primer",\
                    "ExpiresIn":3600,"TokenType":"Bearer"},"ChallengeParameters":{}}""",
            "GetUser", """
                    {"Username":"primer","UserAttributes":[{"Name":"sub","Value":"primer"},\
                    {"Name":"email","Value":"primer@example.com"}]}""");
    private static final String ERROR = """
            {"__type":"NotAuthorizedException","message":"Incorrect username or password."}""";

    private final HttpServer server;

    private CannedCognito(HttpServer server) {
        this.server = server;
    }

    static CannedCognito start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
            server.createContext("/", CannedCognito::answer);
            server.start();
            return new CannedCognito(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            String answer = ANSWERS.get(target.replace(TARGET_PREFIX, ""));
            byte[] body = (answer != null ? answer : ERROR).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.sendResponseHeaders(answer != null ? 200 : 400, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
