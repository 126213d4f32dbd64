package dev.authgate.provisioner.cli;

import java.util.LinkedHashSet;
import java.util.List;

import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import picocli.CommandLine.Option;

/** {@code --mode} and {@code --surfaces}: what the stack is built for, over what the file says. */
public final class SettingsOverrides {

    @Option(names = "--mode", paramLabel = "MODE", description = "UserPassword or Passwordless; overrides authgate.mode.")
    String mode;

    @Option(names = "--surfaces", paramLabel = "SURFACE", split = ",",
            description = "The surfaces to serve, comma-separated: auth, cognito-gateway; overrides authgate.surfaces.")
    List<String> surfaces;

    public AuthgateSettings apply(AuthgateSettings settings) {
        AuthgateSettings result = settings;
        if (mode != null) {
            result = result.withMode(AuthMode.fromContractName(mode));
        }
        if (surfaces != null) {
            result = result.withSurfaces(new LinkedHashSet<>(surfaces));
        }
        return result;
    }
}
