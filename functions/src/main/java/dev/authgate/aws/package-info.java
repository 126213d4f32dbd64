/**
 * The AWS SDK's only home: the adapters that implement Authgate's ports over AWS services, and the factories that
 * build their SDK clients from the settings. {@code cognito} is the user pool behind
 * {@link dev.authgate.identity.IdentityProvider}; {@code sms} is SNS and DynamoDB behind the sign-in trigger's
 * {@link dev.authgate.trigger.SmsSender} and {@link dev.authgate.trigger.SmsQuota}; {@link dev.authgate.aws.AwsBeans}
 * registers them as those ports. No main class of the functions outside this package imports
 * {@code software.amazon.awssdk}: {@code PackageDependenciesTest} fails naming any that does.
 */
package dev.authgate.aws;
