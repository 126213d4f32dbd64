package dev.authgate.provisioner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.authgate.provisioner.testsupport.CommandLineRun;
import dev.authgate.provisioner.testsupport.FakeAws;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deploy, outputs and destroy commands against the fake AWS. The build runs the tests without any AWS
 * variable of the machine and without ~/.aws, so what the commands find is what each test gives them.
 */
class DeployCommandTest {

    @TempDir
    Path dir;

    private FakeAws aws;
    private Path artifact;

    @BeforeEach
    void start() throws IOException {
        aws = FakeAws.start();
        artifact = Files.write(dir.resolve("authgate-lambda.zip"), "PK fake zip".getBytes());
    }

    @AfterEach
    void stop() {
        aws.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private static void giveCredentials() {
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "secret");
    }

    private CommandLineRun run(String command, String... options) {
        String[] args = new String[options.length + 7];
        args[0] = command;
        args[1] = "--region";
        args[2] = FakeAws.REGION.id();
        args[3] = "--endpoint-url";
        args[4] = aws.endpoint().toString();
        args[5] = "--poll-interval";
        args[6] = "PT0S";
        System.arraycopy(options, 0, args, 7, options.length);
        return CommandLineRun.of(args);
    }

    @Test
    void withoutARegionDeploySaysSoInOneLineAndExits1() {
        giveCredentials();

        CommandLineRun run = CommandLineRun.of("deploy", "--artifact", artifact.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "provisioner: no AWS region: pass --region, set AWS_REGION, or give the profile a region");
    }

    @Test
    void withoutCredentialsDeploySaysSoInOneLineAndExits1() {
        CommandLineRun run = CommandLineRun.of("deploy", "--region", "eu-west-1", "--artifact", artifact.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("provisioner: no AWS credentials: ")
                .doesNotContain("Exception");
    }

    @Test
    void aProfileWithoutCredentialsIsNamedInTheOneLine() {
        CommandLineRun run = CommandLineRun.of("deploy", "--profile", "ghost", "--region", "eu-west-1", "--artifact", artifact.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("provisioner: no AWS credentials for profile ghost: ");
    }

    @Test
    void aProfileGivesTheCredentialsAndTheRegion() throws IOException {
        Path config = Files.writeString(dir.resolve("config"), "[profile deployer]\nregion = eu-west-1\n");
        Path credentials = Files.writeString(dir.resolve("credentials"),
                "[deployer]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n");
        String configBefore = System.setProperty("aws.configFile", config.toString());
        String credentialsBefore = System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        try {
            CommandLineRun run = CommandLineRun.of("deploy", "--profile", "deployer", "--endpoint-url", aws.endpoint().toString(),
                    "--poll-interval", "PT0S", "--artifact", artifact.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("AuthApiURL=https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/production/auth");
        } finally {
            System.setProperty("aws.configFile", configBefore);
            System.setProperty("aws.sharedCredentialsFile", credentialsBefore);
        }
    }

    @Test
    void deployPrintsProgressOnStandardErrorAndTheOutputsAsLinesOnStandardOutput() {
        giveCredentials();

        CommandLineRun run = run("deploy", "--artifact", artifact.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).extracting(line -> line.substring(0, line.indexOf('=')))
                .containsExactly("AuthApiURL", "AuthApiIssuer", "AuthApiJwksUri", "UserPoolId", "UserPoolClientId");
        assertThat(run.out()).contains("AuthApiURL=https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/production/auth");
        assertThat(run.err()).contains("Creating stack authgate", "CREATE_COMPLETE");
    }

    @Test
    void deployWithJsonPrintsTheOutputsAsOneJsonObjectAndWritesThemToOut() throws IOException {
        giveCredentials();
        Path out = dir.resolve("outputs.json");

        CommandLineRun run = run("deploy", "--artifact", artifact.toString(), "--stack-name", "auth-test", "--json", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        var printed = JsonMapper.builder().build().readTree(run.out());
        assertThat(printed.propertyNames()).containsExactly("AuthApiURL", "AuthApiIssuer", "AuthApiJwksUri", "UserPoolId", "UserPoolClientId");
        assertThat(JsonMapper.builder().build().readTree(out.toFile())).isEqualTo(printed);
        assertThat(aws.cloudFormation().stackStatus("auth-test")).contains("CREATE_COMPLETE");
    }

    @Test
    void aDeployThatRollsBackNamesTheFailedResourceInOneLineAndExits1() {
        giveCredentials();
        aws.cloudFormation().nextExecutionFailsOn("UserPoolClient", "AWS::Cognito::UserPoolClient", "Invalid write attributes specified");

        CommandLineRun run = run("deploy", "--artifact", artifact.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).last().isEqualTo("provisioner: deploy failed, stack authgate is ROLLBACK_COMPLETE: "
                + "UserPoolClient (AWS::Cognito::UserPoolClient) CREATE_FAILED: Invalid write attributes specified");
    }

    @Test
    void aDeployWithNothingToChangeExits0AndPrintsTheOutputs() {
        giveCredentials();
        aws.cloudFormation().withStack("authgate", "UPDATE_COMPLETE").nextChangeSetHasNoChanges();

        CommandLineRun run = run("deploy", "--artifact", artifact.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("No changes");
        assertThat(run.out()).startsWith("AuthApiURL=");
    }

    @Test
    void outputsPrintsTheDeployedStacksOutputs() {
        giveCredentials();
        aws.cloudFormation().withStack("authgate", "CREATE_COMPLETE");

        CommandLineRun run = run("outputs");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("AuthApiURL=https://").contains("UserPoolClientId=");
    }

    @Test
    void outputsWithCdkPrintsEachOutputAfterTheStacksNameAsTheCdkDoes() {
        giveCredentials();
        aws.cloudFormation().withStack("auth-test", "CREATE_COMPLETE");

        CommandLineRun run = run("outputs", "--stack-name", "auth-test", "--cdk");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).extracting(line -> line.substring(0, line.indexOf(" = ")))
                .containsExactly("auth-test.AuthApiURL", "auth-test.AuthApiIssuer", "auth-test.AuthApiJwksUri",
                        "auth-test.UserPoolId", "auth-test.UserPoolClientId");
        assertThat(run.out()).startsWith("auth-test.AuthApiURL = https://");
    }

    @Test
    void outputsWithBothJsonAndCdkIsWrongUsage() {
        giveCredentials();
        aws.cloudFormation().withStack("authgate", "CREATE_COMPLETE");

        CommandLineRun run = run("outputs", "--json", "--cdk");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--json and --cdk are two formats");
    }

    @Test
    void outputsOfAStackThatIsNotThereIsOneLineAndExit1() {
        giveCredentials();

        CommandLineRun run = run("outputs", "--stack-name", "nothing-here");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("provisioner: no stack nothing-here in this account and region: deploy it first");
    }

    @Test
    void destroyDeletesTheStackAndWithDeleteBucketTheArtifactBucket() {
        giveCredentials();
        run("deploy", "--artifact", artifact.toString());
        String bucket = "authgate-artifacts-123456789012-eu-west-1";
        assertThat(aws.s3().hasBucket(bucket)).isTrue();

        CommandLineRun run = run("destroy", "--delete-bucket");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(aws.cloudFormation().stackStatus("authgate")).isEmpty();
        assertThat(aws.s3().hasBucket(bucket)).isFalse();
        assertThat(run.err()).contains("DELETE_COMPLETE", "Deleted the bucket " + bucket);
    }

    @Test
    void destroyingAStackThatIsNotThereIsNotAnError() {
        giveCredentials();

        CommandLineRun run = run("destroy");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("No stack authgate: nothing to delete");
        assertThat(aws.s3().calls()).isEmpty();
    }
}
