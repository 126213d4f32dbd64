package dev.authgate.settings;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything Authgate is configured with, under {@code authgate.*}: read by the functions (Spring
 * properties, or environment variables such as {@code AUTHGATE_MODE} on Lambda) and by the provisioner
 * (the same keys in a YAML file), so both build from one configuration. Every value has a default.
 */
public record AuthgateSettings(
        AuthMode mode,
        Set<String> surfaces,
        PasswordPolicy passwordPolicy,
        Map<String, RoleSettings> roles,
        HttpSettings http,
        SmsSettings sms,
        TokenSettings tokens,
        CognitoSettings cognito,
        DeploymentSettings deployment,
        Boolean requireRole,
        GatewaySettings gateway,
        VerificationMethod verification,
        MfaSetting mfa) {

    /** The surfaces there are: the primary {@code /auth} one and cognito-gateway's paths. */
    public static final Set<String> SURFACES = Set.of("auth", "cognito-gateway");

    public AuthgateSettings {
        mode = Objects.requireNonNullElse(mode, AuthMode.USER_PASSWORD);
        surfaces = surfaces == null ? SURFACES : Set.copyOf(surfaces);
        for (String surface : surfaces) {
            if (!SURFACES.contains(surface)) {
                throw new IllegalArgumentException("authgate.surfaces: unknown surface '" + surface + "'; the surfaces are auth and cognito-gateway");
            }
        }
        passwordPolicy = Objects.requireNonNullElse(passwordPolicy, PasswordPolicy.DEFAULT);
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        http = Objects.requireNonNullElseGet(http, () -> new HttpSettings(null, null, null));
        sms = Objects.requireNonNullElseGet(sms, () -> new SmsSettings(null, null, null));
        tokens = Objects.requireNonNullElseGet(tokens, () -> new TokenSettings(null, null, null));
        cognito = Objects.requireNonNullElseGet(cognito, () -> new CognitoSettings(null, null, null, null, null));
        deployment = Objects.requireNonNullElseGet(deployment, () -> new DeploymentSettings(null, null, null, null, null, null));
        requireRole = Objects.requireNonNullElse(requireRole, false);
        gateway = Objects.requireNonNullElseGet(gateway, () -> new GatewaySettings(null));
        verification = Objects.requireNonNullElse(verification, VerificationMethod.CODE);
        mfa = Objects.requireNonNullElse(mfa, MfaSetting.OFF);
    }

    /** Every default. */
    public static AuthgateSettings defaults() {
        return new AuthgateSettings(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public AuthgateSettings withMode(AuthMode newMode) {
        return new AuthgateSettings(newMode, surfaces, passwordPolicy, roles, http, sms, tokens, cognito, deployment, requireRole, gateway, verification, mfa);
    }

    public AuthgateSettings withSurfaces(Set<String> newSurfaces) {
        return new AuthgateSettings(mode, newSurfaces, passwordPolicy, roles, http, sms, tokens, cognito, deployment, requireRole, gateway, verification, mfa);
    }

    public AuthgateSettings withCognito(CognitoSettings newCognito) {
        return new AuthgateSettings(mode, surfaces, passwordPolicy, roles, http, sms, tokens, newCognito, deployment, requireRole, gateway, verification, mfa);
    }

    public AuthgateSettings withMfa(MfaSetting newMfa) {
        return new AuthgateSettings(mode, surfaces, passwordPolicy, roles, http, sms, tokens, cognito, deployment, requireRole, gateway, verification, newMfa);
    }
}
