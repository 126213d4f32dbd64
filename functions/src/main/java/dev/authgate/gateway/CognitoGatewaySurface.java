package dev.authgate.gateway;

import java.time.Clock;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.authgate.contract.ChangePasswordRequest;
import dev.authgate.contract.CodeSentResponse;
import dev.authgate.contract.ConfirmForgotPasswordRequest;
import dev.authgate.contract.ConfirmSignUpRequest;
import dev.authgate.contract.MessageResponse;
import dev.authgate.contract.RefreshTokenRequest;
import dev.authgate.contract.SignInRequest;
import dev.authgate.contract.SignInResult;
import dev.authgate.contract.SignUpRequest;
import dev.authgate.contract.SignUpResponse;
import dev.authgate.contract.TokenResponse;
import dev.authgate.contract.UserResponse;
import dev.authgate.contract.UsernameRequest;
import dev.authgate.contract.gateway.GatewayChangePasswordRequest;
import dev.authgate.contract.gateway.GatewayDelivery;
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
import dev.authgate.error.AuthException;
import dev.authgate.identity.AccessTokenVerifier;
import dev.authgate.identity.Authenticated;
import dev.authgate.identity.OptionalBearer;
import dev.authgate.identity.VerifiedAccessToken;

/**
 * The cognito-gateway surface: each of its eleven operations is a thin adapter that translates that
 * package's request and response shapes around the primary operation bean, so there is one implementation
 * of each operation and both surfaces share it (and its hooks). Bean names are the contract's operationIds.
 */
@Configuration(proxyBeanMethods = false)
public class CognitoGatewaySurface {

    @Bean
    Function<GatewaySignInRequest, Object> gatewaySignIn(Function<SignInRequest, SignInResult> signIn, Clock clock) {
        return request -> {
            SignInResult result = signIn.apply(new SignInRequest(request.username(), request.password()));
            return result instanceof TokenResponse tokens
                    ? new GatewayTokens(tokens.accessToken(), tokens.refreshToken(), tokens.idToken(), clock.instant().getEpochSecond())
                    : result;
        };
    }

    @Bean
    Function<GatewaySignUpRequest, GatewaySignedUp> gatewaySignUp(Function<SignUpRequest, SignUpResponse> signUp) {
        return request -> {
            SignUpResponse user = signUp.apply(new SignUpRequest(request.username(), request.password(), request.attributes()));
            GatewayDelivery delivery = GatewayDelivery.of(user.codeDelivery());
            return new GatewaySignedUp(new GatewaySignedUp.User(user.username(), user.userAttributes(), user.id()),
                    delivery.verificationAttribute(), delivery.verificationMedium(), delivery.verificationValue());
        };
    }

    @Bean
    Function<GatewaySignUpConfirmRequest, GatewayStatus> gatewaySignUpConfirm(
            Function<ConfirmSignUpRequest, MessageResponse> confirmSignUp) {
        return request -> {
            confirmSignUp.apply(new ConfirmSignUpRequest(request.username(), request.verificationCode()));
            return GatewayStatus.SUCCESS;
        };
    }

    @Bean
    Function<UsernameRequest, GatewayDelivery> gatewaySignUpConfirmResend(
            Function<UsernameRequest, CodeSentResponse> resendConfirmationCode) {
        return request -> GatewayDelivery.of(resendConfirmationCode.apply(request).codeDelivery());
    }

    @Bean
    Function<RefreshTokenRequest, GatewayRefreshedTokens> gatewayRefreshToken(
            Function<RefreshTokenRequest, TokenResponse> refreshToken) {
        return request -> {
            TokenResponse tokens = refreshToken.apply(request);
            return new GatewayRefreshedTokens(tokens.accessToken(), tokens.idToken());
        };
    }

    @Bean
    Function<VerifiedAccessToken, GatewayStatus> gatewaySignOutGlobal(Function<VerifiedAccessToken, MessageResponse> signOut) {
        return bearer -> {
            signOut.apply(bearer);
            return GatewayStatus.SUCCESS;
        };
    }

    /** cognito-gateway took the access token in the body; a Bearer header is accepted too, and wins. */
    @Bean
    Function<OptionalBearer<GatewayChangePasswordRequest>, GatewayStatus> gatewayChangePassword(
            Function<Authenticated<ChangePasswordRequest>, MessageResponse> changePassword, AccessTokenVerifier verifier) {
        return request -> {
            GatewayChangePasswordRequest body = request.request();
            VerifiedAccessToken token = request.token().orElseGet(() -> {
                if (body.accessToken() == null) {
                    throw AuthException.invalidRequest("Send the access token as a Bearer header or in the field 'accessToken'.");
                }
                return verifier.verify(body.accessToken());
            });
            changePassword.apply(new Authenticated<>(token, new ChangePasswordRequest(body.password(), body.newPassword())));
            return GatewayStatus.SUCCESS;
        };
    }

    @Bean
    Function<UsernameRequest, GatewayStatusWithDelivery> gatewayForgotPasswordRequest(
            Function<UsernameRequest, CodeSentResponse> forgotPassword) {
        return request -> GatewayStatusWithDelivery.success(GatewayDelivery.of(forgotPassword.apply(request).codeDelivery()));
    }

    @Bean
    Function<GatewayForgotPasswordConfirmRequest, GatewayStatus> gatewayForgotPasswordConfirm(
            Function<ConfirmForgotPasswordRequest, MessageResponse> confirmForgotPassword) {
        return request -> {
            confirmForgotPassword.apply(
                    new ConfirmForgotPasswordRequest(request.username(), request.password(), request.confirmationCode()));
            return GatewayStatus.SUCCESS;
        };
    }

    @Bean
    Function<VerifiedAccessToken, GatewayUser> gatewayGetUser(Function<VerifiedAccessToken, UserResponse> getUser) {
        return bearer -> {
            UserResponse user = getUser.apply(bearer);
            return new GatewayUser(user.username(), user.attributes());
        };
    }

    @Bean
    Function<VerifiedAccessToken, GatewayStatus> gatewayDeleteUser(Function<VerifiedAccessToken, MessageResponse> deleteUser) {
        return bearer -> {
            deleteUser.apply(bearer);
            return GatewayStatus.SUCCESS;
        };
    }
}
