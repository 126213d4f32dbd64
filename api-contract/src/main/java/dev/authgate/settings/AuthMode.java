package dev.authgate.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** {@code authgate.mode}: how users identify themselves. The names are the ones the contract and scripts use. */
public enum AuthMode {
    /** The username is an email address and users sign in with a password. */
    USER_PASSWORD("UserPassword"),
    /** The username is an E.164 phone number and users sign in with a code sent by SMS. */
    PASSWORDLESS("Passwordless");

    private final String contractName;

    AuthMode(String contractName) {
        this.contractName = contractName;
    }

    /** The name {@code x-authgate-modes} uses in the contract, and configuration and scripts use. */
    @JsonValue
    public String contractName() {
        return contractName;
    }

    /** The mode with this name: {@code UserPassword} or {@code Passwordless}. */
    @JsonCreator
    public static AuthMode fromContractName(String name) {
        for (AuthMode mode : values()) {
            if (mode.contractName.equalsIgnoreCase(name) || mode.name().equalsIgnoreCase(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("authgate.mode: unknown mode '" + name + "'; the modes are UserPassword and Passwordless");
    }
}
