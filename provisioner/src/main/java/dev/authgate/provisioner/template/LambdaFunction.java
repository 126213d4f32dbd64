package dev.authgate.provisioner.template;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.authgate.provisioner.template.PolicyDocument.Statement;
import dev.authgate.settings.DeploymentSettings;

/**
 * The resources of one function: its log group, its role, the function itself on Java 21 with SnapStart, the
 * published version SnapStart snapshots, and the {@code live} alias everything else invokes.
 */
final class LambdaFunction {

    static final String RUNTIME = "java21";
    static final String ALIAS_NAME = "live";
    static final int LOG_RETENTION_DAYS = 30;

    private LambdaFunction() {
    }

    static void add(Template.Builder template, FunctionSpec spec, DeploymentSettings deployment) {
        String prefix = spec.prefix();
        template.resource(StackIds.logGroup(prefix), logGroup());
        template.resource(StackIds.role(prefix), role(spec));
        Resource function = function(spec, deployment);
        template.resource(StackIds.function(prefix), function);
        template.resource(prefix + "Version", new Resource("AWS::Lambda::Version", Properties.of()
                .with("FunctionName", Fn.ref(StackIds.function(prefix)))
                // A version is immutable: a new description is what makes CloudFormation publish (and SnapStart
                // snapshot) a new one when the code or the function's configuration changes.
                .with("Description", Fn.concat("artifact ", Fn.ref(StackIds.ARTIFACT_KEY),
                        ", configuration ", fingerprint(function)))));
        template.resource(StackIds.alias(prefix), new Resource("AWS::Lambda::Alias", Properties.of()
                .with("FunctionName", Fn.ref(StackIds.function(prefix)))
                .with("FunctionVersion", new Fn.GetAtt(prefix + "Version", "Version"))
                .with("Name", ALIAS_NAME)));
    }

    static Resource logGroup() {
        return new Resource("AWS::Logs::LogGroup", Properties.of().with("RetentionInDays", LOG_RETENTION_DAYS));
    }

    private static Resource role(FunctionSpec spec) {
        List<Statement> statements = new ArrayList<>();
        statements.add(Statement.allow(Fn.arn(StackIds.logGroup(spec.prefix())), "logs:CreateLogStream", "logs:PutLogEvents"));
        statements.addAll(spec.statements());
        return new Resource("AWS::IAM::Role", Properties.of()
                .with("AssumeRolePolicyDocument", PolicyDocument.of(Statement.assumedBy("lambda.amazonaws.com", null)))
                .with("Policies", List.of(Properties.of()
                        .with("PolicyName", "function")
                        .with("PolicyDocument", new PolicyDocument(statements)))));
    }

    private static Resource function(FunctionSpec spec, DeploymentSettings deployment) {
        String prefix = spec.prefix();
        return new Resource("AWS::Lambda::Function", Properties.of()
                .with("Description", spec.description())
                .with("Runtime", RUNTIME)
                .with("Handler", spec.handler())
                .with("Code", Properties.of()
                        .with("S3Bucket", Fn.ref(StackIds.ARTIFACT_BUCKET))
                        .with("S3Key", Fn.ref(StackIds.ARTIFACT_KEY)))
                .with("Role", Fn.arn(StackIds.role(prefix)))
                .with("MemorySize", deployment.lambdaMemoryMb())
                .with("Timeout", deployment.lambdaTimeoutSeconds())
                .with("ReservedConcurrentExecutions", spec.reservedConcurrency())
                .with("SnapStart", Properties.of().with("ApplyOn", "PublishedVersions"))
                // JSON, so that Lambda keeps the request log's lines as they are and filters them by their level.
                .with("LoggingConfig", Properties.of()
                        .with("LogGroup", Fn.ref(StackIds.logGroup(prefix)))
                        .with("LogFormat", "JSON")
                        .with("ApplicationLogLevel", deployment.logLevel()))
                .with("Environment", Properties.of().with("Variables",
                        Properties.of().with("SPRING_APPLICATION_JSON", spec.configuration()))));
    }

    private static String fingerprint(Resource function) {
        try {
            byte[] json = TemplateJson.value(function.properties()).toString().getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
