package dev.authgate.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import dev.authgate.aws.AwsBeans;
import dev.authgate.beans.BeanRegistrations;
import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.docs.DocsPage;
import dev.authgate.gateway.CognitoGatewaySurface;
import dev.authgate.hook.OperationHook;
import dev.authgate.hook.OperationHooks;
import dev.authgate.http.BearerAuthentication;
import dev.authgate.http.JsonCodec;
import dev.authgate.http.OperationDispatcher;
import dev.authgate.http.OperationFunctions;
import dev.authgate.http.Page;
import dev.authgate.identity.AccessTokenVerifier;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.lambda.ApiGatewayConversion;
import dev.authgate.lambda.ApiGatewayFunction;
import dev.authgate.lambda.ApiHandler;
import dev.authgate.operation.AnswerChallenge;
import dev.authgate.operation.ChangePassword;
import dev.authgate.operation.ConfirmForgotPassword;
import dev.authgate.operation.ConfirmSignUp;
import dev.authgate.operation.DeleteUser;
import dev.authgate.operation.ForgotPassword;
import dev.authgate.operation.GetUser;
import dev.authgate.operation.Passwords;
import dev.authgate.operation.RefreshToken;
import dev.authgate.operation.ResendConfirmationCode;
import dev.authgate.operation.ResendUserAttributeCode;
import dev.authgate.operation.RevokeToken;
import dev.authgate.operation.SignIn;
import dev.authgate.operation.SignOut;
import dev.authgate.operation.SignUp;
import dev.authgate.operation.SetMfaPreference;
import dev.authgate.operation.SetUpTotp;
import dev.authgate.operation.UpdateUser;
import dev.authgate.operation.VerifyTotp;
import dev.authgate.operation.VerifyUserAttribute;
import dev.authgate.role.RolePolicy;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.SettingsBinder;
import dev.authgate.snapstart.SnapStartBeans;
import dev.authgate.trigger.TriggerBeans;

/**
 * Every bean of Authgate, one registration each: the Lambda start class registers them on a bare context, the
 * auto-configuration on an application's own. Each operation bean is named after its operationId in the contract,
 * which is how the dispatcher finds it. Settings, clock and identity provider that the application defines take
 * the place of Authgate's.
 */
public final class AuthgateBeans {

    /** How long an asynchronous hook may take before the request fails. */
    static final Duration HOOK_TIMEOUT = Duration.ofSeconds(10);

    private AuthgateBeans() {
    }

    public static void register(BeanRegistrations beans) {
        settings(beans);
        AwsBeans.register(beans);
        api(beans);
        CognitoGatewaySurface.register(beans);
        TriggerBeans.register(beans);
        SnapStartBeans.register(beans);
    }

    /**
     * The {@code authgate.*} settings, made at start even though the rest are made when first needed: a bad value
     * stops start-up with a message naming the property.
     */
    private static void settings(BeanRegistrations beans) {
        if (!beans.defines(AuthgateSettings.class)) {
            beans.eager("authgateSettings", AuthgateSettings.class, () -> SettingsBinder.fromEnvironment(beans.get(Environment.class)));
        }
        if (!beans.defines(Clock.class)) {
            beans.lazy("clock", Clock.class, Clock::systemUTC);
        }
    }

    private static void api(BeanRegistrations beans) {
        beans.lazy("operationCatalogue", OperationCatalogue.class, OperationCatalogue::load);
        beans.lazy("authgateJsonCodec", JsonCodec.class, JsonCodec::new);
        beans.lazy("accessTokenVerifier", AccessTokenVerifier.class,
                () -> AccessTokenVerifier.create(beans.get(AuthgateSettings.class).cognito()));

        operation(beans, "signUp", SignUp.class, () -> {
            AuthgateSettings settings = beans.get(AuthgateSettings.class);
            return new SignUp(beans.get(IdentityProvider.class), settings.mode(), RolePolicy.of(settings),
                    new Passwords(settings.passwordPolicy()));
        });
        operation(beans, "confirmSignUp", ConfirmSignUp.class, () -> new ConfirmSignUp(beans.get(IdentityProvider.class)));
        operation(beans, "resendConfirmationCode", ResendConfirmationCode.class,
                () -> new ResendConfirmationCode(beans.get(IdentityProvider.class)));
        operation(beans, "signIn", SignIn.class, () -> new SignIn(beans.get(IdentityProvider.class), beans.get(AuthgateSettings.class).mode()));
        operation(beans, "answerChallenge", AnswerChallenge.class, () -> new AnswerChallenge(beans.get(IdentityProvider.class)));
        operation(beans, "refreshToken", RefreshToken.class, () -> new RefreshToken(beans.get(IdentityProvider.class)));
        operation(beans, "revokeToken", RevokeToken.class, () -> new RevokeToken(beans.get(IdentityProvider.class), beans.get(AccessTokenVerifier.class)));
        operation(beans, "signOut", SignOut.class, () -> new SignOut(beans.get(IdentityProvider.class)));
        operation(beans, "forgotPassword", ForgotPassword.class, () -> new ForgotPassword(beans.get(IdentityProvider.class)));
        operation(beans, "confirmForgotPassword", ConfirmForgotPassword.class,
                () -> new ConfirmForgotPassword(beans.get(IdentityProvider.class)));
        operation(beans, "changePassword", ChangePassword.class, () -> new ChangePassword(beans.get(IdentityProvider.class)));
        operation(beans, "getUser", GetUser.class, () -> new GetUser(beans.get(IdentityProvider.class), beans.get(AuthgateSettings.class).mode()));
        operation(beans, "deleteUser", DeleteUser.class, () -> new DeleteUser(beans.get(IdentityProvider.class)));
        operation(beans, "updateUser", UpdateUser.class, () -> new UpdateUser(beans.get(IdentityProvider.class)));
        operation(beans, "verifyUserAttribute", VerifyUserAttribute.class, () -> new VerifyUserAttribute(beans.get(IdentityProvider.class)));
        operation(beans, "resendUserAttributeCode", ResendUserAttributeCode.class,
                () -> new ResendUserAttributeCode(beans.get(IdentityProvider.class)));
        operation(beans, "setUpTotp", SetUpTotp.class, () -> new SetUpTotp(beans.get(IdentityProvider.class),
                beans.get(AuthgateSettings.class).deployment().stackName()));
        operation(beans, "verifyTotp", VerifyTotp.class, () -> new VerifyTotp(beans.get(IdentityProvider.class)));
        operation(beans, "setMfaPreference", SetMfaPreference.class, () -> new SetMfaPreference(beans.get(IdentityProvider.class)));

        // The application's hooks, in the order their beans are declared; their own order field sorts them further.
        // Made at start, so that a hook naming an operation that does not exist stops start-up.
        beans.eager("operationHooks", OperationHooks.class, () -> new OperationHooks(
                beans.factory().getBeanProvider(OperationHook.class).stream().toList(),
                beans.get(OperationCatalogue.class), HOOK_TIMEOUT));
        beans.lazy("operationDispatcher", OperationDispatcher.class, () -> {
            AuthgateSettings settings = beans.get(AuthgateSettings.class);
            Predicate<ContractOperation> served = operation -> settings.surfaces().contains(operation.surface())
                    && operation.existsIn(settings.mode().contractName());
            Optional<Page> docs = settings.http().docs()
                    ? Optional.of(new DocsPage(beans.get(OperationCatalogue.class), served, beans.get(JsonCodec.class)))
                    : Optional.empty();
            return new OperationDispatcher(beans.get(OperationCatalogue.class), served,
                    new OperationFunctions(beans.factory()), new BearerAuthentication(beans.get(AccessTokenVerifier.class)),
                    beans.get(OperationHooks.class), beans.get(JsonCodec.class), settings.http(),
                    settings.gateway().errorFormat(), docs);
        });
        beans.lazy(ApiGatewayFunction.BEAN, ApiGatewayFunction.class,
                () -> new ApiGatewayFunction(beans.get(OperationDispatcher.class), beans.get(JsonCodec.class)));
        beans.lambdaFunction(ApiHandler.FUNCTION, BeanRegistrations.functionType(
                ResolvableType.forClassWithGenerics(Message.class, byte[].class),
                ResolvableType.forClassWithGenerics(Message.class, APIGatewayV2HTTPResponse.class)), ApiGatewayFunction.BEAN);
        beans.eager("apiGatewayConversion", ApiGatewayConversion.class, () -> new ApiGatewayConversion(beans.factory()));
    }

    private static <F extends Function<?, ?>> void operation(BeanRegistrations beans, String operationId,
            Class<F> type, Supplier<F> operation) {
        beans.function(operationId, ResolvableType.forClass(type), operation);
    }
}
