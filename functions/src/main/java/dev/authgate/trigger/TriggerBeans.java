package dev.authgate.trigger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;

import dev.authgate.beans.BeanRegistrations;
import dev.authgate.lambda.TriggerHandler;
import dev.authgate.role.RolePolicy;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.CognitoSettings;
import dev.authgate.settings.SmsSettings;

/**
 * The Cognito triggers, as beans named for {@link TriggerRouting}, and the one function the trigger Lambda
 * runs, which routes each event to them. On AWS, sign-in codes go through the {@link SmsSender} and
 * {@link SmsQuota} beans, the AWS adapters (SNS, and the stack's DynamoDB table {@code authgate.sms.quota-table});
 * in the local run ({@code authgate.local.sms=true}, which only the local run sets) they go to the emulator's outbox
 * and are counted in this process.
 */
public final class TriggerBeans {

    /** The local run's flag: sign-in codes go to the emulator's outbox and are counted in this process. */
    public static final String LOCAL_SMS = "authgate.local.sms";

    private TriggerBeans() {
    }

    public static void register(BeanRegistrations beans) {
        beans.lazy("signInCodes", SignInCodes.class, () -> signInCodes(beans));
        beans.lazy("preSignUp", PreSignUpTrigger.class, () -> new PreSignUpTrigger(RolePolicy.of(beans.get(AuthgateSettings.class))));
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

    /** Under the stack's key on AWS, where any instance may check a code another made; locally, under a key of the process. */
    private static SignInCodes signInCodes(BeanRegistrations beans) {
        String key = beans.get(AuthgateSettings.class).sms().codeKey();
        if (key != null) {
            return new SignInCodes(key.getBytes(StandardCharsets.UTF_8));
        }
        if (localSms(beans)) {
            return SignInCodes.withProcessKey();
        }
        throw new IllegalStateException("authgate.sms.code-key is not set: the secret the sign-in codes are hashed with");
    }

    private static boolean localSms(BeanRegistrations beans) {
        return beans.get(Environment.class).getProperty(LOCAL_SMS, Boolean.class, false);
    }

    private static CreateAuthChallengeTrigger createAuthChallenge(BeanRegistrations beans) {
        AuthgateSettings settings = beans.get(AuthgateSettings.class);
        CognitoSettings cognito = settings.cognito();
        SmsSettings limits = settings.sms();
        if (localSms(beans)) {
            if (cognito.endpoint() == null) {
                throw new IllegalStateException(LOCAL_SMS + " needs authgate.cognito.endpoint: the emulator whose outbox gets the codes");
            }
            return new CreateAuthChallengeTrigger(beans.get(SignInCodes.class), new OutboxSmsSender(cognito.endpoint()),
                    new LocalSmsQuota(limits.maxCodes(), Duration.ofMinutes(limits.windowMinutes()), beans.get(Clock.class)));
        }
        return new CreateAuthChallengeTrigger(beans.get(SignInCodes.class), beans.get(SmsSender.class), beans.get(SmsQuota.class));
    }
}
