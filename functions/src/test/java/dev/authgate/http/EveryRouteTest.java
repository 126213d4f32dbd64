package dev.authgate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.HttpCall;

/**
 * Every route of the contract, on both surfaces and every edge, answers bad input with the envelope and the
 * right 4xx status: never a 500 or a 501.
 */
class EveryRouteTest {

    static Stream<Arguments> routes() {
        return Stream.of(EdgeKind.values()).flatMap(edge -> OperationCatalogue.load().operations().stream()
                .map(operation -> Arguments.of(edge, operation.id(), operation)));
    }

    static Stream<Arguments> routesWithABody() {
        return routes().filter(arguments -> ((ContractOperation) arguments.get()[2]).requestSchema().isPresent());
    }

    private static ApiResponse send(EdgeKind kind, ContractOperation operation, String body) {
        return kind.edge().send(new HttpCall(operation.method(), operation.path(), Map.of("Content-Type", "application/json"), body));
    }

    /** Routes that must have a bearer token refuse before they read anything else. */
    private static int expectedStatus(ContractOperation operation) {
        return operation.bearer() == ContractOperation.Bearer.REQUIRED ? 401 : 400;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routesWithABody")
    void malformedJsonAnswersTheEnvelope(EdgeKind kind, String id, ContractOperation operation) {
        ApiResponse response = send(kind, operation, "{\"oops\"");

        assertThat(response.statusCode()).isEqualTo(expectedStatus(operation));
        assertThat(response.errorType()).isIn("InvalidRequest", "Unauthorized");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routesWithABody")
    void aBodyThatIsNotAnObjectAnswersTheEnvelope(EdgeKind kind, String id, ContractOperation operation) {
        assertThat(send(kind, operation, "[]").statusCode()).isEqualTo(expectedStatus(operation));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routesWithABody")
    void anEmptyObjectAnswers400NamingAFieldOr401(EdgeKind kind, String id, ContractOperation operation) {
        ApiResponse response = send(kind, operation, "{}");

        assertThat(response.statusCode()).isEqualTo(expectedStatus(operation));
        if (response.statusCode() == 400) {
            assertThat(response.errorMessage()).containsPattern("'\\w+'|at least 1 field");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routesWithABody")
    void anOverlongValueAnswers400(EdgeKind kind, String id, ContractOperation operation) {
        String body = "{\"username\":\"" + "u".repeat(300) + "\",\"refreshToken\":\"" + "r".repeat(20_000)
                + "\",\"password\":\"" + "p".repeat(300) + "\"}";

        assertThat(send(kind, operation, body).statusCode()).isEqualTo(expectedStatus(operation));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void aWrongMethodAnswers405(EdgeKind kind, String id, ContractOperation operation) {
        ApiResponse response = kind.edge().send(HttpCall.of(operation.method().equals("PUT") ? "POST" : "PUT", operation.path()));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.header("Allow")).contains(operation.method());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void noRouteAnswers5xxToAnEmptyRequest(EdgeKind kind, String id, ContractOperation operation) {
        ApiResponse response = send(kind, operation, null);

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.errorType()).isNotBlank();
        assertThat(response.body()).doesNotContain("dev.authgate", "Exception:", "\tat ");
    }
}
