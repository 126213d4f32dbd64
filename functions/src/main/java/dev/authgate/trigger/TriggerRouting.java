package dev.authgate.trigger;

import java.util.Map;

import org.springframework.cloud.function.context.MessageRoutingCallback;
import org.springframework.messaging.Message;

import tools.jackson.databind.json.JsonMapper;

/**
 * Routes the events of the one trigger Lambda function to the trigger bean for their {@code triggerSource}.
 * It decides from the event alone, so nothing in the event's headers can choose another function.
 */
public final class TriggerRouting implements MessageRoutingCallback {

    /** triggerSource prefix, before the underscore, to the bean that handles it. */
    static final Map<String, String> BEANS = Map.of(
            "PreSignUp", "preSignUp",
            "DefineAuthChallenge", "defineAuthChallenge",
            "CreateAuthChallenge", "createAuthChallenge",
            "VerifyAuthChallengeResponse", "verifyAuthChallengeResponse");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String routingResult(Message<?> message) {
        Object payload = message.getPayload();
        String source = payload instanceof byte[] bytes ? JSON.readTree(bytes).path("triggerSource").asString("") : "";
        String bean = BEANS.get(source.contains("_") ? source.substring(0, source.indexOf('_')) : source);
        if (bean == null) {
            throw new IllegalArgumentException("No trigger handles the triggerSource '" + source + "'");
        }
        return bean;
    }
}
