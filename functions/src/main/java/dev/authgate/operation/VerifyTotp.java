package dev.authgate.operation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.authgate.contract.TotpVerifiedResponse;
import dev.authgate.contract.VerifyTotpRequest;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.identity.OptionalBearer;

/**
 * Proves the authenticator app with a first code. A signed-in user then chooses it at {@code PUT /auth/mfa}; during
 * an {@code MFA_SETUP} sign-in, the answer's session finishes the sign-in at {@code POST /auth/token}.
 */
public final class VerifyTotp implements Function<OptionalBearer<VerifyTotpRequest>, TotpVerifiedResponse> {

    private static final String DEFAULT_DEVICE_NAME = "Authenticator app";

    private final IdentityProvider identity;

    public VerifyTotp(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public TotpVerifiedResponse apply(OptionalBearer<VerifyTotpRequest> request) {
        VerifyTotpRequest body = request.request();
        var credential = TotpCaller.credential(request.token(), body.username(), body.session());
        String deviceName = body.deviceName() == null || body.deviceName().isBlank() ? DEFAULT_DEVICE_NAME : body.deviceName();
        Optional<String> session = identity.verifyAuthenticator(credential, body.code(), deviceName);
        return session
                .map(next -> new TotpVerifiedResponse("The authenticator app is set up. Send username, this session and "
                        + "challengeName MFA_SETUP to POST /auth/token to finish signing in.", next))
                .orElseGet(() -> new TotpVerifiedResponse("The authenticator app is set up. Choose it with PUT /auth/mfa "
                        + "{\"preferred\":\"TOTP\"} to be asked for its code at sign-in.", null));
    }
}
