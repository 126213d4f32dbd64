package dev.authgate.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The contract check itself fails on responses the contract does not allow. */
class ContractCheckTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final HttpCall SIGN_IN = HttpCall.post("/auth/sign-in", "{}");

    @Test
    void aTokenResponseThatFitsPasses() {
        assertThatCode(() -> ContractCheck.verify(SIGN_IN, new ApiResponse(200, JSON,
                "{\"accessToken\":\"a\",\"idToken\":\"i\",\"refreshToken\":\"r\",\"expiresIn\":3600,\"tokenType\":\"Bearer\"}")))
                .doesNotThrowAnyException();
    }

    @Test
    void aSuccessMissingARequiredFieldFails() {
        assertThatThrownBy(() -> ContractCheck.verify(SIGN_IN, new ApiResponse(200, JSON, "{\"accessToken\":\"a\"}")))
                .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void anErrorOutsideTheEnvelopeFails() {
        assertThatThrownBy(() -> ContractCheck.verify(SIGN_IN, new ApiResponse(400, JSON, "{\"message\":\"bad\"}")))
                .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void aSuccessStatusTheOperationDoesNotDeclareFails() {
        assertThatThrownBy(() -> ContractCheck.verify(SIGN_IN, new ApiResponse(201, JSON, "{}")))
                .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void aBodyThatIsNotJsonFails() {
        assertThatThrownBy(() -> ContractCheck.verify(SIGN_IN, new ApiResponse(400, Map.of("Content-Type", "text/html"), "<html/>")))
                .isInstanceOf(AssertionFailedError.class);
    }
}
