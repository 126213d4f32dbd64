package dev.authgate.emulator.internal.mfa;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.PoolMfa;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserMfa;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import dev.authgate.emulator.internal.token.SignedInAction;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * A signed-in user turns their SMS and authenticator factors on or off and names the preferred one. Every check
 * comes before any change, so a refused request changes nothing; a factor the request leaves out stays as it was.
 */
public final class SetUserMFAPreference implements SignedInAction {

    @Override
    public ObjectNode handle(Request request, AccessTokenVerifier.Verified caller, Instant now) {
        PoolMfa pool = caller.pool().mfa();
        User user = caller.user();
        UserMfa mfa = user.mfa();
        Optional<Request> sms = request.optionalNested("SMSMfaSettings");
        Optional<Request> softwareToken = request.optionalNested("SoftwareTokenMfaSettings");
        boolean hasSms = sms.isPresent();
        boolean hasSoftwareToken = softwareToken.isPresent();
        boolean smsOn = sms.map(settings -> settings.bool("Enabled").orElse(false)).orElse(mfa.smsEnabled());
        boolean smsPreferred = sms.flatMap(settings -> settings.bool("PreferredMfa")).orElse(false);
        boolean tokenOn = softwareToken.map(settings -> settings.bool("Enabled").orElse(false)).orElse(mfa.softwareTokenEnabled());
        boolean tokenPreferred = softwareToken.flatMap(settings -> settings.bool("PreferredMfa")).orElse(false);
        if ((smsPreferred && !smsOn) || (tokenPreferred && !tokenOn)) {
            throw INVALID_PARAMETER.exception("A preferred MFA factor must be enabled.");
        }
        if (smsPreferred && tokenPreferred) {
            throw INVALID_PARAMETER.exception("Only one MFA factor can be preferred.");
        }
        if (hasSms && smsOn && (!pool.sms() || user.attribute("phone_number").isEmpty())) {
            throw INVALID_PARAMETER.exception(pool.sms() ? "User does not have delivery config set to turn on SMS_MFA"
                    : "SMS MFA is not enabled for the user pool.");
        }
        if (hasSoftwareToken && tokenOn && (!pool.softwareToken() || mfa.secret().isEmpty())) {
            throw INVALID_PARAMETER.exception(pool.softwareToken() ? "User has not verified software token mfa"
                    : "Software Token MFA is not enabled for the user pool.");
        }
        if (hasSms) {
            mfa.setSms(smsOn, smsPreferred);
        }
        if (hasSoftwareToken) {
            mfa.setSoftwareToken(tokenOn, tokenPreferred);
        }
        return Json.object();
    }
}
