package dev.authgate.snapstart;

import java.util.List;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import dev.authgate.config.AuthgateAutoConfiguration;
import dev.authgate.http.JsonCodec;
import dev.authgate.identity.AccessTokenVerifier;
import dev.authgate.lambda.ApiHandler;
import dev.authgate.settings.AuthgateSettings;

/**
 * Registers {@link SnapStartPriming} with the CRaC context at start-up. Registering costs a few classes; the
 * beans the primers need are only looked up at the checkpoint, so an on-demand start makes no bean it would not
 * have made anyway, and the trigger function, which has no app client, primes nothing of the API.
 */
@AutoConfiguration(after = AuthgateAutoConfiguration.class)
@ConditionalOnClass(org.crac.Resource.class)
public class SnapStartAutoConfiguration {

    /** Made at start even though beans are lazy: an unmade resource is never registered, and never called. */
    @Bean
    @Lazy(false)
    SnapStartPriming snapStartPriming(ObjectProvider<AuthgateSettings> settings, ObjectProvider<JsonCodec> json,
            ObjectProvider<AccessTokenVerifier> verifier,
            @Qualifier(ApiHandler.FUNCTION) ObjectProvider<Function<Message<byte[]>, APIGatewayV2HTTPResponse>> apiGateway) {
        return new SnapStartPriming(() -> {
            AuthgateSettings authgate = settings.getObject();
            if (authgate.cognito().clientId() == null || authgate.cognito().clientId().isBlank()) {
                return List.of();
            }
            return List.of(
                    new ContractJsonPrimer(json.getObject()),
                    new CognitoClientPrimer(authgate.cognito()),
                    new JwksPrimer(authgate.cognito(), verifier.getObject()),
                    new EdgePrimer(apiGateway.getObject()));
        }).register();
    }
}
