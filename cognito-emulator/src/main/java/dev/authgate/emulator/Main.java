package dev.authgate.emulator;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator on its own:
 * {@code java -jar cognito-emulator.jar [--port N] [--data-dir DIR] [--lambda-endpoint URL]}.
 * Prints one line once it listens, and stops cleanly on SIGTERM or Ctrl-C. With
 * {@code --lambda-endpoint}, the pools' triggers are invoked through {@link LambdaInvokeApi} at that URL.
 */
public final class Main {
    static final int DEFAULT_PORT = 9229;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmulatorOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: cognito-emulator [--port N] [--data-dir DIR] [--lambda-endpoint URL]");
            System.exit(2);
            return;
        }
        CognitoEmulator emulator = CognitoEmulator.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "cognito-emulator-shutdown"));
        System.out.println("cognito-emulator listening on " + emulator.endpoint());
        System.out.flush();
        // The server's threads are daemons, so the main thread is what keeps the process alive.
        stopped.await();
    }

    static EmulatorOptions parse(String[] args) {
        EmulatorOptions options = EmulatorOptions.defaults().withPort(DEFAULT_PORT);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> options = options.withPort(port(value));
                case "--data-dir" -> options = options.withDataDir(Path.of(required(value, "--data-dir")));
                case "--lambda-endpoint" -> options = options.withTriggerInvoker(lambdaEndpoint(value));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
            i++;
        }
        return options;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(required(value, "--port"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number, got " + value);
        }
    }

    private static LambdaInvokeApi lambdaEndpoint(String value) {
        required(value, "--lambda-endpoint");
        try {
            return new LambdaInvokeApi(URI.create(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--lambda-endpoint needs an http URL, got " + value);
        }
    }

    private static String required(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
