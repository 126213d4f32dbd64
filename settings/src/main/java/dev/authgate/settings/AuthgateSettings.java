package dev.authgate.settings;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Everything Authgate is configured with, under {@code authgate.*}: read by the functions (Spring
 * properties, or environment variables such as {@code AUTHGATE_MODE} on Lambda) and by the provisioner
 * (the same keys in a YAML file), so both build from one configuration, bound by {@link SettingsBinder}. Every
 * value has a default: {@link #defaults()} is them all, and each {@code with...} method gives a copy with one
 * component changed ({@code AuthgateSettings.defaults().withMode(AuthMode.PASSWORDLESS)}), as the nested settings'
 * do.
 *
 * @param mode UserPassword (email usernames, passwords) or Passwordless (phone usernames, SMS codes); default UserPassword
 * @param surfaces the surfaces served: auth, cognito-gateway, or both (the default)
 * @param passwordPolicy the rules a password must meet
 * @param roles the roles sign-up may name, by name; none by default
 * @param http what the HTTP edges add to and accept from every request
 * @param sms the SMS code limits of Passwordless sign-in
 * @param tokens the lifetimes of the tokens the pool issues
 * @param cognito the user pool the API calls
 * @param deployment the AWS stack the provisioner deploys
 * @param requireRole whether a sign-up must name one of the roles when there are roles (default false)
 * @param gateway how the cognito-gateway surface answers
 * @param verification how UserPassword sign-ups are confirmed: code (the default) or link, a link in the email
 * @param mfa multi-factor sign-in in UserPassword mode: off (the default), optional (each user chooses) or required
 */
@ConfigurationProperties("authgate")
public record AuthgateSettings(
        AuthMode mode,
        Set<String> surfaces,
        @NestedConfigurationProperty PasswordPolicy passwordPolicy,
        Map<String, RoleSettings> roles,
        @NestedConfigurationProperty HttpSettings http,
        @NestedConfigurationProperty SmsSettings sms,
        @NestedConfigurationProperty TokenSettings tokens,
        @NestedConfigurationProperty CognitoSettings cognito,
        @NestedConfigurationProperty DeploymentSettings deployment,
        Boolean requireRole,
        @NestedConfigurationProperty GatewaySettings gateway,
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
        passwordPolicy = Objects.requireNonNullElseGet(passwordPolicy, PasswordPolicy::defaults);
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        http = Objects.requireNonNullElseGet(http, HttpSettings::defaults);
        sms = Objects.requireNonNullElseGet(sms, SmsSettings::defaults);
        tokens = Objects.requireNonNullElseGet(tokens, TokenSettings::defaults);
        cognito = Objects.requireNonNullElseGet(cognito, CognitoSettings::defaults);
        deployment = Objects.requireNonNullElseGet(deployment, DeploymentSettings::defaults);
        requireRole = Objects.requireNonNullElse(requireRole, false);
        gateway = Objects.requireNonNullElseGet(gateway, GatewaySettings::defaults);
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

    public AuthgateSettings withPasswordPolicy(PasswordPolicy newPasswordPolicy) {
        return new AuthgateSettings(mode, surfaces, newPasswordPolicy, roles, http, sms, tokens, cognito, deployment, requireRole, gateway, verification, mfa);
    }

    public AuthgateSettings withRoles(Map<String, RoleSettings> newRoles) {
        return new AuthgateSettings(mode, surfaces, passwordPolicy, newRoles, http, sms, tokens, cognito, deployment, requireRole, gateway, verification, mfa);
    }

    public AuthgateSettings withHttp(HttpSettings newHttp) {
        return new AuthgateSettings(mode, surfaces, passwordPolicy, roles, newHttp, sms, tokens, cognito, deployment, requireRole, gateway, verification, mfa);
    }

    public AuthgateSettings withSms(SmsSettings newSms) {
        return new AuthgateSettings(mode, surfaces, passwordPolicy, roles, http, newSms, tokens, cognito, deployment, requireRole, gateway, verification, mfa);
    }

    public AuthgateSettings withTokens(TokenSettings newTokens) {
        return new AuthgateSettings(mode, surfaces, passwordPolicy, roles, http, sms, newTokens, cognito, deployment, requireRole, gateway, verification, mfa);
    }

    public AuthgateSettings withCognito(CognitoSettings newCognito) {
        return new AuthgateSettings(mode, surfaces, passwordPolicy, roles, http, sms, tokens, newCognito, deployment, requireRole, gateway, verification, mfa);
    }

    public AuthgateSettings withDeployment(DeploymentSettings newDeployment) {
        return new AuthgateSettings(mode, surfaces, passwordPolicy, roles, http, sms, tokens, cognito, newDeployment, requireRole, gateway, verification, mfa);
    }

    public AuthgateSettings withRequireRole(boolean newRequireRole) {
        return new AuthgateSettings(mode, surfaces, passwordPolicy, roles, http, sms, tokens, cognito, deployment, newRequireRole, gateway, verification, mfa);
    }

    public AuthgateSettings withGateway(GatewaySettings newGateway) {
        return new AuthgateSettings(mode, surfaces, passwordPolicy, roles, http, sms, tokens, cognito, deployment, requireRole, newGateway, verification, mfa);
    }

    public AuthgateSettings withVerification(VerificationMethod newVerification) {
        return new AuthgateSettings(mode, surfaces, passwordPolicy, roles, http, sms, tokens, cognito, deployment, requireRole, gateway, newVerification, mfa);
    }

    public AuthgateSettings withMfa(MfaSetting newMfa) {
        return new AuthgateSettings(mode, surfaces, passwordPolicy, roles, http, sms, tokens, cognito, deployment, requireRole, gateway, verification, newMfa);
    }
}
