package dev.authgate.emulator.internal.trigger;

import static dev.authgate.emulator.internal.error.CognitoError.UNEXPECTED_LAMBDA;
import static dev.authgate.emulator.internal.error.CognitoError.USER_LAMBDA_VALIDATION;

import dev.authgate.emulator.TriggerFailure;
import dev.authgate.emulator.TriggerInvoker;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.Store;
import dev.authgate.emulator.internal.state.UserPool;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a pool's trigger functions and turns what happens into Cognito's answer: the function's
 * {@code response}, or the error Cognito gives when a function fails ({@code UserLambdaValidationException}),
 * cannot be invoked ({@code UnexpectedLambdaException}) or answers something unreadable
 * ({@code InvalidLambdaResponseException}).
 *
 * <p>The store's lock is let go while a function runs, so that a function may call the emulator back.
 * Neither events nor responses are logged: they carry codes and answers.
 */
public final class Triggers {
    private static final System.Logger LOG = System.getLogger(Triggers.class.getName());

    private final Optional<TriggerInvoker> invoker;
    private final Store store;

    public Triggers(Optional<TriggerInvoker> invoker, Store store) {
        this.invoker = Objects.requireNonNull(invoker, "invoker");
        this.store = Objects.requireNonNull(store, "store");
    }

    public boolean configured(UserPool pool, Trigger trigger) {
        return trigger.functionOf(pool.settings()).isPresent();
    }

    /** The function's response, or empty when the pool has no function for this trigger. */
    public Optional<TriggerResponse> run(UserPool pool, TriggerEvent event) {
        Optional<String> function = event.trigger().functionOf(pool.settings());
        if (function.isEmpty()) {
            return Optional.empty();
        }
        String name = event.trigger().configName();
        String eventJson = event.json(pool).toString();
        String output = store.outsideLock(() -> invoke(name, function.get(), eventJson));
        return Optional.of(new TriggerResponse(responseOf(output)));
    }

    private String invoke(String name, String function, String eventJson) {
        if (invoker.isEmpty()) {
            throw UNEXPECTED_LAMBDA.exception(name + " invocation failed due to error: no trigger invoker is configured"
                    + " (start the emulator with --lambda-endpoint or a TriggerInvoker).");
        }
        try {
            String output = invoker.get().invoke(function, eventJson);
            LOG.log(Level.DEBUG, "{0} ran", name);
            return output;
        } catch (TriggerFailure failure) {
            LOG.log(Level.DEBUG, "{0} reported an error", name);
            throw USER_LAMBDA_VALIDATION.exception(name + " failed with error " + failure.getMessage() + ".");
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.log(Level.WARNING, name + " function " + function + " could not be invoked: " + reason);
            throw UNEXPECTED_LAMBDA.exception(name + " invocation failed due to error " + reason + ".");
        }
    }

    // Cognito reads the response member of the event the function returns; it must be an object.
    private static ObjectNode responseOf(String output) {
        if (output == null) {
            throw TriggerResponse.unrecognizable();
        }
        try {
            JsonNode event = Json.MAPPER.readTree(output);
            JsonNode response = event == null ? null : event.get("response");
            if (response == null || !response.isObject()) {
                throw TriggerResponse.unrecognizable();
            }
            return (ObjectNode) response;
        } catch (JacksonException e) {
            throw TriggerResponse.unrecognizable();
        }
    }
}
