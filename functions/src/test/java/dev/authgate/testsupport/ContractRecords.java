package dev.authgate.testsupport;

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

import dev.authgate.contract.SignInRequest;

/** The records compiled into the contract's packages, both surfaces, nested ones included. */
public final class ContractRecords {

    private static final List<String> PACKAGES = List.of("dev/authgate/contract", "dev/authgate/contract/gateway");

    private ContractRecords() {
    }

    public static List<Class<?>> compiled() {
        List<Class<?>> records = new ArrayList<>();
        withContractClasses(root -> {
            for (String folder : PACKAGES) {
                try (Stream<Path> files = Files.list(root.resolve(folder))) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString();
                        if (name.endsWith(".class")) {
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
