package dev.authgate.emulator.internal.group;

import java.util.List;

import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.protocol.Pagination;
import dev.authgate.emulator.internal.protocol.Request;
import dev.authgate.emulator.internal.state.Group;
import dev.authgate.emulator.internal.state.UserPool;
import tools.jackson.databind.node.ArrayNode;
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

    /** One page of groups, as the list actions answer it: {@code Groups} and, when there is more, {@code NextToken}. */
    static ObjectNode page(Request request, UserPool pool, List<Group> groups) {
        Pagination<Group> page = Pagination.page(groups, Group::name, request.integer("Limit").orElse(60), request.optional("NextToken"));
        ObjectNode response = Json.object();
        ArrayNode list = response.putArray("Groups");
        page.items().forEach(group -> list.add(of(pool, group)));
        page.nextToken().ifPresent(token -> response.put("NextToken", token));
        return response;
    }
}
