package dev.authgate.trigger;

import java.time.Clock;
import java.time.Duration;

import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

import dev.authgate.config.BeanRegistrations;
import dev.authgate.identity.CognitoIdentityProvider;
import dev.authgate.lambda.TriggerHandler;
import dev.authgate.role.RolePolicy;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.CognitoSettings;

/**
 * The Cognito triggers, as beans named for {@link TriggerRouting}, and the one function the trigger Lambda
 * runs, which routes each event to them. Against an emulator ({@code authgate.cognito.endpoint} set), SMS go to
 * its outbox; on AWS, through SNS.
 */
public final class TriggerBeans {

    private TriggerBeans() {
    }

    public static void register(BeanRegistrations beans) {
        beans.lazy("signInCodes", SignInCodes.class, SignInCodes::new);
        beans.lazy("preSignUp", PreSignUpTrigger.class, () -> {
            AuthgateSettings settings = beans.get(AuthgateSettings.class);
            return new PreSignUpTrigger(new RolePolicy(settings.roles(), settings.requireRole()));
        });
        beans.lazy("defineAuthChallenge", DefineAuthChallengeTrigger.class,
                () -> new DefineAuthChallengeTrigger(beans.get(AuthgateSettings.class).sms().maxAttempts()));
        beans.lazy("createAuthChallenge", CreateAuthChallengeTrigger.class, () -> createAuthChallenge(beans));
        beans.lazy("verifyAuthChallengeResponse", VerifyAuthChallengeTrigger.class,
                () -> new VerifyAuthChallengeTrigger(beans.get(SignInCodes.class)));
        beans.lazy("triggerRouting", TriggerRouting.class,
                () -> new TriggerRouting(name -> beans.factory().getBean(name, CognitoTrigger.class)));
        beans.lambdaFunction(TriggerHandler.FUNCTION, BeanRegistrations.functionType(
                ResolvableType.forClassWithGenerics(Message.class, byte[].class), byte[].class), "triggerRouting");
    }

    private static CreateAuthChallengeTrigger createAuthChallenge(BeanRegistrations beans) {
        AuthgateSettings settings = beans.get(AuthgateSettings.class);
        CognitoSettings cognito = settings.cognito();
        SmsSender sms = cognito.endpoint() != null
                ? new OutboxSmsSender(cognito.endpoint())
                : new SnsSmsSender(SnsClient.builder().region(Region.of(cognito.region()))
                        .httpClient(UrlConnectionHttpClient.create()).build());
        SmsQuota quota = new CognitoSmsQuota(CognitoIdentityProvider.builderFor(cognito).httpClient(UrlConnectionHttpClient.create()).build(),
                settings.sms().maxCodes(), Duration.ofMinutes(settings.sms().windowMinutes()), beans.get(Clock.class));
        return new CreateAuthChallengeTrigger(beans.get(SignInCodes.class), sms, quota);
    }
}
