package dev.authgate.trigger;

import java.util.function.Function;

import org.springframework.messaging.Message;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Cognito Lambda trigger: it receives the event Cognito sends, fills in its {@code response}, and hands the
 * whole event back, as Cognito expects. The event stays raw bytes on the way in, so Spring Cloud Function's
 * conversion has no say in it; a trigger that refuses throws {@link TriggerRejection}, whose message Cognito
 * passes on to the caller.
 */
public abstract class CognitoTrigger implements Function<Message<byte[]>, byte[]> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public final byte[] apply(Message<byte[]> message) {
        ObjectNode event = (ObjectNode) JSON.readTree(message.getPayload());
        ObjectNode response = event.has("response") && event.get("response").isObject()
                ? (ObjectNode) event.get("response")
                : event.putObject("response");
        respond(new TriggerEvent(event), response);
        return JSON.writeValueAsBytes(event);
    }

    /** Fills in the response to the event. */
    protected abstract void respond(TriggerEvent event, ObjectNode response);
}
