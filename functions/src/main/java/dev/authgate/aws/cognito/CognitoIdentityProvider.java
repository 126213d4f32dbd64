package dev.authgate.aws.cognito;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

import dev.authgate.contract.ChallengeResponse;
import dev.authgate.contract.CodeDeliveryDetails;
import dev.authgate.contract.MfaFactor;
import dev.authgate.contract.SignInResult;
import dev.authgate.contract.TokenResponse;
import dev.authgate.contract.cognito.CognitoCall;
import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;
import dev.authgate.identity.AuthenticatorSecret;
import dev.authgate.identity.ChallengeMessages;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.identity.PoolUser;
import dev.authgate.identity.SetupCredential;
import dev.authgate.identity.SignedUp;
import dev.authgate.settings.CognitoSettings;

/**
 * The identity port over Amazon Cognito's user-pool API, in the AWS SDK's one home ({@code dev.authgate.aws}).
 *
 * <p>Each call names its {@link CognitoCall}, which says whether it may be repeated. Two clients share one HTTP
 * client: the calls that are safe to repeat go through one that retries throttling and connection failures; the
 * others (a change a repeat could apply twice, or a message a repeat would send twice) go through one that never
 * retries. A call that is not the one named, or is named nowhere, is refused before it leaves: on AWS the API
 * function's role is granted only the listed calls.
 */
public final class CognitoIdentityProvider implements IdentityProvider, AutoCloseable {

    /** AWS validation messages may quote the rejected value; a value can be a secret. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("Value '[^']*' at");
    private static final Pattern TRIGGER_REFUSAL = Pattern.compile("failed with error (\\w+): (.*?)\\.?$");

    private final SdkHttpClient http;
    private final CognitoIdentityProviderClient retrying;
    private final CognitoIdentityProviderClient once;
    private final String clientId;
    private final String userPoolId;

    CognitoIdentityProvider(SdkHttpClient http, CognitoIdentityProviderClient retrying, CognitoIdentityProviderClient once,
            String clientId, String userPoolId) {
        this.http = Objects.requireNonNull(http, "http");
        this.retrying = Objects.requireNonNull(retrying, "retrying");
        this.once = Objects.requireNonNull(once, "once");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.userPoolId = userPoolId;
    }

    private String userPoolId() {
        if (userPoolId == null || userPoolId.isBlank()) {
            throw new IllegalStateException("authgate.cognito.user-pool-id is required for this operation");
        }
        return userPoolId;
    }

    /** Connects to the pool the settings name: AWS itself, or the endpoint they give. */
    public static CognitoIdentityProvider create(CognitoSettings settings) {
        if (settings.clientId() == null || settings.clientId().isBlank()) {
            throw new IllegalArgumentException("authgate.cognito.client-id is required");
        }
        Duration timeout = Duration.ofMillis(settings.timeoutMillis());
        SdkHttpClient http = UrlConnectionHttpClient.builder()
                .connectionTimeout(timeout)
                .socketTimeout(timeout)
                .build();
        return new CognitoIdentityProvider(http,
                client(settings, http, timeout, true),
                client(settings, http, timeout, false),
                settings.clientId(), settings.userPoolId());
    }

    private static CognitoIdentityProviderClient client(CognitoSettings settings, SdkHttpClient http, Duration timeout,
            boolean retries) {
        return builderFor(settings)
                .httpClient(http)
                .overrideConfiguration(override -> {
                    override.apiCallTimeout(timeout);
                    override.addExecutionInterceptor(DeclaredCallsOnly.INSTANCE);
                    if (retries) {
                        override.retryStrategy(RetryMode.STANDARD);
                    } else {
                        override.retryStrategy(strategy -> strategy.maxAttempts(1));
                    }
                })
                .build();
    }

    /**
     * A client builder for the pool the settings name: its region, and AWS's credential chain, or the emulator's
     * endpoint with credentials it accepts. Other code that must call the pool as an administrator starts here.
     */
    public static CognitoIdentityProviderClientBuilder builderFor(CognitoSettings settings) {
        CognitoIdentityProviderClientBuilder builder = CognitoIdentityProviderClient.builder().region(Region.of(settings.region()));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint()).credentialsProvider(emulatorCredentials());
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder;
    }

    /** An emulator accepts any signature, but the SDK still signs administrative calls. */
    private static AwsCredentialsProvider emulatorCredentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }

    @Override
    public SignedUp signUp(String username, String password, Map<String, String> attributes, Map<String, String> clientMetadata) {
        SignUpResponse response = call(CognitoCall.SIGN_UP, cognito -> cognito.signUp(request -> request
                .clientId(clientId)
                .username(username)
                .password(password)
                .userAttributes(attributes(attributes))
                .clientMetadata(clientMetadata)));
        return new SignedUp(response.userSub(), Boolean.TRUE.equals(response.userConfirmed()),
                delivery(response.codeDeliveryDetails()));
    }

    @Override
    public void assignRole(String userSub, String role) {
        call(CognitoCall.ASSIGN_ROLE_ATTRIBUTE, cognito -> cognito.adminUpdateUserAttributes(request -> request
                .userPoolId(userPoolId())
                .username(userSub)
                .userAttributes(AttributeType.builder().name("custom:role").value(role).build())));
        call(CognitoCall.ADD_TO_ROLE_GROUP, cognito -> cognito.adminAddUserToGroup(request -> request
                .userPoolId(userPoolId())
                .username(userSub)
                .groupName(role)));
    }

    @Override
    public void deleteUnfinishedUser(String userSub) {
        call(CognitoCall.DELETE_UNFINISHED_USER, cognito -> cognito.adminDeleteUser(request -> request
                .userPoolId(userPoolId())
                .username(userSub)));
    }

    @Override
    public void confirmSignUp(String username, String confirmationCode) {
        call(CognitoCall.CONFIRM_SIGN_UP, cognito -> cognito.confirmSignUp(request -> request
                .clientId(clientId)
                .username(username)
                .confirmationCode(confirmationCode)));
    }

    @Override
    public Optional<CodeDeliveryDetails> resendConfirmationCode(String username) {
        return delivery(call(CognitoCall.RESEND_CONFIRMATION_CODE, cognito -> cognito.resendConfirmationCode(request -> request
                .clientId(clientId)
                .username(username))).codeDeliveryDetails());
    }

    @Override
    public SignInResult signInWithPassword(String username, String password) {
        InitiateAuthResponse response = call(CognitoCall.PASSWORD_SIGN_IN, cognito -> cognito.initiateAuth(request -> request
                .clientId(clientId)
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password))));
        return signInResult(response.authenticationResult(), response.challengeNameAsString(), response.session(),
                response.challengeParameters(), null);
    }

    @Override
    public SignInResult startCodeSignIn(String username) {
        InitiateAuthResponse response = call(CognitoCall.CODE_SIGN_IN, cognito -> cognito.initiateAuth(request -> request
                .clientId(clientId)
                .authFlow(AuthFlowType.CUSTOM_AUTH)
                .authParameters(Map.of("USERNAME", username))));
        return signInResult(response.authenticationResult(), response.challengeNameAsString(), response.session(),
                response.challengeParameters(), null);
    }

    @Override
    public SignInResult answerChallenge(String challengeName, String session, Map<String, String> responses) {
        RespondToAuthChallengeResponse response = call(CognitoCall.ANSWER_CHALLENGE, cognito -> cognito.respondToAuthChallenge(
                request -> request
                .clientId(clientId)
                .challengeName(challengeName)
                .session(session)
                .challengeResponses(responses)));
        return signInResult(response.authenticationResult(), response.challengeNameAsString(), response.session(),
                response.challengeParameters(), null);
    }

    @Override
    public TokenResponse refresh(String refreshToken) {
        InitiateAuthResponse response = call(CognitoCall.REFRESH, cognito -> cognito.initiateAuth(request -> request
                .clientId(clientId)
                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                .authParameters(Map.of("REFRESH_TOKEN", refreshToken))));
        if (signInResult(response.authenticationResult(), response.challengeNameAsString(), response.session(),
                response.challengeParameters(), refreshToken) instanceof TokenResponse tokens) {
            return tokens;
        }
        throw new AuthException(ErrorType.BAD_GATEWAY, 502, "The identity provider answered a refresh with a challenge.");
    }

    @Override
    public void signOutEverywhere(String accessToken) {
        call(CognitoCall.GLOBAL_SIGN_OUT, cognito -> cognito.globalSignOut(request -> request.accessToken(accessToken)));
    }

    @Override
    public void revokeRefreshToken(String refreshToken) {
        call(CognitoCall.REVOKE_TOKEN, cognito -> cognito.revokeToken(request -> request.clientId(clientId).token(refreshToken)));
    }

    @Override
    public Optional<CodeDeliveryDetails> forgotPassword(String username) {
        return delivery(call(CognitoCall.FORGOT_PASSWORD, cognito -> cognito.forgotPassword(request -> request
                .clientId(clientId)
                .username(username))).codeDeliveryDetails());
    }

    @Override
    public void confirmForgotPassword(String username, String confirmationCode, String newPassword) {
        call(CognitoCall.CONFIRM_FORGOT_PASSWORD, cognito -> cognito.confirmForgotPassword(request -> request
                .clientId(clientId)
                .username(username)
                .confirmationCode(confirmationCode)
                .password(newPassword)));
    }

    @Override
    public void changePassword(String accessToken, String previousPassword, String proposedPassword) {
        call(CognitoCall.CHANGE_PASSWORD, cognito -> cognito.changePassword(request -> request
                .accessToken(accessToken)
                .previousPassword(previousPassword)
                .proposedPassword(proposedPassword)));
    }

    @Override
    public PoolUser user(String accessToken) {
        GetUserResponse response = call(CognitoCall.GET_USER, cognito -> cognito.getUser(request -> request.accessToken(accessToken)));
        return new PoolUser(response.username(), response.userAttributes().stream()
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value, (first, second) -> second)),
                response.userMFASettingList().stream().map(MfaFactor::fromCognitoName).toList(),
                Optional.ofNullable(response.preferredMfaSetting()).map(MfaFactor::fromCognitoName));
    }

    @Override
    public void deleteUser(String accessToken) {
        call(CognitoCall.DELETE_USER, cognito -> cognito.deleteUser(request -> request.accessToken(accessToken)));
    }

    @Override
    public List<CodeDeliveryDetails> updateAttributes(String accessToken, Map<String, String> attributes) {
        return call(CognitoCall.UPDATE_ATTRIBUTES, cognito -> cognito.updateUserAttributes(request -> request
                .accessToken(accessToken)
                .userAttributes(attributes(attributes)))).codeDeliveryDetailsList().stream()
                .map(CognitoIdentityProvider::delivery)
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public void verifyAttribute(String accessToken, String attribute, String confirmationCode) {
        call(CognitoCall.VERIFY_ATTRIBUTE, cognito -> cognito.verifyUserAttribute(request -> request
                .accessToken(accessToken)
                .attributeName(attribute)
                .code(confirmationCode)));
    }

    @Override
    public Optional<CodeDeliveryDetails> resendAttributeCode(String accessToken, String attribute) {
        return delivery(call(CognitoCall.RESEND_ATTRIBUTE_CODE, cognito -> cognito.getUserAttributeVerificationCode(request -> request
                .accessToken(accessToken)
                .attributeName(attribute))).codeDeliveryDetails());
    }

    @Override
    public AuthenticatorSecret associateAuthenticator(SetupCredential caller) {
        AssociateSoftwareTokenResponse response = call(CognitoCall.ASSOCIATE_SOFTWARE_TOKEN, cognito -> cognito.associateSoftwareToken(
                request -> request.accessToken(caller.accessToken()).session(caller.session())));
        return new AuthenticatorSecret(response.secretCode(), Optional.ofNullable(response.session()));
    }

    @Override
    public Optional<String> verifyAuthenticator(SetupCredential caller, String code, String deviceName) {
        VerifySoftwareTokenResponse response = call(CognitoCall.VERIFY_SOFTWARE_TOKEN, cognito -> cognito.verifySoftwareToken(
                request -> request.accessToken(caller.accessToken()).session(caller.session())
                        .userCode(code).friendlyDeviceName(deviceName)));
        if (response.status() != VerifySoftwareTokenResponseType.SUCCESS) {
            throw new AuthException("CodeMismatchException", 400, "The code does not match the authenticator's secret.");
        }
        return Optional.ofNullable(response.session());
    }

    @Override
    public void setMfaPreference(String accessToken, Optional<MfaFactor> preferred) {
        call(CognitoCall.SET_MFA_PREFERENCE, cognito -> cognito.setUserMFAPreference(request -> {
            request.accessToken(accessToken);
            if (preferred.isEmpty()) {
                request.softwareTokenMfaSettings(off -> off.enabled(false).preferredMfa(false))
                        .smsMfaSettings(off -> off.enabled(false).preferredMfa(false));
            } else if (preferred.get() == MfaFactor.TOTP) {
                request.softwareTokenMfaSettings(on -> on.enabled(true).preferredMfa(true));
            } else {
                request.smsMfaSettings(on -> on.enabled(true).preferredMfa(true));
            }
        }));
    }

    @Override
    public void close() {
        retrying.close();
        once.close();
        http.close();
    }

    /** Lets through only the action of the {@link CognitoCall} the adapter is making on this thread. */
    static final class DeclaredCallsOnly implements ExecutionInterceptor {

        static final DeclaredCallsOnly INSTANCE = new DeclaredCallsOnly();
        private static final ThreadLocal<CognitoCall> CURRENT = new ThreadLocal<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            String action = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            CognitoCall declared = CURRENT.get();
            if (declared == null || !declared.action().equals(action)) {
                throw new UndeclaredCallException("The Cognito action " + action + " was called "
                        + (declared == null ? "outside any CognitoCall" : "as " + declared + ", which is " + declared.action())
                        + "; the API function may make only the calls CognitoCall lists, and its role on AWS is granted no other.");
            }
        }
    }

    /** A programming error: the adapter made a Cognito call it does not declare. */
    static final class UndeclaredCallException extends IllegalStateException {
        UndeclaredCallException(String message) {
            super(message);
        }
    }

    private static List<AttributeType> attributes(Map<String, String> attributes) {
        return attributes.entrySet().stream()
                .map(entry -> AttributeType.builder().name(entry.getKey()).value(entry.getValue()).build())
                .toList();
    }

    private static SignInResult signInResult(AuthenticationResultType tokens, String challengeName, String session,
            Map<String, String> challengeParameters, String refreshTokenGiven) {
        if (tokens != null) {
            String refreshToken = tokens.refreshToken() != null ? tokens.refreshToken() : refreshTokenGiven;
            return TokenResponse.bearer(tokens.accessToken(), tokens.idToken(), refreshToken,
                    tokens.expiresIn() == null ? 0 : tokens.expiresIn());
        }
        if (challengeName == null) {
            throw new AuthException(ErrorType.BAD_GATEWAY, 502, "The identity provider answered with neither tokens nor a challenge.");
        }
        return new ChallengeResponse(challengeName, session, ChallengeMessages.nextStep(challengeName), challengeParameters);
    }

    private static Optional<CodeDeliveryDetails> delivery(CodeDeliveryDetailsType details) {
        return Optional.ofNullable(details)
                .map(d -> new CodeDeliveryDetails(d.attributeName(), d.deliveryMediumAsString(), d.destination()));
    }

    private <T> T call(CognitoCall call, Function<CognitoIdentityProviderClient, T> request) {
        DeclaredCallsOnly.CURRENT.set(call);
        try {
            return request.apply(call.retried() ? retrying : once);
        } catch (UndeclaredCallException e) {
            throw e;
        } catch (AwsServiceException e) {
            throw translate(e);
        } catch (SdkClientException e) {
            throw new AuthException(ErrorType.SERVICE_UNAVAILABLE, 503,
                    "The identity provider is unreachable or did not answer in time.", Map.of("Retry-After", "1"), e);
        } catch (SdkException e) {
            throw new AuthException(ErrorType.BAD_GATEWAY, 502, "The identity provider could not complete the request.", Map.of(), e);
        } finally {
            DeclaredCallsOnly.CURRENT.remove();
        }
    }

    /**
     * A trigger's refusal, "{@code <Trigger> failed with error <Type>: <message>.}": when the trigger named a
     * type the API knows, the caller gets that type and message, as if Cognito had refused by itself.
     */
    private static AuthException triggerRefusal(AwsServiceException e) {
        Matcher refusal = TRIGGER_REFUSAL.matcher(Objects.requireNonNullElse(e.awsErrorDetails().errorMessage(), ""));
        if (refusal.find() && ErrorType.statusOf(refusal.group(1)) < 500) {
            int status = ErrorType.statusOf(refusal.group(1));
            return new AuthException(refusal.group(1), status, refusal.group(2),
                    status == 429 ? Map.of("Retry-After", "60") : Map.of(), e);
        }
        return new AuthException("UserLambdaValidationException", 400, "The request was refused by the user pool's rules.", Map.of(), e);
    }

    private static AuthException translate(AwsServiceException e) {
        String type = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        if (type == null || type.isBlank()) {
            return new AuthException(ErrorType.BAD_GATEWAY, 502, "The identity provider could not complete the request.", Map.of(), e);
        }
        if (type.equals("UserLambdaValidationException")) {
            return triggerRefusal(e);
        }
        int status = ErrorType.statusOf(type);
        String message = status >= 500
                ? "The identity provider could not complete the request."
                : QUOTED_VALUE.matcher(Objects.requireNonNullElse(e.awsErrorDetails().errorMessage(), type)).replaceAll("Value at");
        Map<String, String> headers = status == 429 ? Map.of("Retry-After", "1") : Map.of();
        return new AuthException(type, status, message, headers, e);
    }
}
