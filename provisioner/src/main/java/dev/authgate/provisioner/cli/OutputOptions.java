package dev.authgate.provisioner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import dev.authgate.provisioner.StackOutputs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How the stack's outputs are printed: {@code Name=value} lines, JSON, or the {@code <stack>.Name = value} lines
 * the AWS CDK prints; and optionally to a file.
 */
public final class OutputOptions {

    private boolean json;
    private boolean cdk;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the outputs as JSON to this file.")
    Path out;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--json", description = "Print the outputs as one JSON object instead of Name=value lines.")
    void json(boolean json) {
        this.json = json;
        refuseTwoFormats();
    }

    @Option(names = "--cdk", description = "Print the outputs as the AWS CDK does: <stack>.Name = value lines.")
    void cdk(boolean cdk) {
        this.cdk = cdk;
        refuseTwoFormats();
    }

    /** Checked as the command line is read, so that a deploy given both formats does not deploy before it is refused. */
    private void refuseTwoFormats() {
        if (json && cdk) {
            throw new ParameterException(command.commandLine(), "--json and --cdk are two formats: give one of them");
        }
    }

    void print(String stackName, StackOutputs outputs, PrintWriter writer) throws IOException {
        if (json) {
            outputs.printJson(writer);
        } else if (cdk) {
            outputs.printCdk(stackName, writer);
        } else {
            outputs.print(writer);
        }
        if (out != null) {
            outputs.writeJson(out);
        }
    }
}
