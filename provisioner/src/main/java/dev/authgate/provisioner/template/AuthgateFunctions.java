package dev.authgate.provisioner.template;

import java.util.List;

import dev.authgate.provisioner.template.PolicyDocument.Statement;
import dev.authgate.settings.AuthMode;
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
                List.of());
    }

    /**
     * Answers the pool's triggers. PreSignUp only reads its event; in Passwordless mode the custom-auth triggers
     * also send the code by SMS and keep the times of the codes sent on the user ({@code custom:sms_sent}).
     */
    static FunctionSpec trigger(AuthgateSettings settings) {
        boolean passwordless = settings.mode() == AuthMode.PASSWORDLESS;
        return new FunctionSpec(StackIds.TRIGGER, TRIGGER_HANDLER, "Authgate Cognito triggers",
                FunctionConfiguration.trigger(settings),
                // SNS has no resource to name for an SMS sent straight to a phone number: "*" is the only
                // resource Publish to a phone number can be granted on.
                passwordless ? List.of(Statement.allow("*", "sns:Publish")) : List.of(),
                passwordless
                        ? List.of(Statement.allow(Fn.arn(StackIds.USER_POOL),
                                "cognito-idp:AdminGetUser",
                                "cognito-idp:AdminUpdateUserAttributes"))
                        : List.of());
    }
}
