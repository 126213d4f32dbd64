package dev.authgate.provisioner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.authgate.provisioner.testsupport.CommandLineRun;
import dev.authgate.provisioner.testsupport.FakeAws;
import dev.authgate.provisioner.testsupport.DeployedTemplates;
import dev.authgate.provisioner.testsupport.FakeCloudFormation;
import dev.authgate.provisioner.testsupport.FakeCloudFormation.Change;
import dev.authgate.provisioner.testsupport.FakeCloudFormation.Detail;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deploy, outputs and destroy commands against the fake AWS. The build runs the tests without any AWS
 * variable of the machine and without ~/.aws, so what the commands find is what each test gives them; and without
 * a terminal, so destroy --delete-users asks nothing: the flag alone is the confirmation.
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
    void aDeployThatWouldReplaceTheUserPoolExits1WithOneLineAndChangesNothing() {
        giveCredentials();
        run("deploy", "--artifact", artifact.toString());
        aws.cloudFormation().nextChangeSetChanges(replacedPool());

        CommandLineRun run = run("deploy", "--artifact", artifact.toString(), "--mode", "Passwordless");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).last().asString()
                .startsWith("provisioner: deploy refused, nothing changed: the change set would replace the user pool UserPool (")
                .contains("forced by UsernameAttributes", "--allow-replacing-user-pool");
        assertThat(aws.cloudFormation().actions()).containsOnlyOnce("ExecuteChangeSet");
    }

    @Test
    void withAllowReplacingUserPoolTheDeployGoesOnAndNamesTheKeptPool() {
        giveCredentials();
        run("deploy", "--artifact", artifact.toString());
        String oldPool = aws.cloudFormation().userPoolOf("authgate").orElseThrow();
        aws.cloudFormation().nextChangeSetChanges(replacedPool());

        CommandLineRun run = run("deploy", "--artifact", artifact.toString(), "--mode", "Passwordless", "--allow-replacing-user-pool");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("UserPoolId=" + aws.cloudFormation().userPoolOf("authgate").orElseThrow());
        assertThat(run.err()).contains("Kept the replaced user pool " + oldPool + " with its users");
        assertThat(aws.cloudFormation().retainedPools()).containsExactly(oldPool);
    }

    private static FakeCloudFormation.Change replacedPool() {
        return FakeCloudFormation.Change.modify("UserPool", "AWS::Cognito::UserPool", "True",
                FakeCloudFormation.Detail.property("UsernameAttributes", "Always"));
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
    void aDeployGivenBothJsonAndCdkIsRefusedBeforeAnythingIsUploadedOrDeployed() {
        giveCredentials();

        CommandLineRun run = run("deploy", "--artifact", artifact.toString(), "--json", "--cdk");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--json and --cdk are two formats");
        assertThat(aws.cloudFormation().actions()).isEmpty();
        assertThat(aws.s3().calls()).isEmpty();
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
        assertThat(aws.s3().calls()).contains("GET /" + bucket + "?versions", "DELETE /" + bucket);
        assertThat(aws.s3().callsWithoutExpectedOwner()).containsExactly("PUT /" + bucket);
    }

    @Test
    void destroyingAStackThatIsNotThereIsNotAnError() {
        giveCredentials();

        CommandLineRun run = run("destroy");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("No stack authgate: nothing to delete");
        assertThat(aws.s3().calls()).isEmpty();
    }

    private String deployed() {
        giveCredentials();
        CommandLineRun deploy = run("deploy", "--artifact", artifact.toString());
        assertThat(deploy.exitCode()).as(deploy.err()).isZero();
        return aws.cloudFormation().userPoolOf("authgate").orElseThrow();
    }

    /** What CloudFormation answers for a change of the pool's policies: the pool alone, modified in place. */
    private static Change poolPolicyChange() {
        return Change.modify("UserPool", "AWS::Cognito::UserPool", "False",
                Detail.property("DeletionProtection", "Never"), Detail.attribute("DeletionPolicy"));
    }

    @Test
    void destroyDeletesTheStackButKeepsTheUserPoolAndPrintsItsId() {
        String pool = deployed();

        CommandLineRun run = run("destroy");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("RetainedUserPoolId=" + pool + System.lineSeparator());
        assertThat(aws.cloudFormation().stackStatus("authgate")).isEmpty();
        assertThat(aws.cloudFormation().retainedPools()).containsExactly(pool);
        assertThat(aws.cloudFormation().deletedPools()).isEmpty();
        assertThat(aws.cloudFormation().requests("CreateChangeSet")).as("the deploy's only").hasSize(1);
        assertThat(run.err()).contains("DELETE_SKIPPED", "Kept the user pool " + pool + " with its users");
    }

    @Test
    void destroyWithDeleteUsersTurnsDeletionProtectionOffThenDeletesThePoolWithTheStack() {
        String pool = deployed();
        String before = aws.cloudFormation().template("authgate").orElseThrow();
        aws.cloudFormation().nextChangeSetChanges(poolPolicyChange());

        CommandLineRun run = run("destroy", "--delete-users");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(aws.cloudFormation().deletedPools()).containsExactly(pool);
        assertThat(aws.cloudFormation().retainedPools()).isEmpty();
        assertThat(aws.cloudFormation().stackStatus("authgate")).isEmpty();
        assertThat(aws.cloudFormation().actions()).containsSubsequence("GetTemplate", "CreateChangeSet", "ExecuteChangeSet", "DeleteStack");
        assertThat(run.err()).contains("Deleted the user pool " + pool + " with all its users").doesNotContain("Type the stack name");

        Map<String, String> update = aws.cloudFormation().requests("CreateChangeSet").get(1);
        assertThat(update).containsEntry("ChangeSetType", "UPDATE").containsEntry("Capabilities.member.1", "CAPABILITY_IAM");
        JsonNode sent = DeployedTemplates.read(update.get("TemplateBody"));
        JsonNode userPool = sent.path("Resources").path("UserPool");
        assertThat(userPool.path("DeletionPolicy").asString()).isEqualTo("Delete");
        assertThat(userPool.path("Properties").path("DeletionProtection").asString()).isEqualTo("INACTIVE");
        assertThat(withoutPoolPolicies(sent)).isEqualTo(withoutPoolPolicies(DeployedTemplates.read(before)));
        Map<String, String> create = aws.cloudFormation().requests("CreateChangeSet").get(0);
        assertThat(update).containsEntry("Parameters.member.1.ParameterValue", create.get("Parameters.member.1.ParameterValue"))
                .containsEntry("Parameters.member.2.ParameterValue", create.get("Parameters.member.2.ParameterValue"));
    }

    @Test
    void deletingUsersStopsWhenTheChangeSetWouldReplaceThePool() {
        String pool = deployed();
        aws.cloudFormation().nextChangeSetChanges(Change.modify("UserPool", "AWS::Cognito::UserPool", "True",
                Detail.property("DeletionProtection", "Always")));

        CommandLineRun run = run("destroy", "--delete-users");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).last().asString().startsWith("provisioner: destroy stopped, the stack is not deleted: ")
                .contains("would replace the user pool UserPool");
        assertThat(aws.cloudFormation().actions()).doesNotContain("DeleteStack");
        assertThat(aws.cloudFormation().userPoolOf("authgate")).contains(pool);
    }

    @Test
    void aStackDeployedBeforePoolsWereKeptHasItsPoolProtectedAndRetainedBeforeItIsDeleted() {
        giveCredentials();
        aws.cloudFormation().withStack("authgate", "UPDATE_COMPLETE", DeployedTemplates.legacy())
                .nextChangeSetChanges(poolPolicyChange());
        String pool = aws.cloudFormation().userPoolOf("authgate").orElseThrow();

        CommandLineRun run = run("destroy");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(aws.cloudFormation().retainedPools()).containsExactly(pool);
        assertThat(aws.cloudFormation().deletedPools()).isEmpty();
        JsonNode sent = DeployedTemplates.read(aws.cloudFormation().requests("CreateChangeSet").get(0).get("TemplateBody"));
        assertThat(sent.path("Resources").path("UserPool").path("DeletionPolicy").asString()).isEqualTo("Retain");
        assertThat(sent.path("Resources").path("UserPool").path("Properties").path("DeletionProtection").asString()).isEqualTo("ACTIVE");
        assertThat(run.out()).isEqualTo("RetainedUserPoolId=" + pool + System.lineSeparator());
    }

    @Test
    void deletingTheUsersOfAStackDeployedBeforePoolsWereKeptNeedsNoUpdate() {
        giveCredentials();
        aws.cloudFormation().withStack("authgate", "UPDATE_COMPLETE", DeployedTemplates.legacy());
        String pool = aws.cloudFormation().userPoolOf("authgate").orElseThrow();

        CommandLineRun run = run("destroy", "--delete-users");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(aws.cloudFormation().actions()).doesNotContain("CreateChangeSet");
        assertThat(aws.cloudFormation().deletedPools()).containsExactly(pool);
    }

    @Test
    void aStackWhoseFirstCreateRolledBackIsDeletedWithNoPoolToKeep() {
        giveCredentials();
        aws.cloudFormation().withStack("authgate", "ROLLBACK_COMPLETE");

        CommandLineRun run = run("destroy");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(aws.cloudFormation().actions()).doesNotContain("GetTemplate");
        assertThat(aws.cloudFormation().stackStatus("authgate")).isEmpty();
    }

    /** The template without the three things destroy may change: the pool's two policies and its deletion protection. */
    private static JsonNode withoutPoolPolicies(JsonNode template) {
        ObjectNode copy = (ObjectNode) template.deepCopy();
        ObjectNode pool = (ObjectNode) copy.path("Resources").path("UserPool");
        pool.remove("DeletionPolicy");
        pool.remove("UpdateReplacePolicy");
        ((ObjectNode) pool.path("Properties")).remove("DeletionProtection");
        return copy;
    }
}
