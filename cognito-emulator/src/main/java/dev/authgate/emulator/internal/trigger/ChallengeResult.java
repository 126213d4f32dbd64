package dev.authgate.emulator.internal.trigger;

import dev.authgate.emulator.internal.protocol.Json;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * One answered challenge in a custom sign-in's history, as the challenge triggers see it in
 * {@code request.session}.
 *
 * @param challengeName {@code CUSTOM_CHALLENGE} for the rounds the emulator runs
 * @param challengeResult whether the verify trigger found the answer correct
 * @param challengeMetadata what the create trigger named the challenge; null when it gave nothing
 */
public record ChallengeResult(String challengeName, boolean challengeResult, String challengeMetadata) {

    public ChallengeResult {
        Objects.requireNonNull(challengeName, "challengeName");
    }

    ObjectNode json() {
        ObjectNode json = Json.object().put("challengeName", challengeName).put("challengeResult", challengeResult);
        if (challengeMetadata == null) {
            json.putNull("challengeMetadata");
        } else {
            json.put("challengeMetadata", challengeMetadata);
        }
        return json;
    }
}
