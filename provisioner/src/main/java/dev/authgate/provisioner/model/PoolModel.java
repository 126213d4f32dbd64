package dev.authgate.provisioner.model;

import java.util.ArrayList;
import java.util.List;

import dev.authgate.settings.AuthgateSettings;

/** What the user pool needs from the settings, the same on the emulator and on AWS. */
public final class PoolModel {

    /**
     * The pool's custom attributes, neither writable by the app client: the user's role, and {@code sms_sent}, where
     * the trigger once kept the times of the recent sign-in codes. The stack's DynamoDB table counts them now; the
     * attribute stays because Cognito cannot remove a custom attribute, so a template without it would fail to
     * update every pool made before.
     */
    public static final List<String> CUSTOM_ATTRIBUTES = List.of("role", "sms_sent");

    /**
     * The email and phone number: a change to either keeps the old value in force until the user verifies the new
     * one with the code sent to it, so no one can switch an account to an address they do not hold. Cognito only
     * verifies before an update what it verifies at all, so these are also the pool's auto-verified attributes.
     */
    public static final List<String> VERIFIED_CONTACTS = List.of("email", "phone_number");

    /** The Cognito triggers the pool invokes. */
    public enum Trigger {
        PRE_SIGN_UP, DEFINE_AUTH_CHALLENGE, CREATE_AUTH_CHALLENGE, VERIFY_AUTH_CHALLENGE_RESPONSE
    }

    private PoolModel() {
    }

    /** PreSignUp when there are role rules to enforce; the three custom-auth triggers in Passwordless mode. */
    public static List<Trigger> triggers(AuthgateSettings settings) {
        List<Trigger> triggers = new ArrayList<>();
        if (!settings.roles().isEmpty()) {
            triggers.add(Trigger.PRE_SIGN_UP);
        }
        if (settings.mode().signsInWithSmsCode()) {
            triggers.addAll(List.of(Trigger.DEFINE_AUTH_CHALLENGE, Trigger.CREATE_AUTH_CHALLENGE, Trigger.VERIFY_AUTH_CHALLENGE_RESPONSE));
        }
        return triggers;
    }
}
