package dev.authgate.settings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code authgate.deployment}: what the provisioner builds on AWS around the functions.
 * Each {@code with...} method gives a copy with one value changed.
 *
 * @param stackName the CloudFormation stack (default {@code authgate})
 * @param stage the API Gateway stage (default {@code production})
 * @param lambdaMemoryMb memory of each Lambda function (default 1024)
 * @param lambdaTimeoutSeconds timeout of each Lambda function (default 15)
 * @param throttlingBurstLimit the stage's burst limit (default 100)
 * @param throttlingRateLimit the stage's steady requests per second (default 50)
 * @param triggerReservedConcurrency the trigger function's reserved concurrency: at most this many sign-in SMS are
 *     in flight at once, and the account keeps that many instances for it (default 10)
 * @param logLevel the functions' application log level in Lambda's JSON log format: TRACE, DEBUG, INFO, WARN, ERROR
 *     or FATAL (default INFO; WARN leaves out the request log's lines of requests that did not fail on the server)
 */
public record DeploymentSettings(String stackName, String stage, Integer lambdaMemoryMb, Integer lambdaTimeoutSeconds,
        Integer throttlingBurstLimit, Double throttlingRateLimit, Integer triggerReservedConcurrency, String logLevel) {

    /** The application log levels Lambda's JSON log format knows. */
    public static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");

    public DeploymentSettings {
        stackName = Objects.requireNonNullElse(stackName, "authgate");
        stage = Objects.requireNonNullElse(stage, "production");
        lambdaMemoryMb = Objects.requireNonNullElse(lambdaMemoryMb, 1024);
        lambdaTimeoutSeconds = Objects.requireNonNullElse(lambdaTimeoutSeconds, 15);
        throttlingBurstLimit = Objects.requireNonNullElse(throttlingBurstLimit, 100);
        throttlingRateLimit = Objects.requireNonNullElse(throttlingRateLimit, 50.0);
        triggerReservedConcurrency = Objects.requireNonNullElse(triggerReservedConcurrency, 10);
        if (triggerReservedConcurrency < 1) {
            throw new IllegalArgumentException("authgate.deployment.trigger-reserved-concurrency must be at least 1, not " + triggerReservedConcurrency);
        }
        logLevel = Objects.requireNonNullElse(logLevel, "INFO").toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(logLevel)) {
            throw new IllegalArgumentException("authgate.deployment.log-level must be one of " + String.join(", ", LOG_LEVELS) + ", not " + logLevel);
        }
        if (lambdaMemoryMb < 128 || lambdaMemoryMb > 10_240) {
            throw new IllegalArgumentException("authgate.deployment.lambda-memory-mb must be from 128 to 10240, not " + lambdaMemoryMb);
        }
        if (lambdaTimeoutSeconds < 1 || lambdaTimeoutSeconds > 900) {
            throw new IllegalArgumentException("authgate.deployment.lambda-timeout-seconds must be from 1 to 900, not " + lambdaTimeoutSeconds);
        }
    }

    /** Every default. */
    public static DeploymentSettings defaults() {
        return new DeploymentSettings(null, null, null, null, null, null, null, null);
    }

    public DeploymentSettings withStackName(String newStackName) {
        return new DeploymentSettings(newStackName, stage, lambdaMemoryMb, lambdaTimeoutSeconds,
                throttlingBurstLimit, throttlingRateLimit, triggerReservedConcurrency, logLevel);
    }

    public DeploymentSettings withStage(String newStage) {
        return new DeploymentSettings(stackName, newStage, lambdaMemoryMb, lambdaTimeoutSeconds,
                throttlingBurstLimit, throttlingRateLimit, triggerReservedConcurrency, logLevel);
    }

    public DeploymentSettings withLambdaMemoryMb(int newLambdaMemoryMb) {
        return new DeploymentSettings(stackName, stage, newLambdaMemoryMb, lambdaTimeoutSeconds,
                throttlingBurstLimit, throttlingRateLimit, triggerReservedConcurrency, logLevel);
    }

    public DeploymentSettings withLambdaTimeoutSeconds(int newLambdaTimeoutSeconds) {
        return new DeploymentSettings(stackName, stage, lambdaMemoryMb, newLambdaTimeoutSeconds,
                throttlingBurstLimit, throttlingRateLimit, triggerReservedConcurrency, logLevel);
    }

    public DeploymentSettings withThrottlingBurstLimit(int newThrottlingBurstLimit) {
        return new DeploymentSettings(stackName, stage, lambdaMemoryMb, lambdaTimeoutSeconds,
                newThrottlingBurstLimit, throttlingRateLimit, triggerReservedConcurrency, logLevel);
    }

    public DeploymentSettings withThrottlingRateLimit(double newThrottlingRateLimit) {
        return new DeploymentSettings(stackName, stage, lambdaMemoryMb, lambdaTimeoutSeconds,
                throttlingBurstLimit, newThrottlingRateLimit, triggerReservedConcurrency, logLevel);
    }

    public DeploymentSettings withTriggerReservedConcurrency(int newTriggerReservedConcurrency) {
        return new DeploymentSettings(stackName, stage, lambdaMemoryMb, lambdaTimeoutSeconds,
                throttlingBurstLimit, throttlingRateLimit, newTriggerReservedConcurrency, logLevel);
    }

    public DeploymentSettings withLogLevel(String newLogLevel) {
        return new DeploymentSettings(stackName, stage, lambdaMemoryMb, lambdaTimeoutSeconds,
                throttlingBurstLimit, throttlingRateLimit, triggerReservedConcurrency, newLogLevel);
    }
}
