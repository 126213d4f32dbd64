package dev.authgate.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.authgate.contract.catalogue.ContractOperation;
import dev.authgate.contract.catalogue.OperationCatalogue;
import dev.authgate.http.HttpRequest;
import dev.authgate.http.HttpResponse;
import dev.authgate.http.JsonCodec;
import dev.authgate.http.Page;

/**
 * The documentation page ({@code authgate.http.docs}): {@code GET /docs} is Swagger UI, served from the
 * {@code org.webjars:swagger-ui} jar at {@code /docs/<file>}, over {@code GET /openapi.json}, the contract as this
 * app serves it: the routes of the enabled surfaces and mode only, and a server entry for the app itself so that
 * "Try it out" calls it.
 */
public final class DocsPage implements Page {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    /** The page's scripts and styles: text, which both edges carry as it is (API Gateway's bodies are strings). */
    private static final Pattern ASSET = Pattern.compile("/docs/([a-z0-9][a-z0-9.-]*\\.(js|css))");
    private static final Map<String, String> CONTENT_TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");
    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Authgate API</title>
              <link rel="stylesheet" href="docs/swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="docs/swagger-ui-bundle.js"></script>
              <script src="docs/authgate-docs.js"></script>
            </body>
            </html>
            """;
    /** Kept out of the page itself so that a Content-Security-Policy without inline scripts still lets it run. */
    private static final String START = "window.ui = SwaggerUIBundle({url: 'openapi.json', dom_id: '#swagger-ui'});\n";

    private final JsonCodec json;
    private final ObjectNode servedContract;
    private final String assets;

    public DocsPage(OperationCatalogue catalogue, Predicate<ContractOperation> served, JsonCodec json) {
        this.json = Objects.requireNonNull(json, "json");
        this.servedContract = servedContract(Objects.requireNonNull(catalogue, "catalogue"), Objects.requireNonNull(served, "served"));
        this.assets = WEBJAR + webjarVersion() + "/";
    }

    /** The page, one of its files or the contract, for a request that asks for one of them. */
    @Override
    public Optional<HttpResponse> answer(HttpRequest request) {
        if (!request.method().equals("GET")) {
            return Optional.empty();
        }
        if (request.path().equals("/docs")) {
            return Optional.of(ok("text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        }
        if (request.path().equals("/docs/authgate-docs.js")) {
            return Optional.of(ok(CONTENT_TYPES.get("js"), START.getBytes(StandardCharsets.UTF_8)));
        }
        if (request.path().equals("/openapi.json")) {
            return Optional.of(ok(JsonCodec.CONTENT_TYPE, json.write(contract(request))));
        }
        var asset = ASSET.matcher(request.path());
        if (asset.matches()) {
            return read(assets + asset.group(1)).map(bytes -> ok(CONTENT_TYPES.get(asset.group(2)), bytes));
        }
        return Optional.empty();
    }

    /** The contract as this app serves it, with this app as its server. */
    private JsonNode contract(HttpRequest request) {
        ObjectNode document = servedContract.deepCopy();
        document.putArray("servers").addObject().put("url", baseUrl(request)).put("description", "this app");
        return document;
    }

    /** The contract with only the routes the enabled surfaces and mode serve. */
    private static ObjectNode servedContract(OperationCatalogue catalogue, Predicate<ContractOperation> served) {
        Set<String> servedPaths = catalogue.operations(served).stream().map(ContractOperation::path).collect(Collectors.toSet());
        ObjectNode document = (ObjectNode) catalogue.document().deepCopy();
        ObjectNode paths = (ObjectNode) document.path("paths");
        paths.properties().removeIf(path -> !servedPaths.contains(path.getKey()));
        for (ContractOperation hidden : catalogue.operations(served.negate())) {
            if (paths.get(hidden.path()) instanceof ObjectNode path) {
                path.remove(hidden.method().toLowerCase(Locale.ROOT));
            }
        }
        return document;
    }

    /** Where the app was called: the Host it was called at, behind API Gateway with the stage the URL names. */
    private static String baseUrl(HttpRequest request) {
        String scheme = request.header("X-Forwarded-Proto").orElse("http");
        String host = request.header("Host").orElse("127.0.0.1");
        String stage = request.rawEvent().map(JsonNode.class::cast)
                .map(event -> event.path("requestContext").path("stage").asString(""))
                .filter(name -> !name.isEmpty() && !name.equals("$default"))
                .map(name -> "/" + name)
                .orElse("");
        return scheme + "://" + host + stage;
    }

    private static HttpResponse ok(String contentType, byte[] body) {
        return new HttpResponse(200, Map.of("Content-Type", contentType), body);
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = DocsPage.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion() {
        Properties pom = new Properties();
        try (InputStream in = DocsPage.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("authgate.http.docs needs org.webjars:swagger-ui on the classpath");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version").toLowerCase(Locale.ROOT);
    }
}
