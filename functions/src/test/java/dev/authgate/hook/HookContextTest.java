package dev.authgate.hook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import dev.authgate.identity.VerifiedAccessToken;

class HookContextTest {

    private static final String TOKEN = "eyJraWQiOiJrMSJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl";

    private final HookContext context = new HookContext("changePassword", "changePassword", "auth", "POST", "/auth/password/update",
            Map.of("Authorization", "Bearer " + TOKEN, "Cookie", "session=s3cr3t", "X-Display-Name", "Ada"),
            Optional.of(new VerifiedAccessToken(TOKEN, "sub-1", "ada", List.of())),
            Optional.of(JsonMapper.builder().build().readTree("{\"body\":\"{\\\"oldPassword\\\":\\\"Corr3ct-Horse!\\\"}\"}")),
            Optional.empty());

    @Test
    void printingAContextShowsNoCredentialHeaderTokenOrRawEvent() {
        String printed = context.toString();

        assertThat(printed).doesNotContain(TOKEN).doesNotContain("s3cr3t").doesNotContain("Corr3ct-Horse!");
        assertThat(printed).contains("Authorization=***").contains("Cookie=***").contains("X-Display-Name=Ada")
                .contains("/auth/password/update");
    }
}
