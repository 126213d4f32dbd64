package dev.authgate.provisioner.template;

import java.util.List;

import dev.authgate.provisioner.template.PolicyDocument.Statement;
import dev.authgate.settings.AuthgateSettings;

/** The stack's two functions, with exactly the calls each one makes besides writing its logs. */
final class AuthgateFunctions {

    static final String API_HANDLER = "dev.authgate.lambda.ApiHandler::handleRequest";
    static final String TRIGGER_HANDLER = "dev.authgate.lambda.TriggerHandler::handleRequest";

    private AuthgateFunctions() {
    }

    /** Serves the HTTP API; it is granted the administrative calls among those it makes ({@link ApiFunctionGrants}). */
    static FunctionSpec api(AuthgateSettings settings) {
        return new FunctionSpec(StackIds.API, API_HANDLER, "Authgate HTTP API", FunctionConfiguration.api(settings),
                List.of(Statement.allow(Fn.arn(StackIds.USER_POOL), ApiFunctionGrants.onThePool())),
                null);
    }

    /**
     * Answers the pool's triggers. PreSignUp only reads its event; in Passwordless mode the custom-auth triggers
     * also send the code by SMS and count the codes sent in the stack's table. Its reserved concurrency caps how many
     * SMS can be in flight at once, whoever starts the sign-ins.
     */
    static FunctionSpec trigger(AuthgateSettings settings) {
        return new FunctionSpec(StackIds.TRIGGER, TRIGGER_HANDLER, "Authgate Cognito triggers",
                FunctionConfiguration.trigger(settings),
                settings.mode().signsInWithSmsCode()
                        // SNS has no resource to name for an SMS sent straight to a phone number: "*" is the only
                        // resource Publish to a phone number can be granted on.
                        ? List.of(Statement.allow("*", "sns:Publish"),
                                Statement.allow(Fn.arn(StackIds.SMS_QUOTA_TABLE), "dynamodb:UpdateItem"))
                        : List.of(),
                settings.deployment().triggerReservedConcurrency());
    }
}
