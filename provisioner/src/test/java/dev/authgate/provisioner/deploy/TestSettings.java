package dev.authgate.provisioner.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.RoleSettings;

/** Settings for deploy tests. */
final class TestSettings {

    private TestSettings() {
    }

    /** The defaults with many roles: each is a group in the template, which makes it as large as needed. */
    static AuthgateSettings withRoles(int count) {
        Map<String, RoleSettings> roles = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            roles.put("role-" + i, new RoleSettings(true, null, null));
        }
        return AuthgateSettings.defaults().withRoles(roles);
    }
}
