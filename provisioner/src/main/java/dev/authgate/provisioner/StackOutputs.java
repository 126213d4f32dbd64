package dev.authgate.provisioner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a provisioned stack tells its users: the three outputs of Booster's auth rocket, plus the pool and
 * client ids.
 */
public record StackOutputs(String authApiUrl, String authApiIssuer, String authApiJwksUri, String userPoolId,
        String userPoolClientId) {

    public static final String AUTH_API_URL = "AuthApiURL";
    public static final String AUTH_API_ISSUER = "AuthApiIssuer";
    public static final String AUTH_API_JWKS_URI = "AuthApiJwksUri";
    public static final String USER_POOL_ID = "UserPoolId";
    public static final String USER_POOL_CLIENT_ID = "UserPoolClientId";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads the outputs of a deployed stack, which must have all five. */
    public static StackOutputs from(Map<String, String> outputs) {
        List<String> missing = Stream.of(AUTH_API_URL, AUTH_API_ISSUER, AUTH_API_JWKS_URI, USER_POOL_ID, USER_POOL_CLIENT_ID)
                .filter(name -> outputs.get(name) == null)
                .toList();
        if (!missing.isEmpty()) {
            throw new ProvisionerException("the stack has no output " + String.join(", ", missing)
                    + ": was it deployed from another template?");
        }
        return new StackOutputs(outputs.get(AUTH_API_URL), outputs.get(AUTH_API_ISSUER), outputs.get(AUTH_API_JWKS_URI),
                outputs.get(USER_POOL_ID), outputs.get(USER_POOL_CLIENT_ID));
    }

    /** The outputs by the names the stack gives them. */
    public Map<String, String> byName() {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put(AUTH_API_URL, authApiUrl);
        outputs.put(AUTH_API_ISSUER, authApiIssuer);
        outputs.put(AUTH_API_JWKS_URI, authApiJwksUri);
        outputs.put(USER_POOL_ID, userPoolId);
        outputs.put(USER_POOL_CLIENT_ID, userPoolClientId);
        return outputs;
    }

    /** One {@code Name=value} line per output. */
    public void print(PrintWriter out) {
        byName().forEach((name, value) -> out.println(name + "=" + value));
        out.flush();
    }

    /** One {@code <stack>.Name = value} line per output, as the AWS CDK prints a deployed stack's outputs. */
    public void printCdk(String stackName, PrintWriter out) {
        byName().forEach((name, value) -> out.println(stackName + "." + name + " = " + value));
        out.flush();
    }

    /** The outputs as one JSON object. */
    public void printJson(PrintWriter out) {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(byName()));
        out.flush();
    }

    /** Writes the outputs as a JSON object, replacing the file in one step so readers never see half of it. */
    public void writeJson(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), ".outputs", ".json");
        Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(byName()));
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
