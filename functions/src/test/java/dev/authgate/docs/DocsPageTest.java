package dev.authgate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.http.HttpRequest;
import dev.authgate.http.HttpResponse;
import dev.authgate.http.JsonCodec;
import dev.authgate.settings.AuthMode;
import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.HttpCall;

/** {@code /openapi.json} is the contract as the app serves it; the page is off unless the setting turns it on. */
class DocsPageTest {

    private static final OperationCatalogue CATALOGUE = OperationCatalogue.load();

    @Test
    void theContractHoldsOnlyTheRoutesOfTheEnabledSurfacesAndMode() {
        Predicate<ContractOperation> served = operation -> operation.surface().equals("auth")
                && operation.existsIn(AuthMode.PASSWORDLESS.contractName());

        JsonNode paths = contract(served, Map.of("Host", "127.0.0.1:8080")).path("paths");

        assertThat(paths.has("/auth/sign-up")).isTrue();
        assertThat(paths.has("/signIn")).as("a cognito-gateway path").isFalse();
        assertThat(paths.has("/auth/password/update")).as("a UserPassword-only path").isFalse();
        long operations = paths.properties().stream().mapToLong(path -> path.getValue().size()).sum();
        assertThat(operations).isEqualTo(CATALOGUE.operations(served).size());
    }

    @Test
    void theContractNamesTheAppItWasFetchedFromAsItsServer() {
        JsonNode servers = contract(operation -> true, Map.of("host", "127.0.0.1:18013")).path("servers");

        assertThat(servers).hasSize(1);
        assertThat(servers.get(0).path("url").asString()).isEqualTo("http://127.0.0.1:18013");
    }

    @Test
    void theDocsPageIsOffUnlessTheSettingTurnsItOn() {
        ApiResponse response = EdgeKind.LOCAL_WEB.edge().send(HttpCall.get("/docs"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.errorType()).isEqualTo("NotFound");
    }

    private static JsonNode contract(Predicate<ContractOperation> served, Map<String, String> headers) {
        HttpResponse response = new DocsPage(CATALOGUE, served, new JsonCodec())
                .answer(HttpRequest.of("GET", "/openapi.json", headers, new byte[0])).orElseThrow();
        assertThat(response.status()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
