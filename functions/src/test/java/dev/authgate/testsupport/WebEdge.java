package dev.authgate.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.LinkedHashMap;
import java.util.Map;

/** The local web app, reached over HTTP on loopback. */
public final class WebEdge implements Edge {

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;

    WebEdge(URI base) {
        this.base = base;
    }

    /** The local web app at this address, its answers unchecked: for routes outside the contract. */
    public static WebEdge at(URI base) {
        return new WebEdge(base);
    }

    @Override
    public ApiResponse send(HttpCall call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.path()))
                .method(call.method(), call.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(call.body()));
        call.headers().forEach(request::header);
        try {
            var response = client.send(request.build(), BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
            return new ApiResponse(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
