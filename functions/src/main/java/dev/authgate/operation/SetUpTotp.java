package dev.authgate.operation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.TotpSetupRequest;
import dev.authgate.contract.TotpSetupResponse;
import dev.authgate.identity.AuthenticatorSecret;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.identity.OptionalBearer;

/**
 * Starts setting up an authenticator app: a new secret, and the {@code otpauth://} URI (Google Authenticator's key
 * URI format, which every authenticator app reads) that shows as "issuer: username" in the app. A signed-in user's
 * username is read from the pool, so the app shows the email rather than the pool's internal id.
 */
public final class SetUpTotp implements Function<OptionalBearer<TotpSetupRequest>, TotpSetupResponse> {

    private final IdentityProvider identity;
    private final String issuer;

    /** @param issuer the name the authenticator app shows the account under (the stack's name) */
    public SetUpTotp(IdentityProvider identity, String issuer) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    @Override
    public TotpSetupResponse apply(OptionalBearer<TotpSetupRequest> request) {
        TotpSetupRequest body = request.request();
        var credential = TotpCaller.credential(request.token(), body.username(), body.session());
        String username = request.token()
                .map(token -> identity.user(token.token()).attributes().getOrDefault("email", token.username()))
                .orElseGet(() -> Fields.username(Fields.required(body.username(), "username")));
        AuthenticatorSecret secret = identity.associateAuthenticator(credential);
        return new TotpSetupResponse(secret.secretCode(), uri(secret.secretCode(), username), secret.session().orElse(null));
    }

    private String uri(String secret, String username) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(username) + "?secret=" + secret + "&issuer=" + encode(issuer);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
