package dev.authgate.provisioner.cli;

import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;

import dev.authgate.settings.AuthgateSettings;
import dev.authgate.settings.SettingsBinder;
import picocli.CommandLine.Option;

/** {@code --config FILE}: the same {@code authgate.*} settings the functions read. */
public final class ConfigFileOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML file with the authgate.* settings (mode, surfaces, password-policy, roles, tokens, deployment, ...). Without it: every default.")
    Path file;

    public AuthgateSettings read() {
        return file == null ? AuthgateSettings.defaults() : SettingsBinder.fromYaml(new FileSystemResource(file));
    }
}
