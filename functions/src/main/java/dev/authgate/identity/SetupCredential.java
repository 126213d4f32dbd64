package dev.authgate.identity;

/**
 * Who sets up an authenticator app: a signed-in user, by their access token, or a user whose sign-in asked for
 * {@code MFA_SETUP}, by that sign-in's session (each step answers the session of the next). Exactly one is set.
 */
public record SetupCredential(String accessToken, String session) {

    public SetupCredential {
        if ((accessToken == null) == (session == null)) {
            throw new IllegalArgumentException("An access token or a session, and only one");
        }
    }

    public static SetupCredential accessToken(String token) {
        return new SetupCredential(token, null);
    }

    public static SetupCredential session(String session) {
        return new SetupCredential(null, session);
    }

    @Override
    public String toString() {
        return accessToken != null ? "SetupCredential[access token]" : "SetupCredential[session]";
    }
}
