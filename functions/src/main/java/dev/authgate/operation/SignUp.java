package dev.authgate.operation;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.authgate.contract.SignUpRequest;
import dev.authgate.contract.SignUpResponse;
import dev.authgate.error.AuthException;
import dev.authgate.identity.IdentityProvider;
import dev.authgate.identity.SignedUp;
import dev.authgate.role.RolePolicy;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.RoleSettings.SignUpMethod;

/**
 * Registers a user in the pool; the confirmation code goes to the user's email or phone. A role named in
 * {@code userAttributes.role} must pass the role rules; it is written to {@code custom:role} and the user joins
 * its group, and if that fails the user is removed again, so no one is left half-created.
 */
public final class SignUp implements Function<SignUpRequest, SignUpResponse> {

    static final String ROLE = "role";

    private final IdentityProvider identity;
    private final AuthMode mode;
    private final RolePolicy roles;
    private final Passwords passwords;

    public SignUp(IdentityProvider identity, AuthMode mode, RolePolicy roles, Passwords passwords) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
    }

    @Override
    public SignUpResponse apply(SignUpRequest request) {
        String username = Fields.username(request.username(), mode);
        // In Passwordless mode the user never sees or uses a password: the pool still wants one, so it is unguessable.
        String password = switch (mode) {
            case USER_PASSWORD -> Fields.required(request.password(), "password");
            case PASSWORDLESS -> passwords.unguessable();
        };
        Optional<String> role = Optional.ofNullable(request.userAttributes().get(ROLE));
        SignUpMethod method = switch (mode) {
            case USER_PASSWORD -> SignUpMethod.EMAIL;
            case PASSWORDLESS -> SignUpMethod.PHONE;
        };
        roles.decide(role, method).refusal().ifPresent(reason -> {
            throw AuthException.invalidRequest(reason);
        });
        Map<String, String> attributes = new HashMap<>(request.userAttributes());
        attributes.remove(ROLE);
        SignedUp user = identity.signUp(username, password, attributes, role.map(name -> Map.of(ROLE, name)).orElse(Map.of()));
        role.ifPresent(name -> assign(user, name));
        return new SignUpResponse(user.userSub(), username, request.userAttributes(), user.delivery().orElse(null));
    }

    private void assign(SignedUp user, String role) {
        try {
            identity.assignRole(user.userSub(), role);
        } catch (RuntimeException e) {
            identity.deleteUnfinishedUser(user.userSub());
            throw e;
        }
    }
}
