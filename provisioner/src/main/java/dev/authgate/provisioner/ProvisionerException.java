package dev.authgate.provisioner;

/**
 * An expected failure: missing credentials, a stack that rolled back, an artifact that is not there. Its message
 * is the one line the command line prints before exiting with 1.
 */
public final class ProvisionerException extends RuntimeException {

    public ProvisionerException(String message) {
        super(message);
    }

    public ProvisionerException(String message, Throwable cause) {
        super(message, cause);
    }
}
