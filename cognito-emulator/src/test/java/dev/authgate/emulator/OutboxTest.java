package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authgate.emulator.support.Http;
import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
    void theJavaApiShowsTheSameOutboxNewestFirst() {
        TestPool pool = test.emailPool();
        pool.signUp("carol@example.com", TestPool.PASSWORD);
        pool.signUp("dave@example.com", TestPool.PASSWORD);

        assertThat(test.emulator().outbox()).extracting(OutboxEntry::to).startsWith("dave@example.com", "carol@example.com");
    }
}
