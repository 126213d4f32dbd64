package dev.authgate.provisioner.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.authgate.provisioner.StackOutputs;
import dev.authgate.provisioner.cli.ConfigFileOption;
import dev.authgate.settings.AuthMode;
import dev.authgate.settings.AuthgateSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code provisioner local}: the user pool and app client on the Cognito emulator, for the local run. */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Creates (or finds) the user pool, its groups and the app client on the Cognito emulator and prints the outputs.",
                "Refuses (exit 1) a mode whose switch would leave the other mode's users behind."})
public final class LocalCommand implements Callable<Integer> {

    @Option(names = "--endpoint", required = true, description = "The emulator's URL, e.g. http://127.0.0.1:9229.")
    URI endpoint;

    @Option(names = "--api-url", required = true, description = "The local API's /auth URL, e.g. http://127.0.0.1:8080/auth.")
    URI apiUrl;

    @Mixin
    ConfigFileOption config;

    @Option(names = "--mode", description = "UserPassword or Passwordless; overrides the file's authgate.mode.")
    String mode;

    @Option(names = "--out", description = "Also write the outputs as JSON to this file.")
    Path out;

    @Option(names = "--data-dir", description = "The local data folder, named when a switch of mode is refused.")
    Path dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AuthgateSettings settings = config.read();
        if (mode != null) {
            settings = settings.withMode(AuthMode.fromContractName(mode));
        }
        StackOutputs outputs = new LocalUserPool(endpoint, dataDir).provision(settings, apiUrl);
        outputs.print(spec.commandLine().getOut());
        if (out != null) {
            outputs.writeJson(out);
        }
        return 0;
    }
}
