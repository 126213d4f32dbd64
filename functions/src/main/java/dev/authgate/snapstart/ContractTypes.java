package dev.authgate.snapstart;

import java.util.List;

import dev.authgate.contract.AnswerChallengeRequest;
import dev.authgate.contract.ChallengeResponse;
import dev.authgate.contract.ChangePasswordRequest;
import dev.authgate.contract.CodeDeliveryDetails;
import dev.authgate.contract.CodeSentResponse;
import dev.authgate.contract.ConfirmForgotPasswordRequest;
import dev.authgate.contract.ConfirmSignUpRequest;
import dev.authgate.contract.ErrorEnvelope;
import dev.authgate.contract.MessageResponse;
import dev.authgate.contract.RefreshTokenRequest;
import dev.authgate.contract.RevokeTokenRequest;
import dev.authgate.contract.SignInRequest;
import dev.authgate.contract.SignUpRequest;
import dev.authgate.contract.SignUpResponse;
import dev.authgate.contract.TokenResponse;
import dev.authgate.contract.UpdateUserRequest;
import dev.authgate.contract.VerifyTotpRequest;
import dev.authgate.contract.UserMfa;
import dev.authgate.contract.TotpVerifiedResponse;
import dev.authgate.contract.TotpSetupResponse;
import dev.authgate.contract.TotpSetupRequest;
import dev.authgate.contract.MfaPreferenceRequest;
import dev.authgate.contract.UserAttributeRequest;
import dev.authgate.contract.UserResponse;
import dev.authgate.contract.UserUpdatedResponse;
import dev.authgate.contract.UsernameRequest;
import dev.authgate.contract.VerifyUserAttributeRequest;
import dev.authgate.contract.gateway.GatewayChangePasswordRequest;
import dev.authgate.contract.gateway.GatewayDelivery;
import dev.authgate.contract.gateway.GatewayError;
import dev.authgate.contract.gateway.GatewayForgotPasswordConfirmRequest;
import dev.authgate.contract.gateway.GatewayRefreshedTokens;
import dev.authgate.contract.gateway.GatewaySignInRequest;
import dev.authgate.contract.gateway.GatewaySignUpConfirmRequest;
import dev.authgate.contract.gateway.GatewaySignUpRequest;
import dev.authgate.contract.gateway.GatewaySignedUp;
import dev.authgate.contract.gateway.GatewayStatus;
import dev.authgate.contract.gateway.GatewayStatusWithDelivery;
import dev.authgate.contract.gateway.GatewayTokens;
import dev.authgate.contract.gateway.GatewayUser;

/**
 * Every request and response record of the contract, both surfaces. Listed rather than scanned for, so that
 * priming costs no classpath scan; {@code ContractTypesTest} fails when a record is added to the contract and
 * not here.
 */
final class ContractTypes {

    static final List<Class<? extends Record>> ALL = List.of(
            AnswerChallengeRequest.class,
            ChallengeResponse.class,
            ChangePasswordRequest.class,
            CodeDeliveryDetails.class,
            CodeSentResponse.class,
            ConfirmForgotPasswordRequest.class,
            ConfirmSignUpRequest.class,
            ErrorEnvelope.class,
            MessageResponse.class,
            MfaPreferenceRequest.class,
            RefreshTokenRequest.class,
            RevokeTokenRequest.class,
            SignInRequest.class,
            SignUpRequest.class,
            SignUpResponse.class,
            TokenResponse.class,
            TotpSetupRequest.class,
            TotpSetupResponse.class,
            TotpVerifiedResponse.class,
            UpdateUserRequest.class,
            UserAttributeRequest.class,
            UserMfa.class,
            UserResponse.class,
            UserUpdatedResponse.class,
            UsernameRequest.class,
            VerifyTotpRequest.class,
            VerifyUserAttributeRequest.class,
            GatewayChangePasswordRequest.class,
            GatewayDelivery.class,
            GatewayError.class,
            GatewayForgotPasswordConfirmRequest.class,
            GatewayRefreshedTokens.class,
            GatewaySignInRequest.class,
            GatewaySignUpConfirmRequest.class,
            GatewaySignUpRequest.class,
            GatewaySignedUp.class,
            GatewayStatus.class,
            GatewayStatusWithDelivery.class,
            GatewayTokens.class,
            GatewayUser.class);

    private ContractTypes() {
    }
}
