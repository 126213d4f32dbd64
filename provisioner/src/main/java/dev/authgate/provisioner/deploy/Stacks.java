package dev.authgate.provisioner.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.authgate.provisioner.ProvisionerException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** Looks stacks up by name or id. */
public final class Stacks {

    private final CloudFormationClient cloudFormation;

    public Stacks(CloudFormationClient cloudFormation) {
        this.cloudFormation = Objects.requireNonNull(cloudFormation, "cloudFormation");
    }

    /** The stack, or empty when there is none by that name (CloudFormation answers that with a ValidationError). */
    Optional<Stack> find(String nameOrId) {
        try {
            return cloudFormation.describeStacks(request -> request.stackName(nameOrId)).stacks().stream().findFirst();
        } catch (CloudFormationException e) {
            if (e.awsErrorDetails() != null && "ValidationError".equals(e.awsErrorDetails().errorCode())
                    && String.valueOf(e.awsErrorDetails().errorMessage()).contains("does not exist")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The stack by its id, which keeps answering after the stack is deleted. */
    Stack get(String stackId) {
        return find(stackId).orElseThrow(() -> new IllegalStateException("CloudFormation lost the stack " + stackId));
    }

    /** The outputs of a stack that exists. */
    public Map<String, String> outputsOf(String stackName) {
        return outputs(find(stackName).orElseThrow(() -> new ProvisionerException("no stack " + stackName
                + " in this account and region: deploy it first")));
    }

    static Map<String, String> outputs(Stack stack) {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Output output : stack.outputs()) {
            outputs.put(output.outputKey(), output.outputValue());
        }
        return outputs;
    }
}
