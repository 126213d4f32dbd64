package dev.authgate.gateway;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.PropertySource;

/** Authgate with {@code authgate.gateway.error-format=cognito-gateway}; {@code GatewayErrorFormatTest} drives it. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@PropertySource("classpath:gateway-error-format.properties")
class GatewayErrorFormatApplication {
}
