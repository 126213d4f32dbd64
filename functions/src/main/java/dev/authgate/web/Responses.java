package dev.authgate.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import dev.authgate.http.HttpResponse;

/** Writes an edge's answer to the servlet response: status, headers, then the body with its length. */
final class Responses {

    private Responses() {
    }

    static void write(HttpResponse answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
