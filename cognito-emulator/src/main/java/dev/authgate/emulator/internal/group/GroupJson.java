package dev.authgate.emulator.internal.group;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.state.Group;
import dev.authgate.emulator.internal.state.UserPool;
import tools.jackson.databind.node.ObjectNode;

/** Cognito's {@code GroupType}. */
final class GroupJson {
    private GroupJson() {
    }

    static ObjectNode of(UserPool pool, Group group) {
        ObjectNode json = Json.object().put("GroupName", group.name()).put("UserPoolId", pool.id());
        if (group.description() != null) {
            json.put("Description", group.description());
        }
        if (group.roleArn() != null) {
            json.put("RoleArn", group.roleArn());
        }
        if (group.precedence() != null) {
            json.put("Precedence", group.precedence());
        }
        json.put("LastModifiedDate", Json.epochSeconds(group.created()));
        json.put("CreationDate", Json.epochSeconds(group.created()));
        return json;
    }
}
