package dev.authgate.provisioner.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

import dev.authgate.provisioner.deploy.AwsClients;
import dev.authgate.provisioner.deploy.Destroyer;
import dev.authgate.provisioner.deploy.ProgressLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code provisioner destroy}: deletes the stack, and with {@code --delete-bucket} the artifact bucket. */
@Command(name = "destroy", mixinStandardHelpOptions = true,
        description = {"Deletes the stack: the user pool with its users, the functions and the API.",
                "A stack that is not there is not an error."})
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String name = stackName.resolve(config.read());
        ProgressLog log = new ProgressLog(spec.commandLine().getErr(), Clock.systemUTC());
        try (AwsClients clients = aws.connect()) {
            Destroyer destroyer = new Destroyer(clients, aws.pacing(), log);
            destroyer.destroyStack(name);
            if (deleteBucket) {
                destroyer.destroyBucket(bucket);
            }
        }
        return 0;
    }
}
