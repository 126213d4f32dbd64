package dev.authgate.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.authgate.AuthgateApplication;
import dev.authgate.aws.sms.DynamoDbSmsQuota;
import dev.authgate.aws.sms.SnsSmsSender;
import dev.authgate.trigger.CreateAuthChallengeTrigger;

/** On AWS, the sign-in trigger sends its codes and counts them through the AWS adapters, which the settings build. */
class AwsBeansTest {

    private static final String CODE_KEY = "--authgate.sms.code-key=a-key-of-sixteen-characters";

    /** As on AWS: not the local run, whose outbox and in-process count a test JVM may have switched on. */
    private static ConfigurableApplicationContext startOnAws(String... settings) {
        String[] arguments = new String[settings.length + 1];
        arguments[0] = "--authgate.local.sms=false";
        System.arraycopy(settings, 0, arguments, 1, settings.length);
        return new SpringApplicationBuilder(AuthgateApplication.class).web(WebApplicationType.NONE).run(arguments);
    }

    @Test
    void theSignInTriggerSendsThroughSnsAndCountsInTheStacksDynamoDbTable() {
        try (var context = startOnAws(CODE_KEY, "--authgate.sms.quota-table=authgate-sms-quota", "--authgate.cognito.region=eu-west-1")) {
            CreateAuthChallengeTrigger trigger = context.getBean(CreateAuthChallengeTrigger.class);

            assertThat(trigger).extracting("sms").isInstanceOf(SnsSmsSender.class);
            assertThat(trigger).extracting("quota").isInstanceOf(DynamoDbSmsQuota.class)
                    .extracting("table").isEqualTo("authgate-sms-quota");
        }
    }

    @Test
    void withoutAQuotaTableTheSignInTriggerFailsNamingTheSetting() {
        try (var context = startOnAws(CODE_KEY)) {
            assertThatThrownBy(() -> context.getBean(CreateAuthChallengeTrigger.class))
                    .hasStackTraceContaining("authgate.sms.quota-table is not set");
        }
    }
}
