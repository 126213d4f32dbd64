package dev.authgate.trigger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/**
 * The SMS quota kept in the pool itself: the times of the user's recent codes live in the custom attribute
 * {@code custom:sms_sent}, which only the trigger (an administrator of the pool) writes; the app client cannot.
 * Two sign-ins of one user at the same instant on two Lambda instances could each see one code fewer than
 * were sent; Cognito has no conditional update to close that window.
 */
public final class CognitoSmsQuota implements SmsQuota {

    static final String ATTRIBUTE = "custom:sms_sent";

    private final CognitoIdentityProviderClient cognito;
    private final int maxCodes;
    private final Duration window;
    private final Clock clock;

    public CognitoSmsQuota(CognitoIdentityProviderClient cognito, int maxCodes, Duration window, Clock clock) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.maxCodes = maxCodes;
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean tryAcquire(String userPoolId, String username) {
        Instant now = clock.instant();
        List<Long> recent = new ArrayList<>(cognito.adminGetUser(request -> request.userPoolId(userPoolId).username(username))
                .userAttributes().stream()
                .filter(attribute -> attribute.name().equals(ATTRIBUTE))
                .flatMap(attribute -> Arrays.stream(attribute.value().split(",")))
                .filter(value -> value.matches("\\d+"))
                .map(Long::parseLong)
                .filter(sent -> sent > now.minus(window).getEpochSecond())
                .toList());
        if (recent.size() >= maxCodes) {
            return false;
        }
        recent.add(now.getEpochSecond());
        String value = recent.stream().map(String::valueOf).collect(Collectors.joining(","));
        cognito.adminUpdateUserAttributes(request -> request.userPoolId(userPoolId).username(username)
                .userAttributes(AttributeType.builder().name(ATTRIBUTE).value(value).build()));
        return true;
    }
}
