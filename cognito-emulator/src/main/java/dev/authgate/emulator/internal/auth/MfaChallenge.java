package dev.authgate.emulator.internal.auth;

import static dev.authgate.emulator.internal.error.CognitoError.CODE_MISMATCH;

import dev.authgate.emulator.internal.code.CodeCheck;
import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.code.Contact;
import dev.authgate.emulator.internal.mfa.Totp;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.EmulatorState.PoolClient;
import dev.authgate.emulator.internal.state.PoolMfa;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserMfa;
import dev.authgate.emulator.internal.token.TokenIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.node.ObjectNode;

/**
 * The second step of a password sign-in in a pool with MFA: {@code SOFTWARE_TOKEN_MFA} (a code from the user's
 * authenticator), {@code SMS_MFA} (a code texted to the user's phone number), or, in a pool that requires MFA and
 * for a user without a factor, {@code MFA_SETUP}: the user associates and verifies an authenticator with the
 * session, then answers {@code MFA_SETUP} with the session VerifySoftwareToken gave back. A wrong code leaves the
 * session open for another try until it expires.
 */
final class MfaChallenge {
    static final String PURPOSE = "MFA";
    /** Cognito's SMS MFA codes are valid for three minutes, the default session validity. */
    private static final Duration SMS_CODE_VALIDITY = Duration.ofMinutes(3);

    private final ChallengeSessions sessions;
    private final TokenIssuer issuer;
    private final CodeSender codes;

    MfaChallenge(ChallengeSessions sessions, TokenIssuer issuer, CodeSender codes) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /** The challenge a user who gave the right password must answer before any token, if the pool asks for one. */
    Optional<ObjectNode> ask(PoolClient target, User user, Instant now) {
        PoolMfa pool = target.pool().mfa();
        if (pool.isOff()) {
            return Optional.empty();
        }
        Optional<String> phone = user.attribute("phone_number");
        List<String> usable = user.mfa().enabled().stream()
                .filter(factor -> factor.equals(UserMfa.SMS) ? pool.sms() && phone.isPresent() : pool.softwareToken())
                .toList();
        Optional<String> factor = user.mfa().preferred().filter(usable::contains).or(() -> usable.stream().findFirst());
        if (factor.isEmpty() && pool.isRequired()) {
            // Cognito texts a user of a pool that requires MFA who has a verified phone number and no factor yet.
            factor = pool.sms() && phone.isPresent() && user.isVerified("phone_number") ? Optional.of(UserMfa.SMS) : Optional.of(UserMfa.SETUP);
        }
        return factor.map(name -> challenge(target, user, name, now));
    }

    private ObjectNode challenge(PoolClient target, User user, String name, Instant now) {
        ObjectNode response = Json.object().put("ChallengeName", name);
        response.put("Session", sessions.open(target.client(), name, user, now));
        ObjectNode parameters = response.putObject("ChallengeParameters");
        switch (name) {
            case UserMfa.SMS -> {
                Contact phone = new Contact("phone_number", user.attribute("phone_number").orElseThrow());
                user.mfa().setSmsCode(codes.sendCode(phone, PURPOSE, SMS_CODE_VALIDITY, now));
                parameters.put("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS")
                        .put("CODE_DELIVERY_DESTINATION", phone.deliveryDetails().get("Destination").asString());
            }
            case UserMfa.SOFTWARE_TOKEN -> user.mfa().deviceName().ifPresent(device -> parameters.put("FRIENDLY_DEVICE_NAME", device));
            default -> parameters.put("MFAS_CAN_SETUP", Json.array().add(UserMfa.SOFTWARE_TOKEN).toString());
        }
        parameters.put("USER_ID_FOR_SRP", user.username());
        return response;
    }

    ObjectNode answer(PoolClient target, String challengeName, Optional<String> session, Map<String, String> responses, Instant now) {
        User user = sessions.answeringUser(session, target, challengeName, responses, now);
        UserMfa mfa = user.mfa();
        switch (challengeName) {
            case UserMfa.SMS -> CodeCheck.verify(mfa.smsCode(), PasswordAuth.parameter(responses, "SMS_MFA_CODE"), now, mfa::setSmsCode);
            case UserMfa.SOFTWARE_TOKEN -> {
                String code = PasswordAuth.parameter(responses, "SOFTWARE_TOKEN_MFA_CODE");
                OptionalLong step = mfa.secret().map(secret -> Totp.matchingStep(secret, code, now)).orElse(OptionalLong.empty());
                if (step.isEmpty() || !mfa.stepUnused(step.getAsLong())) {
                    throw CODE_MISMATCH.exception("Invalid code received for user");
                }
                mfa.useStep(step.getAsLong());
            }
            default -> {
                if (mfa.secret().isEmpty()) {
                    throw ChallengeSessions.invalid();
                }
                mfa.setSoftwareToken(true, true);
            }
        }
        mfa.setSmsCode(null);
        sessions.close(session.orElseThrow());
        return PasswordAuth.authenticated(issuer.signIn(target.pool(), target.client(), user, now));
    }
}
