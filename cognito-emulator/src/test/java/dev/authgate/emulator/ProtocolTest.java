package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authgate.emulator.support.Http;
import dev.authgate.emulator.support.TestCognito;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wire protocol as Cognito speaks it, checked below the SDK. */
class ProtocolTest {
    private static final String TARGET = "AWSCognitoIdentityProviderService.";

    private static TestCognito test;

    @BeforeAll
    static void start() {
        test = TestCognito.start();
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    @Test
    void theEmulatorListensOnLoopback() {
        assertThat(test.emulator().endpoint().toString()).isEqualTo("http://127.0.0.1:" + test.emulator().port());
    }

    @Test
    void anActionAnswersAmzJsonWithStatus200() {
        HttpResponse<String> response = Http.postApi(test.emulator().endpoint(), TARGET + "ListUserPools", "{\"MaxResults\":10}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
        assertThat(response.body()).startsWith("{\"UserPools\":[");
    }

    @Test
    void anErrorCarriesItsTypeInTheBodyAndInTheErrorTypeHeaderWithStatus400() {
        HttpResponse<String> response = Http.postApi(test.emulator().endpoint(), TARGET + "DescribeUserPool", "{\"UserPoolId\":\"us-east-1_Nope12345\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
        assertThat(response.body()).contains("\"__type\":\"ResourceNotFoundException\"").contains("\"message\":");
    }

    @Test
    void anUnknownActionIsRejectedWithUnknownOperationException() {
        HttpResponse<String> response = Http.postApi(test.emulator().endpoint(), TARGET + "LaunchRocket", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"__type\":\"UnknownOperationException\"");
    }

    @Test
    void aRequestWithoutTargetIsRejectedWithUnknownOperationException() {
        HttpResponse<String> response = Http.postApi(test.emulator().endpoint(), null, "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("UnknownOperationException");
    }

    @Test
    void malformedJsonIsRejectedWithSerializationException() {
        HttpResponse<String> response = Http.postApi(test.emulator().endpoint(), TARGET + "ListUserPools", "{\"MaxResults\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"__type\":\"SerializationException\"");
    }

    @Test
    void aMemberOfTheWrongTypeIsRejectedWithSerializationException() {
        HttpResponse<String> response = Http.postApi(test.emulator().endpoint(), TARGET + "ListUserPools", "{\"MaxResults\":\"ten\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("SerializationException");
    }

    @Test
    void aMissingRequiredMemberIsRejectedWithInvalidParameterException() {
        HttpResponse<String> response = Http.postApi(test.emulator().endpoint(), TARGET + "CreateUserPool", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("InvalidParameterException").contains("poolName");
    }

    @Test
    void healthAnswers200() {
        assertThat(Http.get(test.emulator().endpoint().resolve("/health")).statusCode()).isEqualTo(200);
    }

    @Test
    void theJwksOfAnUnknownPoolAnswers404() {
        assertThat(Http.get(test.emulator().endpoint().resolve("/us-east-1_Nope12345/.well-known/jwks.json")).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownPathAnswers404() {
        assertThat(Http.get(test.emulator().endpoint().resolve("/nothing-here")).statusCode()).isEqualTo(404);
    }

    @Test
    void theApiAnswersOnlyPost() {
        assertThat(Http.get(test.emulator().endpoint().resolve("/")).statusCode()).isEqualTo(405);
    }
}
