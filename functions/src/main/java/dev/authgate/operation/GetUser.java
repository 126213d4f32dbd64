package dev.authgate.operation;

import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.UserMfa;
import dev.authgate.contract.UserResponse;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.identity.PoolUser;
import dev.authgate.identity.VerifiedAccessToken;
import dev.authgate.settings.AuthMode;

/**
 * Reads the bearer's account. The username is the one the user signs in with (the email or phone number),
 * not the pool's internal one; the groups come from the verified token; {@code mfa} lists the factors the user
 * has turned on and the preferred one.
 */
public final class GetUser implements Function<VerifiedAccessToken, UserResponse> {

    private final IdentityProvider identity;
    private final AuthMode mode;

    public GetUser(IdentityProvider identity, AuthMode mode) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    @Override
    public UserResponse apply(VerifiedAccessToken bearer) {
        PoolUser user = identity.user(bearer.token());
        String signInName = user.attributes().get(mode.usernameAttribute());
        return new UserResponse(signInName != null ? signInName : user.username(), user.attributes(), bearer.groups(),
                new UserMfa(user.mfaFactors(), user.preferredMfa().orElse(null)));
    }
}
