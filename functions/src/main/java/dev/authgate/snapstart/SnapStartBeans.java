package dev.authgate.snapstart;

import java.util.List;

import dev.authgate.beans.BeanRegistrations;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.http.JsonCodec;
import dev.authgate.http.OperationFunctions;
import dev.authgate.identity.AccessTokenVerifier;
import dev.authgate.lambda.ApiGatewayFunction;
import dev.authgate.settings.AuthgateSettings;

/**
 * Registers {@link SnapStartPriming} with the CRaC context at start-up. Registering costs a few classes; the
 * beans the primers need are only looked up at the checkpoint, so an on-demand start makes no bean it would not
 * have made anyway, and the trigger function, which has no app client, primes nothing of the API.
 */
public final class SnapStartBeans {

    private SnapStartBeans() {
    }

    /** Made at start even though beans are lazy: an unmade resource is never registered, and never called. */
    public static void register(BeanRegistrations beans) {
        beans.eager("snapStartPriming", SnapStartPriming.class, () -> new SnapStartPriming(() -> {
            AuthgateSettings authgate = beans.get(AuthgateSettings.class);
            if (authgate.cognito().clientId() == null || authgate.cognito().clientId().isBlank()) {
                return List.of();
            }
            return List.of(
                    new ContractJsonPrimer(beans.get(JsonCodec.class),
                            ContractTypes.of(beans.get(OperationCatalogue.class), new OperationFunctions(beans.factory()))),
                    new CognitoClientPrimer(authgate.cognito()),
                    new JwksPrimer(authgate.cognito(), beans.get(AccessTokenVerifier.class)),
                    new EdgePrimer(beans.factory().getBean(ApiGatewayFunction.BEAN, ApiGatewayFunction.class)));
        }).register());
    }
}
