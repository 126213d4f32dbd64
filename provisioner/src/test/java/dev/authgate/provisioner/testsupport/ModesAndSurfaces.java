package dev.authgate.provisioner.testsupport;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import dev.authgate.settings.AuthMode;

/** Every mode with every non-empty choice of surfaces: the six stacks Authgate can be deployed as. */
public final class ModesAndSurfaces {

    public static final List<Set<String>> SURFACE_CHOICES = List.of(Set.of("auth"), Set.of("cognito-gateway"), Set.of("auth", "cognito-gateway"));

    private ModesAndSurfaces() {
    }

    /** Arguments (AuthMode, Set of surfaces) for a parameterized test. */
    public static Stream<Arguments> all() {
        return Stream.of(AuthMode.values())
                .flatMap(mode -> SURFACE_CHOICES.stream().map(surfaces -> Arguments.of(mode, surfaces)));
    }

    /** A file name for the combination, e.g. {@code Passwordless-auth+cognito-gateway}. */
    public static String name(AuthMode mode, Set<String> surfaces) {
        return mode.contractName() + "-" + String.join("+", surfaces.stream().sorted().toList());
    }
}
