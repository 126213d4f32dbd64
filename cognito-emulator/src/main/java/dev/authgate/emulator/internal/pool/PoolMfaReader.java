package dev.authgate.emulator.internal.pool;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.PoolMfa;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** Reads a pool's MFA settings from CreateUserPool and SetUserPoolMfaConfig, and writes them as Cognito answers them. */
final class PoolMfaReader {
    private static final List<String> CONFIGURATIONS = List.of("OFF", "ON", "OPTIONAL");

    private PoolMfaReader() {
    }

    /** CreateUserPool can turn on only SMS MFA, which needs the pool's SMS configuration. */
    static PoolMfa atCreation(Request request) {
        String configuration = configuration(request).orElse("OFF");
        boolean sms = !configuration.equals("OFF") && request.raw("SmsConfiguration").isPresent();
        return checked(new PoolMfa(configuration, false, sms));
    }

    /** SetUserPoolMfaConfig: what the request leaves out stays as it was. */
    static PoolMfa update(PoolMfa current, Request request) {
        String configuration = configuration(request).orElse(current.configuration());
        boolean softwareToken = request.optionalNested("SoftwareTokenMfaConfiguration")
                .map(settings -> settings.bool("Enabled").orElse(false))
                .orElse(current.softwareToken());
        boolean sms = request.optionalNested("SmsMfaConfiguration")
                .map(settings -> settings.raw("SmsConfiguration").isPresent())
                .orElse(current.sms());
        return checked(new PoolMfa(configuration, softwareToken, sms));
    }

    static ObjectNode json(PoolMfa mfa) {
        ObjectNode json = Json.object().put("MfaConfiguration", mfa.configuration());
        json.putObject("SoftwareTokenMfaConfiguration").put("Enabled", mfa.softwareToken());
        if (mfa.sms()) {
            json.putObject("SmsMfaConfiguration").put("SmsAuthenticationMessage", "Your authentication code is {####}.");
        }
        return json;
    }

    private static Optional<String> configuration(Request request) {
        return request.optional("MfaConfiguration").map(value -> {
            if (!CONFIGURATIONS.contains(value)) {
                throw INVALID_PARAMETER.exception("1 validation error detected: Value at 'mfaConfiguration' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: " + CONFIGURATIONS);
            }
            return value;
        });
    }

    private static PoolMfa checked(PoolMfa mfa) {
        if (!mfa.isOff() && !mfa.softwareToken() && !mfa.sms()) {
            throw INVALID_PARAMETER.exception("At least one MFA method must be enabled when MfaConfiguration is " + mfa.configuration()
                    + ": SMS MFA needs an SMS configuration, or enable SoftwareTokenMfaConfiguration.");
        }
        return mfa;
    }
}
