package dev.authgate.hook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;

/**
 * Which request fields a hook sees comes from the contract: a field whose schema has {@code format: password} is
 * hidden from the hooks of every operation but those marked {@code x-authgate-hooks-see-password}, on both surfaces.
 */
class PasswordVisibilityTest {

    private static final OperationCatalogue CONTRACT = OperationCatalogue.load();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<ContractOperation> operationsWithABody() {
        return CONTRACT.operations(operation -> operation.requestSchema().isPresent()).stream();
    }

    @ParameterizedTest
    @MethodSource("operationsWithABody")
    void aHookSeesEveryFieldOfTheRequestButThePasswordsUnlessItsOperationIsMarked(ContractOperation operation) {
        Set<String> fields = fieldsOf(operation);

        Set<String> seen = Set.copyOf(seenByAHookOf(operation, requestWith(fields)).propertyNames());

        Set<String> hidden = CONTRACT.hooksSeePassword(operation.adapts()) ? Set.of() : CONTRACT.passwordFields();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(fields.stream().filter(field -> !hidden.contains(field)).toList());
    }

    @Test
    void theHooksOfAnswerChallengeDoNotSeeTheNewPasswordItsSchemaFormatsAsAPassword() {
        ContractOperation answerChallenge = CONTRACT.operation("answerChallenge").orElseThrow();

        JsonNode seen = seenByAHookOf(answerChallenge, requestWith(fieldsOf(answerChallenge)));

        assertThat(seen.has("newPassword")).isFalse();
        assertThat(seen.has("session")).isTrue();
    }

    @Test
    void theHooksOfSignInSeeThePasswordOnCognitoGatewaysRouteToo() {
        ContractOperation gatewaySignIn = CONTRACT.operation("gatewaySignIn").orElseThrow();

        JsonNode seen = seenByAHookOf(gatewaySignIn, requestWith(fieldsOf(gatewaySignIn)));

        assertThat(seen.path("password").asString()).isEqualTo("value of password");
    }

    @Test
    void aPasswordAHookCannotSeeComesToTheOperationAsTheClientSentIt() {
        ContractOperation changePassword = CONTRACT.operation("changePassword").orElseThrow();
        OperationHooks hooks = new OperationHooks(List.of(OperationHook.before("changePassword",
                (request, context) -> CompletableFuture.completedFuture(((ObjectNode) request).deepCopy().put("newPassword", "hook's")))),
                CONTRACT, Duration.ofSeconds(5));

        JsonNode passedOn = hooks.around("changePassword", contextOf(changePassword)).before(requestWith(fieldsOf(changePassword)));

        assertThat(passedOn.path("newPassword").asString()).isEqualTo("value of newPassword");
    }

    private static Set<String> fieldsOf(ContractOperation operation) {
        return Set.copyOf(operation.requestSchema().orElseThrow().path("properties").propertyNames());
    }

    private static JsonNode requestWith(Set<String> fields) {
        ObjectNode request = JSON.createObjectNode();
        fields.forEach(field -> request.put(field, "value of " + field));
        return request;
    }

    private static JsonNode seenByAHookOf(ContractOperation operation, JsonNode request) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        OperationHooks hooks = new OperationHooks(List.of(OperationHook.before(operation.adapts(), (shown, context) -> {
            seen.set(shown);
            return CompletableFuture.completedFuture(shown);
        })), CONTRACT, Duration.ofSeconds(5));

        hooks.around(operation.adapts(), contextOf(operation)).before(request);

        return seen.get();
    }

    private static HookContext contextOf(ContractOperation operation) {
        return new HookContext(operation.adapts(), operation.id(), operation.surface(), operation.method(), operation.path(),
                Map.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
