package dev.authgate.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import dev.authgate.contract.SignInRequest;
import dev.authgate.http.JsonCodec;

/** The priming list covers the whole contract, and every record on it survives a JSON round trip. */
class ContractTypesTest {

    static final List<Class<? extends Record>> CONTRACT = ContractTypes.ALL;

    @Test
    void theListNamesEveryRecordOfBothSurfaces() {
        List<Class<?>> listed = List.copyOf(ContractTypes.ALL);

        assertThat(listed).containsExactlyInAnyOrderElementsOf(topLevelRecords("dev/authgate/contract",
                "dev/authgate/contract/gateway"));
    }

    @ParameterizedTest
    @FieldSource("CONTRACT")
    void eachRecordIsWrittenAndReadBackUnchanged(Class<? extends Record> type) {
        JsonCodec json = new JsonCodec();
        Record sample = SampleRecords.of(type);

        Record readBack = json.bind(json.readTree(json.write(sample)), type);

        assertThat(json.write(readBack)).isEqualTo(json.write(sample));
    }

    /** The records compiled into the contract module's packages, nested ones left to their enclosing record. */
    private static List<Class<?>> topLevelRecords(String... packages) {
        List<Class<?>> records = new ArrayList<>();
        withContractClasses(root -> {
            for (String folder : packages) {
                try (Stream<Path> files = Files.list(root.resolve(folder))) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        if (name.endsWith(".class") && !name.contains("$")) {
                            Class<?> type = load(folder.replace('/', '.') + "." + name.replace(".class", ""));
                            if (type.isRecord()) {
                                records.add(type);
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return records;
    }

    private static void withContractClasses(Consumer<Path> use) {
        try {
            Path location = Path.of(SignInRequest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                use.accept(location);
                return;
            }
            try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
                use.accept(jar.getPath("/"));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
