package dev.authgate.emulator.support;

import dev.authgate.emulator.TriggerInvoker;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * In-process trigger functions, written the way Authgate's Passwordless triggers work: define asks a
 * {@code CUSTOM_CHALLENGE} until one is answered right (then tokens) and fails after three wrong
 * answers; create puts a six-digit code in the private parameters (one code per sign-in, kept across
 * retries); verify compares. The pre sign-up function accepts everyone unless a test says otherwise.
 *
 * <p>Every event is captured as received, and any function can be replaced by a test.
 */
public final class FakeTriggers implements TriggerInvoker {
    public static final String PRE_SIGN_UP = "arn:aws:lambda:us-east-1:000000000000:function:authgate-pre-sign-up";
    public static final String DEFINE = "arn:aws:lambda:us-east-1:000000000000:function:authgate-define-auth-challenge";
    public static final String CREATE = "arn:aws:lambda:us-east-1:000000000000:function:authgate-create-auth-challenge";
    public static final String VERIFY = "arn:aws:lambda:us-east-1:000000000000:function:authgate-verify-auth-challenge";
    public static final int MAX_WRONG_ANSWERS = 3;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final Map<String, Function<ObjectNode, String>> replaced = new ConcurrentHashMap<>();
    private final Map<String, String> codes = new ConcurrentHashMap<>();

    /** All four functions, as a pool's {@code LambdaConfig}. */
    public static LambdaConfigType lambdaConfig() {
        return LambdaConfigType.builder()
                .preSignUp(PRE_SIGN_UP)
                .defineAuthChallenge(DEFINE)
                .createAuthChallenge(CREATE)
                .verifyAuthChallengeResponse(VERIFY)
                .build();
    }

    /** Replaces one function: it gets the event and returns the output (or throws, as a failing function does). */
    public void replace(String function, Function<ObjectNode, String> behaviour) {
        replaced.put(function, behaviour);
    }

    /** Back to the Authgate-like functions, for the next test. */
    public void reset() {
        replaced.clear();
    }

    /** Every event received, oldest first. */
    public List<JsonNode> events() {
        return List.copyOf(events);
    }

    public List<JsonNode> events(String triggerSource) {
        return events.stream().filter(event -> event.get("triggerSource").asString().equals(triggerSource)).toList();
    }

    public JsonNode lastEvent(String triggerSource) {
        List<JsonNode> matching = events(triggerSource);
        if (matching.isEmpty()) {
            throw new AssertionError("No " + triggerSource + " event was received");
        }
        return matching.get(matching.size() - 1);
    }

    /** The code the create function made for a user's current sign-in, as the SMS would carry it. */
    public String codeFor(String userName) {
        String code = codes.get(userName);
        if (code == null) {
            throw new AssertionError("No code was made for " + userName);
        }
        return code;
    }

    @Override
    public String invoke(String functionArn, String eventJson) {
        ObjectNode event = (ObjectNode) JSON.readTree(eventJson);
        events.add(event.deepCopy());
        Function<ObjectNode, String> behaviour = replaced.get(functionArn);
        if (behaviour != null) {
            return behaviour.apply(event);
        }
        ObjectNode response = (ObjectNode) event.get("response");
        switch (functionArn) {
            case PRE_SIGN_UP -> { }
            case DEFINE -> define(event, response);
            case CREATE -> create(event, response);
            case VERIFY -> response.put("answerCorrect",
                    event.get("request").get("privateChallengeParameters").path("code").asString()
                            .equals(event.get("request").get("challengeAnswer").asString()));
            default -> throw new IllegalStateException("No function " + functionArn);
        }
        return event.toString();
    }

    private static void define(ObjectNode event, ObjectNode response) {
        JsonNode session = event.get("request").get("session");
        long wrong = session.valueStream().filter(result -> !result.get("challengeResult").asBoolean()).count();
        boolean answered = !session.isEmpty() && session.get(session.size() - 1).get("challengeResult").asBoolean();
        if (answered) {
            response.put("issueTokens", true).put("failAuthentication", false);
        } else if (wrong >= MAX_WRONG_ANSWERS) {
            response.put("issueTokens", false).put("failAuthentication", true);
        } else {
            response.put("issueTokens", false).put("failAuthentication", false).put("challengeName", "CUSTOM_CHALLENGE");
        }
    }

    private void create(ObjectNode event, ObjectNode response) {
        String userName = event.get("userName").asString();
        if (event.get("request").get("session").isEmpty()) {
            codes.put(userName, String.format("%06d", RANDOM.nextInt(1_000_000)));
        }
        response.putObject("publicChallengeParameters").put("deliveryMedium", "SMS");
        response.putObject("privateChallengeParameters").put("code", codes.get(userName));
        response.put("challengeMetadata", "SMS_CODE");
    }
}
