package dev.authgate.emulator.internal.user;

import static dev.authgate.emulator.internal.error.CognitoError.USERNAME_EXISTS;

import dev.authgate.emulator.internal.state.PoolSettings;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The identity a new user gets. In a pool where users sign in with an email or phone number, the
 * requested name becomes that attribute and the username is a generated UUID (the user's
 * {@code sub}); otherwise the requested name is the username.
 */
public final class NewUser {
    private final String requested;
    private final String username;
    private final String sub;
    private final Optional<String> contactAttribute;

    private NewUser(String requested, String username, String sub, Optional<String> contactAttribute) {
        this.requested = requested;
        this.username = username;
        this.sub = sub;
        this.contactAttribute = contactAttribute;
    }

    /** Checks the requested name's format for the pool. */
    public static NewUser named(PoolSettings settings, String requested) {
        String sub = UUID.randomUUID().toString();
        if (settings.usesUsernameAttributes()) {
            return new NewUser(requested, sub, sub, Optional.of(Usernames.contactAttributeOf(settings, requested)));
        }
        Usernames.checkPlain(requested);
        return new NewUser(requested, requested, sub, Optional.empty());
    }

    /** Fails when the name is taken, as a username or, where it stands for one, as an email or phone number. */
    public void ensureAvailable(UserPool pool) {
        if (contactAttribute.isPresent()) {
            String attribute = contactAttribute.get();
            if (pool.findByContact(attribute, requested).isPresent()) {
                throw USERNAME_EXISTS.exception("An account with the given " + attribute + " already exists.");
            }
        } else if (pool.hasUsername(requested)) {
            throw USERNAME_EXISTS.exception("User already exists");
        }
    }

    /** The user, not yet added to the pool; the sign-in email or phone number overrides a given one. */
    public User create(Map<String, String> attributes, Instant now) {
        Map<String, String> all = new LinkedHashMap<>(attributes);
        contactAttribute.ifPresent(attribute -> all.put(attribute, requested));
        return new User(username, sub, all, now);
    }
}
