package dev.authgate.contract;

import java.util.List;

/**
 * The attributes the public app client may write, at sign-up and in {@code PATCH /auth/user}: the pool's client is
 * made with these, and the API refuses the others by name before asking Cognito. {@code custom:role} is not among
 * them: only Authgate, checking the role rules, sets a user's role.
 */
public final class ClientAttributes {

    public static final List<String> WRITABLE = List.of(
            "address", "birthdate", "email", "family_name", "gender", "given_name", "locale", "middle_name", "name",
            "nickname", "phone_number", "picture", "preferred_username", "profile", "updated_at", "website", "zoneinfo");

    private ClientAttributes() {
    }

    public static boolean writable(String attribute) {
        return WRITABLE.contains(attribute);
    }
}
