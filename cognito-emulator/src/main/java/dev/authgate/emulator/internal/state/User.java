package dev.authgate.emulator.internal.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A user of a pool. Mutable on purpose: it is only touched by actions, which run under the store's
 * lock. The password is held as a PBKDF2 hash, never as given.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class User {
    private String username;
    private String sub;
    private UserStatus status;
    private boolean enabled = true;
    private String passwordHash;
    private Instant temporaryPasswordExpiresAt;
    private Map<String, String> attributes = new LinkedHashMap<>();
    private Set<String> groups = new LinkedHashSet<>();
    private Instant created;
    private Instant lastModified;
    private PendingCode confirmationCode;
    private PendingCode passwordResetCode;
    private Map<String, String> unverifiedContacts = new LinkedHashMap<>();
    private Map<String, PendingCode> attributeCodes = new LinkedHashMap<>();
    private UserMfa mfa = new UserMfa();

    private User() {
        // for Jackson
    }

    public User(String username, String sub, Map<String, String> attributes, Instant now) {
        this.username = username;
        this.sub = sub;
        this.attributes.put("sub", sub);
        attributes.forEach((name, value) -> {
            if (!name.equals("sub")) {
                this.attributes.put(name, value);
            }
        });
        this.status = UserStatus.UNCONFIRMED;
        this.created = now;
        this.lastModified = now;
    }

    public String username() {
        return username;
    }

    public String sub() {
        return sub;
    }

    public UserStatus status() {
        return status;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant created() {
        return created;
    }

    public Instant lastModified() {
        return lastModified;
    }

    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public boolean isVerified(String contactAttribute) {
        return "true".equals(attributes.get(contactAttribute + "_verified"));
    }

    public void putAttributes(Map<String, String> values, Instant now) {
        values.forEach((name, value) -> {
            if (!name.equals("sub")) {
                attributes.put(name, value);
            }
        });
        lastModified = now;
    }

    /** Removes attributes, and with an email or phone number its verification flag; the sub stays. */
    public void removeAttributes(Collection<String> names, Instant now) {
        for (String name : names) {
            if (!name.equals("sub")) {
                attributes.remove(name);
                if (name.equals("email") || name.equals("phone_number")) {
                    attributes.remove(name + "_verified");
                }
            }
        }
        lastModified = now;
    }

    public void markVerified(String contactAttribute, Instant now) {
        attributes.put(contactAttribute + "_verified", "true");
        lastModified = now;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /** A password the user chose: it does not expire and leaves any forced change behind. */
    public void setPassword(String hash, Instant now) {
        passwordHash = hash;
        temporaryPasswordExpiresAt = null;
        if (status == UserStatus.FORCE_CHANGE_PASSWORD) {
            status = UserStatus.CONFIRMED;
        }
        lastModified = now;
    }

    /** An administrator's password: the user must replace it at first sign-in, before it expires. */
    public void setTemporaryPassword(String hash, Instant expiresAt, Instant now) {
        passwordHash = hash;
        temporaryPasswordExpiresAt = expiresAt;
        status = UserStatus.FORCE_CHANGE_PASSWORD;
        lastModified = now;
    }

    public boolean temporaryPasswordExpired(Instant now) {
        return temporaryPasswordExpiresAt != null && !now.isBefore(temporaryPasswordExpiresAt);
    }

    public void confirm(Instant now) {
        status = UserStatus.CONFIRMED;
        confirmationCode = null;
        lastModified = now;
    }

    public Optional<PendingCode> confirmationCode() {
        return Optional.ofNullable(confirmationCode);
    }

    public void setConfirmationCode(PendingCode code) {
        confirmationCode = code;
    }

    public Optional<PendingCode> passwordResetCode() {
        return Optional.ofNullable(passwordResetCode);
    }

    public void setPasswordResetCode(PendingCode code) {
        passwordResetCode = code;
    }

    /**
     * A new email or phone number waiting for its code, while the current one stays in force (pools that verify
     * before an update).
     */
    public Optional<String> unverifiedContact(String contactAttribute) {
        return Optional.ofNullable(unverifiedContacts.get(contactAttribute));
    }

    public void setUnverifiedContact(String contactAttribute, String value, Instant now) {
        unverifiedContacts.put(contactAttribute, value);
        lastModified = now;
    }

    /** Forgets a change waiting for its code, as a direct write of the attribute does. */
    public void dropUnverifiedContact(String contactAttribute) {
        unverifiedContacts.remove(contactAttribute);
        attributeCodes.remove(contactAttribute);
    }

    /** The email or phone number a code for this attribute goes to: the one waiting to be verified, else the current one. */
    public Optional<String> contactToVerify(String contactAttribute) {
        return unverifiedContact(contactAttribute).or(() -> attribute(contactAttribute));
    }

    public Optional<PendingCode> attributeCode(String contactAttribute) {
        return Optional.ofNullable(attributeCodes.get(contactAttribute));
    }

    public void setAttributeCode(String contactAttribute, PendingCode code) {
        attributeCodes.put(contactAttribute, code);
    }

    /** The verified contact takes the place of the current one (if a change was waiting) and is marked verified. */
    public void verifyContact(String contactAttribute, Instant now) {
        String value = unverifiedContacts.remove(contactAttribute);
        if (value != null) {
            attributes.put(contactAttribute, value);
        }
        attributeCodes.remove(contactAttribute);
        markVerified(contactAttribute, now);
    }

    public Set<String> groups() {
        return Collections.unmodifiableSet(groups);
    }

    public void joinGroup(String groupName, Instant now) {
        groups.add(groupName);
        lastModified = now;
    }

    public void leaveGroup(String groupName, Instant now) {
        groups.remove(groupName);
        lastModified = now;
    }

    /**
     * The user's second factors. A state file without them (one from before MFA) gets the field's initializer, but one
     * saying {@code "mfa": null} sets the field to null.
     */
    public UserMfa mfa() {
        if (mfa == null) {
            mfa = new UserMfa();
        }
        return mfa;
    }
}
