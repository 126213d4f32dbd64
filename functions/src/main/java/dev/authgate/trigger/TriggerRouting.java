package dev.authgate.trigger;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.messaging.Message;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one function of the trigger Lambda: hands each event to the trigger bean for its {@code triggerSource}.
 * It decides from the event alone, so nothing in the invocation's headers can choose another function.
 */
public final class TriggerRouting implements Function<Message<byte[]>, byte[]> {

    /** triggerSource prefix, before the underscore, to the bean that handles it. */
    static final Map<String, String> BEANS = Map.of(
            "PreSignUp", "preSignUp",
            "DefineAuthChallenge", "defineAuthChallenge",
            "CreateAuthChallenge", "createAuthChallenge",
            "VerifyAuthChallengeResponse", "verifyAuthChallengeResponse");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Function<String, CognitoTrigger> triggers;

    /** @param triggers the trigger bean of a name */
    TriggerRouting(Function<String, CognitoTrigger> triggers) {
        this.triggers = Objects.requireNonNull(triggers, "triggers");
    }

    @Override
    public byte[] apply(Message<byte[]> event) {
        String source = JSON.readTree(event.getPayload()).path("triggerSource").asString("");
        String bean = BEANS.get(source.contains("_") ? source.substring(0, source.indexOf('_')) : source);
        if (bean == null) {
            throw new IllegalArgumentException("No trigger handles the triggerSource '" + source + "'");
        }
        return triggers.apply(bean).apply(event);
    }
}
