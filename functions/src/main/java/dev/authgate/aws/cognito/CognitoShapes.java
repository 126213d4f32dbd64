package dev.authgate.aws.cognito;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;

import dev.authgate.contract.CodeDeliveryDetails;

/** The SDK's shapes of the values several calls share, to and from the contract's. */
final class CognitoShapes {

    private CognitoShapes() {
    }

    static List<AttributeType> attributes(Map<String, String> attributes) {
        return attributes.entrySet().stream()
                .map(entry -> AttributeType.builder().name(entry.getKey()).value(entry.getValue()).build())
                .toList();
    }

    static Optional<CodeDeliveryDetails> delivery(CodeDeliveryDetailsType details) {
        return Optional.ofNullable(details)
                .map(d -> new CodeDeliveryDetails(d.attributeName(), d.deliveryMediumAsString(), d.destination()));
    }
}
