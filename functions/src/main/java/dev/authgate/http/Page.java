package dev.authgate.http;

import java.util.Optional;

/** A page the dispatcher answers before it routes a request to an operation, such as the documentation page. */
public interface Page {

    /** The page, or one of its files, for a request that asks for it; empty for every other request. */
    Optional<HttpResponse> answer(HttpRequest request);
}
