package dev.authgate.provisioner.template;

/** The logical ids that more than one part of the stack refers to. */
public final class StackIds {

    public static final String ARTIFACT_BUCKET = "ArtifactBucket";
    public static final String ARTIFACT_KEY = "ArtifactKey";
    public static final String USER_POOL = "UserPool";
    public static final String USER_POOL_CLIENT = "UserPoolClient";
    public static final String HTTP_API = "HttpApi";
    public static final String API_STAGE = "ApiStage";
    public static final String SMS_QUOTA_TABLE = "SmsQuotaTable";
    public static final String SIGN_IN_CODE_KEY = "SignInCodeKey";
    /** Prefix of the API function's resources: {@code ApiFunction}, {@code ApiRole}, {@code ApiAlias}, ... */
    public static final String API = "Api";
    /** Prefix of the Cognito trigger function's resources. */
    public static final String TRIGGER = "Trigger";

    private StackIds() {
    }

    public static String function(String prefix) {
        return prefix + "Function";
    }

    public static String role(String prefix) {
        return prefix + "Role";
    }

    public static String alias(String prefix) {
        return prefix + "Alias";
    }

    public static String logGroup(String prefix) {
        return prefix + "LogGroup";
    }
}
