package dev.authgate.provisioner.deploy;

/** What destroy does with the stack's user pool and its users. */
public enum UserPoolFate {
    /** Leave the pool, with its users, outside the stack: the default. */
    KEEP,
    /** Delete the pool with the stack, and every user with it. */
    DELETE
}
