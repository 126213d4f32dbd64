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
import dev.authgate.provisioner.testsupport.DeployedTemplates;
import dev.authgate.provisioner.testsupport.FakeAws;
import dev.authgate.provisioner.testsupport.FakeCloudFormation.Change;
import dev.authgate.provisioner.testsupport.FakeCloudFormation.Detail;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * destroy against the fake AWS, without a terminal (as the build runs): the user pool stays unless --delete-users, and
 * then that flag alone is the confirmation.
 */
class DestroyCommandTest {

    @TempDir
    Path dir;

    private FakeAws aws;
    private Path artifact;

    @BeforeEach
    void start() throws IOException {
        aws = FakeAws.start();
        artifact = Files.write(dir.resolve("authgate-lambda.zip"), "PK fake zip".getBytes());
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "secret");
    }

    @AfterEach
    void stop() {
        aws.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private CommandLineRun run(String command, String... options) {
        String[] args = new String[options.length + 7];
        System.arraycopy(new String[] {command, "--region", FakeAws.REGION.id(), "--endpoint-url", aws.endpoint().toString(),
                "--poll-interval", "PT0S"}, 0, args, 0, 7);
        System.arraycopy(options, 0, args, 7, options.length);
        return CommandLineRun.of(args);
    }

    private String deployed() {
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
        aws.cloudFormation().withStack("authgate", "UPDATE_COMPLETE", DeployedTemplates.legacy());
        String pool = aws.cloudFormation().userPoolOf("authgate").orElseThrow();

        CommandLineRun run = run("destroy", "--delete-users");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(aws.cloudFormation().actions()).doesNotContain("CreateChangeSet");
        assertThat(aws.cloudFormation().deletedPools()).containsExactly(pool);
    }

    @Test
    void aStackWhoseFirstCreateRolledBackIsDeletedWithNoPoolToKeep() {
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
