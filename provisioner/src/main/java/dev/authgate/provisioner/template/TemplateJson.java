package dev.authgate.provisioner.template;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link Template} in CloudFormation's JSON form. */
final class TemplateJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TemplateJson() {
    }

    static ObjectNode write(Template template) {
        ObjectNode root = NODES.objectNode();
        root.put("AWSTemplateFormatVersion", "2010-09-09");
        root.put("Description", template.description());
        if (!template.parameters().isEmpty()) {
            ObjectNode parameters = root.putObject("Parameters");
            template.parameters().forEach((id, parameter) -> parameters.putObject(id)
                    .put("Type", "String")
                    .put("Description", parameter.description()));
        }
        ObjectNode resources = root.putObject("Resources");
        template.resources().forEach((id, resource) -> {
            ObjectNode node = resources.putObject(id);
            node.put("Type", resource.type());
            if (resource.retained()) {
                node.put("DeletionPolicy", "Retain");
                node.put("UpdateReplacePolicy", "Retain");
            }
            if (!resource.properties().asMap().isEmpty()) {
                node.set("Properties", value(resource.properties()));
            }
        });
        if (!template.outputs().isEmpty()) {
            ObjectNode outputs = root.putObject("Outputs");
            template.outputs().forEach((id, output) -> outputs.putObject(id)
                    .put("Description", output.description())
                    .set("Value", value(output.value())));
        }
        return root;
    }

    static JsonNode value(Object value) {
        if (value instanceof String text) {
            return NODES.stringNode(text);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(value(item)));
            return array;
        }
        if (value instanceof Properties properties) {
            ObjectNode object = NODES.objectNode();
            properties.asMap().forEach((name, item) -> object.set(name, value(item)));
            return object;
        }
        if (value instanceof PolicyDocument document) {
            return value(document.toProperties());
        }
        if (value instanceof Fn function) {
            return function(function);
        }
        throw new IllegalArgumentException("A template cannot hold a " + value.getClass().getName() + ": " + value);
    }

    private static JsonNode function(Fn function) {
        ObjectNode node = NODES.objectNode();
        if (function instanceof Fn.Ref ref) {
            node.put("Ref", ref.target());
        } else if (function instanceof Fn.GetAtt getAtt) {
            node.set("Fn::GetAtt", value(List.of(getAtt.resource(), getAtt.attribute())));
        } else if (function instanceof Fn.Sub sub) {
            node.put("Fn::Sub", sub.text());
        } else if (function instanceof Fn.Join join) {
            node.set("Fn::Join", value(List.of(join.delimiter(), join.parts())));
        }
        return node;
    }
}
