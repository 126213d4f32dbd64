package com.example.authgate;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.node.ObjectNode;

import dev.authgate.hook.HookException;
import dev.authgate.hook.HookOutcome;
import dev.authgate.hook.OperationHook;

/**
 * An application that adds its own rules to Authgate by depending on the functions module and declaring
 * hooks as beans. It is the README's example, and {@code ExampleApplicationTest} runs it.
 */
@SpringBootApplication
public class ExampleApplication {

    private static final Set<String> DISPOSABLE_DOMAINS = Set.of("mailinator.com", "guerrillamail.com", "yopmail.com");

    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }

    /** Sign-ups from throwaway mailboxes are refused with 422 before Cognito is asked anything. */
    @Bean
    OperationHook rejectDisposableEmails() {
        return OperationHook.before("signUp", (request, context) -> {
            String domain = request.path("username").asString("").replaceFirst(".*@", "").toLowerCase(Locale.ROOT);
            if (DISPOSABLE_DOMAINS.contains(domain)) {
                return CompletableFuture.failedFuture(new HookException(422, "Disposable email addresses are not accepted."));
            }
            return CompletableFuture.completedFuture(request);
        });
    }

    /** Every successful sign-in answer says when it happened. */
    @Bean
    OperationHook stampSignIns(Clock clock) {
        return OperationHook.after("signIn", (outcome, context) -> {
            if (outcome instanceof HookOutcome.Response response && response.body() instanceof ObjectNode body) {
                return CompletableFuture.completedFuture(new HookOutcome.Response(body.deepCopy().put("signedInAt", clock.instant().toString())));
            }
            return CompletableFuture.completedFuture(outcome);
        });
    }
}
