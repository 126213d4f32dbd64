package dev.authgate.benchmarks.experiments;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration;

import dev.authgate.config.AuthgateAutoConfiguration;

/**
 * Lever prototype, not shipped: {@code dev.authgate.AuthgateApplication} with the three auto-configurations the
 * Lambda function uses named instead of {@code @EnableAutoConfiguration}, which reads and evaluates every
 * candidate on the classpath. Run by the cold-start levers with {@code MAIN_CLASS} set to this class.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ContextFunctionCatalogAutoConfiguration.class,
        AuthgateAutoConfiguration.class})
public class ExplicitAutoConfigurationApplication {
}
