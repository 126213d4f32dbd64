package dev.authgate.hook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/** A hook must name an operation that exists: a misspelt name stops start-up instead of never running. */
class HookNamesTest {

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class MisspeltHookApplication {

        @Bean
        OperationHook misspelt() {
            return OperationHook.before("sigUp", (request, context) -> CompletableFuture.completedFuture(request));
        }
    }

    @Test
    void aHookNamingAnOperationThatDoesNotExistStopsStartUpNamingItAndTheOperationsThereAre() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(MisspeltHookApplication.class)
                .web(WebApplicationType.NONE).run().close());

        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(IllegalStateException.class);
        assertThat(cause.getMessage()).contains("'sigUp'", "signUp", "confirmSignUp", "signOutGlobal", "userGet");
    }
}
