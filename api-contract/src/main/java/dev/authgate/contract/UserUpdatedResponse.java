package dev.authgate.contract;

import java.util.List;

/**
 * {@code PATCH /auth/user}: done, and which new email or phone number waits for the code just sent to it (the
 * previous value stays in force until then).
 */
public record UserUpdatedResponse(String message, List<String> attributesToVerify) {

    public UserUpdatedResponse {
        attributesToVerify = List.copyOf(attributesToVerify);
    }
}
