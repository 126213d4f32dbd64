package dev.authgate.contract;

/** How users identify themselves; the names are the ones the contract and the configuration use. */
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
    public String contractName() {
        return contractName;
    }

    /** The mode with this name, as configuration and scripts write it ({@code UserPassword}, {@code Passwordless}). */
    public static AuthMode fromContractName(String name) {
        for (AuthMode mode : values()) {
            if (mode.contractName.equals(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown mode '" + name + "'; the modes are UserPassword and Passwordless");
    }
}
