package dev.authgate.trigger;

import java.util.Map;
import java.util.Objects;

import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/** The SMS sender on AWS: a transactional SMS through Amazon SNS. */
public final class SnsSmsSender implements SmsSender {

    private final SnsClient sns;

    public SnsSmsSender(SnsClient sns) {
        this.sns = Objects.requireNonNull(sns, "sns");
    }

    @Override
    public void send(String phoneNumber, String code) {
        sns.publish(request -> request
                .phoneNumber(phoneNumber)
                .message("Your sign-in code is " + code + ". It expires in a few minutes; do not share it.")
                .messageAttributes(Map.of("AWS.SNS.SMS.SMSType",
                        MessageAttributeValue.builder().dataType("String").stringValue("Transactional").build())));
    }
}
