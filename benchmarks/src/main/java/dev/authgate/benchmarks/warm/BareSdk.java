package dev.authgate.benchmarks.warm;

import java.util.Map;
import java.util.Objects;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

/** The calls Authgate makes for sign-in and getUser, made directly with an SDK client set up like its adapter's. */
final class BareSdk implements Edge {

    private final String name;
    private final CognitoIdentityProviderClient cognito;
    private final String clientId;

    BareSdk(String name, CognitoIdentityProviderClient cognito, String clientId) {
        this.name = Objects.requireNonNull(name, "name");
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int signIn(String username, String password) {
        return cognito.initiateAuth(request -> request
                        .clientId(clientId)
                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", username, "PASSWORD", password)))
                .authenticationResult() != null ? 200 : 500;
    }

    @Override
    public int getUser(String accessToken) {
        return cognito.getUser(request -> request.accessToken(accessToken)).username() != null ? 200 : 500;
    }
}
