package dev.authgate.gateway;

import static dev.authgate.beans.BeanRegistrations.functionType;

import java.time.Clock;
import java.util.function.Function;

import org.springframework.core.ResolvableType;

import dev.authgate.beans.BeanRegistrations;
import dev.authgate.contract.ChallengeResponse;
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
import dev.authgate.contract.gateway.GatewayChallenge;
import dev.authgate.contract.gateway.GatewayChangePasswordRequest;
import dev.authgate.contract.gateway.GatewayDelivery;
import dev.authgate.contract.gateway.GatewayForgotPasswordConfirmRequest;
import dev.authgate.contract.gateway.GatewayRefreshedTokens;
import dev.authgate.contract.gateway.GatewaySignInRequest;
import dev.authgate.contract.gateway.GatewaySignInResult;
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
 * of each operation and both surfaces share it (and its hooks). Bean names are the contract's operationIds; each
 * adapter finds its operation bean when it is first called.
 */
public final class CognitoGatewaySurface {

    private CognitoGatewaySurface() {
    }

    public static void register(BeanRegistrations beans) {
        beans.function("gatewaySignIn", functionType(GatewaySignInRequest.class, GatewaySignInResult.class),
                () -> gatewaySignIn(operation(beans, "signIn"), beans.get(Clock.class)));
        beans.function("gatewaySignUp", functionType(GatewaySignUpRequest.class, GatewaySignedUp.class),
                () -> gatewaySignUp(operation(beans, "signUp")));
        beans.function("gatewaySignUpConfirm", functionType(GatewaySignUpConfirmRequest.class, GatewayStatus.class),
                () -> gatewaySignUpConfirm(operation(beans, "confirmSignUp")));
        beans.function("gatewaySignUpConfirmResend", functionType(UsernameRequest.class, GatewayDelivery.class),
                () -> gatewaySignUpConfirmResend(operation(beans, "resendConfirmationCode")));
        beans.function("gatewayRefreshToken", functionType(RefreshTokenRequest.class, GatewayRefreshedTokens.class),
                () -> gatewayRefreshToken(operation(beans, "refreshToken")));
        beans.function("gatewaySignOutGlobal", functionType(VerifiedAccessToken.class, GatewayStatus.class),
                () -> gatewaySignOutGlobal(operation(beans, "signOut")));
        beans.function("gatewayChangePassword", functionType(
                ResolvableType.forClassWithGenerics(OptionalBearer.class, GatewayChangePasswordRequest.class), GatewayStatus.class),
                () -> gatewayChangePassword(operation(beans, "changePassword"), beans.get(AccessTokenVerifier.class)));
        beans.function("gatewayForgotPasswordRequest", functionType(UsernameRequest.class, GatewayStatusWithDelivery.class),
                () -> gatewayForgotPasswordRequest(operation(beans, "forgotPassword")));
        beans.function("gatewayForgotPasswordConfirm", functionType(GatewayForgotPasswordConfirmRequest.class, GatewayStatus.class),
                () -> gatewayForgotPasswordConfirm(operation(beans, "confirmForgotPassword")));
        beans.function("gatewayGetUser", functionType(VerifiedAccessToken.class, GatewayUser.class),
                () -> gatewayGetUser(operation(beans, "getUser")));
        beans.function("gatewayDeleteUser", functionType(VerifiedAccessToken.class, GatewayStatus.class),
                () -> gatewayDeleteUser(operation(beans, "deleteUser")));
    }

    /** The primary operation bean an adapter wraps. */
    @SuppressWarnings("unchecked")
    private static <I, O> Function<I, O> operation(BeanRegistrations beans, String operationId) {
        return beans.factory().getBean(operationId, Function.class);
    }

    private static Function<GatewaySignInRequest, GatewaySignInResult> gatewaySignIn(Function<SignInRequest, SignInResult> signIn,
            Clock clock) {
        return request -> {
            SignInResult result = signIn.apply(new SignInRequest(request.username(), request.password()));
            return result instanceof TokenResponse tokens
                    ? new GatewayTokens(tokens.accessToken(), tokens.refreshToken(), tokens.idToken(), clock.instant().getEpochSecond())
                    : new GatewayChallenge((ChallengeResponse) result);
        };
    }

    private static Function<GatewaySignUpRequest, GatewaySignedUp> gatewaySignUp(Function<SignUpRequest, SignUpResponse> signUp) {
        return request -> {
            SignUpResponse user = signUp.apply(new SignUpRequest(request.username(), request.password(), request.attributes()));
            GatewayDelivery delivery = GatewayDelivery.of(user.codeDelivery());
            return new GatewaySignedUp(new GatewaySignedUp.User(user.username(), user.userAttributes(), user.id()),
                    delivery.verificationAttribute(), delivery.verificationMedium(), delivery.verificationValue());
        };
    }

    private static Function<GatewaySignUpConfirmRequest, GatewayStatus> gatewaySignUpConfirm(
            Function<ConfirmSignUpRequest, MessageResponse> confirmSignUp) {
        return request -> {
            confirmSignUp.apply(new ConfirmSignUpRequest(request.username(), request.verificationCode()));
            return GatewayStatus.SUCCESS;
        };
    }

    private static Function<UsernameRequest, GatewayDelivery> gatewaySignUpConfirmResend(
            Function<UsernameRequest, CodeSentResponse> resendConfirmationCode) {
        return request -> GatewayDelivery.of(resendConfirmationCode.apply(request).codeDelivery());
    }

    private static Function<RefreshTokenRequest, GatewayRefreshedTokens> gatewayRefreshToken(
            Function<RefreshTokenRequest, TokenResponse> refreshToken) {
        return request -> {
            TokenResponse tokens = refreshToken.apply(request);
            return new GatewayRefreshedTokens(tokens.accessToken(), tokens.idToken());
        };
    }

    private static Function<VerifiedAccessToken, GatewayStatus> gatewaySignOutGlobal(Function<VerifiedAccessToken, MessageResponse> signOut) {
        return bearer -> {
            signOut.apply(bearer);
            return GatewayStatus.SUCCESS;
        };
    }

    /** cognito-gateway took the access token in the body; a Bearer header is accepted too, and wins. */
    private static Function<OptionalBearer<GatewayChangePasswordRequest>, GatewayStatus> gatewayChangePassword(
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

    private static Function<UsernameRequest, GatewayStatusWithDelivery> gatewayForgotPasswordRequest(
            Function<UsernameRequest, CodeSentResponse> forgotPassword) {
        return request -> GatewayStatusWithDelivery.success(GatewayDelivery.of(forgotPassword.apply(request).codeDelivery()));
    }

    private static Function<GatewayForgotPasswordConfirmRequest, GatewayStatus> gatewayForgotPasswordConfirm(
            Function<ConfirmForgotPasswordRequest, MessageResponse> confirmForgotPassword) {
        return request -> {
            confirmForgotPassword.apply(
                    new ConfirmForgotPasswordRequest(request.username(), request.password(), request.confirmationCode()));
            return GatewayStatus.SUCCESS;
        };
    }

    private static Function<VerifiedAccessToken, GatewayUser> gatewayGetUser(Function<VerifiedAccessToken, UserResponse> getUser) {
        return bearer -> {
            UserResponse user = getUser.apply(bearer);
            return new GatewayUser(user.username(), user.attributes());
        };
    }

    private static Function<VerifiedAccessToken, GatewayStatus> gatewayDeleteUser(Function<VerifiedAccessToken, MessageResponse> deleteUser) {
        return bearer -> {
            deleteUser.apply(bearer);
            return GatewayStatus.SUCCESS;
        };
    }
}
