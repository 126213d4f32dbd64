package dev.authgate.emulator.internal.code;

import dev.authgate.emulator.internal.protocol.Json;
import tools.jackson.databind.node.ObjectNode;

/** Where a message goes: the user's email or phone number, and the attribute it came from. */
public record Contact(String attribute, String value) {

    public String channel() {
        return attribute.equals("email") ? "EMAIL" : "SMS";
    }

    /** Cognito's {@code CodeDeliveryDetails}, with the destination masked as Cognito masks it. */
    public ObjectNode deliveryDetails() {
        return Json.object()
                .put("Destination", masked())
                .put("DeliveryMedium", channel())
                .put("AttributeName", attribute);
    }

    String masked() {
        return attribute.equals("email") ? maskEmail(value) : maskPhone(value);
    }

    // a***@e***.com: the first letter of each part and the top-level domain stay visible.
    private static String maskEmail(String email) {
        int at = email.indexOf('@');
        if (at < 1) {
            return "***";
        }
        String domain = email.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String host = dot > 0 ? domain.substring(0, dot) : domain;
        String topLevel = dot > 0 ? domain.substring(dot) : "";
        return email.charAt(0) + "***@" + (host.isEmpty() ? "" : host.charAt(0)) + "***" + topLevel;
    }

    // +*******4567: only the last four digits stay visible.
    private static String maskPhone(String phone) {
        if (phone.length() <= 4) {
            return "*".repeat(phone.length());
        }
        String prefix = phone.startsWith("+") ? "+" : "";
        int hidden = phone.length() - 4 - prefix.length();
        return prefix + "*".repeat(hidden) + phone.substring(phone.length() - 4);
    }
}
