package dev.authgate.config;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import dev.authgate.contract.AnswerChallengeRequest;
import dev.authgate.contract.ChangePasswordRequest;
import dev.authgate.contract.CodeSentResponse;
import dev.authgate.contract.ConfirmForgotPasswordRequest;
import dev.authgate.contract.ConfirmSignUpRequest;
import dev.authgate.contract.MessageResponse;
import dev.authgate.contract.RefreshTokenRequest;
import dev.authgate.contract.RevokeTokenRequest;
import dev.authgate.contract.SignInRequest;
import dev.authgate.contract.SignInResult;
import dev.authgate.contract.SignUpRequest;
import dev.authgate.contract.SignUpResponse;
import dev.authgate.contract.TokenResponse;
import dev.authgate.contract.UserResponse;
import dev.authgate.contract.UsernameRequest;
import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.gateway.CognitoGatewaySurface;
import dev.authgate.hook.OperationHook;
import dev.authgate.hook.OperationHooks;
import dev.authgate.http.BearerAuthentication;
import dev.authgate.http.JsonCodec;
import dev.authgate.http.OperationDispatcher;
import dev.authgate.http.OperationFunctions;
import dev.authgate.identity.AccessTokenVerifier;
import dev.authgate.identity.Authenticated;
import dev.authgate.identity.CognitoIdentityProvider;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.identity.VerifiedAccessToken;
import dev.authgate.lambda.ApiGatewayFunction;
import dev.authgate.lambda.ApiHandler;
import dev.authgate.operation.AnswerChallenge;
import dev.authgate.operation.ChangePassword;
import dev.authgate.operation.ConfirmForgotPassword;
import dev.authgate.operation.ConfirmSignUp;
import dev.authgate.operation.DeleteUser;
import dev.authgate.operation.ForgotPassword;
import dev.authgate.operation.GetUser;
import dev.authgate.operation.RefreshToken;
import dev.authgate.operation.ResendConfirmationCode;
import dev.authgate.operation.RevokeToken;
import dev.authgate.operation.SignIn;
import dev.authgate.operation.SignOut;
import dev.authgate.operation.Passwords;
import dev.authgate.operation.SignUp;
import dev.authgate.role.RolePolicy;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.trigger.TriggerConfiguration;
import dev.authgate.web.LocalTriggerServlet;
import dev.authgate.web.LocalWebServlet;

/**
 * Authgate as a library: an application that depends on the {@code functions} module gets the operations,
 * the Cognito adapter and both edges from here. Each operation bean is named after its operationId in the
 * contract, which is how the dispatcher finds it.
 */
@AutoConfiguration
@Import({CognitoGatewaySurface.class, TriggerConfiguration.class})
public class AuthgateAutoConfiguration {

    /** How long an asynchronous hook may take before the request fails. */
    static final Duration HOOK_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The {@code authgate.*} settings; a bad value stops start-up with a message naming the property, which is why
     * this bean is made at start even though the rest are made when first needed.
     */
    @Bean
    @Lazy(false)
    @ConditionalOnMissingBean
    AuthgateSettings authgateSettings(Environment environment) {
        return Binder.get(environment).bind("authgate", AuthgateSettings.class).orElseGet(AuthgateSettings::defaults);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OperationCatalogue operationCatalogue() {
        return OperationCatalogue.load();
    }

    @Bean
    JsonCodec authgateJsonCodec() {
        return new JsonCodec();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(IdentityProvider.class)
    CognitoIdentityProvider identityProvider(AuthgateSettings settings) {
        return CognitoIdentityProvider.create(settings.cognito());
    }

    @Bean
    AccessTokenVerifier accessTokenVerifier(AuthgateSettings settings) {
        return AccessTokenVerifier.create(settings.cognito());
    }

    @Bean
    Function<SignUpRequest, SignUpResponse> signUp(IdentityProvider identity, AuthgateSettings settings) {
        return new SignUp(identity, settings.mode(), new RolePolicy(settings.roles()), new Passwords(settings.passwordPolicy()));
    }

    @Bean
    Function<ConfirmSignUpRequest, MessageResponse> confirmSignUp(IdentityProvider identity) {
        return new ConfirmSignUp(identity);
    }

    @Bean
    Function<UsernameRequest, CodeSentResponse> resendConfirmationCode(IdentityProvider identity) {
        return new ResendConfirmationCode(identity);
    }

    @Bean
    Function<SignInRequest, SignInResult> signIn(IdentityProvider identity, AuthgateSettings settings) {
        return new SignIn(identity, settings.mode());
    }

    @Bean
    Function<AnswerChallengeRequest, SignInResult> answerChallenge(IdentityProvider identity) {
        return new AnswerChallenge(identity);
    }

    @Bean
    Function<RefreshTokenRequest, TokenResponse> refreshToken(IdentityProvider identity) {
        return new RefreshToken(identity);
    }

    @Bean
    Function<RevokeTokenRequest, MessageResponse> revokeToken(IdentityProvider identity, AccessTokenVerifier verifier) {
        return new RevokeToken(identity, verifier);
    }

    @Bean
    Function<VerifiedAccessToken, MessageResponse> signOut(IdentityProvider identity) {
        return new SignOut(identity);
    }

    @Bean
    Function<UsernameRequest, CodeSentResponse> forgotPassword(IdentityProvider identity) {
        return new ForgotPassword(identity);
    }

    @Bean
    Function<ConfirmForgotPasswordRequest, MessageResponse> confirmForgotPassword(IdentityProvider identity) {
        return new ConfirmForgotPassword(identity);
    }

    @Bean
    Function<Authenticated<ChangePasswordRequest>, MessageResponse> changePassword(IdentityProvider identity) {
        return new ChangePassword(identity);
    }

    @Bean
    Function<VerifiedAccessToken, UserResponse> getUser(IdentityProvider identity, AuthgateSettings settings) {
        return new GetUser(identity, settings.mode());
    }

    @Bean
    Function<VerifiedAccessToken, MessageResponse> deleteUser(IdentityProvider identity) {
        return new DeleteUser(identity);
    }

    /** The application's hooks, in the order their beans are declared; their own order field sorts them further. */
    @Bean
    OperationHooks operationHooks(ObjectProvider<OperationHook> hooks) {
        return new OperationHooks(hooks.stream().toList(), HOOK_TIMEOUT);
    }

    @Bean
    OperationDispatcher operationDispatcher(OperationCatalogue catalogue, FunctionCatalog functions,
            AccessTokenVerifier verifier, OperationHooks hooks, JsonCodec json, AuthgateSettings settings) {
        Predicate<ContractOperation> served = operation -> settings.surfaces().contains(operation.surface())
                && operation.existsIn(settings.mode().contractName());
        return new OperationDispatcher(catalogue, served, new OperationFunctions(functions), new BearerAuthentication(verifier),
                hooks, json, settings.http());
    }

    @Bean(ApiHandler.FUNCTION)
    Function<Message<byte[]>, APIGatewayV2HTTPResponse> apiGateway(OperationDispatcher dispatcher, JsonCodec json) {
        return new ApiGatewayFunction(dispatcher, json);
    }

    /** The local web app: only when Authgate runs as a servlet application, never on Lambda. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class LocalWeb {

        /** Lambda's Invoke API for the pool's triggers, for the local run's emulator ({@code authgate.local.triggers=true}). */
        @Bean
        @ConditionalOnProperty("authgate.local.triggers")
        ServletRegistrationBean<LocalTriggerServlet> authgateLocalTriggers(FunctionCatalog functions,
                org.springframework.cloud.function.json.JsonMapper json) {
            return new ServletRegistrationBean<>(new LocalTriggerServlet(functions, json), "/2015-03-31/functions/*");
        }

        /** Mapped to every path, so that it, not Spring MVC's dispatcher, answers every request. */
        @Bean
        ServletRegistrationBean<LocalWebServlet> authgateServlet(OperationDispatcher dispatcher) {
            return new ServletRegistrationBean<>(new LocalWebServlet(dispatcher), "/*");
        }
    }
}
