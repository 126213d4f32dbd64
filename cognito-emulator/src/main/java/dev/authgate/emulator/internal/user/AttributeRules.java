package dev.authgate.emulator.internal.user;

import static dev.authgate.emulator.internal.error.CognitoError.ALIAS_EXISTS;
import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;
import static dev.authgate.emulator.internal.error.CognitoError.NOT_AUTHORIZED;

import dev.authgate.emulator.internal.state.AppClient;
import dev.authgate.emulator.internal.state.PoolSettings;
import dev.authgate.emulator.internal.state.SchemaAttribute;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import java.util.Map;
import java.util.Optional;

/** Which attributes may be written, by whom, and in what format. */
public final class AttributeRules {
    private AttributeRules() {
    }

    /**
     * Checks attributes about to be written: each must be in the pool's schema, writable by the
     * client (an administrator call has no client and may write any), and well formed.
     */
    public static void checkWritable(PoolSettings settings, Optional<AppClient> client, Map<String, String> attributes) {
        attributes.forEach((name, value) -> {
            if (name.equals("sub")) {
                throw INVALID_PARAMETER.exception("Attributes did not conform to the schema: sub: Cannot modify the non-mutable attribute");
            }
            if (settings.attribute(name).isEmpty()) {
                throw INVALID_PARAMETER.exception("Attributes did not conform to the schema: " + name + ": Attribute does not exist in the schema.");
            }
            if (client.isPresent() && !client.get().canWrite(name)) {
                throw NOT_AUTHORIZED.exception("A client attempted to write unauthorized attribute");
            }
            if (name.equals("email") && !Usernames.isEmail(value)) {
                throw INVALID_PARAMETER.exception("Invalid email address format.");
            }
            if (name.equals("phone_number") && !Usernames.isPhoneNumber(value)) {
                throw INVALID_PARAMETER.exception("Invalid phone number format.");
            }
        });
    }

    /** Checks that an update leaves the attributes the schema declares immutable as they are. */
    public static void checkMutable(PoolSettings settings, User user, Map<String, String> attributes) {
        attributes.forEach((name, value) -> {
            boolean immutable = settings.attribute(name).filter(attribute -> !attribute.mutable()).isPresent();
            if (immutable && !user.attribute(name).filter(value::equals).isPresent()) {
                throw INVALID_PARAMETER.exception("Attributes did not conform to the schema: " + name
                        + ": Attribute cannot be updated. (changing an immutable attribute)");
            }
        });
    }

    /** Checks that a user's complete attributes include every attribute the schema requires. */
    public static void checkRequired(PoolSettings settings, Map<String, String> attributes) {
        for (SchemaAttribute attribute : settings.schema()) {
            if (attribute.required() && !attributes.containsKey(attribute.name())) {
                throw INVALID_PARAMETER.exception("Attributes did not conform to the schema: " + attribute.name() + ": The attribute is required");
            }
        }
    }

    /** In a pool that signs in with email or phone, checks that no other user signs in with a value about to be written. */
    public static void checkAliasesFree(UserPool pool, User user, Map<String, String> attributes) {
        for (String alias : pool.settings().usernameAttributes()) {
            String value = attributes.get(alias);
            if (value != null && pool.findByContact(alias, value).filter(other -> !other.sub().equals(user.sub())).isPresent()) {
                throw ALIAS_EXISTS.exception("An account with the given " + alias + " already exists.");
            }
        }
    }
}
