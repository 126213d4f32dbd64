package dev.authgate.emulator.internal.client;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.AppClient;
import dev.authgate.emulator.internal.state.TokenValidity;
import dev.authgate.emulator.internal.state.UserPool;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An app client as Cognito describes it ({@code UserPoolClientType}) or lists it. */
final class ClientJson {
    private ClientJson() {
    }

    static ObjectNode summary(UserPool pool, AppClient client) {
        return Json.object()
                .put("ClientId", client.clientId())
                .put("UserPoolId", pool.id())
                .put("ClientName", client.clientName());
    }

    static ObjectNode full(UserPool pool, AppClient client) {
        ObjectNode json = summary(pool, client);
        if (client.clientSecret() != null) {
            json.put("ClientSecret", client.clientSecret());
        }
        json.put("LastModifiedDate", Json.epochSeconds(client.created()));
        json.put("CreationDate", Json.epochSeconds(client.created()));
        TokenValidity validity = client.tokenValidity();
        json.put("RefreshTokenValidity", validity.refreshToken());
        json.put("AccessTokenValidity", validity.accessToken());
        json.put("IdTokenValidity", validity.idToken());
        json.putObject("TokenValidityUnits")
                .put("AccessToken", validity.accessTokenUnit())
                .put("IdToken", validity.idTokenUnit())
                .put("RefreshToken", validity.refreshTokenUnit());
        if (!client.readAttributes().isEmpty()) {
            json.set("ReadAttributes", strings(client.readAttributes()));
        }
        if (!client.writeAttributes().isEmpty()) {
            json.set("WriteAttributes", strings(client.writeAttributes()));
        }
        json.set("ExplicitAuthFlows", strings(client.explicitAuthFlows()));
        json.put("PreventUserExistenceErrors", client.preventUserExistenceErrors());
        json.put("EnableTokenRevocation", client.enableTokenRevocation());
        json.put("AuthSessionValidity", client.authSessionValidityMinutes());
        return json;
    }

    private static ArrayNode strings(Iterable<String> values) {
        ArrayNode list = Json.array();
        values.forEach(list::add);
        return list;
    }
}
