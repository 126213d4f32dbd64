package dev.authgate.emulator.internal.pool;

import dev.authgate.emulator.internal.state.SchemaAttribute;
import java.util.ArrayList;
import java.util.List;

/** The attributes every Cognito user pool has, before a pool's own schema adjusts or extends them. */
final class StandardAttributes {
    private static final List<String> STRINGS = List.of(
            "name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile",
            "picture", "website", "email", "gender", "birthdate", "zoneinfo", "locale", "phone_number", "address");

    private StandardAttributes() {
    }

    static List<SchemaAttribute> all() {
        List<SchemaAttribute> all = new ArrayList<>();
        all.add(new SchemaAttribute("sub", "String", false, true));
        STRINGS.forEach(name -> all.add(new SchemaAttribute(name, "String", true, false)));
        all.add(new SchemaAttribute("email_verified", "Boolean", true, false));
        all.add(new SchemaAttribute("phone_number_verified", "Boolean", true, false));
        all.add(new SchemaAttribute("updated_at", "Number", true, false));
        return all;
    }

    static boolean isStandard(String name) {
        return all().stream().anyMatch(attribute -> attribute.name().equals(name));
    }
}
