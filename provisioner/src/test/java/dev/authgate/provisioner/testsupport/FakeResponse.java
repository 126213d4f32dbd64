package dev.authgate.provisioner.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer of the fake AWS server. */
record FakeResponse(int status, Map<String, String> headers, byte[] body) {

    static FakeResponse xml(int status, Object xml) {
        return new FakeResponse(status, Map.of("Content-Type", "text/xml"), xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A response without a body, as S3 answers HEAD, PUT and DELETE. */
    static FakeResponse empty(int status) {
        return new FakeResponse(status, Map.of(), new byte[0]);
    }

    FakeResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new FakeResponse(status, more, body);
    }
}
