package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.RefreshTokenRequest;
import dev.authgate.contract.TokenResponse;
import dev.authgate.identity.IdentityProvider;

/** Exchanges a refresh token for new access and ID tokens. */
public final class RefreshToken implements Function<RefreshTokenRequest, TokenResponse> {

    private final IdentityProvider identity;

    public RefreshToken(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public TokenResponse apply(RefreshTokenRequest request) {
        return identity.refresh(request.refreshToken());
    }
}
