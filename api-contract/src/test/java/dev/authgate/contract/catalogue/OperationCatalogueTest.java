package dev.authgate.contract.catalogue;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class OperationCatalogueTest {

    private final OperationCatalogue catalogue = OperationCatalogue.load();

    @Test
    void everyOperationHasAUniqueIdAndAUniqueRoute() {
        assertThat(catalogue.operations()).extracting(ContractOperation::id).doesNotHaveDuplicates();
        assertThat(catalogue.operations()).extracting(op -> op.method() + " " + op.path()).doesNotHaveDuplicates();
    }

    @Test
    void thePrimarySurfaceHoldsEveryPrimaryOperationAndOnlyThoseAllUnderAuth() {
        assertThat(catalogue.operations(op -> op.surface().equals("auth")))
                .containsExactlyElementsOf(catalogue.operations(op -> !op.isAdapter()))
                .contains(catalogue.operation("signUp").orElseThrow(), catalogue.operation("setMfaPreference").orElseThrow())
                .allSatisfy(op -> assertThat(op.path()).startsWith("/auth/"));
    }

    @Test
    void everyCognitoGatewayOperationAdaptsAPrimaryOperation() {
        var gateway = catalogue.operations(op -> op.surface().equals("cognito-gateway"));
        assertThat(gateway).hasSize(11);
        assertThat(gateway).allSatisfy(op -> {
            assertThat(op.isAdapter()).isTrue();
            assertThat(catalogue.operation(op.adapts())).hasValueSatisfying(primary -> assertThat(primary.surface()).isEqualTo("auth"));
        });
    }

    @Test
    void aKnownMethodAndPathFindTheOperation() {
        assertThat(catalogue.match("POST", "/auth/sign-in", op -> true))
                .isEqualTo(new RouteMatch.Found(catalogue.operation("signIn").orElseThrow()));
    }

    @Test
    void aKnownPathWithAnotherMethodIsMethodNotAllowedWithTheAllowedMethods() {
        assertThat(catalogue.match("PUT", "/auth/user", op -> true))
                .isEqualTo(new RouteMatch.MethodNotAllowed(java.util.Set.of("GET", "DELETE", "PATCH")));
    }

    @Test
    void anUnknownPathIsNotFound() {
        assertThat(catalogue.match("POST", "/auth/nowhere", op -> true)).isEqualTo(new RouteMatch.NotFound());
    }

    @Test
    void anOperationTheFilterExcludesIsNotFound() {
        assertThat(catalogue.match("POST", "/signIn", op -> op.surface().equals("auth"))).isEqualTo(new RouteMatch.NotFound());
    }

    @Test
    void bearerRoutesAreMarkedAsSuch() {
        assertThat(catalogue.operations(op -> op.bearer() == ContractOperation.Bearer.REQUIRED)).extracting(ContractOperation::id)
                .contains("signOut", "changePassword", "getUser", "deleteUser", "gatewayGetUser")
                .doesNotContain("signIn", "signUp", "gatewayChangePassword");
    }

    @Test
    void cognitoGatewaysChangePasswordTakesTheBearerOrTheTokenInTheBody() {
        assertThat(catalogue.operation("gatewayChangePassword").orElseThrow().bearer()).isEqualTo(ContractOperation.Bearer.OPTIONAL);
    }

    @Test
    void passwordRoutesExistOnlyInUserPasswordMode() {
        assertThat(catalogue.operation("forgotPassword").orElseThrow().existsIn("Passwordless")).isFalse();
        assertThat(catalogue.operation("forgotPassword").orElseThrow().existsIn("UserPassword")).isTrue();
        assertThat(catalogue.operation("signIn").orElseThrow().existsIn("Passwordless")).isTrue();
    }

    @Test
    void operationsWithABodyCarryTheirResolvedSchema() {
        var schema = catalogue.operation("signUp").orElseThrow().requestSchema().orElseThrow();
        assertThat(schema.path("required").toString()).contains("username");
        assertThat(catalogue.operation("getUser").orElseThrow().requestSchema()).isEmpty();
    }

    @Test
    void everyCognitoGatewayRouteHasThatPackagesNameAndItStandsForThePrimaryOperation() {
        OperationCatalogue catalogue = OperationCatalogue.load();
        Map<String, String> names = catalogue.operationNames();

        assertThat(catalogue.operations(operation -> operation.surface().equals("cognito-gateway")))
                .allSatisfy(operation -> assertThat(operation.cognitoGatewayName()).isPresent());
        assertThat(names).containsEntry("signOutGlobal", "signOut")
                .containsEntry("signUpConfirm", "confirmSignUp")
                .containsEntry("userGet", "getUser")
                .containsEntry("userDelete", "deleteUser")
                .containsEntry("forgotPasswordRequest", "forgotPassword")
                .containsEntry("signUp", "signUp")
                .containsEntry("answerChallenge", "answerChallenge");
    }

    @Test
    void thePasswordFieldsAreTheRequestFieldsTheContractFormatsAsPasswords() {
        assertThat(catalogue.passwordFields()).containsExactlyInAnyOrder("password", "newPassword", "oldPassword");
    }

    @Test
    void onlySignUpAndSignInLetTheirHooksSeePasswords() {
        assertThat(catalogue.operations(ContractOperation::hooksSeePassword)).extracting(ContractOperation::id)
                .containsExactlyInAnyOrder("signUp", "signIn");
        assertThat(catalogue.hooksSeePassword("signIn")).isTrue();
        assertThat(catalogue.hooksSeePassword("changePassword")).isFalse();
    }

    @Test
    void anAdapterThatWouldShowItsHooksPasswordsIsRefusedNamingTheOperationItAdapts() {
        ObjectNode document = (ObjectNode) catalogue.document().deepCopy();
        ((ObjectNode) document.at("/paths/~1signIn/post")).put("x-authgate-hooks-see-password", true);

        assertThatThrownBy(() -> OperationCatalogue.of(document))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gatewaySignIn")
                .hasMessageContaining("signIn");
    }

    @Test
    void aFieldFormattedAsAPasswordInANewSchemaIsAPasswordField() {
        ObjectNode document = (ObjectNode) catalogue.document().deepCopy();
        ((ObjectNode) document.at("/components/schemas/UsernameRequest/properties"))
                .set("pin", JsonMapper.builder().build().createObjectNode().put("type", "string").put("format", "password"));

        assertThat(OperationCatalogue.of(document).passwordFields()).contains("pin");
    }

    @Test
    void aPasswordBelowTheTopLevelOfARequestBodyIsRefusedNamingWhereItIs() {
        ObjectNode document = (ObjectNode) catalogue.document().deepCopy();
        ((ObjectNode) document.at("/components/schemas/UpdateUserRequest/properties/attributes"))
                .set("additionalProperties", JsonMapper.builder().build().createObjectNode().put("type", "string").put("format", "password"));

        assertThatThrownBy(() -> OperationCatalogue.of(document))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("updateUser.attributes.*");
    }
}
