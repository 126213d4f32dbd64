package dev.authgate.hook;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** An application whose hooks exercise each thing a hook can do; {@code HookBehaviourTest} drives it. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@PropertySource("classpath:hook-behaviour.properties")
class HookBehaviourApplication {

    private static final Executor LATER = CompletableFuture.delayedExecutor(Duration.ofMillis(50).toMillis(),
            java.util.concurrent.TimeUnit.MILLISECONDS);

    /** Changes the request: a display name from a header becomes the user's name attribute. */
    @Bean
    OperationHook nameFromHeader() {
        return OperationHook.before("signUp", (request, context) -> {
            ObjectNode changed = ((ObjectNode) request).deepCopy();
            context.headers().entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase("X-Display-Name"))
                    .findFirst()
                    .ifPresent(header -> changed.putObject("userAttributes").put("name", header.getValue()));
            return CompletableFuture.completedFuture(changed);
        });
    }

    /** Rejects asynchronously, after a delay, when the client asks to be blocked. */
    @Bean
    OperationHook asyncGate() {
        return OperationHook.before("forgotPassword", (request, context) -> CompletableFuture.supplyAsync(() -> {
            if (context.headers().containsKey("X-Block")) {
                throw new HookException(403, "Blocked", "Password resets are closed for this client.");
            }
            return request;
        }, LATER));
    }

    /** Turns every failure of resending a code into the same answer, so it reveals nothing about accounts. */
    @Bean
    OperationHook uniformResend() {
        return OperationHook.after("resendConfirmationCode", (outcome, context) -> CompletableFuture.completedFuture(
                outcome instanceof HookOutcome.Error
                        ? new HookOutcome.Response(JsonNodeFactory.instance.objectNode().put("message", "If the account exists, a code was sent."))
                        : outcome));
    }

    /** Named as cognito-gateway named the operation (signUpConfirm, for confirmSignUp): closes confirmations on request. */
    @Bean
    OperationHook closedConfirmations() {
        return OperationHook.before("signUpConfirm", (request, context) -> {
            if (context.headers().containsKey("X-Closed")) {
                throw new HookException(403, "Closed", "Confirmations are closed.");
            }
            return CompletableFuture.completedFuture(request);
        });
    }

    /** Replaces one error with another. */
    @Bean
    OperationHook friendlierWrongCode() {
        return OperationHook.after("confirmSignUp", (outcome, context) -> CompletableFuture.completedFuture(
                outcome instanceof HookOutcome.Error error && error.type().equals("CodeMismatchException")
                        ? new HookOutcome.Error(400, "WrongCode", "That code is not the one we sent.")
                        : outcome));
    }

    /** A hook that fails without saying how the client should see it. */
    @Bean
    OperationHook broken() {
        return OperationHook.before("refreshToken", (request, context) -> {
            throw new IllegalStateException("internal detail the client must not see");
        });
    }

    /** Two hooks on one operation, declared out of order: they run by their order. */
    @Bean
    OperationHook second() {
        return OperationHook.after("getUser", (outcome, context) -> CompletableFuture.completedFuture(appendTrail(outcome, "b")))
                .withOrder(2);
    }

    @Bean
    OperationHook first() {
        return OperationHook.after("getUser", (outcome, context) -> CompletableFuture.completedFuture(appendTrail(outcome, "a")))
                .withOrder(1);
    }

    private static HookOutcome appendTrail(HookOutcome outcome, String step) {
        if (outcome instanceof HookOutcome.Response response && response.body() instanceof ObjectNode body) {
            return new HookOutcome.Response(body.deepCopy().put("trail", body.path("trail").asString("") + step));
        }
        return outcome;
    }

    /** Sees the change-password request: the passwords are in neither its body nor the raw event (on Lambda). */
    @Bean
    OperationHook passwordPeek() {
        return OperationHook.before("changePassword", (request, context) -> {
            String rawBody = context.rawEvent().map(event -> event.path("body").asString("")).orElse("");
            if (request.has("oldPassword") || request.has("newPassword") || rawBody.contains("Password")) {
                throw new HookException(500, "PasswordVisible", "A hook saw a password.");
            }
            return CompletableFuture.completedFuture(((ObjectNode) request).deepCopy().put("oldPassword", "overwritten-by-hook"));
        });
    }
}
