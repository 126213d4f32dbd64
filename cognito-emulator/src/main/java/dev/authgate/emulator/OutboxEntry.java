package dev.authgate.emulator;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A message the emulated pool would have delivered: the code (or temporary password) and where it
 * would have gone. {@code to} is the real, unmasked address so that a developer or a test can act
 * on it.
 *
 * @param to the email address or phone number
 * @param channel {@code EMAIL} or {@code SMS}
 * @param purpose why it was sent: {@code SIGN_UP}, {@code RESEND}, {@code FORGOT_PASSWORD},
 *     {@code ATTRIBUTE_VERIFICATION} or {@code INVITATION}
 * @param code what the message carries
 * @param at when it was sent, as an ISO-8601 instant
 * @param link the confirmation link an email carries instead of asking for the code (pools that confirm sign-ups
 *     by link); the emulator serves it. Absent from every other message.
 */
public record OutboxEntry(String to, String channel, String purpose, String code, String at,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String link) {

    /** A message that carries its code (or temporary password) and no link. */
    public OutboxEntry(String to, String channel, String purpose, String code, String at) {
        this(to, channel, purpose, code, at, null);
    }
}
