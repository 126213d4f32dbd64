package dev.authgate.emulator.internal.token;

import dev.authgate.emulator.internal.protocol.Json;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** The tokens of one sign-in or refresh; a refresh answers without a new refresh token, as Cognito does. */
public record IssuedTokens(String accessToken, String idToken, Optional<String> refreshToken, long expiresInSeconds) {

    /** Cognito's {@code AuthenticationResult}. */
    public ObjectNode authenticationResult() {
        ObjectNode result = Json.object()
                .put("AccessToken", accessToken)
                .put("ExpiresIn", expiresInSeconds)
                .put("TokenType", "Bearer")
                .put("IdToken", idToken);
        refreshToken.ifPresent(token -> result.put("RefreshToken", token));
        return result;
    }
}
