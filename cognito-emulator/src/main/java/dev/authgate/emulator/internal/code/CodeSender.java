package dev.authgate.emulator.internal.code;

import dev.authgate.emulator.OutboxEntry;
import dev.authgate.emulator.internal.crypto.Secrets;
import dev.authgate.emulator.internal.state.PendingCode;
import dev.authgate.emulator.internal.state.PoolSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Delivers codes and invitations to the outbox; the user record keeps only a code's hash. */
public final class CodeSender {
    private final Outbox outbox;
    private final URI endpoint;

    /** @param endpoint the emulator's own address, which serves the confirmation links it sends */
    public CodeSender(Outbox outbox, URI endpoint) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /**
     * Sends a sign-up's confirmation: in a pool that confirms emails by link, an email carries a link to
     * {@code /confirmUser} (Cognito's hosted confirmation page) with the code in it; otherwise the code itself.
     */
    public PendingCode sendConfirmation(PoolSettings settings, Contact contact, String clientId, String username, String purpose,
                                        Duration validity, Instant now) {
        if (!settings.confirmsEmailByLink() || !contact.attribute().equals("email")) {
            return sendCode(contact, purpose, validity, now);
        }
        return send(contact, purpose, validity, now, code -> endpoint.resolve("/confirmUser") + "?client_id=" + encode(clientId)
                + "&user_name=" + encode(username) + "&confirmation_code=" + code);
    }

    /** Sends a new six-digit code; any code sent before for the same purpose is replaced by the caller. */
    public PendingCode sendCode(Contact contact, String purpose, Duration validity, Instant now) {
        return send(contact, purpose, validity, now, code -> null);
    }

    // The message carries the link made from its code, or no link when that gives null.
    private PendingCode send(Contact contact, String purpose, Duration validity, Instant now, UnaryOperator<String> link) {
        String code = newCode();
        outbox.append(new OutboxEntry(contact.value(), contact.channel(), purpose, code, now.toString(), link.apply(code)));
        return new PendingCode(Secrets.sha256(code), contact.attribute(), now.plus(validity), 0);
    }

    /** Sends a temporary password, as the invitation of an administrator-created user does. */
    public void sendInvitation(Contact contact, String temporaryPassword, Instant now) {
        outbox.append(new OutboxEntry(contact.value(), contact.channel(), "INVITATION", temporaryPassword, now.toString()));
    }

    private static String newCode() {
        return String.format("%06d", Secrets.random().nextInt(1_000_000));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
