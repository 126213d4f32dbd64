package dev.authgate.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

class SettingsFileTest {

    @TempDir
    Path dir;

    private AuthgateSettings read(String yaml) throws IOException {
        Path file = dir.resolve("authgate.yml");
        Files.writeString(file, yaml);
        return SettingsBinder.fromYaml(new FileSystemResource(file));
    }

    @Test
    void aFileWithoutAuthgateKeysGivesEveryDefault() throws IOException {
        assertThat(read("other: 1\n")).isEqualTo(AuthgateSettings.defaults());
    }

    @Test
    void theDefaultsAreUserPasswordModeBothSurfacesAndCognitosPasswordPolicy() {
        AuthgateSettings settings = AuthgateSettings.defaults();

        assertThat(settings.mode()).isEqualTo(AuthMode.USER_PASSWORD);
        assertThat(settings.surfaces()).containsExactlyInAnyOrder("auth", "cognito-gateway");
        assertThat(settings.passwordPolicy()).isEqualTo(new PasswordPolicy(8, true, true, true, true));
        assertThat(settings.roles()).isEmpty();
        assertThat(settings.http().maxBodyBytes()).isEqualTo(65_536);
        assertThat(settings.sms().maxCodes()).isEqualTo(3);
    }

    @Test
    void kebabCaseKeysAndModeNamesAreRead() throws IOException {
        AuthgateSettings settings = read("""
                authgate:
                  mode: Passwordless
                  surfaces: [auth]
                  password-policy:
                    min-length: 12
                    require-symbols: false
                  roles:
                    User:
                      allow-self-sign-up: true
                      sign-up-methods: [phone]
                """);

        assertThat(settings.mode()).isEqualTo(AuthMode.PASSWORDLESS);
        assertThat(settings.surfaces()).containsExactly("auth");
        assertThat(settings.passwordPolicy()).isEqualTo(new PasswordPolicy(12, true, true, false, true));
        assertThat(settings.roles().get("User").allowSelfSignUp()).isTrue();
        assertThat(settings.roles().get("User").signUpMethods()).isEqualTo(Set.of(RoleSettings.SignUpMethod.PHONE));
    }

    @Test
    void theRocketsCamelCaseKeysAreReadAsTheirKebabCaseSpelling() throws IOException {
        AuthgateSettings settings = read("""
                authgate:
                  passwordPolicy:
                    minLength: 12
                    requireSymbols: false
                  requireRole: true
                  roles:
                    superUser:
                      allowSelfSignUp: true
                      signUpMethods: [phone]
                  http:
                    headers:
                      X-Frame-Options: DENY
                    cors:
                      allowedOrigins: [https://app.example.com]
                  gateway:
                    errorFormat: cognito-gateway
                """);

        assertThat(settings.passwordPolicy()).isEqualTo(new PasswordPolicy(12, true, true, false, true));
        assertThat(settings.requireRole()).isTrue();
        assertThat(settings.roles()).containsOnlyKeys("superUser");
        assertThat(settings.roles().get("superUser").allowSelfSignUp()).isTrue();
        assertThat(settings.roles().get("superUser").signUpMethods()).isEqualTo(Set.of(RoleSettings.SignUpMethod.PHONE));
        assertThat(settings.http().headers()).containsEntry("X-Frame-Options", "DENY");
        assertThat(settings.http().cors().allowedOrigins()).containsExactly("https://app.example.com");
        assertThat(settings.gateway().errorFormat()).isEqualTo(GatewaySettings.ErrorFormat.COGNITO_GATEWAY);
    }

    @Test
    void aSettingGivenInBothSpellingsIsRejectedNamingIt() {
        assertThatThrownBy(() -> read("authgate:\n  password-policy:\n    min-length: 10\n    minLength: 12\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authgate.password-policy.min-length");
    }

    @Test
    void twoRolesWhoseNamesDifferOnlyInCaseAreRejected() {
        // Spring's names ignore case: bound, both roles would take the settings of one of them.
        assertThatThrownBy(() -> read("authgate:\n  roles:\n    Admin: { allow-self-sign-up: false }\n    admin: { allow-self-sign-up: true }\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authgate.roles.Admin.allow-self-sign-up")
                .hasMessageContaining("authgate.roles.admin.allow-self-sign-up");
    }

    @Test
    void requireRoleIsOffAndGatewayErrorsUseTheEnvelopeByDefault() {
        assertThat(AuthgateSettings.defaults().requireRole()).isFalse();
        assertThat(AuthgateSettings.defaults().gateway().errorFormat()).isEqualTo(GatewaySettings.ErrorFormat.ENVELOPE);
    }

    @Test
    void anUnknownGatewayErrorFormatIsRejectedNamingTheProperty() {
        assertThatThrownBy(() -> read("authgate:\n  gateway:\n    error-format: xml\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authgate.gateway.error-format");
    }

    @Test
    void aMinimumLengthOutsideSixToNinetyNineIsRejectedNamingTheProperty() {
        assertThatThrownBy(() -> read("authgate:\n  password-policy:\n    min-length: 5\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authgate.password-policy.min-length");
    }

    @Test
    void anUnknownSurfaceIsRejectedNamingTheProperty() {
        assertThatThrownBy(() -> read("authgate:\n  surfaces: [soap]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authgate.surfaces");
    }

    @Test
    void emailsAreConfirmedByCodeUnlessTheSettingSaysLink() throws IOException {
        assertThat(AuthgateSettings.defaults().verification()).isEqualTo(VerificationMethod.CODE);
        assertThat(read("authgate:\n  verification: link\n").verification()).isEqualTo(VerificationMethod.LINK);
    }

    @Test
    void anUnknownVerificationMethodIsRejectedNamingTheProperty() {
        assertThatThrownBy(() -> read("authgate:\n  verification: carrier-pigeon\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authgate.verification");
    }

    @Test
    void anUnknownKeyIsRejected() {
        assertThatThrownBy(() -> read("authgate:\n  mdoe: Passwordless\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownKeyIsRejectedNamingIt() {
        assertThatThrownBy(() -> read("authgate:\n  password-policy:\n    min-lenght: 10\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authgate.password-policy.min-lenght is no setting")
                .hasMessageContaining("authgate.yml");
    }

    @Test
    void snakeCaseKeysAreReadAsTheirKebabCaseSpelling() throws IOException {
        AuthgateSettings settings = read("authgate:\n  password_policy:\n    min_length: 14\n  tokens:\n    refresh_token_days: 7\n");

        assertThat(settings.passwordPolicy().minLength()).isEqualTo(14);
        assertThat(settings.tokens().refreshTokenDays()).isEqualTo(7);
    }

    @Test
    void roleNamesAndHeaderNamesAreKeptAsWritten() throws IOException {
        AuthgateSettings settings = read("""
                authgate:
                  roles:
                    Back-Office: { allow-self-sign-up: false }
                    power_user: { allow-self-sign-up: true }
                  http:
                    headers:
                      Content-Security-Policy: default-src 'none'
                      x-powered-by: Authgate
                """);

        assertThat(settings.roles()).containsOnlyKeys("Back-Office", "power_user");
        assertThat(settings.http().headers())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("Content-Security-Policy", "default-src 'none'", "x-powered-by", "Authgate"));
    }

    @Test
    void aValueThatIsNotOfTheSettingsTypeIsRejectedNamingTheProperty() {
        assertThatThrownBy(() -> read("authgate:\n  sms:\n    max-codes: many\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authgate.sms.max-codes");
    }

    @Test
    void anUnknownModeIsRejectedWithTheModesThereAre() {
        assertThatThrownBy(() -> read("authgate:\n  mode: Magic\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authgate.mode: unknown mode 'Magic'; the modes are UserPassword and Passwordless");
    }

    @Test
    void mfaOffIsReadAsTheSettingThoughYamlReadsOffAsFalse() throws IOException {
        assertThat(read("authgate:\n  mode: UserPassword\n  mfa: off\n").mfa()).isEqualTo(MfaSetting.OFF);
        assertThat(read("authgate:\n  mfa: required\n").mfa()).isEqualTo(MfaSetting.REQUIRED);
    }

    @Test
    void keysWrittenWithoutAValueKeepTheirDefaults() throws IOException {
        AuthgateSettings settings = read("""
                authgate:
                  mode: ~
                  password-policy:
                  cognito:
                    endpoint: null
                    timeout-millis:
                  roles:
                """);

        assertThat(settings).isEqualTo(AuthgateSettings.defaults());
    }

    @Test
    void anEmptyListIsEmpty() throws IOException {
        assertThat(read("authgate:\n  http:\n    cors:\n      allowed-headers: []\n").http().cors().allowedHeaders()).isEmpty();
    }

    @Test
    void aFileThatIsNotYamlIsRejectedNamingTheFile() {
        assertThatThrownBy(() -> read("authgate: [unclosed\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot read the settings in")
                .hasMessageContaining("authgate.yml");
    }
}
