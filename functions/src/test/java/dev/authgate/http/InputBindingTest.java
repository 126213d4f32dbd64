package dev.authgate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.ResolvableType;

import dev.authgate.contract.ChangePasswordRequest;
import dev.authgate.contract.MessageResponse;
import dev.authgate.contract.SignUpRequest;
import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.identity.Authenticated;
import dev.authgate.identity.OptionalBearer;
import dev.authgate.identity.VerifiedAccessToken;

/**
 * How a request becomes an operation's input is decided when the dispatcher is made, from the type the operation's
 * function declares; a function the contract's route cannot feed stops start-up with a message that names it.
 */
class InputBindingTest {

    private static final OperationCatalogue CATALOGUE = OperationCatalogue.load();
    private final RequestBodies bodies = new RequestBodies(CATALOGUE, new JsonCodec());

    private static ContractOperation operation(String id) {
        return CATALOGUE.operation(id).orElseThrow();
    }

    @Test
    void aFunctionTakingTheTokenAloneIsNeverHandedTheBody() {
        InputBinder binder = InputBinder.of(operation("getUser"), ResolvableType.forClass(VerifiedAccessToken.class), bodies);

        assertThat(binder).isInstanceOf(InputBinder.TokenOnly.class);
        assertThat(binder.readsBody()).isFalse();
    }

    @Test
    void aFunctionTakingAnAuthenticatedRecordGetsTheBodyBoundToThatRecord() {
        InputBinder binder = InputBinder.of(operation("changePassword"),
                ResolvableType.forClassWithGenerics(Authenticated.class, ChangePasswordRequest.class), bodies);

        assertThat(binder).isInstanceOfSatisfying(InputBinder.WithBody.class, withBody -> {
            assertThat(withBody.wrapping()).isEqualTo(InputBinder.Wrapping.AUTHENTICATED);
            assertThat(withBody.body().type()).isEqualTo(ChangePasswordRequest.class);
        });
    }

    @Test
    void aFunctionTakingARecordOnARouteWithoutABodyStopsStartUpNamingTheOperation() {
        Throwable failure = catchThrowable(() -> InputBinder.of(operation("getUser"), ResolvableType.forClass(SignUpRequest.class), bodies));

        assertThat(failure).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("getUser").hasMessageContaining("SignUpRequest").hasMessageContaining("no request body");
    }

    @Test
    void aFunctionTakingATokenOnARouteWithoutABearerStopsStartUpNamingTheOperation() {
        Throwable failure = catchThrowable(() -> InputBinder.of(operation("signUp"),
                ResolvableType.forClassWithGenerics(Authenticated.class, SignUpRequest.class), bodies));

        assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessageContaining("signUp").hasMessageContaining("NONE");
    }

    @Test
    void aFunctionTakingAnOptionalBearerOnARouteThatRequiresOneStopsStartUp() {
        Throwable failure = catchThrowable(() -> InputBinder.of(operation("changePassword"),
                ResolvableType.forClassWithGenerics(OptionalBearer.class, ChangePasswordRequest.class), bodies));

        assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessageContaining("changePassword").hasMessageContaining("OPTIONAL");
    }

    @Test
    void anOperationOfTheContractWithoutAFunctionBeanStopsStartUpSayingWhereToRegisterIt() {
        Throwable failure = catchThrowable(() -> new OperationFunctions(new DefaultListableBeanFactory()).of("signUp"));

        assertThat(failure).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("signUp").hasMessageContaining("AuthgateBeans");
    }

    @Test
    void anOperationsInputTypeIsReadFromItsBeanDefinitionWithoutMakingTheBean() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        RootBeanDefinition definition = new RootBeanDefinition();
        definition.setTargetType(ResolvableType.forClassWithGenerics(Function.class, SignUpRequest.class, MessageResponse.class));
        definition.setInstanceSupplier(() -> {
            throw new AssertionError("the bean was made before the operation was called");
        });
        beans.registerBeanDefinition("signUp", definition);

        assertThat(new OperationFunctions(beans).of("signUp").inputType().toClass()).isEqualTo(SignUpRequest.class);
    }
}
