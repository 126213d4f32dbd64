package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

class AdminUserTest {
    private static final String TEMPORARY = "Temporary-Pass-1";
    private static final String CHOSEN = "Chosen-Password-2";

    private static TestCognito test;

    @BeforeAll
    static void start() {
        test = TestCognito.start();
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    @Test
    void anAdministratorCreatedUserMustChooseAPasswordAtFirstSignIn() {
        TestPool pool = test.emailPool();
        AdminCreateUserResponse created = adminCreateUser(pool, "alice@example.com", MessageActionType.SUPPRESS);

        InitiateAuthResponse challenge = initiate(pool, "alice@example.com", TEMPORARY);

        assertThat(created.user().userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        assertThat(challenge.session()).isNotBlank();
        assertThat(challenge.authenticationResult()).isNull();
        assertThat(challenge.challengeParameters())
                .containsEntry("USER_ID_FOR_SRP", created.user().username())
                .containsEntry("requiredAttributes", "[]")
                .containsEntry("userAttributes", "{\"email\":\"alice@example.com\"}");
    }

    @Test
    void answeringTheChallengeWithANewPasswordSignsTheUserInAndConfirmsThem() {
        TestPool pool = test.emailPool();
        adminCreateUser(pool, "bob@example.com", MessageActionType.SUPPRESS);
        String session = initiate(pool, "bob@example.com", TEMPORARY).session();

        RespondToAuthChallengeResponse answer = respond(pool, session, "bob@example.com", CHOSEN);

        assertThat(answer.authenticationResult().accessToken()).isNotBlank();
        assertThat(pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username("bob@example.com")).userStatus())
                .isEqualTo(UserStatusType.CONFIRMED);
        assertThat(pool.signIn("bob@example.com", CHOSEN).accessToken()).isNotBlank();
    }

    @Test
    void answeringWithAWeakPasswordFailsWithInvalidPasswordException() {
        TestPool pool = test.emailPool();
        adminCreateUser(pool, "carol@example.com", MessageActionType.SUPPRESS);
        String session = initiate(pool, "carol@example.com", TEMPORARY).session();

        assertThatThrownBy(() -> respond(pool, session, "carol@example.com", "weak")).isInstanceOf(InvalidPasswordException.class);
    }

    @Test
    void answeringWithAnUnknownSessionFailsWithNotAuthorizedException() {
        TestPool pool = test.emailPool();
        adminCreateUser(pool, "dave@example.com", MessageActionType.SUPPRESS);

        assertThatThrownBy(() -> respond(pool, "x".repeat(40), "dave@example.com", CHOSEN))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid session for the user.");
    }

    @Test
    void theInvitationWithTheTemporaryPasswordGoesToTheOutbox() {
        TestPool pool = test.emailPool();

        pool.cognito().adminCreateUser(request -> request.userPoolId(pool.poolId()).username("erin@example.com"));

        OutboxEntry invitation = test.emulator().outbox().get(0);
        assertThat(invitation.to()).isEqualTo("erin@example.com");
        assertThat(invitation.purpose()).isEqualTo("INVITATION");
        assertThat(initiate(pool, "erin@example.com", invitation.code()).challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    }

    @Test
    void aSuppressedInvitationSendsNothing() {
        TestPool pool = test.emailPool();
        int sentBefore = test.emulator().outbox().size();

        adminCreateUser(pool, "frank@example.com", MessageActionType.SUPPRESS);

        assertThat(test.emulator().outbox()).hasSize(sentBefore);
    }

    @Test
    void creatingAUserWhoseEmailIsTakenFailsWithUsernameExistsException() {
        TestPool pool = test.emailPool();
        pool.signUp("gina@example.com", TestPool.PASSWORD);

        assertThatThrownBy(() -> adminCreateUser(pool, "gina@example.com", MessageActionType.SUPPRESS))
                .isInstanceOf(UsernameExistsException.class);
    }

    @Test
    void gettingAnUnknownUserFailsWithUserNotFoundException() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username("nobody@example.com")))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void anAdministratorDeletesAUser() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("hank@example.com");

        pool.cognito().adminDeleteUser(request -> request.userPoolId(pool.poolId()).username("hank@example.com"));

        assertThatThrownBy(() -> pool.signIn("hank@example.com")).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void aUserDeletesThemselvesAndTheirTokenStopsWorking() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("ivy@example.com");
        String accessToken = pool.signIn("ivy@example.com").accessToken();

        pool.cognito().deleteUser(request -> request.accessToken(accessToken));

        assertThatThrownBy(() -> pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username("ivy@example.com")))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> pool.cognito().getUser(request -> request.accessToken(accessToken)))
                .isInstanceOf(UserNotFoundException.class);
    }

    private static AdminCreateUserResponse adminCreateUser(TestPool pool, String email, MessageActionType messageAction) {
        return pool.cognito().adminCreateUser(request -> request.userPoolId(pool.poolId()).username(email)
                .temporaryPassword(TEMPORARY).messageAction(messageAction)
                .userAttributes(AttributeType.builder().name("email").value(email).build()));
    }

    private static InitiateAuthResponse initiate(TestPool pool, String username, String password) {
        return pool.cognito().initiateAuth(request -> request.clientId(pool.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
    }

    private static RespondToAuthChallengeResponse respond(TestPool pool, String session, String username, String newPassword) {
        return pool.cognito().respondToAuthChallenge(request -> request.clientId(pool.clientId())
                .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .session(session)
                .challengeResponses(Map.of("USERNAME", username, "NEW_PASSWORD", newPassword)));
    }
}
