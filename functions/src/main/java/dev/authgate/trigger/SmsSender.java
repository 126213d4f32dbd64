package dev.authgate.trigger;

/** Sends a sign-in code by SMS: through SNS on AWS, into the emulator's outbox locally. */
public interface SmsSender {

    void send(String phoneNumber, String code);
}
