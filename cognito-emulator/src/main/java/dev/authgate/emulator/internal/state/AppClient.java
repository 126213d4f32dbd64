package dev.authgate.emulator.internal.state;

import java.time.Instant;
import java.util.List;

/** A user pool app client. Empty read or write lists mean "every attribute", as Cognito defaults. */
public record AppClient(
        String clientId,
        String clientName,
        String clientSecret,
        Instant created,
        List<String> explicitAuthFlows,
        List<String> readAttributes,
        List<String> writeAttributes,
        TokenValidity tokenValidity,
        String preventUserExistenceErrors,
        boolean enableTokenRevocation,
        int authSessionValidityMinutes) {

    public AppClient {
        explicitAuthFlows = List.copyOf(explicitAuthFlows);
        readAttributes = List.copyOf(readAttributes);
        writeAttributes = List.copyOf(writeAttributes);
    }

    /** Accepts both the current {@code ALLOW_} names and the legacy ones ({@code CUSTOM_AUTH_FLOW_ONLY} for custom). */
    public boolean allowsFlow(String authFlow) {
        return explicitAuthFlows.contains("ALLOW_" + authFlow) || explicitAuthFlows.contains(authFlow)
                || (authFlow.equals("CUSTOM_AUTH") && explicitAuthFlows.contains("CUSTOM_AUTH_FLOW_ONLY"));
    }

    /** Legacy flow settings always allowed refreshing; with the current ones it must be listed. */
    public boolean allowsRefresh() {
        return explicitAuthFlows.contains("ALLOW_REFRESH_TOKEN_AUTH")
                || explicitAuthFlows.stream().noneMatch(flow -> flow.startsWith("ALLOW_"));
    }

    public boolean preventsUserExistenceErrors() {
        return "ENABLED".equals(preventUserExistenceErrors);
    }

    public boolean canRead(String attribute) {
        return readAttributes.isEmpty() || readAttributes.contains(attribute);
    }

    public boolean canWrite(String attribute) {
        if (writeAttributes.isEmpty()) {
            // By default a client writes everything except the verification flags a user must earn.
            return !attribute.endsWith("_verified");
        }
        return writeAttributes.contains(attribute);
    }
}
