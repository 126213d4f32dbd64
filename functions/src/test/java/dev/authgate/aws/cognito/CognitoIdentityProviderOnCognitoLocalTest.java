package dev.authgate.aws.cognito;

import java.net.URI;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.authgate.testsupport.CognitoLocal;

/**
 * The adapter against cognito-local, a third party's emulator: an independent reading of Cognito that
 * keeps ours honest for the actions both support. cognito-local enforces no password policy, so the
 * policy test lives only in {@link CognitoIdentityProviderOnEmulatorTest}.
 */
class CognitoIdentityProviderOnCognitoLocalTest extends IdentityProviderContract {

    private static final String FIXED_CODE = "482913";

    private static CognitoLocal cognitoLocal;

    @BeforeAll
    static void start() {
        cognitoLocal = CognitoLocal.start(FIXED_CODE);
    }

    @AfterAll
    static void stop() {
        cognitoLocal.close();
    }

    @Override
    URI endpoint() {
        return cognitoLocal.endpoint();
    }

    /** cognito-local delivers codes only to its log, so it runs with one fixed code. */
    @Override
    String codeSentTo(String email) {
        return FIXED_CODE;
    }

    @Override
    String attributeCodeSentTo(String email) {
        return FIXED_CODE;
    }

    @Override
    Instant now() {
        return Instant.now();
    }

    /**
     * cognito-local answers a wrong first authenticator code with CodeMismatchException; the Cognito API Reference
     * says VerifySoftwareToken answers EnableSoftwareTokenMFAException.
     */
    @Override
    String wrongFirstCodeErrorType() {
        return "CodeMismatchException";
    }

    /**
     * cognito-local answers a wrong password with InvalidPasswordException; the Cognito API Reference says
     * InitiateAuth answers NotAuthorizedException ("Incorrect username or password.").
     */
    @Override
    String wrongPasswordErrorType() {
        return "InvalidPasswordException";
    }
}
