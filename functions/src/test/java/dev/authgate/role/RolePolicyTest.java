package dev.authgate.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.authgate.settings.RoleSettings;
import dev.authgate.settings.RoleSettings.SignUpMethod;

/** The role rules for a sign-up that names no role. */
class RolePolicyTest {

    private static final Map<String, RoleSettings> ROLES = Map.of("Member", new RoleSettings(true, null, null));

    @Test
    void withoutRequireRoleASignUpMayNameNoRole() {
        assertThat(new RolePolicy(ROLES, false).decide(Optional.empty(), SignUpMethod.EMAIL).refusal()).isEmpty();
    }

    @Test
    void withRequireRoleASignUpThatNamesNoRoleIsRefusedWithTheRocketsMessage() {
        assertThat(new RolePolicy(ROLES, true).decide(Optional.empty(), SignUpMethod.PHONE).refusal()).contains("Role not provided");
    }

    @Test
    void withRequireRoleButNoRolesConfiguredASignUpStillTakesNoRole() {
        assertThat(new RolePolicy(Map.of(), true).decide(Optional.empty(), SignUpMethod.EMAIL).refusal()).isEmpty();
    }
}
