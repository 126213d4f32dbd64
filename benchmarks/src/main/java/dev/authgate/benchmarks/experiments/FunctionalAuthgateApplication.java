package dev.authgate.benchmarks.experiments;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.hook.OperationHooks;
import dev.authgate.http.BearerAuthentication;
import dev.authgate.http.JsonCodec;
import dev.authgate.http.OperationDispatcher;
import dev.authgate.http.OperationFunctions;
import dev.authgate.identity.AccessTokenVerifier;
import dev.authgate.identity.CognitoIdentityProvider;
import dev.authgate.identity.IdentityProvider;
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
import dev.authgate.operation.RevokeToken;
import dev.authgate.operation.SignIn;
import dev.authgate.operation.SignOut;
import dev.authgate.operation.SignUp;
import dev.authgate.role.RolePolicy;
import dev.authgate.settings.AuthgateSettings;

/**
 * Lever prototype, not shipped: the API function's beans registered functionally. Spring Cloud Function's AWS
 * handler runs a start class that is an {@code ApplicationContextInitializer} with its
 * {@code FunctionalSpringApplication}: no auto-configuration, no configuration-class parsing, no CGLIB proxy of
 * its own AWS configuration, and its function catalog registered functionally too. Covers the primary surface
 * (the cognito-gateway adapters, the triggers and application hooks are left out of the prototype); beans stay
 * lazy as in the app. Run by the cold-start levers with {@code MAIN_CLASS} set to this class.
 */
public class FunctionalAuthgateApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    @Override
    public void initialize(GenericApplicationContext context) {
        context.registerBean(AuthgateSettings.class, () -> Binder.get(context.getEnvironment())
                .bind("authgate", AuthgateSettings.class).orElseGet(AuthgateSettings::defaults));
        Supplier<AuthgateSettings> settings = () -> context.getBean(AuthgateSettings.class);
        context.registerBean(OperationCatalogue.class, OperationCatalogue::load);
        context.registerBean(JsonCodec.class, JsonCodec::new);
        context.registerBean("identityProvider", CognitoIdentityProvider.class,
                () -> CognitoIdentityProvider.create(settings.get().cognito()), definition -> definition.setDestroyMethodName("close"));
        context.registerBean(AccessTokenVerifier.class, () -> AccessTokenVerifier.create(settings.get().cognito()));
        Supplier<IdentityProvider> identity = () -> context.getBean(IdentityProvider.class);
        Supplier<AccessTokenVerifier> verifier = () -> context.getBean(AccessTokenVerifier.class);

        function(context, "signUp", SignUp.class, () -> new SignUp(identity.get(), settings.get().mode(),
                new RolePolicy(settings.get().roles()), new Passwords(settings.get().passwordPolicy())));
        function(context, "confirmSignUp", ConfirmSignUp.class, () -> new ConfirmSignUp(identity.get()));
        function(context, "resendConfirmationCode", ResendConfirmationCode.class, () -> new ResendConfirmationCode(identity.get()));
        function(context, "signIn", SignIn.class, () -> new SignIn(identity.get(), settings.get().mode()));
        function(context, "answerChallenge", AnswerChallenge.class, () -> new AnswerChallenge(identity.get()));
        function(context, "refreshToken", RefreshToken.class, () -> new RefreshToken(identity.get()));
        function(context, "revokeToken", RevokeToken.class, () -> new RevokeToken(identity.get(), verifier.get()));
        function(context, "signOut", SignOut.class, () -> new SignOut(identity.get()));
        function(context, "forgotPassword", ForgotPassword.class, () -> new ForgotPassword(identity.get()));
        function(context, "confirmForgotPassword", ConfirmForgotPassword.class, () -> new ConfirmForgotPassword(identity.get()));
        function(context, "changePassword", ChangePassword.class, () -> new ChangePassword(identity.get()));
        function(context, "getUser", GetUser.class, () -> new GetUser(identity.get(), settings.get().mode()));
        function(context, "deleteUser", DeleteUser.class, () -> new DeleteUser(identity.get()));

        context.registerBean(OperationDispatcher.class, () -> {
            AuthgateSettings authgate = settings.get();
            return new OperationDispatcher(context.getBean(OperationCatalogue.class),
                    operation -> authgate.surfaces().contains(operation.surface())
                            && operation.existsIn(authgate.mode().contractName()),
                    new OperationFunctions(new LaterCatalog(context)), new BearerAuthentication(verifier.get()),
                    new OperationHooks(List.of(), Duration.ofSeconds(10)), context.getBean(JsonCodec.class), authgate.http());
        });
        function(context, ApiHandler.FUNCTION, ApiGatewayFunction.class,
                () -> new ApiGatewayFunction(context.getBean(OperationDispatcher.class), context.getBean(JsonCodec.class)));
    }

    /** The catalog, looked up when first asked: it is still being made when its registrations are. */
    private record LaterCatalog(GenericApplicationContext context) implements FunctionCatalog {

        @Override
        public <T> T lookup(Class<?> type, String functionDefinition, String... expectedOutputMimeTypes) {
            return context.getBean(FunctionCatalog.class).lookup(type, functionDefinition, expectedOutputMimeTypes);
        }

        @Override
        public Set<String> getNames(Class<?> type) {
            return context.getBean(FunctionCatalog.class).getNames(type);
        }
    }

    /** A function for Spring Cloud Function's functional catalog, which takes registrations, not plain beans. */
    private static <F extends Function<?, ?>> void function(GenericApplicationContext context, String name, Class<F> type,
            Supplier<F> function) {
        context.registerBean(name + "Registration", FunctionRegistration.class,
                () -> new FunctionRegistration<>(function.get(), name).type(type));
    }
}
