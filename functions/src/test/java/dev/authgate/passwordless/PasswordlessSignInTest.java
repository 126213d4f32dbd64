package dev.authgate.passwordless;

import static dev.authgate.testsupport.HttpCall.post;
import static dev.authgate.testsupport.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;

import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.Edge;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.TestStack;

/** The whole Passwordless flow through every edge: sign-up, confirmation and sign-in by SMS code. */
class PasswordlessSignInTest {

    private final TestStack stack = TestStack.passwordless();

    private String confirmedPhone(Edge edge) {
        String phone = TestStack.newPhone();
        assertThat(edge.send(post("/auth/sign-up", json("username", phone))).statusCode()).isEqualTo(200);
        assertThat(edge.send(post("/auth/sign-up/confirm",
                json("username", phone, "confirmationCode", stack.latestCode(phone, "SIGN_UP")))).statusCode()).isEqualTo(200);
        return phone;
    }

    private static ApiResponse signIn(Edge edge, String phone) {
        return edge.send(post("/auth/sign-in", json("username", phone)));
    }

    private static ApiResponse answer(Edge edge, String phone, String session, String code) {
        return edge.send(post("/auth/token", json("username", phone, "session", session, "confirmationCode", code)));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signingUpWithAPhoneNumberAndNoPasswordSendsAConfirmationCodeBySms(EdgeKind kind) {
        String phone = TestStack.newPhone();

        ApiResponse response = stack.edge(kind).send(post("/auth/sign-up", json("username", phone)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.field("username")).isEqualTo(phone);
        assertThat(stack.latestCode(phone, "SIGN_UP")).matches("\\d{6}");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anEmailIsRefusedAsAUsernameNamingTheField(EdgeKind kind) {
        ApiResponse response = stack.edge(kind).send(post("/auth/sign-up", json("username", "ada@example.com")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("'username'").contains("E.164");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void signingInSendsACodeAndAnswersTheSessionToSendItWith(EdgeKind kind) {
        String phone = confirmedPhone(stack.edge(kind));

        ApiResponse response = signIn(stack.edge(kind), phone);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.field("session")).isNotBlank();
        assertThat(response.field("message"))
                .isEqualTo("Use the session and the code we have sent you via SMS to get your access tokens via POST /token.");
        assertThat(response.json().has("accessToken")).isFalse();
        assertThat(stack.latestCode(phone, "SIGN_IN")).matches("\\d{6}");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void theCodeFromTheSmsAnswersTokens(EdgeKind kind) {
        Edge edge = stack.edge(kind);
        String phone = confirmedPhone(edge);
        String session = signIn(edge, phone).field("session");

        ApiResponse tokens = answer(edge, phone, session, stack.latestCode(phone, "SIGN_IN"));

        assertThat(tokens.statusCode()).isEqualTo(200);
        assertThat(tokens.field("accessToken")).isNotBlank();
        assertThat(tokens.field("refreshToken")).isNotBlank();
        assertThat(tokens.field("tokenType")).isEqualTo("Bearer");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aWrongCodeAnswers400WithANewSessionThatTheRightCodeThenCompletesWithoutASecondSms(EdgeKind kind) {
        Edge edge = stack.edge(kind);
        String phone = confirmedPhone(edge);
        String session = signIn(edge, phone).field("session");
        String code = stack.latestCode(phone, "SIGN_IN");

        ApiResponse wrong = answer(edge, phone, session, wrong(code));
        ApiResponse retried = answer(edge, phone, wrong.field("session"), code);

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.errorType()).isEqualTo("CodeMismatchException");
        assertThat(wrong.field("session")).isNotBlank().isNotEqualTo(session);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.field("accessToken")).isNotBlank();
        assertThat(stack.codesSent(phone, "SIGN_IN")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void afterThreeWrongCodesTheSignInFailsWith401(EdgeKind kind) {
        Edge edge = stack.edge(kind);
        String phone = confirmedPhone(edge);
        String session = signIn(edge, phone).field("session");
        String wrong = wrong(stack.latestCode(phone, "SIGN_IN"));

        ApiResponse first = answer(edge, phone, session, wrong);
        ApiResponse second = answer(edge, phone, first.field("session"), wrong);
        ApiResponse third = answer(edge, phone, second.field("session"), wrong);

        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(third.statusCode()).isEqualTo(401);
        assertThat(third.errorType()).isEqualTo("NotAuthorizedException");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void pastThreeCodesInTheWindowSignInAnswers429AndSendsNothing(EdgeKind kind) {
        Edge edge = stack.edge(kind);
        String phone = confirmedPhone(edge);
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(edge, phone).statusCode()).isEqualTo(200);
        }

        ApiResponse limited = signIn(edge, phone);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.errorType()).isEqualTo("LimitExceededException");
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(stack.codesSent(phone, "SIGN_IN")).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void thePasswordRoutesDoNotExistInPasswordlessMode(EdgeKind kind) {
        assertThat(stack.edge(kind).send(post("/auth/password/forgot", json("username", TestStack.newPhone()))).statusCode()).isEqualTo(404);
        assertThat(stack.edge(kind).send(post("/forgotPasswordRequest", json("username", TestStack.newPhone()))).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anUnknownNumberGetsASessionLikeAnyoneElseAndNoSms(EdgeKind kind) {
        String phone = TestStack.newPhone();

        ApiResponse response = signIn(stack.edge(kind), phone);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stack.codesSent(phone, "SIGN_IN")).isZero();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aNumberThatIsNoLongerVerifiedIsSentNoCode(EdgeKind kind) {
        Edge edge = stack.edge(kind);
        String phone = confirmedPhone(edge);
        stack.admin().updateAttributes(stack.outputs().userPoolId(), phone, Map.of("phone_number_verified", "false"));

        ApiResponse response = signIn(edge, phone);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stack.codesSent(phone, "SIGN_IN")).isZero();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void aNumberChangedBehindTheOwnersBackIsSentNoCode(EdgeKind kind) {
        Edge edge = stack.edge(kind);
        String phone = confirmedPhone(edge);
        String attackers = TestStack.newPhone();
        stack.admin().updateAttributes(stack.outputs().userPoolId(), phone, Map.of("phone_number", attackers));

        ApiResponse response = signIn(edge, attackers);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stack.codesSent(attackers, "SIGN_IN")).isZero();
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anUnknownNumberIsAnsweredWithTheSameFieldsAndTheSameMaskedDestinationAsAKnownOne(EdgeKind kind) {
        Edge edge = stack.edge(kind);
        String known = confirmedPhone(edge);
        String unknown = TestStack.newPhone();

        ApiResponse knownAnswer = signIn(edge, known);
        ApiResponse unknownAnswer = signIn(edge, unknown);

        assertThat(unknownAnswer.statusCode()).isEqualTo(knownAnswer.statusCode()).isEqualTo(200);
        assertThat(fieldPaths(unknownAnswer.json(), "")).isEqualTo(fieldPaths(knownAnswer.json(), ""));
        assertThat(knownAnswer.json().path("challengeParameters").path("destination").asString())
                .isEqualTo("+*******" + known.substring(known.length() - 4));
        assertThat(unknownAnswer.json().path("challengeParameters").path("destination").asString())
                .isEqualTo("+*******" + unknown.substring(unknown.length() - 4));
        assertThat(knownAnswer.json().path("challengeParameters").propertyNames()).containsExactly("destination");
    }

    @ParameterizedTest
    @EnumSource(EdgeKind.class)
    void anUnknownNumberReachesTheLimitLikeAKnownOneAndIsStillSentNothing(EdgeKind kind) {
        Edge edge = stack.edge(kind);
        String known = confirmedPhone(edge);
        String unknown = TestStack.newPhone();
        List<Integer> knownStatuses = new ArrayList<>();
        List<Integer> unknownStatuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            knownStatuses.add(signIn(edge, known).statusCode());
            unknownStatuses.add(signIn(edge, unknown).statusCode());
        }

        assertThat(unknownStatuses).isEqualTo(knownStatuses).containsExactly(200, 200, 200, 429);
        assertThat(stack.codesSent(unknown, "SIGN_IN")).isZero();
    }

    private static Set<String> fieldPaths(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        for (String name : node.propertyNames()) {
            paths.add(prefix + name);
            paths.addAll(fieldPaths(node.get(name), prefix + name + "."));
        }
        return paths;
    }

    @Test
    void concurrentSignInsStartedStraightWithCognitoSendNoMoreCodesThanTheLimit() throws Exception {
        String phone = confirmedPhone(stack.edge(EdgeKind.LOCAL_WEB));
        List<Callable<Void>> starts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            starts.add(() -> {
                stack.admin().startCustomAuthDirectly(stack.outputs().userPoolClientId(), phone);
                return null;
            });
        }

        ExecutorService threads = Executors.newFixedThreadPool(starts.size());
        List<Future<Void>> results;
        try {
            results = threads.invokeAll(starts);
        } finally {
            threads.shutdown();
        }

        assertThat(results.stream().filter(PasswordlessSignInTest::succeeded).count()).isEqualTo(3);
        assertThat(stack.codesSent(phone, "SIGN_IN")).isEqualTo(3);
    }

    private static boolean succeeded(Future<Void> start) {
        try {
            start.get();
            return true;
        } catch (ExecutionException refused) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
