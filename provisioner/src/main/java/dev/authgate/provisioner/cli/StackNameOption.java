package dev.authgate.provisioner.cli;

import dev.authgate.settings.AuthgateSettings;
import picocli.CommandLine.Option;

/** {@code --stack-name}: which CloudFormation stack, over {@code authgate.deployment.stack-name}. */
public final class StackNameOption {

    @Option(names = "--stack-name", paramLabel = "NAME",
            description = "The CloudFormation stack; overrides authgate.deployment.stack-name (default authgate).")
    String name;

    public String resolve(AuthgateSettings settings) {
        return name != null ? name : settings.deployment().stackName();
    }
}
