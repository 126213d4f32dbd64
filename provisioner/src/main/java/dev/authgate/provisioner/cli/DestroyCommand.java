package dev.authgate.provisioner.cli;

import java.io.BufferedReader;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.authgate.provisioner.ProvisionerException;
import dev.authgate.provisioner.deploy.AwsClients;
import dev.authgate.provisioner.deploy.Destroyer;
import dev.authgate.provisioner.deploy.ProgressLog;
import dev.authgate.provisioner.deploy.UserPoolFate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code provisioner destroy}: deletes the stack but keeps its user pool, unless {@code --delete-users}; with
 * {@code --delete-bucket} also the artifact bucket.
 */
@Command(name = "destroy", mixinStandardHelpOptions = true,
        description = {"Deletes the stack: the functions and the API. The user pool stays, with its users, outside the stack;",
                "its id is printed as RetainedUserPoolId=... on standard output. A stack that is not there is not an error."})
public final class DestroyCommand implements Callable<Integer> {

    @Mixin
    ConfigFileOption config;

    @Mixin
    StackNameOption stackName;

    @Mixin
    AwsOptions aws;

    @Option(names = "--delete-bucket", description = "Also delete the artifact bucket with every version of every object in it.")
    boolean deleteBucket;

    @Option(names = "--bucket", paramLabel = "BUCKET", description = "The artifact bucket, when deploy was given one.")
    String bucket;

    @Option(names = "--delete-users", description = {"Also delete the user pool and every user in it, for good: turns its deletion",
            "protection off first. At a terminal, asks for the stack name to be typed back."})
    boolean deleteUsers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String name = stackName.resolve(config.read());
        if (deleteUsers) {
            StackNameConfirmation.terminal().ifPresent(console -> {
                if (!StackNameConfirmation.confirmed(name, new BufferedReader(console.reader()), console.writer())) {
                    throw new ProvisionerException("destroy cancelled, nothing deleted: the name typed was not " + name);
                }
            });
        }
        ProgressLog log = new ProgressLog(spec.commandLine().getErr(), Clock.systemUTC());
        try (AwsClients clients = aws.connect()) {
            Destroyer destroyer = new Destroyer(clients, aws.pacing(), log, Clock.systemUTC());
            Optional<String> keptPool = destroyer.destroyStack(name, deleteUsers ? UserPoolFate.DELETE : UserPoolFate.KEEP, bucket);
            keptPool.ifPresent(pool -> spec.commandLine().getOut().println("RetainedUserPoolId=" + pool));
            spec.commandLine().getOut().flush();
            if (deleteBucket) {
                destroyer.destroyBucket(bucket);
            }
        }
        return 0;
    }
}
