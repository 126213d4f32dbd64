package dev.authgate.contract.gateway;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import dev.authgate.contract.ChallengeResponse;

/** The challenge cognito-gateway's sign-in met, in the primary surface's shape (it is written as that shape alone). */
public record GatewayChallenge(@JsonValue ChallengeResponse challenge) implements GatewaySignInResult {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public GatewayChallenge {
        Objects.requireNonNull(challenge, "challenge");
    }
}
