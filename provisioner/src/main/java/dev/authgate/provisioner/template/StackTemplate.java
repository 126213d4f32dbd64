package dev.authgate.provisioner.template;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.provisioner.model.PoolModel;
import dev.authgate.settings.AuthgateSettings;

/**
 * Builds Authgate's CloudFormation template from the settings and the contract. The trigger function is only there
 * when the pool has a trigger to invoke: role rules to check at sign-up, or Passwordless sign-in.
 */
public final class StackTemplate {

    private StackTemplate() {
    }

    public static Template synthesize(AuthgateSettings settings, OperationCatalogue catalogue) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(catalogue, "catalogue");
        if (settings.surfaces().isEmpty()) {
            throw new IllegalArgumentException("authgate.surfaces is empty: the API would have no route");
        }
        Template.Builder template = Template.builder("Authgate: " + settings.mode().contractName()
                + " sign-in on a Cognito user pool behind an HTTP API (" + String.join(", ", new TreeSet<>(settings.surfaces())) + ")");
        template.parameter(StackIds.ARTIFACT_BUCKET, new Parameter("S3 bucket holding the Lambda artifact"));
        template.parameter(StackIds.ARTIFACT_KEY, new Parameter("S3 key of the Lambda artifact (authgate-lambda.zip)"));
        List<PoolModel.Trigger> triggers = PoolModel.triggers(settings);
        if (settings.mode().signsInWithSmsCode()) {
            SmsQuotaTable.add(template);
        }
        if (!triggers.isEmpty()) {
            LambdaFunction.add(template, AuthgateFunctions.trigger(settings), settings.deployment());
        }
        UserPoolResources.add(template, settings, triggers);
        LambdaFunction.add(template, AuthgateFunctions.api(settings), settings.deployment());
        HttpApiResources.add(template, settings, catalogue);
        StackOutputsSection.add(template, settings);
        return template.build();
    }
}
