package dev.authgate.emulator.internal.state;

import static dev.authgate.emulator.internal.error.CognitoError.RESOURCE_NOT_FOUND;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Everything the emulator remembers; this object is what the data folder's state file holds. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class EmulatorState {
    private Map<String, UserPool> pools = new LinkedHashMap<>();

    public Optional<UserPool> findPool(String poolId) {
        return Optional.ofNullable(pools.get(poolId));
    }

    public UserPool pool(String poolId) {
        return findPool(poolId).orElseThrow(() -> RESOURCE_NOT_FOUND.exception("User pool " + poolId + " does not exist."));
    }

    public Collection<UserPool> pools() {
        return Collections.unmodifiableCollection(pools.values());
    }

    public void addPool(UserPool pool) {
        pools.put(pool.id(), pool);
    }

    public void removePool(String poolId) {
        pools.remove(poolId);
    }

    /** Public actions name only the client; the pool is the one that owns it. */
    public PoolClient client(String clientId) {
        for (UserPool pool : pools.values()) {
            Optional<AppClient> client = pool.findClient(clientId);
            if (client.isPresent()) {
                return new PoolClient(pool, client.get());
            }
        }
        throw RESOURCE_NOT_FOUND.exception("User pool client " + clientId + " does not exist.");
    }

    /** An app client together with the pool it belongs to. */
    public record PoolClient(UserPool pool, AppClient client) {
    }
}
