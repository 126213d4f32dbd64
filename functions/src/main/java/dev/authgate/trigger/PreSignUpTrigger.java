package dev.authgate.trigger;

import java.util.Objects;

import tools.jackson.databind.node.ObjectNode;

import dev.authgate.role.RolePolicy;
import dev.authgate.settings.RoleSettings;
import dev.authgate.settings.RoleSettings.SignUpMethod;

/**
 * PreSignUp: the role rules, enforced in Cognito itself. The role comes in the sign-up's client metadata, where
 * the API puts it; a sign-up made directly with the public client id meets the same rules. A role that skips
 * confirmation confirms the user and verifies the username's attribute at once.
 */
public final class PreSignUpTrigger extends CognitoTrigger {

    private final RolePolicy roles;

    public PreSignUpTrigger(RolePolicy roles) {
        this.roles = Objects.requireNonNull(roles, "roles");
    }

    @Override
    protected void respond(TriggerEvent event, ObjectNode response) {
        SignUpMethod method = event.userAttribute("phone_number").isPresent() && event.userAttribute("email").isEmpty()
                ? SignUpMethod.PHONE
                : SignUpMethod.EMAIL;
        RolePolicy.Decision decision = roles.decide(event.clientMetadata("role"), method);
        decision.refusal().ifPresent(reason -> {
            throw new TriggerRejection("InvalidParameterException", reason);
        });
        if (decision.role().map(RoleSettings::skipConfirmation).orElse(false)) {
            response.put("autoConfirmUser", true);
            response.put(method == SignUpMethod.PHONE ? "autoVerifyPhone" : "autoVerifyEmail", true);
        }
    }
}
