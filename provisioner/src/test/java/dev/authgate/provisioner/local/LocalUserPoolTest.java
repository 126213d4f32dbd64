package dev.authgate.provisioner.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.authgate.contract.AuthMode;
import dev.authgate.contract.PasswordPolicy;
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
        StackOutputs outputs = new LocalUserPool(emulator.endpoint()).provision(AuthMode.USER_PASSWORD, PasswordPolicy.DEFAULT, API);

        assertThat(outputs.authApiUrl()).isEqualTo("http://127.0.0.1:8080/auth");
        assertThat(outputs.authApiIssuer()).isEqualTo(emulator.endpoint() + "/" + outputs.userPoolId());
        assertThat(outputs.authApiJwksUri()).isEqualTo(outputs.authApiIssuer() + "/.well-known/jwks.json");
        assertThat(outputs.userPoolClientId()).isNotBlank();
    }

    @Test
    void provisioningAgainFindsThePoolAndClientItMadeBefore() {
        LocalUserPool pool = new LocalUserPool(emulator.endpoint());

        StackOutputs first = pool.provision(AuthMode.PASSWORDLESS, PasswordPolicy.DEFAULT, API);
        StackOutputs second = pool.provision(AuthMode.PASSWORDLESS, PasswordPolicy.DEFAULT, API);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void eachModeHasAPoolOfItsOwn() {
        LocalUserPool pool = new LocalUserPool(emulator.endpoint());

        assertThat(pool.provision(AuthMode.USER_PASSWORD, PasswordPolicy.DEFAULT, API).userPoolId())
                .isNotEqualTo(pool.provision(AuthMode.PASSWORDLESS, PasswordPolicy.DEFAULT, API).userPoolId());
    }
}
