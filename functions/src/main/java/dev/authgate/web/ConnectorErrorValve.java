package dev.authgate.web;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.servlet.RequestDispatcher;

import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import dev.authgate.http.HttpResponse;
import dev.authgate.http.OperationDispatcher;

/**
 * Takes the place of Tomcat's HTML error page on the host: a request Tomcat refuses before any servlet sees it
 * (a request line or headers over the limit, an invalid or encoded-NUL path, a method that is no token) is
 * answered in the error envelope with the dispatcher's headers, like every other error.
 */
final class ConnectorErrorValve extends ErrorReportValve {

    private final Supplier<OperationDispatcher> dispatcher;

    private ConnectorErrorValve(Supplier<OperationDispatcher> dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    /** Replaces the host's error report valve, which the host adds itself when it starts, with this one. */
    static void replaceOn(Host host, Supplier<OperationDispatcher> dispatcher) {
        Pipeline pipeline = host.getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
            }
        }
        pipeline.addValve(new ConnectorErrorValve(dispatcher));
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Throwable cause = throwable != null ? throwable : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        // The request line is parsed before the headers: with no path read yet, it was the line that did not fit.
        boolean lineRead = request.getCoyoteRequest().requestURI().getLength() > 0;
        HttpResponse answer = dispatcher.get().reject(ConnectorRefusal.of(status, cause, lineRead));
        try {
            response.resetBuffer();
            Responses.write(answer, response);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client has gone, or the connection is already closed: there is nobody left to answer.
        }
    }
}
