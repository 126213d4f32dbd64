package dev.authgate.benchmarks.experiments;

import org.springframework.context.support.GenericApplicationContext;

import dev.authgate.config.FunctionalApplication;

/**
 * Lever, not shipped: the Lambda start class without the SnapStart priming registered, to show what the priming
 * saves a SnapStart restore and that it costs an on-demand start nothing. Run by the cold-start levers with
 * {@code MAIN_CLASS} set to this class.
 */
public class UnprimedApplication extends FunctionalApplication {

    @Override
    public void initialize(GenericApplicationContext context) {
        super.initialize(context);
        context.removeBeanDefinition("snapStartPriming");
    }
}
