package dev.authgate.provisioner.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import dev.authgate.provisioner.StackOutputs;
import dev.authgate.provisioner.deploy.AwsClients;
import dev.authgate.provisioner.deploy.Stacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code provisioner outputs}: the outputs of the deployed stack, without changing anything. */
@Command(name = "outputs", mixinStandardHelpOptions = true, description = "Prints the outputs of the deployed stack.")
public final class OutputsCommand implements Callable<Integer> {

    @Mixin
    ConfigFileOption config;

    @Mixin
    StackNameOption stackName;

    @Mixin
    AwsOptions aws;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String name = stackName.resolve(config.read());
        try (AwsClients clients = aws.connect()) {
            output.print(name, StackOutputs.from(new Stacks(clients.cloudFormation()).outputsOf(name)), spec.commandLine().getOut());
        }
        return 0;
    }
}
