package dev.authgate.role;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.RoleSettings;
import dev.authgate.settings.RoleSettings.SignUpMethod;

/**
 * The rules of {@code authgate.roles} for a sign-up, checked by the API before it calls Cognito and again by
 * the PreSignUp trigger, so that a sign-up made directly against Cognito cannot skip them. With no roles
 * configured, sign-up takes no role. A sign-up that names no role gets none (no group, no {@code custom:role}),
 * unless {@code authgate.require-role} asks, as the rocket did, for a role whenever roles are configured.
 */
public final class RolePolicy {

    /** The rocket's answer to a sign-up without a role, kept word for word for its clients. */
    static final String ROLE_NOT_PROVIDED = "Role not provided";

    private final Map<String, RoleSettings> roles;
    private final boolean roleRequired;

    public RolePolicy(Map<String, RoleSettings> roles, boolean roleRequired) {
        this.roles = Map.copyOf(Objects.requireNonNull(roles, "roles"));
        this.roleRequired = roleRequired;
    }

    /** The policy the settings give, the same for the API's sign-up and the pool's PreSignUp trigger. */
    public static RolePolicy of(AuthgateSettings settings) {
        return new RolePolicy(settings.roles(), settings.requireRole());
    }

    public boolean rolesConfigured() {
        return !roles.isEmpty();
    }

    /** The role's settings if the sign-up may have it, or why it may not. */
    public Decision decide(Optional<String> role, SignUpMethod method) {
        if (roles.isEmpty()) {
            return role.isPresent()
                    ? Decision.refused("No roles are configured, so sign-up takes no role.")
                    : Decision.allowed(Optional.empty());
        }
        if (role.isEmpty()) {
            return roleRequired ? Decision.refused(ROLE_NOT_PROVIDED) : Decision.allowed(Optional.empty());
        }
        RoleSettings settings = roles.get(role.get());
        if (settings == null) {
            return Decision.refused("The role '" + role.get() + "' does not exist; the roles are " + roles.keySet() + ".");
        }
        if (!settings.allowSelfSignUp()) {
            return Decision.refused("The role '" + role.get() + "' does not allow users to sign up themselves.");
        }
        if (!settings.signUpMethods().contains(method)) {
            return Decision.refused("The role '" + role.get() + "' does not allow signing up with "
                    + (method == SignUpMethod.EMAIL ? "an email address" : "a phone number") + ".");
        }
        return Decision.allowed(Optional.of(settings));
    }

    /** Whether a sign-up may go ahead, with the role's settings, or the reason it may not. */
    public record Decision(Optional<String> refusal, Optional<RoleSettings> role) {

        static Decision allowed(Optional<RoleSettings> role) {
            return new Decision(Optional.empty(), role);
        }

        static Decision refused(String reason) {
            return new Decision(Optional.of(reason), Optional.empty());
        }
    }
}
