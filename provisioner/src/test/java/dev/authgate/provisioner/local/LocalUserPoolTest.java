package dev.authgate.provisioner.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
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

    @Test
    void eachModeHasAPoolOfItsOwn() {
        LocalUserPool pool = new LocalUserPool(emulator.endpoint());

        assertThat(pool.provision(AuthgateSettings.defaults(), API).userPoolId())
                .isNotEqualTo(pool.provision(AuthgateSettings.defaults().withMode(AuthMode.PASSWORDLESS), API).userPoolId());
    }
}
