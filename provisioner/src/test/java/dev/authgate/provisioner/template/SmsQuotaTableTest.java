package dev.authgate.provisioner.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.authgate.provisioner.testsupport.TemplateJson;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import tools.jackson.databind.JsonNode;

class SmsQuotaTableTest {

    @Test
    void aPasswordlessStackCountsSignInCodesInATableBilledPerRequestWhoseItemsExpire() {
        JsonNode table = TemplateJson.synthesize(AuthgateSettings.defaults().withMode(AuthMode.PASSWORDLESS)).properties("SmsQuotaTable");

        assertThat(table.path("BillingMode").asString()).isEqualTo("PAY_PER_REQUEST");
        assertThat(table.path("KeySchema").toString()).isEqualTo("[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]");
        assertThat(table.path("TimeToLiveSpecification").toString()).isEqualTo("{\"AttributeName\":\"expiresAt\",\"Enabled\":true}");
    }

    @Test
    void aPasswordlessStackGeneratesTheKeyTheCodesAreHashedWith() {
        JsonNode key = TemplateJson.synthesize(AuthgateSettings.defaults().withMode(AuthMode.PASSWORDLESS)).properties("SignInCodeKey");

        assertThat(key.path("GenerateSecretString").path("PasswordLength").asInt()).isEqualTo(64);
    }

    @Test
    void aUserPasswordStackSendsNoSignInCodesSoHasNoTable() {
        assertThat(TemplateJson.synthesize(AuthgateSettings.defaults()).root().path("Resources").has("SmsQuotaTable")).isFalse();
    }
}
