package dev.authgate.emulator.internal.user;

import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * An administrator sets a user's attributes: any attribute in the schema, including those no app client
 * may write and the {@code *_verified} flags, but not {@code sub} or an immutable attribute. A changed
 * email or phone number becomes unverified unless the same call sets its flag; no verification code is
 * sent, and a change the user was waiting to verify is dropped. In a pool that signs in with email or phone, another user's sign-in address is refused.
 */
public final class AdminUpdateUserAttributes implements Action {
    private final Clock clock;

    public AdminUpdateUserAttributes(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        UserPool pool = state.pool(request.required("UserPoolId"));
        User user = pool.user(request.required("Username"));
        Map<String, String> attributes = request.requiredAttributes("UserAttributes");
        AttributeRules.checkWritable(pool.settings(), Optional.empty(), attributes);
        AttributeRules.checkMutable(pool.settings(), user, attributes);
        AttributeRules.checkAliasesFree(pool, user, attributes);

        Map<String, String> update = new LinkedHashMap<>(attributes);
        for (String contact : AttributeVerification.CONTACTS) {
            if (attributes.containsKey(contact)) {
                user.dropUnverifiedContact(contact);
            }
            boolean changes = attributes.containsKey(contact) && !user.attribute(contact).filter(attributes.get(contact)::equals).isPresent();
            if (changes && !attributes.containsKey(contact + "_verified")) {
                update.put(contact + "_verified", "false");
            }
        }
        Instant now = clock.instant();
        user.putAttributes(update, now);
        return Json.object();
    }
}
