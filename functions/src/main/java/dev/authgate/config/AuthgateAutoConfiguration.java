package dev.authgate.config;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

import dev.authgate.beans.BeanRegistrations;
import dev.authgate.health.PoolHealth;
import dev.authgate.http.JsonCodec;
import dev.authgate.http.OperationDispatcher;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.web.ConnectorErrors;
import dev.authgate.web.LocalHealthServlet;
import dev.authgate.web.LocalTriggerServlet;
import dev.authgate.web.LocalWebServlet;

/**
 * Authgate as a library: an application that depends on the {@code functions} module (to add hooks, or to run
 * the local web app) gets the same beans the Lambda start class registers, after its own.
 */
@AutoConfiguration
@Import(AuthgateAutoConfiguration.Registrar.class)
public class AuthgateAutoConfiguration {

    /** Registers {@link AuthgateBeans} once the application's own bean definitions are known. */
    static class Registrar implements ImportBeanDefinitionRegistrar, BeanFactoryAware {

        private ConfigurableListableBeanFactory beanFactory;

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
        }

        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            AuthgateBeans.register(new BeanRegistrations(registry, beanFactory));
        }
    }

    /** The local web app: only when Authgate runs as a servlet application, never on Lambda. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class LocalWeb {

        /** Lambda's Invoke API for the pool's triggers, for the local run's emulator ({@code authgate.local.triggers=true}). */
        @Bean
        @ConditionalOnProperty("authgate.local.triggers")
        ServletRegistrationBean<LocalTriggerServlet> authgateLocalTriggers(FunctionCatalog functions,
                org.springframework.cloud.function.json.JsonMapper json) {
            return new ServletRegistrationBean<>(new LocalTriggerServlet(functions, json), "/2015-03-31/functions/*");
        }

        /** Mapped to every path, so that it, not Spring MVC's dispatcher, answers every request. */
        @Bean
        ServletRegistrationBean<LocalWebServlet> authgateServlet(OperationDispatcher dispatcher) {
            return new ServletRegistrationBean<>(new LocalWebServlet(dispatcher), "/*");
        }

        /** {@code GET /health}: an exact path, so it goes here rather than to the catch-all servlet. */
        @Bean
        ServletRegistrationBean<LocalHealthServlet> authgateHealth(AuthgateSettings settings, OperationDispatcher dispatcher, JsonCodec json) {
            return new ServletRegistrationBean<>(new LocalHealthServlet(new PoolHealth(settings.cognito()), dispatcher, json), "/health");
        }

        /** Requests Tomcat refuses before the servlet sees them answer the envelope too. */
        @Bean
        ConnectorErrors authgateConnectorErrors(ObjectProvider<OperationDispatcher> dispatcher) {
            return new ConnectorErrors(dispatcher::getObject);
        }
    }
}
