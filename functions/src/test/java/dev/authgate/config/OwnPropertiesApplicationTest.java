package dev.authgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/** An application with its own configuration file still runs Authgate with what keeps secrets out of the log. */
class OwnPropertiesApplicationTest {

    private ConfigurableApplicationContext context;

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class OwnPropertiesApplication {
    }

    private ConfigurableApplicationContext start() {
        context = new SpringApplicationBuilder(OwnPropertiesApplication.class)
                .properties("spring.config.name=own-application", "server.port=0", "authgate.cognito.endpoint=http://127.0.0.1:9",
                        "authgate.cognito.user-pool-id=us-east-1_fake", "authgate.cognito.client-id=client")
                .run();
        return context;
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void theLambdaAdaptersLogOfWholeEventsStaysOffThoughTheApplicationLogsSpringAtInfo() {
        start();

        assertThat(context.getEnvironment().getProperty("spring.application.name")).isEqualTo("own-application");
        assertThat(LoggingSystem.get(getClass().getClassLoader())
                .getLoggerConfiguration("org.springframework.cloud.function.adapter.aws.AWSLambdaUtils").getEffectiveLevel())
                .isEqualTo(LogLevel.WARN);
    }

    @Test
    void theLocalServerListensOnLoopbackUnlessTheApplicationSaysOtherwise() {
        start();

        assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
    }
}
