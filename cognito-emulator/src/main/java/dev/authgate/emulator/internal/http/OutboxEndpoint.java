package dev.authgate.emulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.authgate.emulator.OutboxEntry;
import dev.authgate.emulator.internal.code.Outbox;
import dev.authgate.emulator.internal.protocol.Json;
import dev.authgate.emulator.internal.user.Usernames;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code /outbox}: {@code GET} lists every message, newest first; {@code POST} appends one that something
 * else sent on the pool's behalf, such as the local SMS sender of the Passwordless triggers. A posted
 * entry is {@code {"to","channel","purpose","code"}}; the emulator adds {@code at}. Bodies are never logged.
 */
final class OutboxEndpoint {
    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final Set<String> MEMBERS = Set.of("to", "channel", "purpose", "code");
    private static final Pattern PURPOSE = Pattern.compile("^[A-Z][A-Z0-9_]{0,63}$");
    private static final int MAX_CODE_LENGTH = 256;

    private final Outbox outbox;
    private final Clock clock;

    OutboxEndpoint(Outbox outbox, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    void list(HttpExchange exchange) throws IOException {
        Exchanges.send(exchange, 200, Exchanges.JSON, Json.MAPPER.writeValueAsString(outbox.newestFirst()));
    }

    void append(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            Exchanges.message(exchange, 413, "An outbox entry must be under " + MAX_BODY_BYTES + " bytes.");
            return;
        }
        OutboxEntry entry;
        try {
            entry = entry(body);
        } catch (IllegalArgumentException invalid) {
            Exchanges.message(exchange, 400, invalid.getMessage());
            return;
        }
        outbox.append(entry);
        Exchanges.send(exchange, 201, Exchanges.JSON, Json.MAPPER.writeValueAsString(entry));
    }

    private OutboxEntry entry(byte[] body) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The body is not valid JSON.");
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("The body must be a JSON object {\"to\",\"channel\",\"purpose\",\"code\"}.");
        }
        for (Map.Entry<String, JsonNode> member : json.properties()) {
            if (!MEMBERS.contains(member.getKey())) {
                throw new IllegalArgumentException("Unknown member \"" + member.getKey()
                        + "\": an entry has to, channel, purpose and code (the emulator adds at).");
            }
        }
        String channel = text(json, "channel");
        String to = text(json, "to");
        String purpose = text(json, "purpose");
        String code = text(json, "code");
        switch (channel) {
            case "SMS" -> require(Usernames.isPhoneNumber(to), "\"to\" must be an E.164 phone number for an SMS, such as +15555550100.");
            case "EMAIL" -> require(Usernames.isEmail(to), "\"to\" must be an email address for an EMAIL.");
            default -> throw new IllegalArgumentException("\"channel\" must be SMS or EMAIL.");
        }
        require(PURPOSE.matcher(purpose).matches(), "\"purpose\" must be upper case letters, digits and underscores, such as SIGN_IN.");
        require(code.length() <= MAX_CODE_LENGTH, "\"code\" must be at most " + MAX_CODE_LENGTH + " characters.");
        return new OutboxEntry(to, channel, purpose, code, clock.instant().toString());
    }

    private static String text(JsonNode json, String member) {
        JsonNode node = json.get(member);
        if (node == null || !node.isString() || node.stringValue().isEmpty()) {
            throw new IllegalArgumentException("\"" + member + "\" is required and must be a non-empty string.");
        }
        return node.stringValue();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
