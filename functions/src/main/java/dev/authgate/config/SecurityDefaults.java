package dev.authgate.config;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What keeps secrets out of the log and the local server off the network, in every application that runs Authgate:
 * set here rather than in Authgate's {@code application.properties}, which an embedding application's own file of
 * that name hides. Spring Cloud Function's AWS adapter logs whole events (passwords, codes, tokens) at INFO, so its
 * level is WARN above every other source; the loopback address is a default an application may change.
 */
public final class SecurityDefaults implements EnvironmentPostProcessor, Ordered {

    static final String EVENT_LOGGER = "logging.level.org.springframework.cloud.function.adapter.aws.AWSLambdaUtils";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("authgateSecretsStayOutOfLogs", Map.of(EVENT_LOGGER, "WARN")));
        environment.getPropertySources().addLast(new MapPropertySource("authgateLoopbackDefault", Map.of("server.address", "127.0.0.1")));
    }

    /** After the configuration files are read, so that this level stays above them. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
