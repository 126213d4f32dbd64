package dev.authgate.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.context.ConfigurableApplicationContext;

import dev.authgate.config.FunctionalApplication;
import dev.authgate.testsupport.TestStack;

/** The API function as the AWS handler finds it in the catalog of the Lambda start class. */
class ApiGatewayConversionTest {

    @Test
    void theApiFunctionIsInvokedWithoutSpringCloudFunctionsMessageConversion() {
        TestStack.get();
        try (ConfigurableApplicationContext lambda = FunctionalSpringApplication.run(new Class<?>[] {FunctionalApplication.class}, new String[0])) {
            FunctionInvocationWrapper function = lambda.getBean(FunctionCatalog.class).lookup(ApiHandler.FUNCTION, "application/json");

            assertThat(function.isSkipInputConversion()).isTrue();
            assertThat(function.isSkipOutputConversion()).isTrue();
        }
    }
}
