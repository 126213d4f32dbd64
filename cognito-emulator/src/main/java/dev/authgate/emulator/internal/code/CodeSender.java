package dev.authgate.emulator.internal.code;

import dev.authgate.emulator.OutboxEntry;
import dev.authgate.emulator.internal.crypto.Secrets;
import dev.authgate.emulator.internal.state.PendingCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Delivers codes and invitations to the outbox; the user record keeps only a code's hash. */
public final class CodeSender {
    private final Outbox outbox;

    public CodeSender(Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** Sends a new six-digit code; any code sent before for the same purpose is replaced by the caller. */
    public PendingCode sendCode(Contact contact, String purpose, Duration validity, Instant now) {
        String code = String.format("%06d", Secrets.random().nextInt(1_000_000));
        outbox.append(new OutboxEntry(contact.value(), contact.channel(), purpose, code, now.toString()));
        return new PendingCode(Secrets.sha256(code), contact.attribute(), now.plus(validity), 0);
    }

    /** Sends a temporary password, as the invitation of an administrator-created user does. */
    public void sendInvitation(Contact contact, String temporaryPassword, Instant now) {
        outbox.append(new OutboxEntry(contact.value(), contact.channel(), "INVITATION", temporaryPassword, now.toString()));
    }
}
