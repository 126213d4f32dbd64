package dev.authgate.provisioner;

import java.io.PrintWriter;

import dev.authgate.provisioner.cli.DeployCommand;
import dev.authgate.provisioner.cli.DestroyCommand;
import dev.authgate.provisioner.cli.OutputsCommand;
import dev.authgate.provisioner.cli.SynthCommand;
import dev.authgate.provisioner.local.LocalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The provisioner's command line. Exit codes: 0 done, 1 failed, 2 wrong usage. */
@Command(name = "provisioner", mixinStandardHelpOptions = true,
        description = "Builds Authgate's user pool and stack: on AWS through CloudFormation, or on the local Cognito emulator.",
        subcommands = {SynthCommand.class, DeployCommand.class, DestroyCommand.class, OutputsCommand.class, LocalCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (a deploy with nothing to change included)", "1:failed (one line on standard error says why)",
                "2:wrong usage"})
public final class Provisioner {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and answers its exit code, printing one clear line for any failure. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line with its output and errors going to the writers given. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new Provisioner())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
                    commandLine.getErr().println("provisioner: " + explain(failure));
                    commandLine.getErr().flush();
                    return 1;
                })
                .execute(args);
    }

    private static String explain(Exception failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
