package dev.authgate.snapstart;

import java.util.List;
import java.util.Objects;

import dev.authgate.http.JsonCodec;

/**
 * JSON mapping of every request and response record ({@link ContractTypes}), with the one mapper both edges use:
 * each record is written, read back as a tree and bound, which is what a response and a request body go through.
 * The mapper keeps the serializers and deserializers it builds, so no request after the restore builds one.
 */
final class ContractJsonPrimer implements Primer {

    private final JsonCodec json;
    private final List<Class<? extends Record>> types;

    ContractJsonPrimer(JsonCodec json, List<Class<? extends Record>> types) {
        this.json = Objects.requireNonNull(json, "json");
        this.types = List.copyOf(types);
    }

    @Override
    public String name() {
        return "JSON mapping of " + types.size() + " contract records";
    }

    @Override
    public void prime() {
        for (Class<? extends Record> type : types) {
            byte[] written = json.write(SampleRecords.of(type));
            json.bind(json.readTree(written), type);
        }
    }
}
