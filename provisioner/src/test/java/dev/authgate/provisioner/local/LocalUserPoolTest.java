package dev.authgate.provisioner.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.MfaSetting;
import dev.authgate.settings.VerificationMethod;
import dev.authgate.emulator.CognitoEmulator;
import dev.authgate.emulator.EmulatorOptions;
import dev.authgate.provisioner.ProvisionerException;
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

        try (CognitoIdentityProviderClient cognito = client(emulator)) {
            UserPoolType pool = cognito.describeUserPool(request -> request.userPoolId(outputs.userPoolId())).userPool();

            assertThat(pool.userAttributeUpdateSettings().attributesRequireVerificationBeforeUpdateAsStrings())
                    .containsExactly("email", "phone_number");
            assertThat(pool.autoVerifiedAttributesAsStrings()).containsExactly("email", "phone_number");
        }
    }

    @Test
    void withVerificationByLinkTheSignUpEmailCarriesALinkTheEmulatorServes() {
        try (CognitoEmulator own = CognitoEmulator.start(EmulatorOptions.defaults());
             CognitoIdentityProviderClient cognito = client(own)) {
            AuthgateSettings settings = AuthgateSettings.defaults().withVerification(VerificationMethod.LINK);
            StackOutputs outputs = new LocalUserPool(own.endpoint()).provision(settings, API);

            cognito.signUp(request -> request.clientId(outputs.userPoolClientId()).username("lin@example.com").password("Corr3ct-Horse!"));

            assertThat(own.outbox().get(0).link()).startsWith(own.endpoint() + "/confirmUser?client_id=" + outputs.userPoolClientId());
        }
    }

    @Test
    void withMfaRequiredTheLocalPoolAsksForAFactorAndOffersAuthenticatorsAndSms() {
        try (CognitoEmulator own = CognitoEmulator.start(EmulatorOptions.defaults());
             CognitoIdentityProviderClient cognito = client(own)) {
            StackOutputs outputs = new LocalUserPool(own.endpoint()).provision(AuthgateSettings.defaults().withMfa(MfaSetting.REQUIRED), API);

            GetUserPoolMfaConfigResponse mfa = cognito.getUserPoolMfaConfig(request -> request.userPoolId(outputs.userPoolId()));

            assertThat(mfa.mfaConfiguration()).isEqualTo(UserPoolMfaType.ON);
            assertThat(mfa.softwareTokenMfaConfiguration().enabled()).isTrue();
            assertThat(mfa.smsMfaConfiguration()).isNotNull();
        }
    }

    @Test
    void eachModeHasAPoolOfItsOwn() {
        LocalUserPool pool = new LocalUserPool(emulator.endpoint());

        assertThat(pool.provision(AuthgateSettings.defaults(), API).userPoolId())
                .isNotEqualTo(pool.provision(AuthgateSettings.defaults().withMode(AuthMode.PASSWORDLESS), API).userPoolId());
    }

    @Test
    void aSwitchOfModeOnADataFolderWithUsersIsRefusedNamingTheFolderAndChangingNothing(@TempDir Path data) {
        try (CognitoEmulator own = CognitoEmulator.start(EmulatorOptions.defaults().withDataDir(data))) {
            StackOutputs userPassword = new LocalUserPool(own.endpoint(), data).provision(AuthgateSettings.defaults(), API);
            addUser(own, userPassword.userPoolId(), "ada@example.com");

            assertThatThrownBy(() -> new LocalUserPool(own.endpoint(), data)
                    .provision(AuthgateSettings.defaults().withMode(AuthMode.PASSWORDLESS), API))
                    .isInstanceOf(ProvisionerException.class)
                    .hasMessage("refusing to start in Passwordless mode: the data folder " + data.toAbsolutePath()
                            + " holds 1 user(s) of UserPassword mode. Start it in UserPassword mode, or give Passwordless a data "
                            + "folder of its own (AUTHGATE_DATA_DIR); nothing was changed or deleted");
            assertThat(poolNames(own)).containsExactly("authgate-UserPassword");
        }
    }

    @Test
    void theSameModeOnADataFolderWithUsersFindsItsPoolAsBefore(@TempDir Path data) {
        try (CognitoEmulator own = CognitoEmulator.start(EmulatorOptions.defaults().withDataDir(data))) {
            StackOutputs first = new LocalUserPool(own.endpoint(), data).provision(AuthgateSettings.defaults(), API);
            addUser(own, first.userPoolId(), "ada@example.com");

            assertThat(new LocalUserPool(own.endpoint(), data).provision(AuthgateSettings.defaults(), API)).isEqualTo(first);
        }
    }

    private static void addUser(CognitoEmulator emulator, String poolId, String username) {
        try (CognitoIdentityProviderClient cognito = client(emulator)) {
            cognito.adminCreateUser(request -> request.userPoolId(poolId).username(username)
                    .messageAction(MessageActionType.SUPPRESS));
        }
    }

    private static List<String> poolNames(CognitoEmulator emulator) {
        try (CognitoIdentityProviderClient cognito = client(emulator)) {
            return cognito.listUserPools(request -> request.maxResults(60)).userPools().stream().map(UserPoolDescriptionType::name).toList();
        }
    }

    private static CognitoIdentityProviderClient client(CognitoEmulator emulator) {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
