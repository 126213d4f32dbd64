package dev.authgate.operation;

import java.util.Optional;

import dev.authgate.error.AuthException;
import dev.authgate.identity.SetupCredential;
import dev.authgate.identity.VerifiedAccessToken;

/**
 * Who sets up an authenticator at the TOTP routes: the bearer of an access token, or, without one, the user whose
 * sign-in answered {@code MFA_SETUP}, by its username and session. Not both, so a signed-in user's request is never
 * applied to another user's sign-in.
 */
final class TotpCaller {

    private TotpCaller() {
    }

    static SetupCredential credential(Optional<VerifiedAccessToken> token, String username, String session) {
        if (token.isPresent()) {
            if (session != null) {
                throw AuthException.invalidRequest("Send a Bearer token or a session, not both.");
            }
            return SetupCredential.accessToken(token.get().token());
        }
        Fields.required(session, "session");
        Fields.username(Fields.required(username, "username"));
        return SetupCredential.session(session);
    }
}
