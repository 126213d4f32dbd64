package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authgate.emulator.support.Http;
import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DefaultEmailOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/** A pool whose DefaultEmailOption is CONFIRM_WITH_LINK: the sign-up email carries a link the emulator serves. */
class ConfirmByLinkTest {
    private static TestCognito test;

    @BeforeAll
    static void start() {
        test = TestCognito.start();
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    private static TestPool linkPool() {
        return test.pool(pool -> pool.verificationMessageTemplate(template -> template.defaultEmailOption(DefaultEmailOptionType.CONFIRM_WITH_LINK)),
                client -> client);
    }

    private static OutboxEntry lastMessageTo(String to) {
        return test.emulator().outbox().stream().filter(entry -> entry.to().equals(to)).findFirst().orElseThrow();
    }

    private static HttpResponse<String> open(String link) {
        return Http.get(URI.create(link));
    }

    @Test
    void theSignUpEmailCarriesALinkToTheEmulatorsConfirmationPage() {
        TestPool pool = linkPool();
        String sub = pool.signUp("lina@example.com", TestPool.PASSWORD).userSub();

        OutboxEntry entry = lastMessageTo("lina@example.com");

        assertThat(entry.link()).isEqualTo(test.emulator().endpoint() + "/confirmUser?client_id=" + pool.clientId()
                + "&user_name=" + sub + "&confirmation_code=" + entry.code());
    }

    @Test
    void openingTheLinkConfirmsTheUserAndVerifiesTheEmail() {
        TestPool pool = linkPool();
        pool.signUp("luca@example.com", TestPool.PASSWORD);

        HttpResponse<String> page = open(lastMessageTo("luca@example.com").link());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("confirmed");
        var user = pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username("luca@example.com"));
        assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(user.userAttributes()).anySatisfy(attribute -> {
            assertThat(attribute.name()).isEqualTo("email_verified");
            assertThat(attribute.value()).isEqualTo("true");
        });
    }

    @Test
    void aLinkWithAWrongCodeAnswers400SayingWhyAndConfirmsNothing() {
        TestPool pool = linkPool();
        pool.signUp("lars@example.com", TestPool.PASSWORD);
        OutboxEntry entry = lastMessageTo("lars@example.com");
        String wrong = entry.code().equals("000000") ? "111111" : "000000";

        HttpResponse<String> page = open(entry.link().replace("confirmation_code=" + entry.code(), "confirmation_code=" + wrong));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Invalid verification code");
        assertThat(pool.cognito().adminGetUser(request -> request.userPoolId(pool.poolId()).username("lars@example.com")).userStatus())
                .isEqualTo(UserStatusType.UNCONFIRMED);
    }

    @Test
    void aResentConfirmationCarriesANewLink() {
        TestPool pool = linkPool();
        pool.signUp("lola@example.com", TestPool.PASSWORD);

        pool.cognito().resendConfirmationCode(request -> request.clientId(pool.clientId()).username("lola@example.com"));

        OutboxEntry resent = lastMessageTo("lola@example.com");
        assertThat(resent.purpose()).isEqualTo("RESEND");
        assertThat(resent.link()).endsWith("&confirmation_code=" + resent.code());
    }

    @Test
    void aPoolThatConfirmsByCodeSendsNoLink() {
        TestPool pool = test.emailPool();
        pool.signUp("leon@example.com", TestPool.PASSWORD);

        assertThat(lastMessageTo("leon@example.com").link()).isNull();
        assertThat(pool.cognito().describeUserPool(request -> request.userPoolId(pool.poolId())).userPool()
                .verificationMessageTemplate().defaultEmailOption()).isEqualTo(DefaultEmailOptionType.CONFIRM_WITH_CODE);
    }

    @Test
    void onlyGetOpensTheLink() {
        HttpResponse<String> response = Http.post(URI.create(test.emulator().endpoint() + "/confirmUser"), "");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().allValues("Allow")).isEqualTo(List.of("GET"));
    }
}
