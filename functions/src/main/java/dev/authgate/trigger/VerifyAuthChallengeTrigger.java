package dev.authgate.trigger;

import java.util.Objects;

import tools.jackson.databind.node.ObjectNode;

/** VerifyAuthChallengeResponse of the Passwordless sign-in: the answer against the code's hash, in constant time. */
public final class VerifyAuthChallengeTrigger extends CognitoTrigger {

    private final SignInCodes codes;

    public VerifyAuthChallengeTrigger(SignInCodes codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    @Override
    protected void respond(TriggerEvent event, ObjectNode response) {
        String answer = event.request().path("challengeAnswer").asString(null);
        String codeHash = event.request().path("privateChallengeParameters").path("codeHash").asString("");
        response.put("answerCorrect", !event.userNotFound() && codes.matches(answer, codeHash));
    }
}
