package dev.authgate.emulator.internal.protocol;

import dev.authgate.emulator.internal.error.CognitoException;
import dev.authgate.emulator.internal.state.EmulatorState;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Cognito API action. The dispatcher hands it the state while holding the store's lock, so an
 * action never needs to synchronise and sees a consistent pool. The one exception is a trigger
 * function's run ({@code Triggers}), during which the lock is let go: an action that runs a trigger
 * re-checks afterwards what another action could have changed meanwhile.
 */
public interface Action {

    /** Answers the request, or throws {@link CognitoException} with the error Cognito would return. */
    ObjectNode handle(Request request, EmulatorState state);

    /** Read-only actions skip the save that follows every other action. */
    default boolean readOnly() {
        return false;
    }
}
