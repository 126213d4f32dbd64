package dev.authgate.contract;

/** An operation's answer that only says what happened. */
public record MessageResponse(String message) {
}
