package dev.authgate.hook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;

/**
 * Runs the registered hooks of an operation in order. Asynchronous hooks are awaited, within a time limit.
 * A {@link HookException} (or any {@link AuthException}) from a hook becomes the client's error; anything
 * else is a 500 with a generic message, whose details go to the log only.
 */
public final class OperationHooks {

    private static final Log log = LogFactory.getLog(OperationHooks.class);

    private static final JsonMapper EVENT_JSON = JsonMapper.builder().build();

    private final Map<String, List<OperationHook>> byOperation;
    private final List<OperationHook> everyOperation;
    private final Duration timeout;
    /** The request fields that hold a password: hooks see them only where their operation exists to handle them. */
    private final Set<String> passwordFields;
    /** The primary operations that exist to handle the password, whose hooks see it. */
    private final Set<String> passwordVisible;

    /**
     * @param contract the names a hook may give an operation, each with the primary operation it stands for
     *     ({@link OperationCatalogue#operationNames()}): a hook naming any other fails here, at start-up, rather than
     *     never running; and which request fields are passwords, and which operations' hooks may see them
     */
    public OperationHooks(List<OperationHook> hooks, OperationCatalogue contract, Duration timeout) {
        Map<String, String> operationNames = contract.operationNames();
        List<OperationHook> ordered = hooks.stream().sorted(Comparator.comparingInt(OperationHook::order)).toList();
        this.everyOperation = ordered.stream().filter(hook -> hook.operation().equals(OperationHook.EVERY_OPERATION)).toList();
        this.byOperation = ordered.stream()
                .filter(hook -> !hook.operation().equals(OperationHook.EVERY_OPERATION))
                .collect(Collectors.groupingBy(hook -> primaryOperation(hook, operationNames)));
        this.timeout = timeout;
        this.passwordFields = contract.passwordFields();
        this.passwordVisible = operationNames.values().stream().filter(contract::hooksSeePassword).collect(Collectors.toUnmodifiableSet());
    }

    private static String primaryOperation(OperationHook hook, Map<String, String> operationNames) {
        String primary = operationNames.get(hook.operation());
        if (primary == null) {
            throw new IllegalStateException("A hook names the operation '" + hook.operation() + "', which does not exist; the "
                    + "operations are " + String.join(", ", operationNames.keySet()) + ", or " + OperationHook.EVERY_OPERATION
                    + " for all of them");
        }
        return primary;
    }

    /** Whether any hook runs around the operation. */
    public boolean any(String operation) {
        return !everyOperation.isEmpty() || byOperation.containsKey(operation);
    }

    /**
     * The hooks of one request to an operation, which see its context as they may ({@link #shown}): worked out once
     * for the pre- and the post-hooks.
     */
    public Around around(String operation, HookContext received) {
        return new Around(operation, shown(operation, received));
    }

    /** The pre- and post-hooks of one request to one operation. */
    public final class Around {

        private final String operation;
        private final HookContext context;

        private Around(String operation, HookContext context) {
            this.operation = operation;
            this.context = context;
        }

        /** The request after every pre-hook of the operation has had its turn. */
        public JsonNode before(JsonNode request) {
            JsonNode current = request;
            for (OperationHook hook : hooksOf(operation)) {
                if (hook.pre() != null) {
                    JsonNode shown = passwordVisible.contains(operation) ? current : withoutPasswords(current);
                    JsonNode returned = await(() -> hook.pre().before(shown, context), operation);
                    current = passwordVisible.contains(operation) ? returned : withPasswordsOf(current, returned);
                }
            }
            return current;
        }

        /** The outcome after every post-hook of the operation has had its turn. */
        public HookOutcome after(HookOutcome outcome) {
            HookOutcome current = outcome;
            for (OperationHook hook : hooksOf(operation)) {
                if (hook.post() != null) {
                    HookOutcome given = current;
                    try {
                        current = await(() -> hook.post().after(given, context), operation);
                    } catch (AuthException e) {
                        current = new HookOutcome.Error(e.status(), e.type(), e.getMessage());
                    }
                }
            }
            return current;
        }
    }

    private List<OperationHook> hooksOf(String operation) {
        List<OperationHook> specific = byOperation.getOrDefault(operation, List.of());
        if (everyOperation.isEmpty()) {
            return specific;
        }
        return Stream.concat(everyOperation.stream(), specific.stream())
                .sorted(Comparator.comparingInt(OperationHook::order))
                .toList();
    }

    private <T> T await(Supplier<CompletionStage<T>> hook, String operation) {
        try {
            T result = hook.get().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (result == null) {
                throw new IllegalStateException("a hook of " + operation + " answered null");
            }
            return result;
        } catch (ExecutionException e) {
            throw translate(e.getCause(), operation);
        } catch (TimeoutException e) {
            log.error("A hook of " + operation + " did not finish within " + timeout);
            throw new AuthException(ErrorType.INTERNAL_ERROR, 500, "An unexpected error occurred.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthException(ErrorType.INTERNAL_ERROR, 500, "An unexpected error occurred.");
        } catch (RuntimeException e) {
            throw translate(e, operation);
        }
    }

    private static AuthException translate(Throwable failure, String operation) {
        if (failure instanceof AuthException expected) {
            return expected;
        }
        log.error("A hook of " + operation + " failed", failure);
        return new AuthException(ErrorType.INTERNAL_ERROR, 500, "An unexpected error occurred.");
    }

    /** The context as the operation's hooks see it: the raw event holds passwords only where the body does. */
    private HookContext shown(String operation, HookContext context) {
        if (passwordVisible.contains(operation) || context.rawEvent().isEmpty()) {
            return context;
        }
        return context.withRawEvent(context.rawEvent().map(this::withoutPasswordsInBody));
    }

    /** The event with its body as the hook gets it; a body that is not JSON (which no operation accepts) is left out. */
    private JsonNode withoutPasswordsInBody(JsonNode event) {
        if (!(event instanceof ObjectNode original) || !original.path("body").isString()) {
            return event;
        }
        ObjectNode copy = original.deepCopy();
        copy.remove("body");
        copy.put("isBase64Encoded", false);
        try {
            String body = original.path("body").asString();
            if (original.path("isBase64Encoded").asBoolean(false)) {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            }
            copy.put("body", withoutPasswords(EVENT_JSON.readTree(body)).toString());
        } catch (JacksonException | IllegalArgumentException notJson) {
            // the body stays out
        }
        return copy;
    }

    private JsonNode withoutPasswords(JsonNode request) {
        return edit(request, copy -> copy.remove(passwordFields));
    }

    /** A hook that cannot see the passwords cannot change them either: they come from the request it was given. */
    private JsonNode withPasswordsOf(JsonNode original, JsonNode changed) {
        if (!original.isObject() || !changed.isObject()) {
            return changed;
        }
        return edit(changed, copy -> {
            copy.remove(passwordFields);
            passwordFields.stream().filter(original::has).forEach(field -> copy.set(field, original.get(field)));
        });
    }

    private static JsonNode edit(JsonNode node, Consumer<ObjectNode> change) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        change.accept(copy);
        return copy;
    }
}
