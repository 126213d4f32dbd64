package dev.authgate.http;

import static dev.authgate.testsupport.HttpCall.post;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.TestStack;

/** No password, code or token reaches the log, on any edge, even when the edges start during the test. */
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsTest {

    private static final String PASSWORD = "Sec2et-Unlogged!";

    @Test
    void aFullSignUpConfirmAndSignInLogsNoPasswordCodeOrToken(CapturedOutput output) {
        TestStack stack = TestStack.get();
        for (EdgeKind kind : EdgeKind.values()) {
            String username = TestStack.newEmail();
            String credentials = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}";
            kind.edge().send(post("/auth/sign-up", credentials));
            String code = stack.latestCode(username, "SIGN_UP");
            kind.edge().send(post("/auth/sign-up/confirm", "{\"username\":\"" + username + "\",\"confirmationCode\":\"" + code + "\"}"));
            ApiResponse tokens = kind.edge().send(post("/auth/sign-in", credentials));
            kind.edge().send(post("/auth/sign-in", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "x\"}"));

            assertThat(tokens.statusCode()).isEqualTo(200);
            assertThat(output.getAll())
                    .doesNotContain(PASSWORD)
                    .doesNotContain("\"" + code + "\"")
                    .doesNotContain(tokens.field("accessToken"))
                    .doesNotContain(tokens.field("idToken"))
                    .doesNotContain(tokens.field("refreshToken"));
        }
    }
}
