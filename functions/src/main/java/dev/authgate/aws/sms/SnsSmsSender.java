package dev.authgate.aws.sms;

import java.util.Map;
import java.util.Objects;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

import dev.authgate.settings.CognitoSettings;
import dev.authgate.trigger.SmsSender;

/** The SMS sender on AWS: a transactional SMS through Amazon SNS. */
public final class SnsSmsSender implements SmsSender {

    private final SnsClient sns;

    SnsSmsSender(SnsClient sns) {
        this.sns = Objects.requireNonNull(sns, "sns");
    }

    /** Sends through SNS in the user pool's region, with the function's own credentials. */
    public static SnsSmsSender create(CognitoSettings cognito) {
        return new SnsSmsSender(SnsClient.builder().region(Region.of(cognito.region()))
                .httpClient(UrlConnectionHttpClient.create()).build());
    }

    @Override
    public void send(String phoneNumber, String code) {
        sns.publish(PublishRequest.builder()
                .phoneNumber(phoneNumber)
                .message("Your sign-in code is " + code + ". It expires in a few minutes; do not share it.")
                .messageAttributes(Map.of("AWS.SNS.SMS.SMSType",
                        MessageAttributeValue.builder().dataType("String").stringValue("Transactional").build()))
                .build());
    }
}
