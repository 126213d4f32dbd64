package dev.authgate.provisioner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a provisioned stack tells its users: the three outputs of Booster's auth rocket, plus the pool and
 * client ids.
 */
public record StackOutputs(String authApiUrl, String authApiIssuer, String authApiJwksUri, String userPoolId,
        String userPoolClientId) {

    /** The outputs by the names the stack gives them. */
    public Map<String, String> byName() {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("AuthApiURL", authApiUrl);
        outputs.put("AuthApiIssuer", authApiIssuer);
        outputs.put("AuthApiJwksUri", authApiJwksUri);
        outputs.put("UserPoolId", userPoolId);
        outputs.put("UserPoolClientId", userPoolClientId);
        return outputs;
    }

    /** One {@code Name=value} line per output. */
    public void print(PrintStream out) {
        byName().forEach((name, value) -> out.println(name + "=" + value));
    }

    /** Writes the outputs as a JSON object, replacing the file in one step so readers never see half of it. */
    public void writeJson(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), ".outputs", ".json");
        Files.write(temporary, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsBytes(byName()));
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
