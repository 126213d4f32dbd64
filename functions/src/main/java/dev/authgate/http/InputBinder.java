package dev.authgate.http;

import java.util.Optional;

import org.springframework.core.ResolvableType;

import tools.jackson.databind.JsonNode;

import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.identity.Authenticated;
import dev.authgate.identity.OptionalBearer;
import dev.authgate.identity.VerifiedAccessToken;

/**
 * Makes the input an operation's function declares from the request's verified token and its body. Chosen once per
 * operation, when the dispatcher is made, from the function's declared input type; a type the contract's route
 * cannot give (a body where the route takes none, a token where it takes none) stops start-up instead of failing a
 * request.
 */
sealed interface InputBinder {

    /** Whether the function reads the request body; one that does not is never handed one. */
    boolean readsBody();

    /** The function's input; {@code body} is the parsed body as the pre-hooks left it, or null when not read. */
    Object bind(Optional<VerifiedAccessToken> token, JsonNode body);

    static InputBinder of(ContractOperation operation, ResolvableType input, RequestBodies bodies) {
        Class<?> type = input.toClass();
        if (type == VerifiedAccessToken.class) {
            requireBearer(operation, input, ContractOperation.Bearer.REQUIRED);
            return new TokenOnly();
        }
        if (type == Authenticated.class) {
            requireBearer(operation, input, ContractOperation.Bearer.REQUIRED);
            return new WithBody(bodies.of(operation, input.getGeneric(0).toClass()), Wrapping.AUTHENTICATED);
        }
        if (type == OptionalBearer.class) {
            requireBearer(operation, input, ContractOperation.Bearer.OPTIONAL);
            return new WithBody(bodies.of(operation, input.getGeneric(0).toClass()), Wrapping.OPTIONAL_BEARER);
        }
        return new WithBody(bodies.of(operation, type), Wrapping.NONE);
    }

    private static void requireBearer(ContractOperation operation, ResolvableType input, ContractOperation.Bearer bearer) {
        if (operation.bearer() != bearer) {
            throw new IllegalStateException("The function of " + operation.id() + " takes " + input + ", but the contract gives"
                    + " its route the bearer " + operation.bearer() + ", not " + bearer);
        }
    }

    /** Takes the verified access token alone, as the operations on the bearer's own account without a body do. */
    record TokenOnly() implements InputBinder {

        @Override
        public boolean readsBody() {
            return false;
        }

        @Override
        public Object bind(Optional<VerifiedAccessToken> token, JsonNode body) {
            return token.orElseThrow();
        }
    }

    /** Takes the body's record, alone or with the request's token as {@link Wrapping} says. */
    record WithBody(RequestBodies.Binding body, Wrapping wrapping) implements InputBinder {

        @Override
        public boolean readsBody() {
            return true;
        }

        @Override
        public Object bind(Optional<VerifiedAccessToken> token, JsonNode tree) {
            return wrapping.wrap(token, body.bind(tree));
        }
    }

    /** What the body's record comes in. */
    enum Wrapping {
        /** The record alone. */
        NONE,
        /** {@link Authenticated}: the record with the verified token it must come with. */
        AUTHENTICATED,
        /** {@link OptionalBearer}: the record with the token when the request carries one. */
        OPTIONAL_BEARER;

        Object wrap(Optional<VerifiedAccessToken> token, Object record) {
            return switch (this) {
                case NONE -> record;
                case AUTHENTICATED -> new Authenticated<>(token.orElseThrow(), record);
                case OPTIONAL_BEARER -> new OptionalBearer<>(token, record);
            };
        }
    }
}
