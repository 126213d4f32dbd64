package dev.authgate.provisioner.template;

import java.util.Arrays;

import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.auth.scheme.CognitoIdentityProviderAuthSchemeProvider;

import dev.authgate.contract.cognito.CognitoCall;

/**
 * What the API function's role may do on the user pool: exactly the {@link CognitoCall}s it makes that AWS
 * authorizes with IAM. The others (sign-up, sign-in, the calls made with the user's access token) are
 * authorized by the client id or the token and need no grant. Which is which comes from the SDK's own model
 * of Cognito: the actions it signs are the ones IAM decides on.
 */
final class ApiFunctionGrants {

    private static final CognitoIdentityProviderAuthSchemeProvider AUTH_SCHEMES = CognitoIdentityProviderAuthSchemeProvider.defaultProvider();

    private ApiFunctionGrants() {
    }

    /** The IAM actions, {@code cognito-idp:<Action>}, in a stable order. */
    static String[] onThePool() {
        return Arrays.stream(CognitoCall.values())
                .map(CognitoCall::action)
                .distinct()
                .filter(ApiFunctionGrants::authorizedByIam)
                .sorted()
                .map(action -> "cognito-idp:" + action)
                .toArray(String[]::new);
    }

    /** Whether the SDK signs the action; the region is needed to ask, but which actions are signed is the same in all. */
    static boolean authorizedByIam(String action) {
        return AUTH_SCHEMES.resolveAuthScheme(params -> params.operation(action).region(Region.US_EAST_1)).stream()
                .anyMatch(option -> option.schemeId().equals(AwsV4AuthScheme.SCHEME_ID));
    }
}
