package dev.authgate.web;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.servlet.RequestDispatcher;

import org.apache.coyote.ActionCode;
import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;

import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;
import dev.authgate.http.HttpResponse;
import dev.authgate.http.OperationDispatcher;

/**
 * Answers requests whose target is {@code *} ({@code OPTIONS *} asks about the server as a whole), which Tomcat
 * answers itself before any host, valve or servlet sees them: no route of the API is {@code *}, so they get the
 * envelope like any other path without a route, and a request Tomcat already refused gets the refusal's envelope.
 * Every other request goes to Tomcat's own adapter.
 */
final class AsteriskTargetAdapter implements Adapter {

    private final Adapter tomcat;
    private final Supplier<OperationDispatcher> dispatcher;

    AsteriskTargetAdapter(Adapter tomcat, Supplier<OperationDispatcher> dispatcher) {
        this.tomcat = Objects.requireNonNull(tomcat, "tomcat");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if (!request.requestURI().equals("*")) {
            tomcat.service(request, response);
            return;
        }
        AuthException error = response.getStatus() >= 400
                ? ConnectorRefusal.of(response.getStatus(), (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), true)
                : new AuthException(ErrorType.NOT_FOUND, 404, "No route matches " + request.method() + " *.");
        HttpResponse answer = dispatcher.get().reject(error);
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setContentLength(answer.body().length);
        response.doWrite(ByteBuffer.wrap(answer.body()));
        // Sent now: Tomcat then reads past the body it was never asked for, and a malformed one closes the connection.
        response.action(ActionCode.CLIENT_FLUSH, null);
    }

    @Override
    public boolean prepare(Request request, Response response) throws Exception {
        return tomcat.prepare(request, response);
    }

    @Override
    public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
        return tomcat.asyncDispatch(request, response, status);
    }

    @Override
    public void log(Request request, Response response, long time) {
        tomcat.log(request, response, time);
    }

    @Override
    public void checkRecycled(Request request, Response response) {
        tomcat.checkRecycled(request, response);
    }

    @Override
    public String getDomain() {
        return tomcat.getDomain();
    }
}
