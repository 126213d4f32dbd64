package dev.authgate.provisioner.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.authgate.contract.AuthMode;
import dev.authgate.contract.PasswordPolicy;
import dev.authgate.provisioner.StackOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code provisioner local}: the user pool and app client on the Cognito emulator, for the local run. */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = "Creates (or finds) the user pool and app client on the Cognito emulator and prints the outputs.")
public final class LocalCommand implements Callable<Integer> {

    @Option(names = "--endpoint", required = true, description = "The emulator's URL, e.g. http://127.0.0.1:9229.")
    URI endpoint;

    @Option(names = "--api-url", required = true, description = "The local API's /auth URL, e.g. http://127.0.0.1:8080/auth.")
    URI apiUrl;

    @Option(names = "--mode", defaultValue = "UserPassword", description = "UserPassword or Passwordless (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--password-min-length", defaultValue = "8", description = "6 to 99 (default: ${DEFAULT-VALUE}).")
    int minLength;

    @Option(names = "--password-require-digits", defaultValue = "true", arity = "1")
    boolean requireDigits;

    @Option(names = "--password-require-lowercase", defaultValue = "true", arity = "1")
    boolean requireLowercase;

    @Option(names = "--password-require-symbols", defaultValue = "true", arity = "1")
    boolean requireSymbols;

    @Option(names = "--password-require-uppercase", defaultValue = "true", arity = "1")
    boolean requireUppercase;

    @Option(names = "--out", description = "Also write the outputs as JSON to this file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PasswordPolicy policy = new PasswordPolicy(minLength, requireDigits, requireLowercase, requireSymbols, requireUppercase);
        StackOutputs outputs = new LocalUserPool(endpoint).provision(AuthMode.fromContractName(mode), policy, apiUrl);
        outputs.print(System.out);
        if (out != null) {
            outputs.writeJson(out);
        }
        return 0;
    }
}
