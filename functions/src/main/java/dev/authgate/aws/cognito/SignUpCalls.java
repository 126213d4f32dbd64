package dev.authgate.aws.cognito;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;

import dev.authgate.contract.CodeDeliveryDetails;
import dev.authgate.contract.cognito.CognitoCall;
import dev.authgate.identity.SignedUp;

/** Sign-up, its confirmation, and the administrative calls that give a new user a role or remove one left half-made. */
final class SignUpCalls {

    private final CognitoClients cognito;
    private final String clientId;
    private final String userPoolId;

    SignUpCalls(CognitoClients cognito, String clientId, String userPoolId) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.userPoolId = userPoolId;
    }

    /** Only the administrative calls need the pool's id: an app that never makes them may leave it out. */
    private String userPoolId() {
        if (userPoolId == null || userPoolId.isBlank()) {
            throw new IllegalStateException("authgate.cognito.user-pool-id is required for this operation");
        }
        return userPoolId;
    }

    SignedUp signUp(String username, String password, Map<String, String> attributes, Map<String, String> clientMetadata) {
        SignUpResponse response = cognito.call(CognitoCall.SIGN_UP, CognitoIdentityProviderClient::signUp, SignUpRequest.builder()
                .clientId(clientId)
                .username(username)
                .password(password)
                .userAttributes(CognitoShapes.attributes(attributes))
                .clientMetadata(clientMetadata)
                .build());
        return new SignedUp(response.userSub(), Boolean.TRUE.equals(response.userConfirmed()),
                CognitoShapes.delivery(response.codeDeliveryDetails()));
    }

    void assignRole(String userSub, String role) {
        cognito.call(CognitoCall.ASSIGN_ROLE_ATTRIBUTE, CognitoIdentityProviderClient::adminUpdateUserAttributes,
                AdminUpdateUserAttributesRequest.builder()
                        .userPoolId(userPoolId())
                        .username(userSub)
                        .userAttributes(AttributeType.builder().name("custom:role").value(role).build())
                        .build());
        cognito.call(CognitoCall.ADD_TO_ROLE_GROUP, CognitoIdentityProviderClient::adminAddUserToGroup,
                AdminAddUserToGroupRequest.builder().userPoolId(userPoolId()).username(userSub).groupName(role).build());
    }

    void deleteUnfinishedUser(String userSub) {
        cognito.call(CognitoCall.DELETE_UNFINISHED_USER, CognitoIdentityProviderClient::adminDeleteUser,
                AdminDeleteUserRequest.builder().userPoolId(userPoolId()).username(userSub).build());
    }

    void confirmSignUp(String username, String confirmationCode) {
        cognito.call(CognitoCall.CONFIRM_SIGN_UP, CognitoIdentityProviderClient::confirmSignUp,
                ConfirmSignUpRequest.builder().clientId(clientId).username(username).confirmationCode(confirmationCode).build());
    }

    Optional<CodeDeliveryDetails> resendConfirmationCode(String username) {
        return CognitoShapes.delivery(cognito.call(CognitoCall.RESEND_CONFIRMATION_CODE,
                CognitoIdentityProviderClient::resendConfirmationCode,
                ResendConfirmationCodeRequest.builder().clientId(clientId).username(username).build()).codeDeliveryDetails());
    }
}
