package dev.authgate.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What a trigger reads of the event Cognito sends it. */
public record TriggerEvent(ObjectNode json) {

    public String triggerSource() {
        return json.path("triggerSource").asString("");
    }

    public String userPoolId() {
        return json.path("userPoolId").asString("");
    }

    public String userName() {
        return json.path("userName").asString("");
    }

    public JsonNode request() {
        return json.path("request");
    }

    public Optional<String> userAttribute(String name) {
        return Optional.ofNullable(request().path("userAttributes").get(name)).map(JsonNode::asString);
    }

    public Optional<String> clientMetadata(String name) {
        return Optional.ofNullable(request().path("clientMetadata").get(name)).map(JsonNode::asString);
    }

    public boolean userNotFound() {
        return request().path("userNotFound").asBoolean(false);
    }

    /** The rounds of the custom authentication so far, oldest first. */
    public List<ChallengeRound> session() {
        List<ChallengeRound> rounds = new ArrayList<>();
        for (JsonNode round : request().path("session")) {
            rounds.add(new ChallengeRound(round.path("challengeName").asString(""), round.path("challengeResult").asBoolean(false),
                    round.path("challengeMetadata").asString("")));
        }
        return rounds;
    }

    /** One round of a custom authentication: which challenge, whether it was answered right, and its metadata. */
    public record ChallengeRound(String challengeName, boolean challengeResult, String challengeMetadata) {
    }
}
