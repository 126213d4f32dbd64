package dev.authgate.emulator.support;

import dev.authgate.emulator.OutboxEntry;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;

/** A pool and its client, with the steps tests repeat: sign up, confirm, sign in. */
public record TestPool(TestCognito test, String poolId, String clientId) {
    public static final String PASSWORD = "Correct-Horse-9";

    public CognitoIdentityProviderClient cognito() {
        return test.cognito();
    }

    public SignUpResponse signUp(String email, String password) {
        return cognito().signUp(request -> request.clientId(clientId).username(email).password(password)
                .userAttributes(AttributeType.builder().name("custom:role").value("member").build()));
    }

    /** The newest code or temporary password the outbox holds for this address. */
    public String codeSentTo(String to) {
        return test.emulator().outbox().stream()
                .filter(entry -> entry.to().equals(to))
                .map(OutboxEntry::code)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Nothing was sent to " + to));
    }

    public void confirm(String email) {
        cognito().confirmSignUp(request -> request.clientId(clientId).username(email).confirmationCode(codeSentTo(email)));
    }

    /** Signs up and confirms a user with {@link #PASSWORD}; returns the email. */
    public String confirmedUser(String email) {
        signUp(email, PASSWORD);
        confirm(email);
        return email;
    }

    public AuthenticationResultType signIn(String username, String password) {
        return cognito().initiateAuth(request -> request.clientId(clientId)
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password)))
                .authenticationResult();
    }

    public AuthenticationResultType signIn(String email) {
        return signIn(email, PASSWORD);
    }
}
