package dev.authgate.http;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.gateway.GatewayError;
import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;

/**
 * Errors on the cognito-gateway routes as that package answered them ({@code authgate.gateway.error-format:
 * cognito-gateway}), so that its existing clients keep working: {@code {"statusCode","message","name"}}, with
 * <ul>
 * <li>401 and a name such as {@code USERNAME_AND_PASSWORD_ARE_REQUIRED}, naming every field it checked itself
 * ({@code x-cognito-gateway-required}), when one of them is missing or empty;</li>
 * <li>401 {@code UNAUTHORIZED} when a route that needs an access token gets none;</li>
 * <li>Cognito's own status for Cognito's errors, which is 400 for every one but {@code InternalErrorException}
 * (500), with Cognito's exception name;</li>
 * <li>for a request Cognito would have refused as a bad parameter, 400 {@code InvalidParameterException};</li>
 * <li>anything else (a hook's error, a body too large, Cognito out of reach) with its own status and type.</li>
 * </ul>
 * Headers such as {@code Retry-After} are kept.
 */
final class GatewayErrorMapper {

    private final JsonCodec json;

    GatewayErrorMapper(JsonCodec json) {
        this.json = json;
    }

    HttpResponse toResponse(AuthException error, ContractOperation operation, HttpRequest request) {
        GatewayError answer = answer(error, operation, request);
        return new HttpResponse(answer.statusCode(), ErrorMapper.headersOf(error), json.write(answer));
    }

    private GatewayError answer(AuthException error, ContractOperation operation, HttpRequest request) {
        if (error.type().equals(ErrorType.INVALID_REQUEST)) {
            List<String> checked = operation.cognitoGatewayRequired();
            return anyMissing(checked, request)
                    ? new GatewayError(401, requiredMessage(checked), requiredName(checked))
                    : new GatewayError(400, error.getMessage(), "InvalidParameterException");
        }
        if (error.type().equals(ErrorType.UNAUTHORIZED) && request.header("Authorization").isEmpty()) {
            return new GatewayError(401, "Unauthorized", "UNAUTHORIZED");
        }
        if (error.type().equals(ErrorType.UNAUTHORIZED)) {
            return new GatewayError(400, error.getMessage(), "NotAuthorizedException");
        }
        if (isCognitos(error.type())) {
            return new GatewayError(error.status() >= 500 ? 500 : 400, error.getMessage(), error.type());
        }
        return new GatewayError(error.status(), error.getMessage(), error.type());
    }

    /** Cognito names every error of its API {@code ...Exception}; none of Authgate's own types is. */
    private static boolean isCognitos(String type) {
        return type.endsWith("Exception");
    }

    /** As cognito-gateway tested them, with JavaScript's {@code !value}: absent, null, empty, zero or false. */
    private boolean anyMissing(List<String> fields, HttpRequest request) {
        JsonNode body = readLeniently(request);
        return fields.stream().map(body::path).anyMatch(value -> value.isMissingNode() || value.isNull()
                || (value.isString() && value.asString().isEmpty())
                || (value.isNumber() && value.asDouble() == 0)
                || (value.isBoolean() && !value.asBoolean()));
    }

    private JsonNode readLeniently(HttpRequest request) {
        try {
            return request.body().length == 0 ? json.mapper().createObjectNode() : json.readTree(request.body());
        } catch (AuthException e) {
            return json.mapper().createObjectNode();
        }
    }

    /** {@code USERNAME_AND_PASSWORD_ARE_REQUIRED}, {@code USERNAME_IS_REQUIRED}: cognito-gateway's names. */
    private static String requiredName(List<String> fields) {
        String names = fields.stream().map(GatewayErrorMapper::upperSnake).collect(Collectors.joining("_AND_"));
        return names + (fields.size() == 1 ? "_IS_REQUIRED" : "_ARE_REQUIRED");
    }

    private static String requiredMessage(List<String> fields) {
        String names = fields.stream().map(field -> "`" + field + "`").collect(Collectors.joining(" and "));
        return names + (fields.size() == 1 ? " is required" : " are required");
    }

    private static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
