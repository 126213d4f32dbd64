package dev.authgate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The cognito-local harness installs, starts and stops the pinned cognito-local on a free loopback port. */
class CognitoLocalTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void itAnswersTheCognitoProtocolAndItsPortIsClosedAfterClose() throws Exception {
        CognitoLocal cognitoLocal = CognitoLocal.start("123456");
        int port = cognitoLocal.port();
        try {
            HttpResponse<String> response = call(cognitoLocal, "CreateUserPool", "{\"PoolName\":\"p\"}");

            assertThat(response.statusCode()).as(cognitoLocal::logs).isEqualTo(200);
            assertThat(firstString(response.body(), "Id")).isNotBlank();
        } finally {
            cognitoLocal.close();
        }

        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void everyCodeItGeneratesIsTheFixedCode() throws Exception {
        try (CognitoLocal cognitoLocal = CognitoLocal.start("123456")) {
            String poolId = firstString(call(cognitoLocal, "CreateUserPool", "{\"PoolName\":\"p\"}").body(), "Id");
            String clientId = firstString(call(cognitoLocal, "CreateUserPoolClient",
                    "{\"UserPoolId\":\"" + poolId + "\",\"ClientName\":\"c\"}").body(), "ClientId");
            call(cognitoLocal, "SignUp", "{\"ClientId\":\"" + clientId + "\",\"Username\":\"grace\",\"Password\":\"Passw0rd!\"}");

            HttpResponse<String> confirm = call(cognitoLocal, "ConfirmSignUp", "{\"ClientId\":\"" + clientId
                    + "\",\"Username\":\"grace\",\"ConfirmationCode\":\"123456\"}");

            assertThat(confirm.statusCode()).as(confirm::body).isEqualTo(200);
        }
    }

    private HttpResponse<String> call(CognitoLocal cognitoLocal, String action, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(cognitoLocal.endpoint().resolve("/"))
                .timeout(Duration.ofSeconds(10))
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService." + action)
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String firstString(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + key + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("no %s in %s", key, json).isTrue();
        return matcher.group(1);
    }
}
