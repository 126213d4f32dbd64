package dev.authgate.emulator.internal.trigger;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.error.CognitoException;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.UserPool;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three custom-authentication triggers, each with the request Cognito sends it and the part of its
 * response Cognito uses: define (what next), create (the question and its private answer), verify (is
 * the answer right).
 */
public final class AuthChallengeTriggers {
    public static final String NOT_CONFIGURED = "Custom auth lambda trigger is not configured for the user pool.";

    private final Triggers triggers;

    public AuthChallengeTriggers(Triggers triggers) {
        this.triggers = Objects.requireNonNull(triggers, "triggers");
    }

    /** What the define trigger decided. A challenge name is only read when neither flag is set. */
    public record Decision(boolean issueTokens, boolean failAuthentication, Optional<String> challengeName) {
    }

    /** What the create trigger made: the question for the app, the answer for the verify trigger. */
    public record Challenge(Map<String, String> publicParameters, Map<String, String> privateParameters, String metadata) {
        public Challenge {
            publicParameters = Map.copyOf(publicParameters);
            privateParameters = Map.copyOf(privateParameters);
        }
    }

    /** Custom sign-in needs at least the define trigger. */
    public boolean available(UserPool pool) {
        return triggers.configured(pool, Trigger.DEFINE_AUTH_CHALLENGE);
    }

    public Decision define(ChallengeSubject subject, List<ChallengeResult> session, Optional<Map<String, String>> clientMetadata) {
        ObjectNode request = subject.request();
        request.set("session", sessionJson(session));
        clientMetadata.ifPresent(metadata -> request.set("clientMetadata", Json.stringMap(metadata)));
        TriggerResponse response = run(subject, Trigger.DEFINE_AUTH_CHALLENGE, "DefineAuthChallenge_Authentication", request);
        return new Decision(response.flag("issueTokens"), response.flag("failAuthentication"), response.string("challengeName"));
    }

    public Challenge create(ChallengeSubject subject, String challengeName, List<ChallengeResult> session,
                            Optional<Map<String, String>> clientMetadata) {
        ObjectNode request = subject.request();
        request.put("challengeName", challengeName);
        request.set("session", sessionJson(session));
        clientMetadata.ifPresent(metadata -> request.set("clientMetadata", Json.stringMap(metadata)));
        TriggerResponse response = run(subject, Trigger.CREATE_AUTH_CHALLENGE, "CreateAuthChallenge_Authentication", request);
        return new Challenge(response.stringMap("publicChallengeParameters"), response.stringMap("privateChallengeParameters"),
                response.string("challengeMetadata").orElse(null));
    }

    public boolean verify(ChallengeSubject subject, Map<String, String> privateParameters, String answer,
                          Optional<Map<String, String>> clientMetadata) {
        ObjectNode request = subject.request();
        request.set("privateChallengeParameters", Json.stringMap(privateParameters));
        request.put("challengeAnswer", answer);
        clientMetadata.ifPresent(metadata -> request.set("clientMetadata", Json.stringMap(metadata)));
        TriggerResponse response = run(subject, Trigger.VERIFY_AUTH_CHALLENGE_RESPONSE,
                "VerifyAuthChallengeResponse_Authentication", request);
        return response.flag("answerCorrect");
    }

    private TriggerResponse run(ChallengeSubject subject, Trigger trigger, String source, ObjectNode request) {
        TriggerEvent event = new TriggerEvent(trigger, source, subject.userName(), subject.clientId(), request);
        return triggers.run(subject.pool(), event).orElseThrow(AuthChallengeTriggers::notConfigured);
    }

    private static ArrayNode sessionJson(List<ChallengeResult> session) {
        ArrayNode json = Json.array();
        session.forEach(result -> json.add(result.json()));
        return json;
    }

    private static CognitoException notConfigured() {
        return INVALID_PARAMETER.exception(NOT_CONFIGURED);
    }
}
