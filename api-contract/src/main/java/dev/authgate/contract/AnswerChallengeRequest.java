package dev.authgate.contract;

/** {@code POST /auth/token}: the session of the challenge and the answer it asks for. */
public record AnswerChallengeRequest(String username, String session, String challengeName, String confirmationCode,
        String newPassword) {

    @Override
    public String toString() {
        return "AnswerChallengeRequest[username=" + username + ", session=" + Redaction.redact(session)
                + ", challengeName=" + challengeName + ", confirmationCode=" + Redaction.redact(confirmationCode)
                + ", newPassword=" + Redaction.redact(newPassword) + "]";
    }
}
