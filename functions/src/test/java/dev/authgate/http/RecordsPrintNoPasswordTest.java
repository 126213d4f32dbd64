package dev.authgate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.node.ObjectNode;

import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.testsupport.ContractRecords;

/**
 * A record of the contract that holds a field the contract formats as a password prints it as {@code ***}, so that no
 * log line or exception message that shows the record shows the password.
 */
class RecordsPrintNoPasswordTest {

    private static final Set<String> PASSWORD_FIELDS = OperationCatalogue.load().passwordFields();
    private static final String PASSWORD = "Pr1nted-Secret!";

    static Stream<Class<?>> recordsWithAPassword() {
        return ContractRecords.compiled().stream().filter(record -> !passwordComponents(record).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsWithAPassword")
    void theRecordPrintsNoPassword(Class<?> record) {
        JsonCodec json = new JsonCodec();
        ObjectNode fields = json.mapper().createObjectNode();
        passwordComponents(record).forEach(name -> fields.put(name, PASSWORD));

        Object bound = json.bind(fields, record);

        assertThat(bound.toString()).as("%s holds the password fields %s and prints them: override its toString",
                record.getName(), passwordComponents(record)).doesNotContain(PASSWORD);
    }

    private static List<String> passwordComponents(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).filter(PASSWORD_FIELDS::contains).toList();
    }
}
