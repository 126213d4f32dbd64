package dev.authgate.emulator.internal.state;

/** The subset of Cognito's user statuses the supported actions can reach. */
public enum UserStatus {
    UNCONFIRMED,
    CONFIRMED,
    FORCE_CHANGE_PASSWORD
}
