package dev.authgate.contract.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One operation of the contract: where it is served and what it accepts.
 *
 * @param id the operationId, which is also the name of the function bean that serves it
 * @param method the HTTP method, upper case
 * @param path the path, as the contract writes it
 * @param surface the tag naming the surface the route belongs to ({@code auth} or {@code cognito-gateway})
 * @param adapts the primary operation this one adapts ({@code x-authgate-operation}), or its own id
 * @param bearer whether the route takes a Bearer access token
 * @param modes the modes the route exists in ({@code x-authgate-modes}); empty means every mode
 * @param requestSchema the JSON schema of the request body, if the operation takes one
 * @param cognitoGatewayName the name the npm package cognito-gateway gave a route of its surface
 *     ({@code x-cognito-gateway-name}: {@code signOutGlobal}, {@code userGet}, ...)
 * @param cognitoGatewayRequired the fields cognito-gateway itself required of such a route, answering 401 when one
 *     was missing ({@code x-cognito-gateway-required}); empty where it left the check to Cognito
 * @param hooksSeePassword whether the hooks of this operation see the request's password fields
 *     ({@code x-authgate-hooks-see-password}), because the operation exists to handle them; a route that adapts
 *     another takes its primary operation's answer
 */
public record ContractOperation(
        String id,
        String method,
        String path,
        String surface,
        String adapts,
        Bearer bearer,
        Set<String> modes,
        Optional<JsonNode> requestSchema,
        Optional<String> cognitoGatewayName,
        List<String> cognitoGatewayRequired,
        boolean hooksSeePassword) {

    public ContractOperation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(adapts, "adapts");
        Objects.requireNonNull(bearer, "bearer");
        modes = Set.copyOf(modes);
        Objects.requireNonNull(requestSchema, "requestSchema");
        Objects.requireNonNull(cognitoGatewayName, "cognitoGatewayName");
        cognitoGatewayRequired = List.copyOf(cognitoGatewayRequired);
    }

    /** Whether a route takes a Bearer access token, from its {@code security} requirements. */
    public enum Bearer {
        /** No security requirement. */
        NONE,
        /** The bearer scheme or nothing ({@code [{bearer: []}, {}]}). */
        OPTIONAL,
        /** Only the bearer scheme. */
        REQUIRED
    }

    /** Whether this route exists in the given mode. */
    public boolean existsIn(String mode) {
        return modes.isEmpty() || modes.contains(mode);
    }

    /** Whether this is an adapter around another operation rather than a primary operation. */
    public boolean isAdapter() {
        return !adapts.equals(id);
    }
}
