package dev.authgate.trigger;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

import dev.authgate.identity.CognitoIdentityProvider;
import dev.authgate.role.RolePolicy;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.CognitoSettings;

/**
 * The Cognito triggers, as beans named for the routing by {@code triggerSource}. Against an emulator
 * ({@code authgate.cognito.endpoint} set), SMS go to its outbox; on AWS, through SNS.
 */
@Configuration(proxyBeanMethods = false)
public class TriggerConfiguration {

    @Bean
    TriggerRouting triggerRouting() {
        return new TriggerRouting();
    }

    @Bean
    SignInCodes signInCodes() {
        return new SignInCodes();
    }

    @Bean
    PreSignUpTrigger preSignUp(AuthgateSettings settings) {
        return new PreSignUpTrigger(new RolePolicy(settings.roles()));
    }

    @Bean
    DefineAuthChallengeTrigger defineAuthChallenge(AuthgateSettings settings) {
        return new DefineAuthChallengeTrigger(settings.sms().maxAttempts());
    }

    @Bean
    CreateAuthChallengeTrigger createAuthChallenge(SignInCodes codes, AuthgateSettings settings, Clock clock) {
        CognitoSettings cognito = settings.cognito();
        SmsSender sms = cognito.endpoint() != null
                ? new OutboxSmsSender(cognito.endpoint())
                : new SnsSmsSender(SnsClient.builder().region(Region.of(cognito.region()))
                        .httpClient(UrlConnectionHttpClient.create()).build());
        SmsQuota quota = new CognitoSmsQuota(CognitoIdentityProvider.builderFor(cognito).httpClient(UrlConnectionHttpClient.create()).build(),
                settings.sms().maxCodes(), Duration.ofMinutes(settings.sms().windowMinutes()), clock);
        return new CreateAuthChallengeTrigger(codes, sms, quota);
    }

    @Bean
    VerifyAuthChallengeTrigger verifyAuthChallengeResponse(SignInCodes codes) {
        return new VerifyAuthChallengeTrigger(codes);
    }
}
