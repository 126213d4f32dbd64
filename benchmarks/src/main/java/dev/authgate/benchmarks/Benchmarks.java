package dev.authgate.benchmarks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import dev.authgate.benchmarks.coldstart.ColdStartSection;
import dev.authgate.benchmarks.warm.BadTokenRejectionBenchmark;
import dev.authgate.benchmarks.warm.InProcessAuthgate;
import dev.authgate.benchmarks.warm.WarmOverheadBenchmark;

/**
 * Authgate's three benchmarks, run by {@code scripts/bench.sh}: cold start, warm overhead and bad-token
 * rejection, against a Cognito emulator in this process. Prints one report with the machine it ran on.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long started = System.nanoTime();
        String loadBefore = Machine.load();
        StringBuilder report = new StringBuilder();
        Targets targets = new Targets();
        try (LocalCognito cognito = LocalCognito.start()) {
            for (int i = 0; i < 50; i++) {
                cognito.accessToken();
            }
            if (options.runs(Options.JARS)) {
                progress("jar usage of the Lambda artifact");
                report.append(new ColdStartSection(options, cognito).jarUsage()).append('\n');
            }
            if (options.runs("cold")) {
                progress("cold start: " + options.runs() + " runs per deployment" + (options.levers() ? ", with levers" : ""));
                report.append(new ColdStartSection(options, cognito).run(targets)).append('\n');
            }
            if (options.runs("warm") || options.runs("rejection")) {
                progress("starting the Lambda edge and the local web app in process");
                try (InProcessAuthgate stack = InProcessAuthgate.start(cognito)) {
                    if (options.runs("warm")) {
                        progress("warm overhead: " + options.warmup() + " + " + options.requests()
                                + " requests per edge and operation");
                        WarmOverheadBenchmark overhead = new WarmOverheadBenchmark(stack, options.levers());
                        report.append(WarmSection.overhead(overhead.measure(options.warmup(), options.requests()), targets))
                                .append('\n');
                    }
                    if (options.runs("rejection")) {
                        progress("bad-token rejection: " + options.requests() + " forged and " + options.requests() / 2
                                + " valid requests per edge");
                        BadTokenRejectionBenchmark rejection = new BadTokenRejectionBenchmark(stack);
                        report.append(WarmSection.rejection(rejection.measure(options.warmup(), options.requests()), targets))
                                .append('\n');
                    }
                }
            }
        }
        System.out.println();
        System.out.println("Authgate benchmarks, " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        System.out.println("Machine: " + Machine.describe());
        System.out.println("Load average (1 min) before: " + loadBefore + ", after: " + Machine.load()
                + "; total time " + Math.round((System.nanoTime() - started) / 1e9) + " s");
        System.out.println();
        System.out.print(report);
        if (!targets.isEmpty()) {
            System.out.println("Targets\n");
            System.out.print(targets);
        }
        System.exit(0);
    }

    private static void progress(String message) {
        System.err.println("[bench] " + message);
    }
}
