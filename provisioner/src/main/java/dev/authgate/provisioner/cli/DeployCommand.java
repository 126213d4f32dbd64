package dev.authgate.provisioner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.provisioner.StackOutputs;
import dev.authgate.provisioner.deploy.AwsClients;
import dev.authgate.provisioner.deploy.Deployer;
import dev.authgate.provisioner.deploy.Deployment;
import dev.authgate.provisioner.deploy.ProgressLog;
import dev.authgate.provisioner.deploy.UserPoolReplacement;
import dev.authgate.provisioner.template.StackTemplate;
import dev.authgate.provisioner.template.Template;
import dev.authgate.settings.AuthgateSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code provisioner deploy}: creates or updates the stack on AWS and prints its outputs. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Uploads the Lambda artifact to S3, creates or updates the stack through a change set, and prints its outputs.",
                "Progress goes to standard error, the outputs to standard output."})
public final class DeployCommand implements Callable<Integer> {

    @Mixin
    ConfigFileOption config;

    @Mixin
    SettingsOverrides overrides;

    @Mixin
    StackNameOption stackName;

    @Mixin
    AwsOptions aws;

    @Mixin
    OutputOptions output;

    @Option(names = "--artifact", paramLabel = "ZIP", defaultValue = "${AUTHGATE_ARTIFACT:-functions/target/authgate-lambda.zip}",
            description = "The Lambda artifact (default: ${DEFAULT-VALUE}).")
    Path artifact;

    @Option(names = "--bucket", paramLabel = "BUCKET",
            description = "S3 bucket for the artifact; default: authgate-artifacts-<account>-<region>, made (versioned) when missing.")
    String bucket;

    @Option(names = "--allow-replacing-user-pool",
            description = {"Go on when the change set replaces the user pool or its app client (a changed mode does):",
                    "the stack gets a new, empty pool and keeps the old one, with its users, outside the stack.",
                    "Without it such a deploy changes nothing and exits 1."})
    boolean allowReplacingUserPool;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AuthgateSettings settings = overrides.apply(config.read());
        Template template = StackTemplate.synthesize(settings, OperationCatalogue.load());
        ProgressLog log = new ProgressLog(spec.commandLine().getErr(), Clock.systemUTC());
        try (AwsClients clients = aws.connect()) {
            String name = stackName.resolve(settings);
            Deployment deployment = new Deployer(clients, aws.pacing(), log, Clock.systemUTC())
                    .deploy(name, template, artifact, bucket,
                            allowReplacingUserPool ? UserPoolReplacement.ALLOW : UserPoolReplacement.REFUSE);
            output.print(name, StackOutputs.from(deployment.outputs()), spec.commandLine().getOut());
        }
        return 0;
    }
}
