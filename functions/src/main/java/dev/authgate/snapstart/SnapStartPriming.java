package dev.authgate.snapstart;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Lambda SnapStart priming: a CRaC resource whose {@code beforeCheckpoint} runs every {@link Primer} once, after
 * the function's init and before Lambda takes the snapshot, so that the first request after a restore finds
 * classes loaded, mappers built, the SDK's pipeline initialised and the pool's keys cached. It works below the
 * handler and never invokes Spring Cloud Function's handler, whose invocation during a checkpoint is reported
 * to hang on restore with Spring Boot 4. Nothing happens without a checkpoint: on-demand starts do not prime.
 *
 * <p>The Lambda runtime routes {@code org.crac} to its own CRaC context
 * ({@code -Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac}); elsewhere the registration is inert
 * unless the JVM itself implements CRaC.
 */
public final class SnapStartPriming implements Resource {

    private static final Log LOG = LogFactory.getLog(SnapStartPriming.class);

    private final Supplier<List<Primer>> primers;
    private final List<String> primed = new CopyOnWriteArrayList<>();

    /** @param primers what to prime, decided at the checkpoint, in order */
    SnapStartPriming(Supplier<List<Primer>> primers) {
        this.primers = Objects.requireNonNull(primers, "primers");
    }

    /** Registers with the global CRaC context, which holds resources weakly: the caller must keep this. */
    SnapStartPriming register() {
        Core.getGlobalContext().register(this);
        return this;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        List<Primer> toRun = primers.get();
        if (toRun.isEmpty()) {
            LOG.info("SnapStart priming: nothing to prime in this function");
            return;
        }
        for (Primer primer : toRun) {
            long primerStarted = System.nanoTime();
            primer.prime();
            primed.add(primer.name());
            LOG.info("SnapStart priming: " + primer.name() + " in " + millisSince(primerStarted) + " ms");
        }
        LOG.info("SnapStart priming done in " + millisSince(started) + " ms");
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to reopen: the primers leave no connection or thread behind.
    }

    /** The primers that have run, in order. */
    public List<String> primed() {
        return List.copyOf(primed);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
