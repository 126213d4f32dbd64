package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.Jwts;
import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** AdminUpdateUserAttributes and AdminDeleteUserAttributes. */
class UserAttributesTest {
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
    void anAdministratorMayWriteAnAttributeTheClientMayNot() {
        TestPool pool = test.pool(p -> p, client -> client.writeAttributes("email", "name"));
        pool.cognito().signUp(request -> request.clientId(pool.clientId()).username("alice@example.com").password(TestPool.PASSWORD));
        pool.confirm("alice@example.com");
        assertThatThrownBy(() -> pool.cognito().signUp(request -> request.clientId(pool.clientId()).username("amy@example.com")
                .password(TestPool.PASSWORD).userAttributes(attribute("custom:role", "admin"))))
                .isInstanceOf(NotAuthorizedException.class);

        update(pool, "alice@example.com", attribute("custom:role", "admin"));

        assertThat(attributes(pool, "alice@example.com")).containsEntry("custom:role", "admin");
        assertThat(Jwts.claims(pool.signIn("alice@example.com").idToken()).getClaim("custom:role")).isEqualTo("admin");
    }

    @Test
    void anUpdateKeepsTheAttributesItDoesNotName() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("bob@example.com");

        update(pool, "bob@example.com", attribute("name", "Bob"));

        assertThat(attributes(pool, "bob@example.com"))
                .containsEntry("name", "Bob")
                .containsEntry("custom:role", "member")
                .containsEntry("email", "bob@example.com");
    }

    @Test
    void aCustomAttributeOutsideTheSchemaIsRefused() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("carol@example.com");

        assertThatThrownBy(() -> update(pool, "carol@example.com", attribute("custom:shoeSize", "42")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("custom:shoeSize");
    }

    @Test
    void theSubCannotBeChanged() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("dave@example.com");

        assertThatThrownBy(() -> update(pool, "dave@example.com", attribute("sub", "another")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void anImmutableAttributeCannotBeChanged() {
        TestPool pool = test.pool(p -> p.schema(
                        SchemaAttributeType.builder().name("role").attributeDataType("String").mutable(true).build(),
                        SchemaAttributeType.builder().name("tenant").attributeDataType("String").mutable(false).build()),
                client -> client);
        pool.cognito().adminCreateUser(request -> request.userPoolId(pool.poolId()).username("erin@example.com")
                .userAttributes(attribute("custom:tenant", "acme")).messageAction(MessageActionType.SUPPRESS));

        assertThatThrownBy(() -> update(pool, "erin@example.com", attribute("custom:tenant", "globex")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("custom:tenant");
    }

    @Test
    void aChangedEmailBecomesTheSignInAddressAndIsUnverified() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("frank@example.com");

        update(pool, "frank@example.com", attribute("email", "franklin@example.com"));

        assertThat(attributes(pool, "franklin@example.com"))
                .containsEntry("email", "franklin@example.com")
                .containsEntry("email_verified", "false");
        assertThat(pool.signIn("franklin@example.com").accessToken()).isNotBlank();
        assertThatThrownBy(() -> pool.signIn("frank@example.com")).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void anAdministratorMayMarkTheNewEmailVerifiedInTheSameCall() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("gina@example.com");

        update(pool, "gina@example.com", attribute("email", "georgina@example.com"), attribute("email_verified", "true"));

        assertThat(attributes(pool, "georgina@example.com")).containsEntry("email_verified", "true");
    }

    @Test
    void anotherUsersSignInEmailIsRefusedWithAliasExistsException() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("hank@example.com");
        pool.confirmedUser("ivy@example.com");

        assertThatThrownBy(() -> update(pool, "hank@example.com", attribute("email", "ivy@example.com")))
                .isInstanceOf(AliasExistsException.class);
    }

    @Test
    void updatingAnUnknownUserFailsWithUserNotFoundException() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> update(pool, "nobody@example.com", attribute("name", "Nobody")))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void deletedAttributesAreGone() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("jack@example.com");
        update(pool, "jack@example.com", attribute("name", "Jack"));

        pool.cognito().adminDeleteUserAttributes(request -> request.userPoolId(pool.poolId()).username("jack@example.com")
                .userAttributeNames("name", "custom:role"));

        assertThat(attributes(pool, "jack@example.com")).doesNotContainKeys("name", "custom:role").containsKey("email");
    }

    @Test
    void theEmailAUserSignsInWithCannotBeDeleted() {
        TestPool pool = test.emailPool();
        pool.confirmedUser("kate@example.com");

        assertThatThrownBy(() -> pool.cognito().adminDeleteUserAttributes(request -> request.userPoolId(pool.poolId())
                .username("kate@example.com").userAttributeNames("email")))
                .isInstanceOf(InvalidParameterException.class);
    }

    private static void update(TestPool pool, String username, AttributeType... attributes) {
        pool.cognito().adminUpdateUserAttributes(request -> request.userPoolId(pool.poolId()).username(username).userAttributes(attributes));
    }

    private static Map<String, String> attributes(TestPool pool, String username) {
        List<AttributeType> attributes = pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username(username))
                .userAttributes();
        return attributes.stream().collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
