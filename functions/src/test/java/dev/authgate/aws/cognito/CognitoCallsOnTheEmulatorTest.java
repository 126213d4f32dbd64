package dev.authgate.aws.cognito;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.authgate.contract.cognito.CognitoCall;
import dev.authgate.testsupport.TestStack;

/**
 * Every call the API function makes, and its role is granted, is an action the emulator answers: a new
 * {@link CognitoCall} without its emulator action fails here, naming both, rather than in a test of the operation.
 */
class CognitoCallsOnTheEmulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static Stream<CognitoCall> calls() {
        return Arrays.stream(CognitoCall.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void theEmulatorKnowsTheAction(CognitoCall call) throws IOException, InterruptedException {
        URI endpoint = TestStack.get().emulator().endpoint();

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService." + call.action())
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).as("CognitoCall.%s calls %s, which the Cognito emulator does not answer: add the action to"
                + " the emulator's ActionCatalog", call.name(), call.action()).doesNotContain("UnknownOperationException");
    }
}
