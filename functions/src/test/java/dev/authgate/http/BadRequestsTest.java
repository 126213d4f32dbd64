package dev.authgate.http;

import static dev.authgate.testsupport.HttpCall.post;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.authgate.AuthgateApplication;
import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.HttpCall;
import dev.authgate.testsupport.RawHttp;
import dev.authgate.testsupport.TestStack;

/** Requests that cannot be served answer the envelope with the right 4xx status on every edge. */
class BadRequestsTest {

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void malformedJsonAnswers400WithInvalidRequest(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/sign-in", "{\"username\": "));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("InvalidRequest");
        assertThat(response.errorMessage()).isEqualTo("The request body is not valid JSON.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aMissingFieldAnswers400NamingTheField(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/sign-up/confirm", "{\"username\":\"someone@example.com\"}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("InvalidRequest");
        assertThat(response.errorMessage()).isEqualTo("The field 'confirmationCode' is required.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anIllTypedFieldAnswers400NamingTheField(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/sign-in", "{\"username\":[\"a\"],\"password\":\"x\"}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).isEqualTo("The field 'username' must be a string.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aBodyThatIsNotAnObjectAnswers400(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/sign-in", "\"just a string\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).isEqualTo("The request body must be a JSON object.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aMissingBodyAnswers400(EdgeKind kind) {
        ApiResponse response = kind.edge().send(HttpCall.of("POST", "/auth/sign-in"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).isEqualTo("The request body is required.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aBodyOverTheLimitAnswers413(EdgeKind kind) {
        String big = "{\"username\":\"" + "a".repeat(70_000) + "\",\"password\":\"x\"}";

        ApiResponse response = kind.edge().send(post("/auth/sign-in", big));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.errorType()).isEqualTo("PayloadTooLarge");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aBodyInACharsetOtherThanUtf8Answers400(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/sign-in", "{\"username\":\"a@example.com\",\"password\":\"x\"}")
                .withHeader("Content-Type", "application/json; charset=no-such-charset"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo("InvalidRequest");
        assertThat(response.errorMessage()).isEqualTo("The charset 'no-such-charset' is not supported; JSON is sent as UTF-8.");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anUnknownRouteAnswers404WithNotFound(EdgeKind kind) {
        ApiResponse response = kind.edge().send(post("/auth/nowhere", "{}"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.errorType()).isEqualTo("NotFound");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aWrongMethodOnAKnownPathAnswers405WithTheAllowedMethods(EdgeKind kind) {
        ApiResponse response = kind.edge().send(HttpCall.get("/auth/sign-in"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.errorType()).isEqualTo("MethodNotAllowed");
        assertThat(response.header("Allow")).isEqualTo("POST");
    }

    /**
     * Requests the local server's connector refuses before the servlet sees them: Lambda never gets such requests,
     * API Gateway refuses them, but the local app must answer them in the envelope too.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class AtTheLocalServersConnector {

        private ConfigurableApplicationContext app;
        private int port;

        @BeforeAll
        void start() {
            TestStack.get();
            app = new SpringApplicationBuilder(AuthgateApplication.class)
                    .run("--server.port=0", "--authgate.http.headers.X-Frame-Options=DENY");
            port = ((WebServerApplicationContext) app).getWebServer().getPort();
        }

        @AfterAll
        void stop() {
            app.close();
        }

        @Test
        void anAuthorizationHeaderOver8KbAnswers431InTheEnvelope() {
            ApiResponse response = send("GET /auth/user HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + "a".repeat(9_000) + "\r\n\r\n");

            assertEnvelope(response, 431, "RequestHeaderFieldsTooLarge");
        }

        @Test
        void aRequestLineOver8KbAnswers414InTheEnvelope() {
            ApiResponse response = send("GET /auth/" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertEnvelope(response, 414, "UriTooLong");
        }

        @Test
        void anEncodedNulInThePathAnswers400InTheEnvelope() {
            ApiResponse response = send("GET /auth/user%00 HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertEnvelope(response, 400, "InvalidRequest");
        }

        @Test
        void anEncodedSlashInThePathAnswers400InTheEnvelope() {
            ApiResponse response = send("GET /auth%2Fuser HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertEnvelope(response, 400, "InvalidRequest");
        }

        @Test
        void aPathWithCharactersHttpForbidsAnswers400InTheEnvelope() {
            ApiResponse response = send("GET /auth/{user}|\" HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertEnvelope(response, 400, "InvalidRequest");
        }

        @Test
        void aMethodThatIsNoTokenAnswers400InTheEnvelope() {
            ApiResponse response = send("PO(ST /auth/sign-in HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertEnvelope(response, 400, "InvalidRequest");
        }

        @Test
        void aHeaderNameThatIsNoTokenAnswers400InTheEnvelope() {
            ApiResponse response = send("GET /auth/user HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n");

            assertEnvelope(response, 400, "InvalidRequest");
        }

        @Test
        void aChunkedBodyOverTheLimitAnswers413InTheEnvelope() {
            StringBuilder request = new StringBuilder("POST /auth/sign-in HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = "a".repeat(8_192);
            for (int i = 0; i < 10; i++) {
                request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
            }
            request.append("0\r\n\r\n");

            assertEnvelope(send(request.toString()), 413, "PayloadTooLarge");
        }

        @Test
        void aMalformedChunkedBodyAnswers400InTheEnvelope() {
            ApiResponse response = send("POST /auth/sign-in HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

            assertEnvelope(response, 400, "InvalidRequest");
        }

        @Test
        void anUnknownHttpVersionAnswers505InTheEnvelope() {
            ApiResponse response = send("GET /auth/user HTTP/9.9\r\nHost: localhost\r\n\r\n");

            assertEnvelope(response, 505, "HttpVersionNotSupported");
        }

        @Test
        void anUnknownTransferCodingAnswers501InTheEnvelope() {
            ApiResponse response = send("POST /auth/sign-in HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n\r\n{}");

            assertEnvelope(response, 501, "NotImplemented");
        }

        @Test
        void optionsOnTheWholeServerAnswers404InTheEnvelope() {
            ApiResponse response = send("OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertEnvelope(response, 404, "NotFound");
        }

        @Test
        void aMalformedRequestForTheWholeServerAnswers400InTheEnvelope() {
            ApiResponse response = send("OPTIONS * HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n");

            assertEnvelope(response, 400, "InvalidRequest");
        }

        @Test
        void aMalformedChunkedBodyForTheWholeServerAnswers404InTheEnvelope() {
            ApiResponse response = send("POST * HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nx\r\n0\r\n\r\n");

            assertEnvelope(response, 404, "NotFound");
        }

        private ApiResponse send(String request) {
            return RawHttp.exchange(port, request);
        }

        private static void assertEnvelope(ApiResponse response, int status, String type) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
            assertThat(response.header("Content-Type")).isEqualTo("application/json");
            assertThat(response.errorType()).isEqualTo(type);
            assertThat(response.errorMessage()).isNotBlank();
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        }
    }
}
