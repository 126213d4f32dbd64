package dev.authgate.emulator.internal.trigger;

import dev.authgate.emulator.internal.state.PoolSettings;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The Lambda triggers the emulator invokes, named as a pool's {@code LambdaConfig} names them (the name
 * Cognito also uses in its error messages). Other {@code LambdaConfig} entries are stored, not invoked.
 */
public enum Trigger {
    PRE_SIGN_UP("PreSignUp"),
    DEFINE_AUTH_CHALLENGE("DefineAuthChallenge"),
    CREATE_AUTH_CHALLENGE("CreateAuthChallenge"),
    VERIFY_AUTH_CHALLENGE_RESPONSE("VerifyAuthChallengeResponse");

    private final String configName;

    Trigger(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** The function the pool runs for this trigger, if it names one. */
    public Optional<String> functionOf(PoolSettings settings) {
        JsonNode function = settings.lambdaConfig().get(configName);
        if (function == null || !function.isString() || function.stringValue().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(function.stringValue());
    }
}
