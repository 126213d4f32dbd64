package dev.authgate.provisioner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.provisioner.template.StackTemplate;
import dev.authgate.provisioner.template.Template;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code provisioner synth}: the CloudFormation template, without deploying it. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Writes the CloudFormation template (JSON) for the settings.")
public final class SynthCommand implements Callable<Integer> {

    @Mixin
    ConfigFileOption config;

    @Mixin
    SettingsOverrides overrides;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the template to this file instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Template template = StackTemplate.synthesize(overrides.apply(config.read()), OperationCatalogue.load());
        String json = template.prettyJson() + System.lineSeparator();
        if (out == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            Path absolute = out.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Files.writeString(absolute, json);
        }
        return 0;
    }
}
