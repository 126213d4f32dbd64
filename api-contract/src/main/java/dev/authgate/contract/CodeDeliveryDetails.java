package dev.authgate.contract;

/**
 * Where a code went.
 *
 * @param attribute the attribute the code went to ({@code email}, {@code phone_number})
 * @param medium {@code EMAIL} or {@code SMS}
 * @param destination the masked destination, such as {@code a***@e***.com}
 */
public record CodeDeliveryDetails(String attribute, String medium, String destination) {
}
