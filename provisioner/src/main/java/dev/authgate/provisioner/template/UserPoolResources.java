package dev.authgate.provisioner.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.authgate.contract.ClientAttributes;
import dev.authgate.provisioner.model.PoolModel;
import dev.authgate.provisioner.template.PolicyDocument.Statement;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.MfaSetting;
import dev.authgate.settings.PasswordPolicy;
import dev.authgate.settings.TokenSettings;
import dev.authgate.settings.VerificationMethod;

/**
 * The user pool (username by mode, password policy, verification, SMS, the custom attributes, triggers), a group
 * per role, the public app client, and Cognito's permissions to send SMS and to invoke the trigger function. The
 * custom attributes and the triggers are {@link PoolModel}'s, as on the local emulator.
 */
final class UserPoolResources {

    static final String SMS_ROLE = "UserPoolSmsRole";
    static final String TRIGGER_PERMISSION = "TriggerInvokePermission";
    static final String CLIENT_NAME = "authgate";
    static final String VERIFICATION_MESSAGE = "Your verification code is {####}";
    static final String USER_POOL_DOMAIN = "UserPoolDomain";
    /** Cognito puts the confirmation link where the braces are, with the words inside them as its text. */
    static final String VERIFICATION_LINK_MESSAGE = "Confirm your email address: {##Confirm my email##}";

    private UserPoolResources() {
    }

    /**
     * @param triggers the triggers the pool invokes; when there are any, the trigger function's alias serves them
     */
    static void add(Template.Builder template, AuthgateSettings settings, List<PoolModel.Trigger> triggers) {
        template.resource(SMS_ROLE, smsRole());
        template.resource(StackIds.USER_POOL, userPool(settings, triggers));
        if (settings.verification() == VerificationMethod.LINK) {
            // The confirmation link goes to the pool's hosted pages, which need a domain.
            template.resource(USER_POOL_DOMAIN, new Resource("AWS::Cognito::UserPoolDomain", Properties.of()
                    .with("Domain", Fn.sub(domainPrefix(settings.deployment().stackName()) + "-${AWS::AccountId}"))
                    .with("UserPoolId", Fn.ref(StackIds.USER_POOL))));
        }
        if (!triggers.isEmpty()) {
            template.resource(TRIGGER_PERMISSION, new Resource("AWS::Lambda::Permission", Properties.of()
                    .with("Action", "lambda:InvokeFunction")
                    .with("FunctionName", Fn.ref(StackIds.alias(StackIds.TRIGGER)))
                    .with("Principal", "cognito-idp.amazonaws.com")
                    .with("SourceArn", Fn.arn(StackIds.USER_POOL))));
        }
        GroupIds groupIds = new GroupIds();
        for (String role : new TreeSet<>(settings.roles().keySet())) {
            template.resource(groupIds.next(role), new Resource("AWS::Cognito::UserPoolGroup", Properties.of()
                    .with("GroupName", role)
                    .with("Description", "Users with the Authgate role " + role)
                    .with("UserPoolId", Fn.ref(StackIds.USER_POOL))));
        }
        template.resource(StackIds.USER_POOL_CLIENT, client(settings.mode(), settings.tokens()));
    }

    /**
     * The role Cognito sends SMS with: assumable by Cognito only with the stack's external id, and only on behalf of
     * a user pool of this account and region (the pool's own ARN cannot be named: the pool refers to the role).
     */
    private static Resource smsRole() {
        return new Resource("AWS::IAM::Role", Properties.of()
                .with("AssumeRolePolicyDocument", PolicyDocument.of(Statement.assumedBy("cognito-idp.amazonaws.com", Properties.of()
                        .with("StringEquals", Properties.of()
                                .with("sts:ExternalId", Fn.STACK_ID)
                                .with("aws:SourceAccount", Fn.ref("AWS::AccountId")))
                        .with("ArnLike", Properties.of()
                                .with("aws:SourceArn", Fn.sub("arn:${AWS::Partition}:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/*"))))))
                .with("Policies", List.of(Properties.of()
                        .with("PolicyName", "send-sms")
                        // Cognito sends to phone numbers, which have no ARN: "*" is the only resource there is.
                        .with("PolicyDocument", PolicyDocument.of(Statement.allow("*", "sns:Publish"))))));
    }

    private static Resource userPool(AuthgateSettings settings, List<PoolModel.Trigger> triggers) {
        String usernameAttribute = settings.mode().usernameAttribute();
        PasswordPolicy policy = settings.passwordPolicy();
        return new Resource("AWS::Cognito::UserPool", Properties.of()
                .with("UserPoolName", Fn.sub("${AWS::StackName}-users"))
                .with("UsernameAttributes", List.of(usernameAttribute))
                .with("UsernameConfiguration", Properties.of().with("CaseSensitive", false))
                .with("AutoVerifiedAttributes", PoolModel.VERIFIED_CONTACTS)
                .with("UserAttributeUpdateSettings", Properties.of()
                        .with("AttributesRequireVerificationBeforeUpdate", PoolModel.VERIFIED_CONTACTS))
                .with("Policies", Properties.of().with("PasswordPolicy", Properties.of()
                        .with("MinimumLength", policy.minLength())
                        .with("RequireLowercase", policy.requireLowercase())
                        .with("RequireNumbers", policy.requireDigits())
                        .with("RequireSymbols", policy.requireSymbols())
                        .with("RequireUppercase", policy.requireUppercase())))
                .with("Schema", PoolModel.CUSTOM_ATTRIBUTES.stream()
                        .map(name -> Properties.of()
                                .with("Name", name)
                                .with("AttributeDataType", "String")
                                .with("Mutable", true)
                                .with("Required", false))
                        .toList())
                .with("VerificationMessageTemplate", verificationMessages(settings.verification()))
                .with("SmsConfiguration", Properties.of()
                        .with("SnsCallerArn", Fn.arn(SMS_ROLE))
                        .with("ExternalId", Fn.STACK_ID))
                .with("AccountRecoverySetting", Properties.of().with("RecoveryMechanisms", List.of(Properties.of()
                        .with("Name", "verified_" + usernameAttribute)
                        .with("Priority", 1))))
                .with("MfaConfiguration", settings.mfa().mfaConfiguration())
                // The pool has an SMS configuration in every mode, so it offers SMS codes beside authenticator apps.
                .with("EnabledMfas", settings.mfa() == MfaSetting.OFF ? null : List.of("SOFTWARE_TOKEN_MFA", "SMS_MFA"))
                .with("LambdaConfig", lambdaConfig(triggers))
                // Cognito cannot export password hashes: a deleted pool's users are gone for good. The pool
                // outlives its stack and any replacement; only destroy --delete-users turns this off first.
                .with("DeletionProtection", "ACTIVE"))
                .retain();
    }

    private static Properties verificationMessages(VerificationMethod verification) {
        Properties messages = Properties.of()
                .with("DefaultEmailOption", verification == VerificationMethod.LINK ? "CONFIRM_WITH_LINK" : "CONFIRM_WITH_CODE")
                .with("EmailSubject", "Your verification code")
                .with("EmailMessage", VERIFICATION_MESSAGE)
                .with("SmsMessage", VERIFICATION_MESSAGE);
        return verification == VerificationMethod.LINK
                ? messages.with("EmailSubjectByLink", "Confirm your email address").with("EmailMessageByLink", VERIFICATION_LINK_MESSAGE)
                : messages;
    }

    /** A domain prefix takes lowercase letters, digits and hyphens; the account id that follows makes it unique. */
    private static String domainPrefix(String stackName) {
        String prefix = stackName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("^-+|-+$", "");
        return prefix.substring(0, Math.min(prefix.length(), 40));
    }

    private static Properties lambdaConfig(List<PoolModel.Trigger> triggers) {
        if (triggers.isEmpty()) {
            return null;
        }
        Fn alias = Fn.ref(StackIds.alias(StackIds.TRIGGER));
        Properties config = Properties.of();
        for (PoolModel.Trigger trigger : triggers) {
            config = config.with(switch (trigger) {
                case PRE_SIGN_UP -> "PreSignUp";
                case DEFINE_AUTH_CHALLENGE -> "DefineAuthChallenge";
                case CREATE_AUTH_CHALLENGE -> "CreateAuthChallenge";
                case VERIFY_AUTH_CHALLENGE_RESPONSE -> "VerifyAuthChallengeResponse";
            }, alias);
        }
        return config;
    }

    private static Resource client(AuthMode mode, TokenSettings tokens) {
        List<String> readable = new ArrayList<>(ClientAttributes.WRITABLE);
        readable.addAll(List.of("email_verified", "phone_number_verified", "custom:role"));
        return new Resource("AWS::Cognito::UserPoolClient", Properties.of()
                .with("UserPoolId", Fn.ref(StackIds.USER_POOL))
                .with("ClientName", CLIENT_NAME)
                .with("GenerateSecret", false)
                .with("ExplicitAuthFlows", List.of(
                        switch (mode) {
                            case USER_PASSWORD -> "ALLOW_USER_PASSWORD_AUTH";
                            case PASSWORDLESS -> "ALLOW_CUSTOM_AUTH";
                        },
                        "ALLOW_REFRESH_TOKEN_AUTH"))
                .with("PreventUserExistenceErrors", "ENABLED")
                .with("EnableTokenRevocation", true)
                .with("AccessTokenValidity", tokens.accessTokenMinutes())
                .with("IdTokenValidity", tokens.idTokenMinutes())
                .with("RefreshTokenValidity", tokens.refreshTokenDays())
                .with("TokenValidityUnits", Properties.of()
                        .with("AccessToken", "minutes")
                        .with("IdToken", "minutes")
                        .with("RefreshToken", "days"))
                .with("ReadAttributes", readable)
                .with("WriteAttributes", ClientAttributes.WRITABLE));
    }

    /** Logical ids for groups: role names may hold characters a logical id cannot, and two may clean up alike. */
    private static final class GroupIds {
        private final Set<String> taken = new TreeSet<>();

        String next(String role) {
            String letters = role.replaceAll("[^A-Za-z0-9]", "");
            String base = "Group" + (letters.isEmpty() ? "" : letters.substring(0, 1).toUpperCase(Locale.ROOT) + letters.substring(1));
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + n;
            }
            return id;
        }
    }
}
