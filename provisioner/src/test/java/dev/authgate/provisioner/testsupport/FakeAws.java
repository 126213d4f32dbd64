package dev.authgate.provisioner.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import dev.authgate.provisioner.deploy.AwsClients;

/**
 * CloudFormation, S3 and STS on one loopback port, for the provisioner's real SDK clients pointed at it: form-encoded
 * {@code POST /} requests go to the Query APIs (STS for GetCallerIdentity, CloudFormation otherwise), everything
 * else to path-style S3.
 */
public final class FakeAws implements AutoCloseable {

    public static final Region REGION = Region.EU_WEST_1;
    public static final String STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final FakeS3 s3 = new FakeS3();
    private final FakeCloudFormation cloudFormation = new FakeCloudFormation(REGION.id(), this::templateAt);

    private FakeAws() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeAws start() {
        return new FakeAws();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public FakeCloudFormation cloudFormation() {
        return cloudFormation;
    }

    public FakeS3 s3() {
        return s3;
    }

    /** The provisioner's clients, with test credentials, pointed at this server. */
    public AwsClients clients() {
        return new AwsClients(REGION, StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")), endpoint());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if ("aws-chunked".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    || String.valueOf(exchange.getRequestHeaders().getFirst("x-amz-content-sha256")).startsWith("STREAMING-")) {
                body = FakeS3.decodeAwsChunked(body);
            }
            FakeResponse response = route(exchange, body);
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(response.status(), head || response.body().length == 0 ? -1 : response.body().length);
            if (!head && response.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        } finally {
            exchange.close();
        }
    }

    /** A template uploaded to this server's S3, by the URL S3's utilities give it. */
    private Optional<String> templateAt(String url) {
        String[] parts = URI.create(url).getPath().substring(1).split("/", 2);
        return parts.length < 2 ? Optional.empty()
                : s3.object(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8)).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    private FakeResponse route(HttpExchange exchange, byte[] body) {
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        String path = exchange.getRequestURI().getRawPath();
        if (exchange.getRequestMethod().equals("POST") && path.equals("/") && contentType.startsWith("application/x-www-form-urlencoded")) {
            Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
            return "GetCallerIdentity".equals(form.get("Action")) ? callerIdentity() : cloudFormation.handle(form);
        }
        String[] parts = path.substring(1).split("/", 2);
        String key = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        return s3.handle(exchange.getRequestMethod(), parts[0], key, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("x-amz-expected-bucket-owner"), body);
    }

    private static FakeResponse callerIdentity() {
        return FakeResponse.xml(200, Xml.document().open("GetCallerIdentityResponse", STS_NAMESPACE)
                .open("GetCallerIdentityResult")
                .element("Arn", "arn:aws:iam::" + FakeCloudFormation.ACCOUNT + ":user/deployer")
                .element("UserId", "AIDAEXAMPLEUSERID0000")
                .element("Account", FakeCloudFormation.ACCOUNT)
                .close("GetCallerIdentityResult")
                .open("ResponseMetadata").element("RequestId", UUID.randomUUID()).close("ResponseMetadata")
                .close("GetCallerIdentityResponse"));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                String[] nameAndValue = pair.split("=", 2);
                form.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        nameAndValue.length > 1 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        return form;
    }
}
