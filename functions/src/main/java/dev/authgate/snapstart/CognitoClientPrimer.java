package dev.authgate.snapstart;

import java.util.Objects;

import dev.authgate.aws.cognito.CognitoIdentityProvider;
import dev.authgate.error.AuthException;
import dev.authgate.settings.CognitoSettings;

/**
 * The AWS SDK below the Cognito adapter: a throwaway adapter, built exactly as the real one from the same
 * settings but pointed at {@link CannedCognito}, signs in, reads the user and gets an error translated. That
 * builds a client and runs the SDK's whole request pipeline (endpoint rules, marshalling, the URL connection
 * client, unmarshalling, error translation) without a call to the real user pool, whose connections a snapshot
 * must not hold. The real adapter's clients were already built when the context started.
 */
final class CognitoClientPrimer implements Primer {

    private final CognitoSettings settings;

    CognitoClientPrimer(CognitoSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return "Cognito SDK client and request pipeline";
    }

    @Override
    public void prime() {
        try (CannedCognito cognito = CannedCognito.start();
                CognitoIdentityProvider adapter = CognitoIdentityProvider.create(
                        settings.withEndpoint(cognito.endpoint()).withUserPoolId("primer").withClientId("primer"))) {
            adapter.signInWithPassword("primer", "primer");
            adapter.user("primer");
            try {
                adapter.signOutEverywhere("primer");
                throw new IllegalStateException("The canned Cognito answered a sign-out it should have refused");
            } catch (AuthException expected) {
                // the error path is primed: the SDK's error unmarshalling and the adapter's translation
            }
        }
    }
}
