package dev.authgate.aws.cognito;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.authgate.error.AuthException;
import dev.authgate.testsupport.TestStack;

/** The adapter against Authgate's own Cognito emulator, which also enforces what cognito-local does not. */
class CognitoIdentityProviderOnEmulatorTest extends IdentityProviderContract {

    private final TestStack stack = TestStack.get();

    @Override
    URI endpoint() {
        return stack.emulator().endpoint();
    }

    @Override
    Instant now() {
        return stack.clock().instant();
    }

    @Override
    String codeSentTo(String email) {
        return stack.latestCode(email, "SIGN_UP");
    }

    @Override
    String attributeCodeSentTo(String email) {
        return stack.latestCode(email, "ATTRIBUTE_VERIFICATION");
    }

    /** cognito-local answers GetUserAttributeVerificationCode with no CodeDeliveryDetails; Cognito names where the code went. */
    @Test
    void aResentAttributeCodeSaysWhereItWentMasked() {
        String email = confirmedUser();
        String accessToken = accessTokenOf(email);
        identity().updateAttributes(accessToken, Map.of("email", "waiting-" + email));

        assertThat(identity().resendAttributeCode(accessToken, "email")).hasValueSatisfying(delivery -> {
            assertThat(delivery.attribute()).isEqualTo("email");
            assertThat(delivery.medium()).isEqualTo("EMAIL");
            assertThat(delivery.destination()).isEqualTo("w***@e***.com");
        });
    }

    @Test
    void aPasswordThatBreaksThePoolsPolicyIsInvalidPasswordNamingTheRules() {
        assertThatThrownBy(() -> identity().signUp(TestStack.newEmail(), "weakpass", Map.of(), Map.of()))
                .isInstanceOfSatisfying(AuthException.class, e -> {
                    assertThat(e.type()).isEqualTo("InvalidPasswordException");
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).containsIgnoringCase("uppercase");
                });
    }
}
