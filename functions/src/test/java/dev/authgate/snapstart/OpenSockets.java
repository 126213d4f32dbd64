package dev.authgate.snapstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sockets this process holds open, read from Linux's {@code /proc/self/fd}: a connection kept alive, a
 * connection the other side closed but this side did not, a server still listening. A closed socket has no
 * descriptor, whatever TCP state the kernel still keeps for it.
 */
final class OpenSockets {

    private static final Path DESCRIPTORS = Path.of("/proc/self/fd");

    private OpenSockets() {
    }

    static boolean supported() {
        return Files.isDirectory(DESCRIPTORS);
    }

    /** The open sockets, as {@code socket:[inode]}. */
    static Set<String> now() {
        Set<String> sockets = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(DESCRIPTORS)) {
            for (Path descriptor : descriptors.toList()) {
                target(descriptor).filter(target -> target.startsWith("socket:")).ifPresent(sockets::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sockets;
    }

    /** Where a descriptor points; none if it was closed between listing and reading. */
    private static Optional<String> target(Path descriptor) {
        try {
            return Optional.of(Files.readSymbolicLink(descriptor).toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
