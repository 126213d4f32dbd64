package dev.authgate.emulator.internal.protocol;

import static dev.authgate.emulator.internal.error.CognitoError.INTERNAL_ERROR;
import static dev.authgate.emulator.internal.error.CognitoError.SERIALIZATION;
import static dev.authgate.emulator.internal.error.CognitoError.UNKNOWN_OPERATION;

import dev.authgate.emulator.internal.error.CognitoException;
import dev.authgate.emulator.internal.state.Store;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Matches the {@code X-Amz-Target} to an action, decodes the body, runs the action under the
 * store's lock and turns every failure into Cognito's error body: the one place errors are rendered.
 * Only action names and error types are logged, never bodies, which hold passwords, codes and tokens.
 */
public final class ActionDispatcher {
    private static final System.Logger LOG = System.getLogger(ActionDispatcher.class.getName());
    private static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

    private final Map<String, Action> actions;
    private final Store store;

    public ActionDispatcher(Map<String, Action> actions, Store store) {
        this.actions = Map.copyOf(Objects.requireNonNull(actions, "actions"));
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Runs the action an {@code X-Amz-Target} header names on the body as sent. */
    public Reply dispatch(String target, byte[] body) {
        return run(actionName(target), target, () -> parse(body));
    }

    /** Runs an action by its name on a body the emulator built itself, as the confirmation link does for ConfirmSignUp. */
    public Reply dispatch(String actionName, ObjectNode body) {
        return run(actionName, TARGET_PREFIX + actionName, () -> body);
    }

    // The body is read once the action is known, so an unknown operation is answered before a malformed body.
    private Reply run(String name, String target, Supplier<JsonNode> body) {
        try {
            Action action = actions.get(name);
            if (action == null) {
                throw UNKNOWN_OPERATION.exception("Unknown operation: " + (target == null ? "no X-Amz-Target header" : target));
            }
            Request request = new Request(body.get());
            ObjectNode result = store.run(!action.readOnly(), state -> action.handle(request, state));
            LOG.log(Level.DEBUG, "{0} succeeded", name);
            return Reply.success(result);
        } catch (CognitoException e) {
            LOG.log(Level.DEBUG, "{0} answered {1}", name, e.error().type());
            return Reply.failure(e.error(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Action " + name + " failed unexpectedly", e);
            return Reply.failure(INTERNAL_ERROR, "An internal error occurred.");
        }
    }

    private static String actionName(String target) {
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            return "";
        }
        return target.substring(TARGET_PREFIX.length());
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return Json.object();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw SERIALIZATION.exception("The request body must be a JSON object.");
            }
            return node;
        } catch (JacksonException e) {
            throw SERIALIZATION.exception("The request body is not valid JSON.");
        }
    }
}
