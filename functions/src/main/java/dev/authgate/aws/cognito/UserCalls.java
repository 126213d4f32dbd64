package dev.authgate.aws.cognito;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeRequest;

import dev.authgate.contract.CodeDeliveryDetails;
import dev.authgate.contract.MfaFactor;
import dev.authgate.contract.cognito.CognitoCall;
import dev.authgate.identity.PoolUser;

/** The signed-in user: read, deleted, and its attributes changed and verified. */
final class UserCalls {

    private final CognitoClients cognito;

    UserCalls(CognitoClients cognito) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
    }

    PoolUser user(String accessToken) {
        GetUserResponse response = cognito.call(CognitoCall.GET_USER, CognitoIdentityProviderClient::getUser,
                GetUserRequest.builder().accessToken(accessToken).build());
        return new PoolUser(response.username(), response.userAttributes().stream()
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value, (first, second) -> second)),
                response.userMFASettingList().stream().map(MfaFactor::fromCognitoName).toList(),
                Optional.ofNullable(response.preferredMfaSetting()).map(MfaFactor::fromCognitoName));
    }

    void deleteUser(String accessToken) {
        cognito.call(CognitoCall.DELETE_USER, CognitoIdentityProviderClient::deleteUser,
                DeleteUserRequest.builder().accessToken(accessToken).build());
    }

    List<CodeDeliveryDetails> updateAttributes(String accessToken, Map<String, String> attributes) {
        return cognito.call(CognitoCall.UPDATE_ATTRIBUTES, CognitoIdentityProviderClient::updateUserAttributes,
                UpdateUserAttributesRequest.builder().accessToken(accessToken).userAttributes(CognitoShapes.attributes(attributes)).build())
                .codeDeliveryDetailsList().stream()
                .map(CognitoShapes::delivery)
                .flatMap(Optional::stream)
                .toList();
    }

    void verifyAttribute(String accessToken, String attribute, String confirmationCode) {
        cognito.call(CognitoCall.VERIFY_ATTRIBUTE, CognitoIdentityProviderClient::verifyUserAttribute,
                VerifyUserAttributeRequest.builder().accessToken(accessToken).attributeName(attribute).code(confirmationCode).build());
    }

    Optional<CodeDeliveryDetails> resendAttributeCode(String accessToken, String attribute) {
        return CognitoShapes.delivery(cognito.call(CognitoCall.RESEND_ATTRIBUTE_CODE,
                CognitoIdentityProviderClient::getUserAttributeVerificationCode,
                GetUserAttributeVerificationCodeRequest.builder().accessToken(accessToken).attributeName(attribute).build())
                .codeDeliveryDetails());
    }
}
