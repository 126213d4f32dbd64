package dev.authgate.settings;

import java.util.Objects;
import java.util.Set;

/**
 * {@code authgate.roles.<name>}: a role users can have, written to {@code custom:role} and to the Cognito
 * group of the same name. Each {@code with...} method gives a copy with one value changed.
 *
 * @param allowSelfSignUp whether users may sign up to this role themselves (default false: only an
 *     administrator gives it)
 * @param signUpMethods the kinds of username that may sign up to it: {@code email}, {@code phone} (default both)
 * @param skipConfirmation whether sign-up confirms the user at once, without a code (default false)
 */
public record RoleSettings(Boolean allowSelfSignUp, Set<SignUpMethod> signUpMethods, Boolean skipConfirmation) {

    public RoleSettings {
        allowSelfSignUp = Objects.requireNonNullElse(allowSelfSignUp, false);
        signUpMethods = signUpMethods == null || signUpMethods.isEmpty() ? Set.of(SignUpMethod.values()) : Set.copyOf(signUpMethods);
        skipConfirmation = Objects.requireNonNullElse(skipConfirmation, false);
    }

    /** Every default. */
    public static RoleSettings defaults() {
        return new RoleSettings(null, null, null);
    }

    public RoleSettings withAllowSelfSignUp(boolean newAllowSelfSignUp) {
        return new RoleSettings(newAllowSelfSignUp, signUpMethods, skipConfirmation);
    }

    public RoleSettings withSignUpMethods(Set<SignUpMethod> newSignUpMethods) {
        return new RoleSettings(allowSelfSignUp, newSignUpMethods, skipConfirmation);
    }

    public RoleSettings withSkipConfirmation(boolean newSkipConfirmation) {
        return new RoleSettings(allowSelfSignUp, signUpMethods, newSkipConfirmation);
    }

    /** The kind of username a user signs up with. */
    public enum SignUpMethod {
        EMAIL, PHONE;

        public static SignUpMethod of(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
