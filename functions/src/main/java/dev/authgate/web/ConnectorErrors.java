package dev.authgate.web;

import java.util.Objects;
import java.util.function.Supplier;

import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.coyote.ProtocolHandler;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

import dev.authgate.http.OperationDispatcher;

/**
 * Makes the embedded Tomcat answer what it refuses in the envelope: {@link ConnectorErrorValve} on its host (which
 * adds its own error valve when it starts, so the swap happens as the web app's context starts, before the
 * connector takes requests), and {@link AsteriskTargetAdapter} before its connector's adapter.
 */
public final class ConnectorErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Supplier<OperationDispatcher> dispatcher;

    public ConnectorErrors(Supplier<OperationDispatcher> dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                ConnectorErrorValve.replaceOn((Host) context.getParent(), dispatcher);
            }
        }));
        factory.addConnectorCustomizers(connector -> connector.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
                ProtocolHandler protocol = connector.getProtocolHandler();
                protocol.setAdapter(new AsteriskTargetAdapter(protocol.getAdapter(), dispatcher));
            }
        }));
    }
}
