package dev.authgate.settings;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code authgate.mode}: how users identify themselves. The names are the ones the contract and scripts use. What
 * differs between modes in more than one module is asked of the mode here, so that a new mode is a compile error
 * wherever it has to be decided; the rest is decided where it is used, by switch expressions over the modes.
 */
public enum AuthMode {
    /** The username is an email address and users sign in with a password. */
    USER_PASSWORD("UserPassword", "email", false),
    /** The username is an E.164 phone number and users sign in with a code sent by SMS. */
    PASSWORDLESS("Passwordless", "phone_number", true);

    private final String contractName;
    private final String usernameAttribute;
    private final boolean signsInWithSmsCode;

    AuthMode(String contractName, String usernameAttribute, boolean signsInWithSmsCode) {
        this.contractName = contractName;
        this.usernameAttribute = usernameAttribute;
        this.signsInWithSmsCode = signsInWithSmsCode;
    }

    /** The pool's username attribute: the user attribute users sign in with, and the one an account is recovered by. */
    public String usernameAttribute() {
        return usernameAttribute;
    }

    /**
     * Whether users sign in with a code the pool's custom-auth triggers send by SMS: the mode then needs those
     * triggers, their permission to send, and the table that limits how many codes go out.
     */
    public boolean signsInWithSmsCode() {
        return signsInWithSmsCode;
    }

    /** The name {@code x-authgate-modes} uses in the contract, and configuration and scripts use. */
    @JsonValue
    public String contractName() {
        return contractName;
    }

    /** The mode with this name: {@code UserPassword} or {@code Passwordless}. */
    public static AuthMode fromContractName(String name) {
        for (AuthMode mode : values()) {
            if (mode.contractName.equalsIgnoreCase(name) || mode.name().equalsIgnoreCase(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("authgate.mode: unknown mode '" + name + "'; the modes are UserPassword and Passwordless");
    }
}
