package dev.authgate.operation;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.authgate.contract.AnswerChallengeRequest;
import dev.authgate.contract.ChallengeResponse;
import dev.authgate.contract.SignInResult;
import dev.authgate.error.AuthException;
import dev.authgate.error.WrongAnswerException;
import dev.authgate.identity.IdentityProvider;

/**
 * Answers the challenge a sign-in met, sending Cognito the response that challenge asks for: a new password,
 * an MFA code, or the answer to a custom challenge.
 */
public final class AnswerChallenge implements Function<AnswerChallengeRequest, SignInResult> {

    private final IdentityProvider identity;

    public AnswerChallenge(IdentityProvider identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    @Override
    public SignInResult apply(AnswerChallengeRequest request) {
        String username = Fields.username(request.username());
        String challenge = challengeName(request);
        Map<String, String> responses = switch (challenge) {
            case "NEW_PASSWORD_REQUIRED" -> Map.of("USERNAME", username, "NEW_PASSWORD", Fields.required(request.newPassword(), "newPassword"));
            case "SMS_MFA" -> Map.of("USERNAME", username, "SMS_MFA_CODE", code(request));
            case "SOFTWARE_TOKEN_MFA" -> Map.of("USERNAME", username, "SOFTWARE_TOKEN_MFA_CODE", code(request));
            case "EMAIL_OTP" -> Map.of("USERNAME", username, "EMAIL_OTP_CODE", code(request));
            // The session is the one POST /auth/mfa/totp/verify answered: it proves the authenticator is set up.
            case "MFA_SETUP" -> Map.of("USERNAME", username);
            case "CUSTOM_CHALLENGE" -> Map.of("USERNAME", username, "ANSWER", code(request));
            default -> throw AuthException.invalidRequest("The challenge '" + challenge + "' cannot be answered through this API.");
        };
        SignInResult result = identity.answerChallenge(challenge, request.session(), responses);
        // Cognito asks the same custom challenge again after a wrong code: the caller may retry with the new session.
        if (challenge.equals("CUSTOM_CHALLENGE") && result instanceof ChallengeResponse again
                && again.challengeName().equals("CUSTOM_CHALLENGE")) {
            throw new WrongAnswerException(again.session());
        }
        return result;
    }

    /** Without a name, the answer tells which challenge it is for: a new password, or a code. */
    private static String challengeName(AnswerChallengeRequest request) {
        if (request.challengeName() != null) {
            return request.challengeName();
        }
        if (request.newPassword() != null) {
            return "NEW_PASSWORD_REQUIRED";
        }
        if (request.confirmationCode() != null) {
            return "CUSTOM_CHALLENGE";
        }
        throw AuthException.invalidRequest("The field 'challengeName' is required, or one of 'newPassword' and 'confirmationCode'.");
    }

    private static String code(AnswerChallengeRequest request) {
        return Fields.required(request.confirmationCode(), "confirmationCode");
    }
}
