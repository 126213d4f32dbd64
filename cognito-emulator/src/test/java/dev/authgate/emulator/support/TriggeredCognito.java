package dev.authgate.emulator.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.authgate.emulator.EmulatorOptions;

/**
 * An emulator whose triggers are {@link FakeTriggers}, for one test class: started before its tests, stopped
 * after them, with the triggers set back to Authgate's behaviour before each test.
 */
public final class TriggeredCognito implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final FakeTriggers triggers = new FakeTriggers();
    private TestCognito cognito;

    public FakeTriggers triggers() {
        return triggers;
    }

    public TestCognito cognito() {
        return cognito;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        cognito = TestCognito.start(EmulatorOptions.defaults().withTriggerInvoker(triggers));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        cognito.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        triggers.reset();
    }
}
