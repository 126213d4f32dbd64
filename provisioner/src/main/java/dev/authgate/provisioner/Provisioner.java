package dev.authgate.provisioner;

import dev.authgate.provisioner.local.LocalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The provisioner's command line. Exit codes: 0 done, 1 failed, 2 wrong usage. */
@Command(name = "provisioner", mixinStandardHelpOptions = true,
        description = "Builds Authgate's user pool and stack.",
        subcommands = LocalCommand.class)
public final class Provisioner {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and answers its exit code, printing one clear line for any failure. */
    public static int run(String... args) {
        return new CommandLine(new Provisioner())
                .setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
                    commandLine.getErr().println("provisioner: " + failure.getMessage());
                    return 1;
                })
                .execute(args);
    }
}
