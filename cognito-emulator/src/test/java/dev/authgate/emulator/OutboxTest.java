package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authgate.emulator.support.Http;
import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OutboxTest {
    private static TestCognito test;

    @BeforeAll
    static void start() {
        test = TestCognito.start();
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    private static URI outbox() {
        return test.emulator().endpoint().resolve("/outbox");
    }

    @Test
    void getOutboxListsEverySentCodeNewestFirst() {
        TestPool pool = test.emailPool();
        pool.signUp("alice@example.com", TestPool.PASSWORD);
        pool.signUp("bob@example.com", TestPool.PASSWORD);

        HttpResponse<String> response = Http.get(test.emulator().endpoint().resolve("/outbox"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode entries = JsonMapper.shared().readTree(response.body());
        assertThat(entries.get(0).get("to").asString()).isEqualTo("bob@example.com");
        assertThat(entries.get(1).get("to").asString()).isEqualTo("alice@example.com");
        JsonNode newest = entries.get(0);
        assertThat(newest.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(newest.get("purpose").asString()).isEqualTo("SIGN_UP");
        assertThat(newest.get("code").asString()).isEqualTo(pool.codeSentTo("bob@example.com"));
        assertThat(Instant.parse(newest.get("at").asString())).isNotNull();
    }

    @Test
    void anEntryPostedToTheOutboxIsListedWithTheTimeItArrived() {
        HttpResponse<String> posted = Http.post(outbox(),
                "{\"to\":\"+15555550100\",\"channel\":\"SMS\",\"purpose\":\"SIGN_IN\",\"code\":\"493817\"}");

        assertThat(posted.statusCode()).isEqualTo(201);
        OutboxEntry newest = test.emulator().outbox().get(0);
        assertThat(newest.to()).isEqualTo("+15555550100");
        assertThat(newest.channel()).isEqualTo("SMS");
        assertThat(newest.purpose()).isEqualTo("SIGN_IN");
        assertThat(newest.code()).isEqualTo("493817");
        assertThat(Instant.parse(newest.at())).isEqualTo(test.clock().instant());
        JsonNode listed = JsonMapper.shared().readTree(Http.get(outbox()).body()).get(0);
        assertThat(listed.get("code").asString()).isEqualTo("493817");
        assertThat(JsonMapper.shared().readTree(posted.body()).get("at").asString()).isEqualTo(newest.at());
    }

    @Test
    void anEmailMayBePostedToo() {
        HttpResponse<String> posted = Http.post(outbox(),
                "{\"to\":\"ann@example.com\",\"channel\":\"EMAIL\",\"purpose\":\"SIGN_IN\",\"code\":\"123456\"}");

        assertThat(posted.statusCode()).isEqualTo(201);
        assertThat(test.emulator().outbox().get(0).to()).isEqualTo("ann@example.com");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON                   | {to:                                                                          | not valid JSON",
        "not an object              | [1,2]                                                                         | must be a JSON object",
        "missing code               | {\"to\":\"+15555550100\",\"channel\":\"SMS\",\"purpose\":\"SIGN_IN\"}                       | \"code\" is required",
        "code not a string          | {\"to\":\"+15555550100\",\"channel\":\"SMS\",\"purpose\":\"SIGN_IN\",\"code\":493817}         | \"code\" is required",
        "unknown channel            | {\"to\":\"+15555550100\",\"channel\":\"FAX\",\"purpose\":\"SIGN_IN\",\"code\":\"1\"}          | \"channel\" must be SMS or EMAIL",
        "SMS to an email            | {\"to\":\"a@example.com\",\"channel\":\"SMS\",\"purpose\":\"SIGN_IN\",\"code\":\"1\"}         | E.164",
        "EMAIL to a phone           | {\"to\":\"+15555550100\",\"channel\":\"EMAIL\",\"purpose\":\"SIGN_IN\",\"code\":\"1\"}       | email address",
        "lower case purpose         | {\"to\":\"+15555550100\",\"channel\":\"SMS\",\"purpose\":\"sign in\",\"code\":\"1\"}         | \"purpose\" must be",
        "time given by the sender   | {\"to\":\"+15555550100\",\"channel\":\"SMS\",\"purpose\":\"SIGN_IN\",\"code\":\"1\",\"at\":\"x\"} | Unknown member \"at\"",
    })
    void anInvalidEntryIsRefusedWith400AndSaysWhy(String what, String body, String reason) {
        int before = test.emulator().outbox().size();

        HttpResponse<String> posted = Http.post(outbox(), body);

        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(JsonMapper.shared().readTree(posted.body()).get("message").asString()).contains(reason);
        assertThat(test.emulator().outbox()).hasSize(before);
    }

    @Test
    void anOversizedEntryIsRefusedWith413() {
        String code = "1".repeat(20_000);

        HttpResponse<String> posted = Http.post(outbox(),
                "{\"to\":\"+15555550100\",\"channel\":\"SMS\",\"purpose\":\"SIGN_IN\",\"code\":\"" + code + "\"}");

        assertThat(posted.statusCode()).isEqualTo(413);
    }

    @Test
    void theOutboxTakesOnlyGetAndPost() {
        HttpResponse<String> response = Http.delete(outbox());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, POST");
    }

    @Test
    void theJavaApiShowsTheSameOutboxNewestFirst() {
        TestPool pool = test.emailPool();
        pool.signUp("carol@example.com", TestPool.PASSWORD);
        pool.signUp("dave@example.com", TestPool.PASSWORD);

        assertThat(test.emulator().outbox()).extracting(OutboxEntry::to).startsWith("dave@example.com", "carol@example.com");
    }
}
