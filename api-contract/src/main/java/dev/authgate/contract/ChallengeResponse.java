package dev.authgate.contract;

import java.util.Map;

/** The challenge a sign-in met, the session to answer it with, and what to send next. */
public record ChallengeResponse(String challengeName, String session, String message, Map<String, String> challengeParameters)
        implements SignInResult {

    public ChallengeResponse {
        challengeParameters = challengeParameters == null ? Map.of() : Map.copyOf(challengeParameters);
    }

    @Override
    public String toString() {
        return "ChallengeResponse[challengeName=" + challengeName + ", session=" + Redaction.redact(session)
                + ", message=" + message + "]";
    }
}
