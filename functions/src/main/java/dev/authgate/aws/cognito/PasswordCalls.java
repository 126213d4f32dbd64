package dev.authgate.aws.cognito;

import java.util.Objects;
import java.util.Optional;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChangePasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;

import dev.authgate.contract.CodeDeliveryDetails;
import dev.authgate.contract.cognito.CognitoCall;

/** Passwords: a forgotten one replaced with a code, and a known one changed. */
final class PasswordCalls {

    private final CognitoClients cognito;
    private final String clientId;

    PasswordCalls(CognitoClients cognito, String clientId) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
    }

    Optional<CodeDeliveryDetails> forgotPassword(String username) {
        return CognitoShapes.delivery(cognito.call(CognitoCall.FORGOT_PASSWORD, CognitoIdentityProviderClient::forgotPassword,
                ForgotPasswordRequest.builder().clientId(clientId).username(username).build()).codeDeliveryDetails());
    }

    void confirmForgotPassword(String username, String confirmationCode, String newPassword) {
        cognito.call(CognitoCall.CONFIRM_FORGOT_PASSWORD, CognitoIdentityProviderClient::confirmForgotPassword,
                ConfirmForgotPasswordRequest.builder()
                        .clientId(clientId)
                        .username(username)
                        .confirmationCode(confirmationCode)
                        .password(newPassword)
                        .build());
    }

    void changePassword(String accessToken, String previousPassword, String proposedPassword) {
        cognito.call(CognitoCall.CHANGE_PASSWORD, CognitoIdentityProviderClient::changePassword, ChangePasswordRequest.builder()
                .accessToken(accessToken)
                .previousPassword(previousPassword)
                .proposedPassword(proposedPassword)
                .build());
    }
}
