package dev.authgate.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.authgate.config.FunctionalApplication;
import dev.authgate.contract.ChallengeResponse;
import dev.authgate.contract.CodeDeliveryDetails;
import dev.authgate.contract.CodeSentResponse;
import dev.authgate.contract.SignInResult;
import dev.authgate.contract.TokenResponse;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.contract.gateway.GatewaySignedUp;
import dev.authgate.http.JsonCodec;
import dev.authgate.http.OperationFunctions;
import dev.authgate.testsupport.ContractRecords;
import dev.authgate.testsupport.TestStack;

/**
 * What priming maps is derived from the operation beans and covers the whole contract: every record compiled into
 * the contract's packages and every object schema of openapi.yaml, each of which survives a JSON round trip.
 */
class ContractTypesTest {

    private static final OperationCatalogue CONTRACT = OperationCatalogue.load();

    private static ConfigurableApplicationContext lambdaApp;
    private static List<Class<? extends Record>> primed;

    @BeforeAll
    static void deriveThePrimedTypesFromTheLambdaAppsBeans() {
        TestStack.get();
        lambdaApp = FunctionalSpringApplication.run(FunctionalApplication.class);
        primed = ContractTypes.of(CONTRACT, new OperationFunctions(lambdaApp.getBeanFactory()));
    }

    @AfterAll
    static void stopTheLambdaApp() {
        lambdaApp.close();
    }

    static List<Class<?>> contractRecords() {
        return ContractRecords.compiled();
    }

    @Test
    void primingCoversEveryRecordCompiledIntoTheContractsPackages() {
        List<String> missed = contractRecords().stream().filter(record -> !primed.contains(record)).map(Class::getName).toList();

        assertThat(missed).as("records of the contract that no operation bean takes or answers, nor reaches through a record"
                + " component or a sealed interface, so that priming misses them").isEmpty();
        assertThat(primed).containsExactlyInAnyOrderElementsOf(contractRecords().stream().map(ContractTypesTest::asRecord).toList());
    }

    @Test
    void everyObjectSchemaOfTheContractIsARecordThatPrimingMaps() {
        Set<String> primedNames = primed.stream().map(Class::getSimpleName).collect(Collectors.toSet());

        List<String> missed = CONTRACT.document().path("components").path("schemas").properties().stream()
                .filter(schema -> schema.getValue().has("properties"))
                .map(Map.Entry::getKey)
                .filter(name -> !primedNames.contains(name))
                .toList();

        assertThat(missed).as("schemas of openapi.yaml with no record of that name among the primed types: name the record"
                + " after its schema, and take or answer it from an operation bean (or reach it from a record that is)").isEmpty();
    }

    @Test
    void aSealedInterfaceReachesItsPermittedRecords() {
        assertThat(ContractTypes.reachedFrom(SignInResult.class)).containsExactlyInAnyOrder(TokenResponse.class, ChallengeResponse.class);
    }

    @Test
    void aRecordReachesTheRecordsOfItsComponentsEvenNestedOnes() {
        assertThat(ContractTypes.reachedFrom(CodeSentResponse.class)).containsExactly(CodeSentResponse.class, CodeDeliveryDetails.class);
        assertThat(ContractTypes.reachedFrom(GatewaySignedUp.class)).containsExactly(GatewaySignedUp.class, GatewaySignedUp.User.class);
    }

    @ParameterizedTest
    @MethodSource("contractRecords")
    void eachRecordIsWrittenAndReadBackUnchanged(Class<?> type) {
        JsonCodec json = new JsonCodec();
        Record sample = SampleRecords.of(asRecord(type));

        Record readBack = json.bind(json.readTree(json.write(sample)), asRecord(type));

        assertThat(json.write(readBack)).isEqualTo(json.write(sample));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Record> asRecord(Class<?> type) {
        return (Class<? extends Record>) type;
    }
}
