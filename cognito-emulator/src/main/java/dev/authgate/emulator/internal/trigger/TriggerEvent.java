package dev.authgate.emulator.internal.trigger;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.UserPool;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * One trigger event in the format Cognito sends: the common members ({@code version}, {@code region},
 * {@code userPoolId}, {@code userName}, {@code callerContext}, {@code triggerSource}) around the
 * trigger's own {@code request}, with an empty {@code response} for the function to fill in.
 *
 * @param trigger which of the pool's functions runs
 * @param triggerSource the event that caused it, such as {@code PreSignUp_SignUp}
 * @param userName the user's username (the generated one in pools that sign in with email or phone)
 * @param clientId the app client of the call, or {@link #NO_CLIENT} for administrator actions
 * @param request the trigger's request members
 */
public record TriggerEvent(Trigger trigger, String triggerSource, String userName, String clientId, ObjectNode request) {
    /** What Cognito puts in {@code callerContext.clientId} when an administrator action has no client. */
    public static final String NO_CLIENT = "CLIENT_ID_NOT_APPLICABLE";
    // Cognito reports the caller's SDK when it can tell; the emulator cannot, and says so as Cognito does then.
    private static final String UNKNOWN_SDK = "aws-sdk-unknown-unknown";

    public TriggerEvent {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(triggerSource, "triggerSource");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(request, "request");
    }

    public ObjectNode json(UserPool pool) {
        ObjectNode event = Json.object()
                .put("version", "1")
                .put("region", regionOf(pool.id()))
                .put("userPoolId", pool.id())
                .put("userName", userName);
        event.putObject("callerContext").put("awsSdkVersion", UNKNOWN_SDK).put("clientId", clientId);
        event.put("triggerSource", triggerSource);
        event.set("request", request);
        event.putObject("response");
        return event;
    }

    // Pool ids start with their region: us-east-1_AbCdEf123.
    private static String regionOf(String poolId) {
        int separator = poolId.indexOf('_');
        return separator > 0 ? poolId.substring(0, separator) : "us-east-1";
    }
}
