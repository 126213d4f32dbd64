package dev.authgate.contract.gateway;

/** cognito-gateway's error answer (its errors' JSON form): the status again, the message and the error's name. */
public record GatewayError(int statusCode, String message, String name) {
}
