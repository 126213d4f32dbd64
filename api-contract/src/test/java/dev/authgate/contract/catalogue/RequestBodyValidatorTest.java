package dev.authgate.contract.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RequestBodyValidatorTest {

    private final OperationCatalogue catalogue = OperationCatalogue.load();
    private final RequestBodyValidator validator = new RequestBodyValidator(catalogue);
    private final JsonMapper json = JsonMapper.builder().build();

    private java.util.Optional<String> signUp(String body) {
        JsonNode schema = catalogue.operation("signUp").orElseThrow().requestSchema().orElseThrow();
        return validator.violation(json.readTree(body), schema);
    }

    @Test
    void aBodyThatFitsTheSchemaHasNoViolation() {
        assertThat(signUp("{\"username\":\"a@example.com\",\"password\":\"Passw0rd!\",\"userAttributes\":{\"role\":\"User\"}}")).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThat(signUp("{\"password\":\"x\"}")).hasValue("The field 'username' is required.");
    }

    @Test
    void aNullRequiredFieldCountsAsMissing() {
        assertThat(signUp("{\"username\":null}")).hasValue("The field 'username' is required.");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithTheExpectedType() {
        assertThat(signUp("{\"username\":42}")).hasValue("The field 'username' must be a string.");
    }

    @Test
    void anEmptyStringIsRejected() {
        assertThat(signUp("{\"username\":\"\"}")).hasValue("The field 'username' must not be empty.");
    }

    @Test
    void anOverlongStringIsRejectedWithItsLimit() {
        assertThat(signUp("{\"username\":\"" + "a".repeat(129) + "\"}"))
                .hasValue("The field 'username' must be at most 128 characters long.");
    }

    @Test
    void aNestedFieldIsNamedWithItsPath() {
        assertThat(signUp("{\"username\":\"u\",\"userAttributes\":{\"role\":7}}"))
                .hasValue("The field 'userAttributes.role' must be a string.");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRejected() {
        assertThat(signUp("[1,2]")).hasValue("The request body must be a JSON object.");
    }

    @Test
    void aPatternViolationIsNamed() {
        JsonNode schema = catalogue.operation("confirmSignUp").orElseThrow().requestSchema().orElseThrow();
        assertThat(validator.violation(json.readTree("{\"username\":\"u\",\"confirmationCode\":\"12 34\"}"), schema))
                .hasValue("The field 'confirmationCode' has an invalid format.");
    }
}
