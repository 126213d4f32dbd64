package dev.authgate.emulator.internal.password;

import static dev.authgate.emulator.internal.error.CognitoError.NOT_AUTHORIZED;

import dev.authgate.emulator.internal.crypto.PasswordHasher;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import dev.authgate.emulator.internal.token.SignedInAction;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** A signed-in user replaces their password, proving they know the current one. */
public final class ChangePassword implements SignedInAction {
    private final PasswordHasher hasher;

    public ChangePassword(PasswordHasher hasher) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    @Override
    public ObjectNode handle(Request request, AccessTokenVerifier.Verified caller, Instant now) {
        String previous = request.required("PreviousPassword");
        String proposed = request.required("ProposedPassword");
        User user = caller.user();
        if (!hasher.matches(previous, user.passwordHash())) {
            throw NOT_AUTHORIZED.exception("Incorrect username or password.");
        }
        PasswordRules.check(caller.pool().settings().passwordPolicy(), proposed);
        user.setPassword(hasher.hash(proposed), now);
        return Json.object();
    }
}
