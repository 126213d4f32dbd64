package dev.authgate.provisioner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import dev.authgate.provisioner.StackOutputs;
import picocli.CommandLine.Option;

/** How the stack's outputs are printed: {@code Name=value} lines, or JSON; and optionally to a file. */
public final class OutputOptions {

    @Option(names = "--json", description = "Print the outputs as one JSON object instead of Name=value lines.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the outputs as JSON to this file.")
    Path out;

    void print(StackOutputs outputs, PrintWriter writer) throws IOException {
        if (json) {
            outputs.printJson(writer);
        } else {
            outputs.print(writer);
        }
        if (out != null) {
            outputs.writeJson(out);
        }
    }
}
