package dev.authgate.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import dev.authgate.AuthgateApplication;

/** A bad setting stops the application at start, with a message that names the property. */
class SettingsAtStartTest {

    private static void start(String... arguments) {
        new SpringApplicationBuilder(AuthgateApplication.class).web(WebApplicationType.NONE).run(arguments).close();
    }

    @Test
    void aPasswordMinimumLengthBelowSixStopsStartUp() {
        assertThatThrownBy(() -> start("--authgate.password-policy.min-length=5"))
                .hasStackTraceContaining("authgate.password-policy.min-length must be from 6 to 99");
    }

    @Test
    void anUnknownModeStopsStartUp() {
        assertThatThrownBy(() -> start("--authgate.mode=Magic")).hasStackTraceContaining("authgate.mode");
    }

    @Test
    void anUnknownSurfaceStopsStartUp() {
        assertThatThrownBy(() -> start("--authgate.surfaces=soap")).hasStackTraceContaining("authgate.surfaces");
    }
}
