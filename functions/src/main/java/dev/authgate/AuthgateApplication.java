package dev.authgate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The runnable Authgate app with no hooks of its own: the local web app when started with {@code main}. On
 * Lambda, {@link dev.authgate.config.FunctionalApplication} starts the same beans without auto-configuration.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class AuthgateApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthgateApplication.class, args);
    }
}
