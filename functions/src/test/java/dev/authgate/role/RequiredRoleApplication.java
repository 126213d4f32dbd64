package dev.authgate.role;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.PropertySource;

/** Authgate with {@code authgate.require-role=true}, over the test stack's roles; {@code RequiredRoleTest} drives it. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@PropertySource("classpath:required-role.properties")
class RequiredRoleApplication {
}
