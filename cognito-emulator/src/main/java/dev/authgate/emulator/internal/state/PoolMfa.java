package dev.authgate.emulator.internal.state;

/**
 * A pool's multi-factor settings (SetUserPoolMfaConfig): {@code OFF}, {@code OPTIONAL} (each user chooses) or
 * {@code ON} (every user signs in with a factor), and which factors the pool offers.
 */
public record PoolMfa(String configuration, boolean softwareToken, boolean sms) {
    public static final PoolMfa OFF = new PoolMfa("OFF", false, false);

    public boolean isOff() {
        return configuration.equals("OFF");
    }

    public boolean isRequired() {
        return configuration.equals("ON");
    }
}
