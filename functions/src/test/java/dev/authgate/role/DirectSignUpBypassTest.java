package dev.authgate.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

import dev.authgate.testsupport.TestStack;
import dev.authgate.testsupport.TestUser;

/**
 * A client that calls Cognito's SignUp directly with the public client id, skipping the API, cannot give itself a
 * role: it may not write {@code custom:role}, and the PreSignUp trigger applies the role rules to what it asks for.
 */
class DirectSignUpBypassTest {

    private static TestStack stack(String mode) {
        return mode.equals("UserPassword") ? TestStack.get() : TestStack.passwordless();
    }

    private static String username(String mode) {
        return mode.equals("UserPassword") ? TestStack.newEmail() : TestStack.newPhone();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UserPassword", "Passwordless"})
    void writingTheRoleAttributeDirectlyIsRefused(String mode) {
        TestStack stack = stack(mode);

        assertThatThrownBy(() -> stack.admin().signUpDirectly(stack.outputs().userPoolClientId(), username(mode), TestUser.PASSWORD,
                Map.of("custom:role", "Staff"), Map.of()))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UserPassword", "Passwordless"})
    void askingForARoleWithoutSelfSignUpIsRefusedByThePreSignUpTrigger(String mode) {
        TestStack stack = stack(mode);
        String username = username(mode);

        assertThatThrownBy(() -> stack.admin().signUpDirectly(stack.outputs().userPoolClientId(), username, TestUser.PASSWORD,
                Map.of(), Map.of("role", "Staff")))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageContaining("'Staff'");
        assertThat(stack.admin().exists(stack.outputs().userPoolId(), username)).isFalse();
    }
}
