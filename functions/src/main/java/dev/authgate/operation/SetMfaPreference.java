package dev.authgate.operation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.authgate.contract.MessageResponse;
import dev.authgate.contract.MfaFactor;
import dev.authgate.contract.MfaPreferenceRequest;
import dev.authgate.identity.Authenticated;
import dev.authgate.identity.IdentityProvider;

/** Makes TOTP or SMS the bearer's factor at sign-in (turning it on), or, with OFF, turns both factors off. */
public final class SetMfaPreference implements Function<Authenticated<MfaPreferenceRequest>, MessageResponse> {

    private static final String OFF = "OFF";

    private final IdentityProvider identity;

    public SetMfaPreference(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public MessageResponse apply(Authenticated<MfaPreferenceRequest> request) {
        String preferred = request.request().preferred();
        Optional<MfaFactor> factor = OFF.equals(preferred) ? Optional.empty() : Optional.of(MfaFactor.valueOf(preferred));
        identity.setMfaPreference(request.token().token(), factor);
        return new MessageResponse(factor
                .map(chosen -> "Sign-in now asks for a " + chosen + " code.")
                .orElse("Multi-factor sign-in is off."));
    }
}
