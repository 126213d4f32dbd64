package dev.authgate.provisioner.deploy;

/** What deploy does with a change set that would replace the user pool or its app client. */
public enum UserPoolReplacement {
    /** Delete the change set and fail, changing nothing: the default. */
    REFUSE,
    /** Execute it; the old pool is retained with its users. */
    ALLOW
}
