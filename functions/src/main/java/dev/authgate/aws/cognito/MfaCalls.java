package dev.authgate.aws.cognito;

import java.util.Objects;
import java.util.Optional;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserMfaPreferenceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

import dev.authgate.contract.MfaFactor;
import dev.authgate.contract.cognito.CognitoCall;
import dev.authgate.error.AuthException;
import dev.authgate.identity.AuthenticatorSecret;
import dev.authgate.identity.SetupCredential;

/** Second factors: setting up an authenticator app, and choosing the preferred factor. */
final class MfaCalls {

    private final CognitoClients cognito;

    MfaCalls(CognitoClients cognito) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
    }

    AuthenticatorSecret associateAuthenticator(SetupCredential caller) {
        AssociateSoftwareTokenResponse response = cognito.call(CognitoCall.ASSOCIATE_SOFTWARE_TOKEN,
                CognitoIdentityProviderClient::associateSoftwareToken,
                AssociateSoftwareTokenRequest.builder().accessToken(caller.accessToken()).session(caller.session()).build());
        return new AuthenticatorSecret(response.secretCode(), Optional.ofNullable(response.session()));
    }

    Optional<String> verifyAuthenticator(SetupCredential caller, String code, String deviceName) {
        VerifySoftwareTokenResponse response = cognito.call(CognitoCall.VERIFY_SOFTWARE_TOKEN,
                CognitoIdentityProviderClient::verifySoftwareToken,
                VerifySoftwareTokenRequest.builder().accessToken(caller.accessToken()).session(caller.session())
                        .userCode(code).friendlyDeviceName(deviceName).build());
        if (response.status() != VerifySoftwareTokenResponseType.SUCCESS) {
            throw new AuthException("CodeMismatchException", 400, "The code does not match the authenticator's secret.");
        }
        return Optional.ofNullable(response.session());
    }

    void setMfaPreference(String accessToken, Optional<MfaFactor> preferred) {
        SetUserMfaPreferenceRequest.Builder request = SetUserMfaPreferenceRequest.builder().accessToken(accessToken);
        if (preferred.isEmpty()) {
            request.softwareTokenMfaSettings(off -> off.enabled(false).preferredMfa(false))
                    .smsMfaSettings(off -> off.enabled(false).preferredMfa(false));
        } else if (preferred.get() == MfaFactor.TOTP) {
            request.softwareTokenMfaSettings(on -> on.enabled(true).preferredMfa(true));
        } else {
            request.smsMfaSettings(on -> on.enabled(true).preferredMfa(true));
        }
        cognito.call(CognitoCall.SET_MFA_PREFERENCE, CognitoIdentityProviderClient::setUserMFAPreference, request.build());
    }
}
