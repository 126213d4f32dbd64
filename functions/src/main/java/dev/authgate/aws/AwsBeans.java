package dev.authgate.aws;

import java.time.Clock;

import dev.authgate.aws.cognito.CognitoIdentityProvider;
import dev.authgate.aws.sms.DynamoDbSmsQuota;
import dev.authgate.aws.sms.SnsSmsSender;
import dev.authgate.beans.BeanRegistrations;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.settings.AuthgateSettings;

/**
 * The AWS adapters, registered as the ports they implement, each building its SDK clients from the settings when
 * first asked for: Cognito as the {@link IdentityProvider} of the operations (unless the application defines its
 * own), SNS and DynamoDB as the {@link dev.authgate.trigger.SmsSender} and {@link dev.authgate.trigger.SmsQuota}
 * of the sign-in trigger on AWS.
 */
public final class AwsBeans {

    private AwsBeans() {
    }

    public static void register(BeanRegistrations beans) {
        if (!beans.defines(IdentityProvider.class)) {
            beans.lazy("identityProvider", CognitoIdentityProvider.class,
                    () -> CognitoIdentityProvider.create(beans.get(AuthgateSettings.class).cognito()));
        }
        beans.lazy("snsSmsSender", SnsSmsSender.class, () -> SnsSmsSender.create(beans.get(AuthgateSettings.class).cognito()));
        beans.lazy("dynamoDbSmsQuota", DynamoDbSmsQuota.class, () -> {
            AuthgateSettings settings = beans.get(AuthgateSettings.class);
            return DynamoDbSmsQuota.create(settings.cognito(), settings.sms(), beans.get(Clock.class));
        });
    }
}
