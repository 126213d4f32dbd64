package dev.authgate.testsupport;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

import dev.authgate.settings.AuthgateSettings;

/**
 * Authgate in Passwordless mode for the test stack of that mode. It gives its settings as a bean (as an
 * application may), since the UserPassword stack's system properties apply to every context in the JVM.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class PasswordlessStackApplication {

    static volatile AuthgateSettings settings;

    @Bean
    AuthgateSettings authgateSettings() {
        return settings;
    }
}
