package dev.authgate.config;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

import dev.authgate.beans.BeanRegistrations;

/**
 * The start class of the Lambda artifact (its manifest's {@code Start-Class}). Being an initializer, Spring Cloud
 * Function's AWS handler starts it with its functional application: no auto-configuration, no configuration-class
 * parsing, no proxies, only the beans Authgate registers; that is most of the difference to a plain Java handler's
 * cold start. An application with hooks of its own starts its Spring Boot application instead (its
 * {@code MAIN_CLASS}), which gets the same beans through the auto-configuration.
 *
 * <p>The annotation is there because Spring Cloud Function takes a manifest's {@code Start-Class} only if it
 * carries it; started functionally, nothing reads this class as configuration.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
public class FunctionalApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    @Override
    public void initialize(GenericApplicationContext context) {
        AuthgateBeans.register(new BeanRegistrations(context, context.getBeanFactory()));
    }
}
