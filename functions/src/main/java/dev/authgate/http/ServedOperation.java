package dev.authgate.http;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.hook.OperationHooks;
import dev.authgate.http.OperationFunctions.OperationFunction;
import dev.authgate.identity.VerifiedAccessToken;

/**
 * An operation the app serves, with what is decided once for it when the dispatcher is made: its function, how a
 * request becomes that function's input, and whether hooks run around it.
 */
record ServedOperation(ContractOperation operation, OperationFunction function, InputBinder input, boolean hooked) {

    static ServedOperation of(ContractOperation operation, OperationFunctions functions, RequestBodies bodies, OperationHooks hooks) {
        OperationFunction function = functions.of(operation.id());
        return new ServedOperation(operation, function, InputBinder.of(operation, function.inputType(), bodies),
                hooks.any(operation.adapts()));
    }

    /** Runs the function on the request's token and body (null when it reads none); answers its response record. */
    Object call(Optional<VerifiedAccessToken> token, JsonNode body) {
        return function.apply(input.bind(token, body));
    }
}
