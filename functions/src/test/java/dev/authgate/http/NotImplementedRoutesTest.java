package dev.authgate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.testsupport.ApiResponse;
import dev.authgate.testsupport.EdgeKind;
import dev.authgate.testsupport.HttpCall;

/**
 * Every route of the contract answers; those whose operation is still to be built answer 501, and this
 * list says which, so that no route silently disappears.
 */
class NotImplementedRoutesTest {

    private static final List<String> NOT_IMPLEMENTED_YET = List.of(
            "resendConfirmationCode", "answerChallenge", "refreshToken", "revokeToken", "signOut", "forgotPassword",
            "confirmForgotPassword", "changePassword", "getUser", "deleteUser",
            "gatewaySignIn", "gatewaySignUp", "gatewaySignUpConfirm", "gatewaySignUpConfirmResend", "gatewayRefreshToken",
            "gatewaySignOutGlobal", "gatewayChangePassword", "gatewayForgotPasswordRequest", "gatewayForgotPasswordConfirm",
            "gatewayGetUser", "gatewayDeleteUser");

    @Test
    void exactlyTheListedOperationsAnswer501WithNotImplemented() {
        List<String> answering501 = OperationCatalogue.load().operations().stream()
                .filter(operation -> send(operation).statusCode() == 501)
                .map(ContractOperation::id)
                .toList();

        assertThat(answering501).containsExactlyInAnyOrderElementsOf(NOT_IMPLEMENTED_YET);
    }

    @Test
    void aNotImplementedRouteAnswersTheEnvelopeWithTypeNotImplemented() {
        ApiResponse response = EdgeKind.HTTP_API_V2.edge().send(HttpCall.get("/auth/user"));

        assertThat(response.errorType()).isEqualTo("NotImplemented");
        assertThat(response.errorMessage()).contains("getUser");
    }

    private static ApiResponse send(ContractOperation operation) {
        String body = operation.requestSchema().isPresent() ? "{}" : null;
        return EdgeKind.HTTP_API_V2.edge().send(new HttpCall(operation.method(), operation.path(),
                java.util.Map.of("Content-Type", "application/json"), body));
    }
}
