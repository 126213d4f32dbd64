package dev.authgate.trigger;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import dev.authgate.trigger.TriggerEvent.ChallengeRound;

/**
 * DefineAuthChallenge of the Passwordless sign-in: only the SMS code challenge; tokens once it is answered
 * right; failure after the allowed number of wrong answers, or when any other challenge shows up.
 */
public final class DefineAuthChallengeTrigger extends CognitoTrigger {

    static final String CUSTOM_CHALLENGE = "CUSTOM_CHALLENGE";

    private final int maxAttempts;

    public DefineAuthChallengeTrigger(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    @Override
    protected void respond(TriggerEvent event, ObjectNode response) {
        List<ChallengeRound> rounds = event.session();
        boolean foreign = rounds.stream().anyMatch(round -> !round.challengeName().equals(CUSTOM_CHALLENGE));
        boolean answered = !rounds.isEmpty() && rounds.get(rounds.size() - 1).challengeResult();
        if (foreign || event.userNotFound() && rounds.size() >= maxAttempts) {
            fail(response);
        } else if (answered) {
            response.put("issueTokens", true).put("failAuthentication", false);
        } else if (rounds.size() >= maxAttempts) {
            fail(response);
        } else {
            response.put("challengeName", CUSTOM_CHALLENGE).put("issueTokens", false).put("failAuthentication", false);
        }
    }

    private static void fail(ObjectNode response) {
        response.put("issueTokens", false).put("failAuthentication", true);
    }
}
