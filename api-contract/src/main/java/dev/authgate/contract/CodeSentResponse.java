package dev.authgate.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An answer saying that a code was sent. Where it went is not part of the primary surface's answer, but
 * the cognito-gateway surface answers it.
 */
public record CodeSentResponse(String message, @JsonIgnore CodeDeliveryDetails codeDelivery) {
}
