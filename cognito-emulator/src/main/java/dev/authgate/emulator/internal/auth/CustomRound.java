package dev.authgate.emulator.internal.auth;

import dev.authgate.emulator.internal.trigger.AuthChallengeTriggers.Challenge;
import dev.authgate.emulator.internal.trigger.ChallengeResult;
import java.util.List;
import java.util.Objects;

/**
 * A custom sign-in waiting for an answer: the challenges answered so far and the one asked now, whose
 * private parameters (the expected answer) never leave the emulator except to the verify trigger.
 */
public record CustomRound(List<ChallengeResult> history, Challenge challenge) {

    public CustomRound {
        history = List.copyOf(history);
        Objects.requireNonNull(challenge, "challenge");
    }
}
