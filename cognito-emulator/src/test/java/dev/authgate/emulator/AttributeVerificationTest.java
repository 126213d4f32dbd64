package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** UpdateUserAttributes, VerifyUserAttribute and GetUserAttributeVerificationCode, and the pool's update settings. */
class AttributeVerificationTest {
    private static TestCognito test;

    @BeforeAll
    static void start() {
        test = TestCognito.start();
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    /** A pool like Authgate's: email and phone number verified, and verified before they change. */
    private static TestPool verifyingPool() {
        return test.pool(pool -> pool
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL, VerifiedAttributeType.PHONE_NUMBER)
                .userAttributeUpdateSettings(settings -> settings.attributesRequireVerificationBeforeUpdateWithStrings("email", "phone_number")),
                client -> client.writeAttributes("email", "phone_number", "name"));
    }

    @Test
    void describeUserPoolAnswersTheAttributesThatAreVerifiedBeforeAnUpdate() {
        TestPool pool = verifyingPool();

        assertThat(pool.cognito().describeUserPool(request -> request.userPoolId(pool.poolId())).userPool()
                .userAttributeUpdateSettings().attributesRequireVerificationBeforeUpdateAsStrings())
                .containsExactly("email", "phone_number");
    }

    @Test
    void anAttributeVerifiedBeforeUpdateMustAlsoBeAutoVerified() {
        assertThatThrownBy(() -> test.pool(pool -> pool
                        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                        .userAttributeUpdateSettings(settings -> settings.attributesRequireVerificationBeforeUpdateWithStrings("phone_number")),
                client -> client))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("AutoVerifiedAttributes");
    }

    @Test
    void aNewEmailGetsACodeWhileTheOldOneStaysInForce() {
        TestPool pool = verifyingPool();
        String token = signedIn(pool, "old-anna@example.com");

        UpdateUserAttributesResponse response = update(pool, token, attribute("email", "new-anna@example.com"));

        assertThat(response.codeDeliveryDetailsList()).extracting(CodeDeliveryDetailsType::attributeName, CodeDeliveryDetailsType::destination)
                .containsExactly(tuple("email", "n***@e***.com"));
        assertThat(pool.codeSentTo("new-anna@example.com")).hasSize(6);
        assertThat(attributes(pool, token)).containsEntry("email", "old-anna@example.com").containsEntry("email_verified", "true");
        assertThat(pool.signIn("old-anna@example.com").accessToken()).isNotBlank();
    }

    @Test
    void theNewEmailTakesEffectOnceItsCodeIsVerified() {
        TestPool pool = verifyingPool();
        String token = signedIn(pool, "old-bert@example.com");
        update(pool, token, attribute("email", "new-bert@example.com"));

        verify(pool, token, "email", pool.codeSentTo("new-bert@example.com"));

        assertThat(attributes(pool, token)).containsEntry("email", "new-bert@example.com").containsEntry("email_verified", "true");
        assertThat(pool.signIn("new-bert@example.com").accessToken()).isNotBlank();
        assertThatThrownBy(() -> pool.signIn("old-bert@example.com")).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void withoutTheSettingANewEmailAppliesAtOnceUnverified() {
        TestPool pool = test.pool(p -> p, client -> client.writeAttributes("email", "name"));
        String token = signedIn(pool, "old-cara@example.com");

        update(pool, token, attribute("email", "new-cara@example.com"));

        assertThat(attributes(pool, token)).containsEntry("email", "new-cara@example.com").containsEntry("email_verified", "false");
        verify(pool, token, "email", pool.codeSentTo("new-cara@example.com"));
        assertThat(attributes(pool, token)).containsEntry("email_verified", "true");
    }

    @Test
    void anAttributeOtherThanEmailOrPhoneChangesAtOnceAndSendsNothing() {
        TestPool pool = verifyingPool();
        String token = signedIn(pool, "dora@example.com");

        UpdateUserAttributesResponse response = update(pool, token, attribute("name", "Dora"));

        assertThat(response.codeDeliveryDetailsList()).isEmpty();
        assertThat(attributes(pool, token)).containsEntry("name", "Dora");
    }

    @Test
    void anAttributeTheClientMayNotWriteIsNotAuthorized() {
        TestPool pool = verifyingPool();
        String token = signedIn(pool, "emil@example.com");

        assertThatThrownBy(() -> update(pool, token, attribute("custom:role", "admin"))).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void aUserCannotMarkTheirOwnEmailVerified() {
        TestPool pool = test.pool(p -> p, client -> client);
        String token = signedIn(pool, "finn@example.com");

        assertThatThrownBy(() -> update(pool, token, attribute("email_verified", "true"))).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void aWrongCodeIsCodeMismatchAndChangesNothing() {
        TestPool pool = verifyingPool();
        String token = signedIn(pool, "gina@example.com");
        update(pool, token, attribute("email", "new-gina@example.com"));
        String wrong = pool.codeSentTo("new-gina@example.com").equals("000000") ? "111111" : "000000";

        assertThatThrownBy(() -> verify(pool, token, "email", wrong)).isInstanceOf(CodeMismatchException.class);
        assertThat(attributes(pool, token)).containsEntry("email", "gina@example.com");
    }

    @Test
    void aCodeOlderThanTwentyFourHoursIsExpiredCode() {
        TestPool pool = verifyingPool();
        String email = "hugo@example.com";
        String token = signedIn(pool, email);
        update(pool, token, attribute("email", "new-hugo@example.com"));
        String code = pool.codeSentTo("new-hugo@example.com");

        test.clock().advance(Duration.ofHours(24).plusSeconds(1));
        String lateToken = pool.signIn(email).accessToken();

        assertThatThrownBy(() -> verify(pool, lateToken, "email", code)).isInstanceOf(ExpiredCodeException.class);
    }

    @Test
    void aNewCodeGoesToTheWaitingAddressAndThePreviousOneStopsWorking() {
        TestPool pool = verifyingPool();
        String token = signedIn(pool, "ines@example.com");
        update(pool, token, attribute("email", "new-ines@example.com"));
        String first = pool.codeSentTo("new-ines@example.com");

        CodeDeliveryDetailsType delivery = pool.cognito().getUserAttributeVerificationCode(request -> request
                .accessToken(token).attributeName("email")).codeDeliveryDetails();
        String second = pool.codeSentTo("new-ines@example.com");

        assertThat(delivery.destination()).isEqualTo("n***@e***.com");
        if (!first.equals(second)) {
            assertThatThrownBy(() -> verify(pool, token, "email", first)).isInstanceOf(CodeMismatchException.class);
        }
        verify(pool, token, "email", second);
        assertThat(attributes(pool, token)).containsEntry("email", "new-ines@example.com");
    }

    @Test
    void onlyEmailAndPhoneNumberCanBeVerified() {
        TestPool pool = verifyingPool();
        String token = signedIn(pool, "jade@example.com");

        assertThatThrownBy(() -> pool.cognito().getUserAttributeVerificationCode(request -> request.accessToken(token).attributeName("name")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> verify(pool, token, "name", "123456")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void anAddressAnotherUserTookMeanwhileIsAliasExists() {
        TestPool pool = verifyingPool();
        String token = signedIn(pool, "kai@example.com");
        update(pool, token, attribute("email", "taken-later@example.com"));
        String code = pool.codeSentTo("taken-later@example.com");
        signedIn(pool, "taken-later@example.com");

        assertThatThrownBy(() -> verify(pool, token, "email", code)).isInstanceOf(AliasExistsException.class);
        assertThat(attributes(pool, token)).containsEntry("email", "kai@example.com");
    }

    @Test
    void anAdministratorsWriteDropsTheChangeWaitingForItsCode() {
        TestPool pool = verifyingPool();
        String token = signedIn(pool, "lena@example.com");
        update(pool, token, attribute("email", "waiting-lena@example.com"));
        String code = pool.codeSentTo("waiting-lena@example.com");

        pool.cognito().adminUpdateUserAttributes(request -> request.userPoolId(pool.poolId()).username("lena@example.com")
                .userAttributes(attribute("email", "admin-lena@example.com"), attribute("email_verified", "true")));

        assertThatThrownBy(() -> verify(pool, token, "email", code)).isInstanceOf(CodeMismatchException.class);
        assertThat(attributes(pool, token)).containsEntry("email", "admin-lena@example.com");
    }

    /** Signs up (with no attributes the client may not write), confirms and signs in; answers the access token. */
    private static String signedIn(TestPool pool, String email) {
        pool.cognito().signUp(request -> request.clientId(pool.clientId()).username(email).password(TestPool.PASSWORD));
        pool.confirm(email);
        return pool.signIn(email).accessToken();
    }

    private static UpdateUserAttributesResponse update(TestPool pool, String token, AttributeType... attributes) {
        return pool.cognito().updateUserAttributes(request -> request.accessToken(token).userAttributes(attributes));
    }

    private static void verify(TestPool pool, String token, String attribute, String code) {
        pool.cognito().verifyUserAttribute(request -> request.accessToken(token).attributeName(attribute).code(code));
    }

    private static Map<String, String> attributes(TestPool pool, String token) {
        return pool.cognito().getUser(request -> request.accessToken(token)).userAttributes().stream()
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
