package dev.authgate.provisioner.template;

import dev.authgate.provisioner.StackOutputs;
import dev.authgate.settings.AuthgateSettings;

/** The stack's outputs, named as {@link StackOutputs} reads them. */
final class StackOutputsSection {

    private static final String ISSUER = "https://cognito-idp.${AWS::Region}.${AWS::URLSuffix}/${UserPool}";

    private StackOutputsSection() {
    }

    static void add(Template.Builder template, AuthgateSettings settings) {
        // Without the auth surface there is nothing under /auth: the URL is then the stage's, where the
        // cognito-gateway paths are.
        String path = settings.surfaces().contains("auth") ? "/auth" : "";
        template.output(StackOutputs.AUTH_API_URL, new Output("Base URL of the API",
                Fn.sub("https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${ApiStage}" + path)));
        template.output(StackOutputs.AUTH_API_ISSUER, new Output("Issuer (iss) of the pool's tokens", Fn.sub(ISSUER)));
        template.output(StackOutputs.AUTH_API_JWKS_URI, new Output("Keys the pool's tokens are signed with",
                Fn.sub(ISSUER + "/.well-known/jwks.json")));
        template.output(StackOutputs.USER_POOL_ID, new Output("The Cognito user pool", Fn.ref(StackIds.USER_POOL)));
        template.output(StackOutputs.USER_POOL_CLIENT_ID, new Output("The pool's public app client", Fn.ref(StackIds.USER_POOL_CLIENT)));
    }
}
