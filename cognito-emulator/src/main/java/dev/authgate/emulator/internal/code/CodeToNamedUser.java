package dev.authgate.emulator.internal.code;

import static dev.authgate.emulator.internal.error.CognitoError.USER_NOT_FOUND;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.User;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The actions that send a code to a user the caller names by {@code Username}, without signing in
 * (ForgotPassword, ResendConfirmationCode). When the client prevents user existence errors, a name with no
 * user gets the answer a real user would, so the response does not reveal who has an account.
 */
public final class CodeToNamedUser {
    /** Sends the named user's code and answers the contact it went to. */
    @FunctionalInterface
    public interface Sending {
        Contact send(PoolClient target, User user);
    }

    private CodeToNamedUser() {
    }

    /** Cognito's answer: {@code CodeDeliveryDetails} of the contact the code went to, or would have gone to. */
    public static ObjectNode send(Request request, EmulatorState state, Sending sending) {
        PoolClient target = state.client(request.required("ClientId"));
        String username = request.required("Username");
        Optional<User> found = target.pool().findUser(username);
        if (found.isEmpty() && !target.client().preventsUserExistenceErrors()) {
            throw USER_NOT_FOUND.exception("Username/client id combination not found.");
        }
        Contact contact = found.map(user -> sending.send(target, user)).orElseGet(() -> Contacts.simulated(username));
        ObjectNode response = Json.object();
        response.set("CodeDeliveryDetails", contact.deliveryDetails());
        return response;
    }
}
