package dev.authgate.emulator.internal.signup;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;
import static dev.authgate.emulator.internal.error.CognitoError.USER_NOT_FOUND;

import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.code.Contact;
import dev.authgate.emulator.internal.code.Contacts;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.EmulatorState;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserStatus;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** Sends a new sign-up code; the previous one stops working. */
public final class ResendConfirmationCode implements Action {
    private final Clock clock;
    private final CodeSender codes;

    public ResendConfirmationCode(Clock clock, CodeSender codes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    @Override
    public ObjectNode handle(Request request, EmulatorState state) {
        PoolClient target = state.client(request.required("ClientId"));
        String username = request.required("Username");
        Optional<User> found = target.pool().findUser(username);
        if (found.isEmpty()) {
            if (target.client().preventsUserExistenceErrors()) {
                return response(Contacts.simulated(username));
            }
            throw USER_NOT_FOUND.exception("Username/client id combination not found.");
        }
        User user = found.get();
        if (user.status() == UserStatus.CONFIRMED) {
            throw INVALID_PARAMETER.exception("User is already confirmed.");
        }
        if (user.status() != UserStatus.UNCONFIRMED) {
            throw INVALID_PARAMETER.exception("User cannot be confirmed. Current status is " + user.status());
        }
        Contact contact = Contacts.forVerification(target.pool().settings(), user)
                .orElseThrow(() -> INVALID_PARAMETER.exception("Auto verification not turned on."));
        user.setConfirmationCode(codes.sendConfirmation(target.pool().settings(), contact, target.client().clientId(), user.username(),
                "RESEND", ConfirmSignUp.CODE_VALIDITY, clock.instant()));
        return response(contact);
    }

    private static ObjectNode response(Contact contact) {
        ObjectNode response = Json.object();
        response.set("CodeDeliveryDetails", contact.deliveryDetails());
        return response;
    }
}
