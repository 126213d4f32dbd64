package dev.authgate.provisioner.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.provisioner.ProvisionerException;
import dev.authgate.provisioner.template.StackTemplate;
import dev.authgate.provisioner.template.Template;
import dev.authgate.provisioner.testsupport.DeployedTemplates;
import dev.authgate.provisioner.testsupport.FakeAws;
import dev.authgate.provisioner.testsupport.FakeCloudFormation;
import dev.authgate.provisioner.testsupport.FakeCloudFormation.Detail;
import dev.authgate.settings.AuthgateSettings;

class DeployerTest {

    private static final Template TEMPLATE = StackTemplate.synthesize(AuthgateSettings.defaults(), OperationCatalogue.load());
    private static final String BUCKET = "authgate-artifacts-" + FakeCloudFormation.ACCOUNT + "-eu-west-1";

    @TempDir
    Path dir;

    private FakeAws aws;
    private AwsClients clients;
    private final StringWriter progress = new StringWriter();
    private Path artifact;

    @BeforeEach
    void start() throws IOException {
        aws = FakeAws.start();
        clients = aws.clients();
        artifact = Files.write(dir.resolve("authgate-lambda.zip"), "PK fake zip".getBytes());
    }

    @AfterEach
    void stop() {
        clients.close();
        aws.close();
    }

    private Deployment deploy() {
        return deploy(TEMPLATE);
    }

    private Deployment deploy(Template template) {
        return deploy(template, UserPoolReplacement.REFUSE);
    }

    private Deployment deploy(Template template, UserPoolReplacement replacement) {
        return new Deployer(clients, new Pacing(Duration.ZERO), new ProgressLog(new PrintWriter(progress), Clock.systemUTC()),
                Clock.systemUTC()).deploy("authgate", template, artifact, null, replacement);
    }

    @Test
    void aFirstDeployCreatesTheStackThroughACreateChangeSetAndAnswersItsOutputs() {
        Deployment deployment = deploy();

        assertThat(deployment.changed()).isTrue();
        assertThat(deployment.outputs()).containsKeys("AuthApiURL", "AuthApiIssuer", "AuthApiJwksUri", "UserPoolId", "UserPoolClientId");
        assertThat(parameter(aws.cloudFormation().requests("CreateChangeSet").get(0), "ArtifactBucket")).isEqualTo(BUCKET);
        assertThat(aws.cloudFormation().requests("CreateChangeSet")).singleElement()
                .satisfies(request -> assertThat(request)
                        .containsEntry("ChangeSetType", "CREATE")
                        .containsEntry("Capabilities.member.1", "CAPABILITY_IAM")
                        .containsKey("TemplateBody"));
        assertThat(aws.cloudFormation().stackStatus("authgate")).contains("CREATE_COMPLETE");
    }

    @Test
    void anExistingStackIsUpdatedThroughAnUpdateChangeSet() {
        aws.cloudFormation().withStack("authgate", "CREATE_COMPLETE");

        Deployment deployment = deploy();

        assertThat(deployment.changed()).isTrue();
        assertThat(aws.cloudFormation().requests("CreateChangeSet")).singleElement()
                .satisfies(request -> assertThat(request).containsEntry("ChangeSetType", "UPDATE"));
        assertThat(aws.cloudFormation().stackStatus("authgate")).contains("UPDATE_COMPLETE");
        assertThat(progress.toString()).contains("Updating stack authgate: 2 changes", "Modify AWS::Lambda::Function ApiFunction");
    }

    @Test
    void aChangeSetWithoutChangesIsDeletedAndReportedAsNoChanges() {
        aws.cloudFormation().withStack("authgate", "UPDATE_COMPLETE").nextChangeSetHasNoChanges();

        Deployment deployment = deploy();

        assertThat(deployment.changed()).isFalse();
        assertThat(deployment.outputs()).containsKey("AuthApiURL");
        assertThat(aws.cloudFormation().actions()).contains("DeleteChangeSet").doesNotContain("ExecuteChangeSet");
        assertThat(progress.toString()).contains("No changes: stack authgate is up to date");
    }

    @Test
    void aFailedCreateReportsTheFirstFailedResourceAndItsReason() {
        aws.cloudFormation().nextExecutionFailsOn("ApiFunction", "AWS::Lambda::Function",
                "Resource handler returned message: \"Could not unzip uploaded file.\"");

        assertThatThrownBy(this::deploy)
                .isInstanceOf(ProvisionerException.class)
                .hasMessage("deploy failed, stack authgate is ROLLBACK_COMPLETE: ApiFunction (AWS::Lambda::Function) "
                        + "CREATE_FAILED: Resource handler returned message: \"Could not unzip uploaded file.\"");
    }

    @Test
    void aFailedUpdateRollsBackAndKeepsTheStackUpdatable() {
        aws.cloudFormation().withStack("authgate", "CREATE_COMPLETE")
                .nextExecutionFailsOn("HttpApi", "AWS::ApiGatewayV2::Api", "Rate exceeded");

        assertThatThrownBy(this::deploy).hasMessageContaining("UPDATE_ROLLBACK_COMPLETE: HttpApi (AWS::ApiGatewayV2::Api) UPDATE_FAILED: Rate exceeded");
        assertThat(aws.cloudFormation().stackStatus("authgate")).contains("UPDATE_ROLLBACK_COMPLETE");
    }

    @Test
    void aStackLeftInRollbackCompleteIsDeletedBeforeItIsCreatedAgain() {
        aws.cloudFormation().withStack("authgate", "ROLLBACK_COMPLETE");

        Deployment deployment = deploy();

        assertThat(deployment.changed()).isTrue();
        assertThat(aws.cloudFormation().actions()).containsSubsequence("DescribeStacks", "DeleteStack", "CreateChangeSet", "ExecuteChangeSet");
        assertThat(aws.cloudFormation().requests("CreateChangeSet")).singleElement()
                .satisfies(request -> assertThat(request).containsEntry("ChangeSetType", "CREATE"));
        assertThat(aws.cloudFormation().stackStatus("authgate")).contains("CREATE_COMPLETE");
    }

    @Test
    void aThrottledCallIsRetried() {
        aws.cloudFormation().throttle("DescribeStacks", 1).throttle("DescribeStackEvents", 1);

        Deployment deployment = deploy();

        assertThat(deployment.changed()).isTrue();
        assertThat(aws.cloudFormation().actions().subList(0, 2)).containsExactly("DescribeStacks", "DescribeStacks");
    }

    @Test
    void eachStackEventIsPrintedOnceOnALineWithTheElapsedTime() {
        deploy();

        List<String> lines = progress.toString().lines().toList();
        assertThat(lines).allMatch(line -> line.matches("\\[ *\\d+:\\d\\d] .*"));
        assertThat(lines).filteredOn(line -> line.matches(".*CREATE_COMPLETE +AWS::Lambda::Function +ApiFunction"))
                .hasSize(1);
        assertThat(lines).filteredOn(line -> line.contains("AWS::CloudFormation::Stack")).extracting(line -> line.replaceAll(".*] ", "").split(" +")[0])
                .containsExactly("CREATE_IN_PROGRESS", "CREATE_COMPLETE");
    }

    @Test
    void theArtifactGoesToANewVersionedBucketNamedForTheAccountAndRegion() throws IOException {
        byte[] content = Files.readAllBytes(artifact);

        deploy();

        assertThat(aws.s3().describe(BUCKET)).contains("versioning=Enabled location=eu-west-1");
        String key = parameter(aws.cloudFormation().requests("CreateChangeSet").get(0), "ArtifactKey");
        assertThat(key).matches("authgate/lambda/[0-9a-f]{64}\\.zip");
        assertThat(aws.s3().object(BUCKET, key)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(content));
    }

    @Test
    void everyS3CallButCreatingTheBucketNamesTheDeployingAccountAsTheBucketsExpectedOwner() {
        deploy(StackTemplate.synthesize(TestSettings.withRoles(400), OperationCatalogue.load()));

        assertThat(aws.s3().calls()).contains("HEAD /" + BUCKET, "PUT /" + BUCKET + "?versioning")
                .anyMatch(call -> call.startsWith("PUT /" + BUCKET + "/authgate/templates/"));
        assertThat(aws.s3().callsWithoutExpectedOwner()).containsExactly("PUT /" + BUCKET);
    }

    @Test
    void aBucketOfTheDefaultNameMadeByAnotherAccountStopsTheDeployBeforeAnythingIsUploaded() {
        aws.s3().withBucketOfAnotherAccount(BUCKET, "999999999999");

        assertThatThrownBy(this::deploy).isInstanceOf(ProvisionerException.class)
                .hasMessageContaining("belongs to another account than " + FakeCloudFormation.ACCOUNT);
        assertThat(aws.s3().calls()).containsExactly("HEAD /" + BUCKET);
    }

    @Test
    void anArtifactAlreadyInTheBucketIsNotUploadedAgain() {
        deploy();
        aws.cloudFormation().nextChangeSetHasNoChanges();

        deploy();

        assertThat(aws.s3().calls()).filteredOn(call -> call.startsWith("PUT /" + BUCKET + "/authgate/lambda/")).hasSize(1);
    }

    @Test
    void aTemplateWithinTheInlineLimitIsSentInTheRequest() {
        deploy();

        assertThat(TEMPLATE.compactJson().length).isLessThanOrEqualTo(TemplateSource.INLINE_LIMIT_BYTES);
        assertThat(aws.cloudFormation().requests("CreateChangeSet").get(0)).containsKey("TemplateBody").doesNotContainKey("TemplateURL");
    }

    @Test
    void aTemplateOverTheInlineLimitIsUploadedAndSentAsItsUrl() {
        Template large = StackTemplate.synthesize(TestSettings.withRoles(400), OperationCatalogue.load());
        assertThat(large.compactJson().length).isGreaterThan(TemplateSource.INLINE_LIMIT_BYTES);

        deploy(large);

        Map<String, String> request = aws.cloudFormation().requests("CreateChangeSet").get(0);
        assertThat(request).doesNotContainKey("TemplateBody");
        String url = request.get("TemplateURL");
        String key = url.substring(url.indexOf(BUCKET) + BUCKET.length() + 1);
        assertThat(key).startsWith("authgate/templates/authgate-");
        assertThat(aws.s3().object(BUCKET, key)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(large.compactJson()));
    }

    @Test
    void aMissingArtifactIsNamedInOneLine() {
        artifact = dir.resolve("missing.zip");

        assertThatThrownBy(this::deploy).isInstanceOf(ProvisionerException.class).hasMessageStartingWith("no Lambda artifact at ");
    }

    @Test
    void aChangeSetThatReplacesTheUserPoolIsDeletedAndNothingIsExecuted() {
        aws.cloudFormation().withStack("authgate", "UPDATE_COMPLETE", DeployedTemplates.of(TEMPLATE)).nextChangeSetChanges(MODE_CHANGE);
        String pool = aws.cloudFormation().userPoolOf("authgate").orElseThrow();

        assertThatThrownBy(this::deploy)
                .isInstanceOf(ProvisionerException.class)
                .hasMessageStartingWith("deploy refused, nothing changed: the change set would replace the user pool UserPool ("
                        + pool + "; Replacement True, forced by UsernameAttributes, AutoVerifiedAttributes) and the app client "
                        + "UserPoolClient (4example0client0id0000000; Replacement Conditional, forced by UserPoolId (from UserPool))")
                .hasMessageContaining("--allow-replacing-user-pool");
        assertThat(aws.cloudFormation().actions()).contains("DeleteChangeSet").doesNotContain("ExecuteChangeSet");
        assertThat(aws.cloudFormation().requests("DeleteChangeSet")).singleElement()
                .satisfies(request -> assertThat(request.get("ChangeSetName")).isEqualTo(changeSetId()));
        assertThat(aws.cloudFormation().userPoolOf("authgate")).contains(pool);
        assertThat(aws.cloudFormation().stackStatus("authgate")).contains("UPDATE_COMPLETE");
    }

    @Test
    void theChangesAreReadPageByPageSoAReplacementOnALaterPageIsFound() {
        aws.cloudFormation().withStack("authgate", "UPDATE_COMPLETE", DeployedTemplates.of(TEMPLATE)).nextChangeSetChanges(MODE_CHANGE);

        assertThatThrownBy(this::deploy).hasMessageContaining("UserPool");

        assertThat(MODE_CHANGE.length).isGreaterThan(FakeCloudFormation.CHANGES_PER_PAGE);
        assertThat(aws.cloudFormation().requests("DescribeChangeSet"))
                .extracting(request -> request.get("NextToken")).contains("2", "4");
    }

    @Test
    void aConditionalReplacementOfTheAppClientAloneIsRefusedToo() {
        aws.cloudFormation().withStack("authgate", "UPDATE_COMPLETE", DeployedTemplates.of(TEMPLATE)).nextChangeSetChanges(
                FakeCloudFormation.Change.modify("UserPoolClient", "AWS::Cognito::UserPoolClient", "Conditional",
                        Detail.property("GenerateSecret", "Conditionally")));

        assertThatThrownBy(this::deploy)
                .hasMessageStartingWith("deploy refused, nothing changed: the change set would replace the app client UserPoolClient ("
                        + "4example0client0id0000000; Replacement Conditional, forced by GenerateSecret)");
        assertThat(aws.cloudFormation().actions()).doesNotContain("ExecuteChangeSet");
    }

    @Test
    void aChangeSetThatModifiesThePoolAndClientInPlaceIsExecuted() {
        aws.cloudFormation().withStack("authgate", "UPDATE_COMPLETE", DeployedTemplates.of(TEMPLATE)).nextChangeSetChanges(
                FakeCloudFormation.Change.modify("UserPool", "AWS::Cognito::UserPool", "False", Detail.property("Policies", "Never")),
                FakeCloudFormation.Change.modify("UserPoolClient", "AWS::Cognito::UserPoolClient", "False",
                        Detail.property("AccessTokenValidity", "Never")),
                FakeCloudFormation.Change.modify("ApiFunction", "AWS::Lambda::Function", "True", Detail.property("Runtime", "Always")));
        String pool = aws.cloudFormation().userPoolOf("authgate").orElseThrow();

        Deployment deployment = deploy();

        assertThat(deployment.changed()).isTrue();
        assertThat(aws.cloudFormation().actions()).contains("ExecuteChangeSet").doesNotContain("DeleteChangeSet");
        assertThat(deployment.outputs()).containsEntry("UserPoolId", pool);
        assertThat(progress.toString()).contains("Updating stack authgate: 3 changes", "Modify AWS::Lambda::Function ApiFunction (Replacement True)");
    }

    @Test
    void allowingTheReplacementExecutesItAndKeepsTheOldPoolWithItsUsers() {
        aws.cloudFormation().withStack("authgate", "UPDATE_COMPLETE", DeployedTemplates.of(TEMPLATE)).nextChangeSetChanges(MODE_CHANGE);
        String oldPool = aws.cloudFormation().userPoolOf("authgate").orElseThrow();

        Deployment deployment = deploy(TEMPLATE, UserPoolReplacement.ALLOW);

        assertThat(deployment.changed()).isTrue();
        assertThat(aws.cloudFormation().actions()).contains("ExecuteChangeSet").doesNotContain("DeleteChangeSet");
        assertThat(deployment.outputs().get("UserPoolId")).isNotEqualTo(oldPool);
        assertThat(aws.cloudFormation().retainedPools()).containsExactly(oldPool);
        assertThat(aws.cloudFormation().deletedPools()).isEmpty();
        assertThat(progress.toString()).contains("Kept the replaced user pool " + oldPool + " with its users",
                "migrate them to the new pool " + deployment.outputs().get("UserPoolId"));
    }

    @Test
    void allowingTheReplacementOfAPoolDeployedWithoutRetainIsRefusedBecauseTheOldPoolWouldBeDeleted() {
        aws.cloudFormation().withStack("authgate", "UPDATE_COMPLETE", DeployedTemplates.legacy(TEMPLATE)).nextChangeSetChanges(MODE_CHANGE);

        assertThatThrownBy(() -> deploy(TEMPLATE, UserPoolReplacement.ALLOW))
                .hasMessageStartingWith("deploy refused, nothing changed: the deployed stack would delete its user pool when replacing it");
        assertThat(aws.cloudFormation().actions()).contains("GetTemplate", "DeleteChangeSet").doesNotContain("ExecuteChangeSet");
        assertThat(aws.cloudFormation().deletedPools()).isEmpty();
    }

    /** What CloudFormation answers for a change of mode: the pool's username attribute forces a new pool, and a new client. */
    private static final FakeCloudFormation.Change[] MODE_CHANGE = {
        FakeCloudFormation.Change.modify("ApiFunction", "AWS::Lambda::Function", "False", Detail.property("Environment", "Never")),
        FakeCloudFormation.Change.modify("TriggerFunction", "AWS::Lambda::Function", "False", Detail.property("Environment", "Never")),
        FakeCloudFormation.Change.modify("HttpApi", "AWS::ApiGatewayV2::Api", "False", Detail.property("Body", "Never")),
        FakeCloudFormation.Change.modify("UserPoolClient", "AWS::Cognito::UserPoolClient", "Conditional",
                Detail.property("ExplicitAuthFlows", "Never"), Detail.reference("UserPoolId", "Always", "UserPool")),
        FakeCloudFormation.Change.modify("UserPool", "AWS::Cognito::UserPool", "True",
                Detail.property("UsernameAttributes", "Always"), Detail.property("AutoVerifiedAttributes", "Never"),
                Detail.property("AutoVerifiedAttributes", "Always"), Detail.attribute("DeletionPolicy")),
    };

    private String changeSetId() {
        return aws.cloudFormation().requests("DescribeChangeSet").get(0).get("ChangeSetName");
    }

    /** The value of a {@code Parameters.member.N} of a Query API request, by its key. */
    private static String parameter(Map<String, String> request, String key) {
        return request.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith(".ParameterKey") && entry.getValue().equals(key))
                .map(entry -> request.get(entry.getKey().replace(".ParameterKey", ".ParameterValue")))
                .findFirst().orElseThrow();
    }
}
