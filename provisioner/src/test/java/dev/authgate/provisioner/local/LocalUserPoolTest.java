package dev.authgate.provisioner.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.VerificationMethod;
import dev.authgate.emulator.CognitoEmulator;
import dev.authgate.emulator.EmulatorOptions;
import dev.authgate.provisioner.StackOutputs;

class LocalUserPoolTest {

    private static final CognitoEmulator emulator = CognitoEmulator.start(EmulatorOptions.defaults());
    private static final URI API = URI.create("http://127.0.0.1:8080/auth");

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void theOutputsNameTheApiTheIssuerOfThePoolAndItsJwks() {
        StackOutputs outputs = new LocalUserPool(emulator.endpoint()).provision(AuthgateSettings.defaults(), API);

        assertThat(outputs.authApiUrl()).isEqualTo("http://127.0.0.1:8080/auth");
        assertThat(outputs.authApiIssuer()).isEqualTo(emulator.endpoint() + "/" + outputs.userPoolId());
        assertThat(outputs.authApiJwksUri()).isEqualTo(outputs.authApiIssuer() + "/.well-known/jwks.json");
        assertThat(outputs.userPoolClientId()).isNotBlank();
    }

    @Test
    void provisioningAgainFindsThePoolAndClientItMadeBefore() {
        LocalUserPool pool = new LocalUserPool(emulator.endpoint());

        StackOutputs first = pool.provision(AuthgateSettings.defaults().withMode(AuthMode.PASSWORDLESS), API);
        StackOutputs second = pool.provision(AuthgateSettings.defaults().withMode(AuthMode.PASSWORDLESS), API);

        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void thePoolKeepsAnOldEmailOrPhoneNumberInForceUntilTheNewOneIsVerified(AuthMode mode) {
        StackOutputs outputs = new LocalUserPool(emulator.endpoint()).provision(AuthgateSettings.defaults().withMode(mode), API);

        try (CognitoIdentityProviderClient cognito = cognito(emulator)) {
            UserPoolType pool = cognito.describeUserPool(request -> request.userPoolId(outputs.userPoolId())).userPool();

            assertThat(pool.userAttributeUpdateSettings().attributesRequireVerificationBeforeUpdateAsStrings())
                    .containsExactly("email", "phone_number");
            assertThat(pool.autoVerifiedAttributesAsStrings()).containsExactly("email", "phone_number");
        }
    }

    @Test
    void withVerificationByLinkTheSignUpEmailCarriesALinkTheEmulatorServes() {
        try (CognitoEmulator own = CognitoEmulator.start(EmulatorOptions.defaults());
             CognitoIdentityProviderClient cognito = cognito(own)) {
            AuthgateSettings settings = new AuthgateSettings(null, null, null, null, null, null, null, null, null, VerificationMethod.LINK);
            StackOutputs outputs = new LocalUserPool(own.endpoint()).provision(settings, API);

            cognito.signUp(request -> request.clientId(outputs.userPoolClientId()).username("lin@example.com").password("Corr3ct-Horse!"));

            assertThat(own.outbox().get(0).link()).startsWith(own.endpoint() + "/confirmUser?client_id=" + outputs.userPoolClientId());
        }
    }

    @Test
    void eachModeHasAPoolOfItsOwn() {
        LocalUserPool pool = new LocalUserPool(emulator.endpoint());

        assertThat(pool.provision(AuthgateSettings.defaults(), API).userPoolId())
                .isNotEqualTo(pool.provision(AuthgateSettings.defaults().withMode(AuthMode.PASSWORDLESS), API).userPoolId());
    }

    private static CognitoIdentityProviderClient cognito(CognitoEmulator on) {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(on.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
