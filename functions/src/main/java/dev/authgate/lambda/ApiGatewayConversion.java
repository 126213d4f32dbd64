package dev.authgate.lambda;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;

/**
 * Turns Spring Cloud Function's message conversion off for the {@value ApiHandler#FUNCTION} function, once the
 * context is up: its input is the event's bytes and its output a proxy response already, so converting either only
 * costs every request time: in a profile of the warm benchmark, it was among the largest parts of what Spring Cloud
 * Function adds per request. The AWS handler finds the same catalog entry.
 */
public final class ApiGatewayConversion implements SmartInitializingSingleton {

    private final BeanFactory beans;

    public ApiGatewayConversion(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void afterSingletonsInstantiated() {
        FunctionInvocationWrapper function = beans.getBean(FunctionCatalog.class).lookup(ApiHandler.FUNCTION, "application/json");
        if (function != null) {
            function.setSkipInputConversion(true);
            function.setSkipOutputConversion(true);
        }
    }
}
