package dev.authgate.aws.cognito;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import dev.authgate.contract.cognito.CognitoCall;
import dev.authgate.settings.CognitoSettings;
import dev.authgate.testsupport.FakeCognito;

/** The adapter makes only the calls CognitoCall lists: those are the ones the API function's role is granted. */
class DeclaredCognitoCallsTest {

    private static CognitoIdentityProviderClient guardedClient(FakeCognito cognito) {
        return CognitoClients.builderFor(new CognitoSettings("us-east-1", cognito.endpoint(), "us-east-1_fake", "client", 2000))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(override -> override.addExecutionInterceptor(DeclaredCallsOnly.INSTANCE))
                .build();
    }

    @Test
    void aCognitoCallMadeOutsideTheListIsRefusedBeforeItLeavesWithAMessageNamingIt() {
        try (FakeCognito cognito = FakeCognito.failingWith(500, "InternalErrorException"); var client = guardedClient(cognito)) {
            assertThatThrownBy(() -> client.adminGetUser(request -> request.userPoolId("us-east-1_fake").username("ada")))
                    .isInstanceOf(DeclaredCallsOnly.UndeclaredCallException.class)
                    .hasMessageContaining("AdminGetUser")
                    .hasMessageContaining("CognitoCall");

            assertThat(cognito.actions()).isEmpty();
        }
    }

    @Test
    void theApiFunctionNoLongerCallsAdminGetUser() {
        assertThat(CognitoCall.values()).extracting(CognitoCall::action).doesNotContain("AdminGetUser");
    }
}
