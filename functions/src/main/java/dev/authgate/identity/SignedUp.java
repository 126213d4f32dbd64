package dev.authgate.identity;

import java.util.Optional;

import dev.authgate.contract.CodeDeliveryDetails;

/**
 * A registration Cognito accepted.
 *
 * @param userSub the user's immutable id
 * @param confirmed whether the user is already confirmed (a trigger may confirm at once)
 * @param delivery where the confirmation code went, when one was sent
 */
public record SignedUp(String userSub, boolean confirmed, Optional<CodeDeliveryDetails> delivery) {
}
