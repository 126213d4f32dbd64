package dev.authgate.trigger;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

import dev.authgate.trigger.TriggerEvent.ChallengeRound;

/**
 * CreateAuthChallenge of the Passwordless sign-in: a fresh six-digit code sent by SMS for a new sign-in, within
 * the per-number limit; a retry within the same sign-in reuses the code and sends nothing. The code goes only to
 * a verified number: a number changed with a stolen access token is unverified until its owner enters the code
 * Cognito sends it, so it never receives sign-in codes. The code itself is never stored: the challenge carries
 * only its salted hash.
 */
public final class CreateAuthChallengeTrigger extends CognitoTrigger {

    static final String METADATA_PREFIX = "CODE:";

    private final SignInCodes codes;
    private final SmsSender sms;
    private final SmsQuota quota;

    public CreateAuthChallengeTrigger(SignInCodes codes, SmsSender sms, SmsQuota quota) {
        this.codes = Objects.requireNonNull(codes, "codes");
        this.sms = Objects.requireNonNull(sms, "sms");
        this.quota = Objects.requireNonNull(quota, "quota");
    }

    @Override
    protected void respond(TriggerEvent event, ObjectNode response) {
        String codeHash = previousCode(event.session()).orElseGet(() -> sendNewCode(event));
        response.put("challengeMetadata", METADATA_PREFIX + codeHash);
        response.putObject("privateChallengeParameters").put("codeHash", codeHash);
        response.putObject("publicChallengeParameters").put("destination", masked(number(event)));
    }

    /** The number the code is for: the user's, or for a name that matched no user the name as given. */
    private static String number(TriggerEvent event) {
        return event.userNotFound() ? event.userName() : event.userAttribute("phone_number").orElse(event.userName());
    }

    private static Optional<String> previousCode(List<ChallengeRound> rounds) {
        return rounds.stream()
                .map(ChallengeRound::challengeMetadata)
                .filter(metadata -> metadata.startsWith(METADATA_PREFIX))
                .reduce((first, last) -> last)
                .map(metadata -> metadata.substring(METADATA_PREFIX.length()));
    }

    private String sendNewCode(TriggerEvent event) {
        String code = codes.newCode();
        String number = number(event);
        // Every sign-in is counted and answered alike, known number or not, so that neither the answer nor the
        // limit tells who has an account; only a user's verified number is sent the code.
        if (!quota.tryAcquire(event.userPoolId(), number)) {
            throw new TriggerRejection("LimitExceededException",
                    "Too many sign-in codes were sent to this phone number; try again later.");
        }
        if (!event.userNotFound() && event.userAttribute("phone_number").isPresent()
                && event.userAttribute("phone_number_verified").filter("true"::equals).isPresent()) {
            sms.send(number, code);
        }
        return codes.hash(code);
    }

    private static String masked(String phone) {
        return phone.length() <= 4 ? "****" : "+" + "*".repeat(phone.length() - 5) + phone.substring(phone.length() - 4);
    }
}
