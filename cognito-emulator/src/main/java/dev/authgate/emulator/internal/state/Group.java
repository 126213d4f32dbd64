package dev.authgate.emulator.internal.state;

import java.time.Instant;

/** A pool group; {@code precedence} orders {@code cognito:groups} and may be absent. */
public record Group(String name, String description, Integer precedence, String roleArn, Instant created) {
}
