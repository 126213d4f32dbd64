package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

class PoolAndClientTest {
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
    void aCreatedPoolHasACognitoShapedIdAndKeepsItsPasswordPolicy() {
        CreateUserPoolResponse created = test.cognito().createUserPool(request -> request.poolName("shop")
                .policies(policies -> policies.passwordPolicy(policy -> policy.minimumLength(10).requireSymbols(false)
                        .requireUppercase(true).requireLowercase(true).requireNumbers(true).temporaryPasswordValidityDays(3))));

        UserPoolType described = describe(created.userPool().id());

        assertThat(described.id()).matches("us-east-1_[A-Za-z0-9]{9}");
        assertThat(described.name()).isEqualTo("shop");
        PasswordPolicyType policy = described.policies().passwordPolicy();
        assertThat(policy.minimumLength()).isEqualTo(10);
        assertThat(policy.requireSymbols()).isFalse();
        assertThat(policy.requireUppercase()).isTrue();
        assertThat(policy.temporaryPasswordValidityDays()).isEqualTo(3);
        assertThat(described.creationDate()).isNotNull();
    }

    @Test
    void aPoolKeepsItsSignInAttributesSchemaAndTriggersAsGiven() {
        String poolId = test.cognito().createUserPool(request -> request.poolName("app")
                .usernameAttributes(UsernameAttributeType.EMAIL)
                .usernameConfiguration(config -> config.caseSensitive(false))
                .schema(SchemaAttributeType.builder().name("role").attributeDataType("String").mutable(true).build())
                .lambdaConfig(lambda -> lambda.preSignUp("arn:aws:lambda:us-east-1:000000000000:function:pre-sign-up")))
                .userPool().id();

        UserPoolType described = describe(poolId);

        assertThat(described.usernameAttributes()).containsExactly(UsernameAttributeType.EMAIL);
        assertThat(described.usernameConfiguration().caseSensitive()).isFalse();
        assertThat(described.schemaAttributes()).extracting(SchemaAttributeType::name).contains("sub", "email", "custom:role");
        assertThat(described.lambdaConfig().preSignUp()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:pre-sign-up");
    }

    @Test
    void describingAnUnknownPoolFailsWithResourceNotFoundException() {
        assertThatThrownBy(() -> describe("us-east-1_NoSuchOne")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aPasswordPolicyShorterThanSixIsRejectedWithInvalidParameterException() {
        assertThatThrownBy(() -> test.cognito().createUserPool(request -> request.poolName("weak")
                .policies(policies -> policies.passwordPolicy(policy -> policy.minimumLength(4)))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void listingPoolsPagesThroughEveryPool() {
        for (int i = 0; i < 3; i++) {
            test.emailPool();
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListUserPoolsResponse page = test.cognito().listUserPools(request -> request.maxResults(2).nextToken(next));
            assertThat(page.userPools()).hasSizeLessThanOrEqualTo(2);
            page.userPools().stream().map(UserPoolDescriptionType::id).forEach(seen::add);
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
    }

    @Test
    void aDeletedPoolIsGone() {
        TestPool pool = test.emailPool();

        test.cognito().deleteUserPool(request -> request.userPoolId(pool.poolId()));

        assertThatThrownBy(() -> describe(pool.poolId())).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> pool.signUp("alice@example.com", TestPool.PASSWORD)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aClientKeepsItsFlowsTokenValidityAndExistenceErrorSetting() {
        TestPool pool = test.pool(p -> p, client -> client
                .accessTokenValidity(30).idTokenValidity(30).refreshTokenValidity(7)
                .tokenValidityUnits(units -> units.accessToken(TimeUnitsType.MINUTES).idToken(TimeUnitsType.MINUTES).refreshToken(TimeUnitsType.DAYS))
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED));

        UserPoolClientType client = test.cognito().describeUserPoolClient(request -> request.userPoolId(pool.poolId()).clientId(pool.clientId()))
                .userPoolClient();

        assertThat(client.clientId()).matches("[a-z0-9]{26}");
        assertThat(client.explicitAuthFlows()).containsExactly(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
        assertThat(client.accessTokenValidity()).isEqualTo(30);
        assertThat(client.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.MINUTES);
        assertThat(client.refreshTokenValidity()).isEqualTo(7);
        assertThat(client.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrorTypes.ENABLED);
        assertThat(client.enableTokenRevocation()).isTrue();
        assertThat(client.clientSecret()).isNull();
    }

    @Test
    void aClientThatAsksForASecretGetsOne() {
        TestPool pool = test.pool(p -> p, client -> client.generateSecret(true));

        UserPoolClientType client = test.cognito().describeUserPoolClient(request -> request.userPoolId(pool.poolId()).clientId(pool.clientId()))
                .userPoolClient();

        assertThat(client.clientSecret()).isNotBlank();
    }

    @Test
    void describingAnUnknownClientFailsWithResourceNotFoundException() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> test.cognito().describeUserPoolClient(request -> request.userPoolId(pool.poolId()).clientId("nosuchclient")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aClientWithAnUnknownAuthFlowIsRejectedWithInvalidParameterException() {
        TestPool pool = test.emailPool();

        assertThatThrownBy(() -> test.cognito().createUserPoolClient(request -> request.userPoolId(pool.poolId())
                .clientName("odd").explicitAuthFlowsWithStrings("ALLOW_TELEPATHY")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void listingClientsReturnsEveryClientOfThePool() {
        TestPool pool = test.emailPool();
        String second = test.addClient(pool, client -> client);

        List<UserPoolClientDescription> clients = test.cognito().listUserPoolClients(request -> request.userPoolId(pool.poolId()).maxResults(10))
                .userPoolClients();

        assertThat(clients).extracting(UserPoolClientDescription::clientId).containsExactly(pool.clientId(), second);
        assertThat(clients).allSatisfy(client -> assertThat(client.userPoolId()).isEqualTo(pool.poolId()));
    }

    private static UserPoolType describe(String poolId) {
        return test.cognito().describeUserPool(request -> request.userPoolId(poolId)).userPool();
    }
}
