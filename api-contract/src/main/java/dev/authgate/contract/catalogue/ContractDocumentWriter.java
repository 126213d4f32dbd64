package dev.authgate.contract.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Build step (api-contract's {@code process-classes}): writes {@code openapi.yaml} as the JSON document the
 * catalogue reads at run time, so that a function starts without a YAML parser. The YAML stays the one source.
 */
public final class ContractDocumentWriter {

    private ContractDocumentWriter() {
    }

    /** @param args the YAML source and the JSON document to write */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: ContractDocumentWriter <openapi.yaml> <openapi.json>");
        }
        Path target = Path.of(args[1]);
        Files.createDirectories(target.getParent());
        Files.write(target, JsonMapper.builder().build().writeValueAsBytes(YAMLMapper.builder().build().readTree(Path.of(args[0]).toFile())));
    }
}
