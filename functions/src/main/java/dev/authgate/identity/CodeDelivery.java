package dev.authgate.identity;

/**
 * Where Cognito sent a code.
 *
 * @param attribute the attribute the code went to ({@code email}, {@code phone_number})
 * @param medium {@code EMAIL} or {@code SMS}
 * @param destination the masked destination, such as {@code a***@e***}
 */
public record CodeDelivery(String attribute, String medium, String destination) {
}
