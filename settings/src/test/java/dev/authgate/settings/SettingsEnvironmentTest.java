package dev.authgate.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The functions' settings come from their Spring environment, through the same binder as a settings file. */
class SettingsEnvironmentTest {

    private static AuthgateSettings bind(Map<String, Object> variables, Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        // In place of the process's own variables, under the name Spring Boot maps variable names for.
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        environment.getPropertySources().addFirst(new MapPropertySource("properties", properties));
        return SettingsBinder.fromEnvironment(environment);
    }

    @Test
    void anEnvironmentWithoutSettingsGivesEveryDefault() {
        assertThat(bind(Map.of(), Map.of())).isEqualTo(AuthgateSettings.defaults());
    }

    @Test
    void environmentVariablesAreReadAsTheSettingsTheyName() {
        AuthgateSettings settings = bind(Map.of("AUTHGATE_MODE", "Passwordless", "AUTHGATE_PASSWORDPOLICY_MINLENGTH", "12"), Map.of());

        assertThat(settings.mode()).isEqualTo(AuthMode.PASSWORDLESS);
        assertThat(settings.passwordPolicy().minLength()).isEqualTo(12);
    }

    @Test
    void propertiesInCamelCaseAreReadAsTheirKebabCaseSpelling() {
        AuthgateSettings settings = bind(Map.of(), Map.of("authgate.passwordPolicy.requireSymbols", "false",
                "authgate.roles.superUser.allowSelfSignUp", "true", "authgate.http.headers.X-Frame-Options", "DENY"));

        assertThat(settings.passwordPolicy().requireSymbols()).isFalse();
        assertThat(settings.roles()).containsOnlyKeys("superUser");
        assertThat(settings.http().headers()).containsEntry("X-Frame-Options", "DENY");
    }

    @Test
    void otherAuthgateVariablesOfTheProcessAreLeftAlone() {
        assertThat(bind(Map.of("AUTHGATE_PORT", "8080", "AUTHGATE_DATA_DIR", "/tmp/authgate"), Map.of()))
                .isEqualTo(AuthgateSettings.defaults());
    }

    @Test
    void aSettingsFileGivenToSpringIsReadAsTheProvisionerReadsIt() throws IOException {
        // As run-local.sh passes AUTHGATE_CONFIG: spring.config.additional-location, read by Spring Boot's YAML loader.
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("config", new ByteArrayResource("authgate:\n  mfa: off\n  passwordPolicy:\n    minLength: 12\n".getBytes()))
                .forEach(environment.getPropertySources()::addFirst);

        AuthgateSettings settings = SettingsBinder.fromEnvironment(environment);

        assertThat(settings.mfa()).isEqualTo(MfaSetting.OFF);
        assertThat(settings.passwordPolicy().minLength()).isEqualTo(12);
    }

    @Test
    void aBadValueFailsNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of(), Map.of("authgate.gateway.error-format", "xml")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("authgate.gateway.error-format")
                .hasStackTraceContaining("the formats are envelope and cognito-gateway");
    }
}
