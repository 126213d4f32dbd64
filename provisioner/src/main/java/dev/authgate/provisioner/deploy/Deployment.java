package dev.authgate.provisioner.deploy;

import java.util.Map;

/**
 * What a deploy did.
 *
 * @param changed false when the stack already matched the template and parameters
 * @param outputs the stack's outputs by name
 */
public record Deployment(boolean changed, Map<String, String> outputs) {

    public Deployment {
        outputs = Map.copyOf(outputs);
    }
}
