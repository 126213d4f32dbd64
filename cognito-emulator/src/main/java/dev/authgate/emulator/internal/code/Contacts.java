package dev.authgate.emulator.internal.code;

import dev.authgate.emulator.internal.state.PoolSettings;
import dev.authgate.emulator.internal.state.User;
import java.util.List;
import java.util.Optional;

/** Which of a user's contacts receives which kind of message. */
public final class Contacts {
    private Contacts() {
    }

    /**
     * The contact a sign-up code goes to: one the pool verifies automatically. When a pool verifies
     * both, Cognito verifies the phone number only.
     */
    public static Optional<Contact> forVerification(PoolSettings settings, User user) {
        List<String> verified = settings.autoVerifiedAttributes();
        for (String attribute : List.of("phone_number", "email")) {
            if (verified.contains(attribute) && user.attribute(attribute).isPresent()) {
                return Optional.of(new Contact(attribute, user.attribute(attribute).get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The contact a password-reset code goes to: a verified one, in the order of the pool's recovery
     * mechanisms, or (without that setting) a verified phone number before a verified email.
     */
    public static Optional<Contact> forRecovery(PoolSettings settings, User user) {
        List<String> order = settings.recoveryMechanisms().isEmpty()
                ? List.of("phone_number", "email")
                : settings.recoveryMechanisms().stream().map(mechanism -> mechanism.replace("verified_", "")).toList();
        for (String attribute : order) {
            if (user.isVerified(attribute) && user.attribute(attribute).isPresent()) {
                return Optional.of(new Contact(attribute, user.attribute(attribute).get()));
            }
        }
        return Optional.empty();
    }

    /** Any contact at all, for an invitation: the requested mediums first. */
    public static Optional<Contact> forInvitation(List<String> desiredMediums, User user) {
        for (String medium : desiredMediums) {
            String attribute = medium.equals("EMAIL") ? "email" : "phone_number";
            if (user.attribute(attribute).isPresent()) {
                return Optional.of(new Contact(attribute, user.attribute(attribute).get()));
            }
        }
        return Optional.empty();
    }

    /**
     * A believable destination for someone who has no account, for clients that hide whether users
     * exist: the response must look like the one a real user would get.
     */
    public static Contact simulated(String username) {
        if (username.startsWith("+")) {
            return new Contact("phone_number", username);
        }
        return new Contact("email", username.contains("@") ? username : username + "@example.com");
    }
}
